app-name = forebygg
skip-to-content = Skip to main content
nav-main = Main menu
nav-organisations = Organisations
nav-account = My account
nav-new-org = Add regional body
nav-logout = Log out
nav-login = Log in
language-label = Language
language-change = Change language
footer-about = forebygg – plans for preventive work with children, youth and parents (Child Welfare Act § 15-1).
footer-data-credit = Municipality register: Kartverket (CC BY 4.0).
back-to-start = Back to the start page

home-title = Start
home-heading = Plans for preventive work
home-lead = Make, put on hearing, adopt and follow up the municipality's plan for preventive work with children, youth and parents.
home-my-organisations = Your organisations
home-no-roles = You have no role in any organisation yet. Ask an administrator of your municipality.
home-start-heading = Get started
home-find-municipality = Find your municipality
home-demo-municipality = See the demo municipality Engerdal
home-login = Log in to work on a plan

login-title = Log in
login-submit = Log in
login-wrong = Wrong e-mail address or password.
login-locked = Too many failed attempts. The account is locked for a while.
login-locked-minutes = Too many failed attempts. The account is locked; try again in { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
  }.
demo-heading = Demo logins
demo-password = Every demo user has the password { $password }.
demo-caption = One user per role in the demo data

field-email = E-mail address
field-password = Password
field-role = Role
field-name = Name
field-name-new-user = Name (for a new user)
field-current-password = Current password
field-new-password = New password (at least 10 characters)
field-county = County
field-county-optional = County (if the body serves one county)
field-kind = Kind
field-sort = Sort by
field-number = Number
field-municipality-number = Municipality number

account-title = My account
account-password-changed = Your password has been changed. Other sessions have been logged out.
account-roles = Your roles
account-change-password = Change password
account-save-password = Save new password
account-wrong-password = The current password is wrong.

form-errors-heading = The form has errors
error-prefix = Error:

organisations-title = Organisations
organisations-filter = Filter organisations
organisations-search = Search by name or number
all-counties = All counties
all-kinds = All kinds
filter-apply = Show
organisations-count = { $count ->
    [one] One organisation matches.
   *[other] { $count } organisations match.
  }
sort-number = Number
sort-name = Name

org-internal = For members
org-members-link = Members and roles
org-municipalities = Municipalities in the county ({ $count })
org-new-title = Add a regional body
org-new-lead = County governors, KS and regional competence centres can be added as organisations. Municipalities and counties come from the built-in register.
no-county = No county (national)
org-new-submit = Add organisation
org-exists = An organisation named { $name } already exists.

members-title = Members of { $org }
members-role-changed = The role has been changed.
members-removed = The member has been removed.
members-added = { $who } has been added.
members-added-role = Role: { $role }.
members-already = { $email } is already a member. Change the role in the list instead.
members-one-time-password = A new user was created with this one-time password. Give it to the person; it is shown only once. They should change it after logging in.
members-count = { $count ->
    [one] One member
   *[other] { $count } members
  }
members-actions = Actions
members-role-for = Role for { $name }
members-change-role = Change role
members-remove = Remove
members-add-heading = Add a member
members-add-lead = Give a person a role here. If they have no user yet, one is created.
members-add-submit = Add member

role-admin = Administrator
role-plan-lead = Plan lead
role-editor = Editor
role-contributor = Contributor
role-reader = Reader
role-regional-adviser = Regional adviser
role-site-admin = Site administrator

kind-municipality = Municipality
kind-county = County
kind-county_governor = County governor
kind-ks = KS
kind-competence_centre = Competence centre
kind-other = Other regional body

error-forbidden = Not allowed
error-forbidden-text = You do not have access to this page.
error-not-found = Page not found
error-not-found-text = We could not find the page you asked for.
error-invalid = Invalid input
error-conflict = Already exists
error-last-admin = The organisation must keep at least one administrator.
error-internal = Something went wrong
error-internal-text = An error occurred on our side. Try again in a little while.
error-csrf = The form could not be verified
error-csrf-text = The form was too old or did not come from this site. Go back, reload the page and try again.
error-too-large = Too much data
error-too-large-text = The form sent more data than allowed.

invalid-email = “{ $value }” is not a valid e-mail address.
invalid-name = Write a name of 1 to 200 characters.
invalid-password-short = The password must be at least { $min } characters.
invalid-password-long = The password must be at most { $max } characters.
invalid-municipality-number = “{ $value }” is not a municipality number (four digits, e.g. 3425).
invalid-county = “{ $value }” is not a county.
invalid-org-code = “{ $value }” is not a valid organisation code.
invalid-org-name = Write a name of 1 to 200 characters.
invalid-org-kind = Choose what kind of regional body this is.
invalid-county-required = A county governor must have a county.
invalid-role = Choose a role from the list.
invalid-lang = Choose bokmål, nynorsk or English.
invalid-date = “{ $value }” is not a date. Write it as dd.mm.yyyy, e.g. 29.02.2024.
invalid-phase = Choose a phase from the list.
invalid-period = “{ $value }” is not a period. Give two years, the first not after the second, or leave both empty.
invalid-title = Write a title of 1 to 200 characters.
invalid-plan-type = Choose a plan type from the list.
invalid-activity-kind = Choose a kind of activity from the list.
invalid-body = Choose a body from the list.
invalid-end-before-start = The end is before the start.
invalid-hearing-without-deadline = A hearing needs a deadline.
invalid-hearing-too-short = The hearing is { $days } days. A plan made under the Planning and Building Act must be on hearing for at least six weeks (deadline { $earliest } or later), unless you record why it is shorter.
invalid-preset = Choose a starting point from the list.
invalid-chapter = “{ $value }” is not a chapter number in the outline.
invalid-required = This field must be filled in.

yes = Yes
no = No
nav-plans = Plans
action-edit = Edit
date-hint = Write the date as dd.mm.yyyy, e.g. 29.02.2024.
one-per-line = One per line.
no-body = No body
all-plan-types = All plan types

plans-title = Plans of { $org }
plans-filter = Filter plans
plans-none = No plans yet.
plans-count = { $count ->
    [one] One plan
   *[other] { $count } plans
  }
plans-new = Start a new plan
plans-create = Create plan

field-title = Title
field-plan-type = Plan type
field-legal-basis = Legal basis
legal-basis-none = No statutory requirement
field-phase = Phase
field-period = Period
field-period-from = From year
field-period-to = To year
field-under-pbl = Made as a plan under the Planning and Building Act (the six-week hearings are then binding)
field-under-pbl-short = Under the Planning and Building Act
field-preset = Start the planning programme from
preset-empty = An empty programme
preset-engerdal = A programme like Engerdal's
preset-lyngen = A programme like Lyngen's
preset-sandefjord = A programme like Sandefjord's

phase-start = Start
phase-programme_on_hearing = Programme on hearing
phase-programme_adopted = Programme adopted
phase-drafting = Drafting
phase-draft_on_hearing = Draft on hearing
phase-revision_after_hearing = Revision after hearing
phase-adopted = Adopted
phase-follow_up = Follow-up
phase-periodic_revision = Periodic revision

activity-political_treatment = Political treatment
activity-programme_hearing = Hearing of the programme
activity-programme_adoption = Programme adopted
activity-participation = Participation
activity-drafting = Drafting
activity-draft_hearing = Hearing of the draft plan
activity-revision = Revision after hearing
activity-plan_adoption = Plan adopted
activity-other = Other

body-council = Municipal council
body-executive_committee = Executive committee
body-standing_committee = Standing committee
body-youth_council = Youth council
body-disability_council = Council for persons with disabilities
body-elderly_council = Council for the elderly
body-administration = Administration
body-other = Other body

link-overlaps = Overlaps with
link-anchored_in = Anchored in

plan-programme-link = Planning programme
plan-schedule-link = Plan backwards from an adoption date
plan-calendar-link = Calendar file (.ics) for Outlook and Google
plan-svg-link = Timeline as an image (SVG)
plan-activities = Process and timeline
plan-activities-caption = Activities by date, with what the rules say
plan-no-activities = No activities yet.
plan-new-activity = Add an activity
plan-add-activity = Add activity
plan-links = Related plans
plan-no-links = No related plans yet.
plan-add-link = Link plan
plan-edit = Change the plan
plan-save = Save
field-dates = Dates
field-activity-kind = Kind of activity
field-start = Start
field-end = End (for a hearing: the deadline)
field-responsible = Responsible
field-body = Body that treats it
field-done = Done
field-justification = Justification for a shorter hearing
field-justification-hint = Only needed when a hearing is shorter than six weeks.
field-status = Status
field-findings = Rules
field-link-to = Plan
field-link-kind = Relation
finding-blocking = Stop:
finding-warning = Note:
finding-short-hearing = The hearing is { $days } days, shorter than six weeks; six weeks ends { $earliest }.
finding-short-hearing-blocked = The plan is made under the Planning and Building Act: record a justification or extend the deadline.
finding-holiday = The hearing runs { $days } days over the { $holiday }; consider the deadline { $suggested }.
holiday-summer = summer holiday
holiday-christmas = Christmas holiday
finding-no-body = Which body treats it?
finding-not-council = Only the municipal council can adopt this plan; here it is: { $body }.

timeline-title = Timeline for { $plan }
timeline-description = { $count } activities from { $first } to { $last }; { $done } done.
timeline-caption = Hatched bars are done, white bars planned; a diamond is a single day. The table below holds the same data.
timeline-done = done
timeline-planned = planned
calendar-deadline = Deadline: { $title }

programme-title = Planning programme: { $plan }
programme-texts = Purpose and guidelines
field-purpose = Purpose
field-background = Background
field-guidelines = Guidelines
field-overlapping = Overlapping plans
programme-groups = Organisation
field-group-kind = Group
field-mandate = Mandate
field-service = Service
field-group-role = Role in the group
programme-add-group = Add group
programme-add-member = Add member
programme-add-member-to = Add a member to { $group }
programme-remove-group = Remove { $group }
group-working = Working group
group-reference = Reference group
group-steering = Steering group
group-resource = Resource group
programme-participation = Participation plan
field-target-group = Target group
field-method = Method
field-when = When
programme-add-participation = Add line
programme-outline = Outline of the plan
programme-add-chapter = Add chapter
field-chapter-title = Chapter title
field-chapter-parent = Under chapter number (empty for a main chapter)
chapter-up = Move up
chapter-down = Move down

schedule-title = Plan backwards: { $plan }
schedule-lead = Give the date the council shall adopt the plan by and the meeting dates of the bodies. You get the latest date for each step that still reaches the target, with six-week hearings outside the holidays.
field-target = Adopted by
field-from = Nothing decided before
field-with-programme = The planning programme goes on hearing and is adopted first
field-programme-body = Body that treats the programme
field-draft-body = Body that sends the draft on hearing
field-drafting-days = Days to write the draft after the programme is adopted
field-revision-days = Days from a hearing deadline to the next meeting
schedule-meetings-of = Meeting dates of the { $body }
schedule-meetings-hint = Dates as dd.mm.yyyy, separated by spaces, commas or new lines.
schedule-submit = Plan backwards
schedule-result = Latest dates
schedule-caption = Steps in order
schedule-not-reachable = The target cannot be reached
schedule-unreachable = With these meetings the plan can be adopted { $earliest } at the earliest.
schedule-impossible = With these meetings the plan cannot be adopted at all: add meeting dates.
field-step = Step
field-date = Date
field-hearing-period = Hearing
step-send_programme_on_hearing = Send the programme on hearing
step-adopt_programme = Adopt the programme
step-send_draft_on_hearing = Send the draft on hearing
step-adopt_plan = Adopt the plan
org-plans-link = Plans and planning processes
invalid-group-kind = “{ $value }” is not a kind of group (working, reference, steering, resource).

channel-hearing = Hearing response
channel-dialogue_conference = Dialogue conference
channel-workshop = Workshop
channel-council_meeting = Council meeting
channel-email_or_letter = E-mail or letter
channel-survey_free_text = Survey, free text
channel-other = Other
field-channel = Channel
field-input-text = Input
field-sender = Sender
sender-anonymous = Anonymous
time-at = { $date }
home-open-hearings = Plans on public hearing now
hearing-deadline-short = deadline { $deadline }
hearing-page-title = Hearing: { $plan }
hearing-full-variant = Full version of this page
hearing-youth-variant = Short version for young people
hearing-youth-heading = What do you think?
hearing-youth-lead = The municipality is making a plan: { $plan }. It is about how children and young people can have a good childhood, and about help early when something is difficult. Tell us what you think. You do not have to give your name.
hearing-on-hearing = On hearing
hearing-deadline = Deadline
hearing-open-until = The hearing is open until { $deadline }.
hearing-days-left = { $count ->
    [0] Today is the last day.
    [one] One day left.
   *[other] { $count } days left.
  }
hearing-closed-title = The hearing is closed
hearing-closed-on = The deadline was { $deadline }.
hearing-closed-text = The hearing is closed, so no more responses can be sent. What you wrote is still in the box; you can copy it.
hearing-what = What is on hearing
hearing-outline = The plan will have these chapters:
hearing-respond = Send a hearing response
hearing-youth-respond = Write to us
hearing-text = Your response
hearing-text-hint = Write as much or as little as you like (at most 20,000 characters).
hearing-youth-text = What would make it better to grow up here?
hearing-youth-text-hint = A few words are enough.
hearing-name = Name (optional)
hearing-organisation = Organisation (optional)
hearing-email = E-mail address (optional)
hearing-publish-name = My name may be published with my response
hearing-consent-text = Hearing responses are public records and can be published. Your name is published only if you tick the box above; your e-mail address is used only if the municipality needs to contact you, and is never published.
hearing-consent = I have read this and want to send my response
hearing-honeypot = Leave this field empty
hearing-submit = Send response
hearing-not-accepted = The response could not be accepted. Try again.
hearing-too-many = You have sent many responses in a short time. Wait a few minutes and try again; what you wrote is kept.
receipt-title = Thank you for your response
receipt-thanks = Your response to { $plan } has been received and saved.
receipt-youth-thanks = Thank you! We have got your message.
receipt-reference = Reference number
receipt-received = Received
receipt-keep = Keep the reference number: it shows your response in the municipality's register.
receipt-email = The municipality uses your e-mail address only if it needs to contact you about this response.
receipt-your-text = What you wrote
receipt-back = Back to the hearing
plan-inputs-link = Inputs received
plan-public-link = Public hearing page
inputs-title = Inputs to { $plan }
inputs-none = No inputs yet.
inputs-count = { $count ->
    [one] One input
   *[other] { $count } inputs
  }
invalid-too-long = At most { $max } characters.
invalid-consent = Tick the box to send your response.
decision-taken_into_account = Taken into account
decision-partly_taken_into_account = Partly taken into account
decision-not_taken_into_account = Not taken into account
decision-noted = Noted
decision-none = Not yet assessed
sender-private = Private persons
merknad-link = Assessment of the inputs (merknadsbehandling)
merknad-title = Assessment of the inputs: { $plan }
merknad-intro = Every input with the municipality's assessment, by sender, as the case for adoption shows it (Planning and Building Act § 11-14). Names of private persons are not shown.
merknad-csv = Download as CSV (Excel)
merknad-col-sender = Sender
merknad-col-decision = Decision
merknad-col-justification = Assessment
merknad-col-change = Change in the plan
outcomes-link = Public page: what happened to the inputs
outcomes-title = What happened to the inputs: { $plan }
outcomes-intro = Here is every input and what the municipality decided about it. Names of private persons are shown only when they agreed.
assess-summary = Assess { $reference }
assess-save = Save assessment
moderation-hidden = Hidden from the public pages:
moderation-reason = Reason for hiding it from the public pages
moderation-hide = Hide from the public
moderation-show = Show on the public pages again
inputs-add = Register an input from another channel
inputs-add-lead = Inputs from dialogue conferences, workshops, council meetings, letters and surveys belong in the same register.
inputs-add-submit = Register input
hearing-outcomes-link = See what happened to the inputs
org-privacy-link = Privacy: a person's inputs
privacy-title = Privacy in { $org }
privacy-lead = A person may ask for a copy of, and the erasure of, the personal data in their inputs. Find them by the e-mail address they gave.
privacy-export = Copy of a person's inputs
privacy-export-submit = Download (JSON)
privacy-erase = Erase a person's personal data
privacy-erase-lead = Name, organisation and e-mail address are removed from every input sent from this address. The texts are kept, anonymised, because hearing responses are public records to be archived. The erasure is logged.
privacy-confirm = I confirm that the person's data shall be erased
privacy-confirm-needed = Confirm the erasure by ticking the box.
privacy-erase-submit = Erase personal data
privacy-erased = Personal data was erased from { $count ->
    [one] one input
   *[other] { $count } inputs
  }.
privacy-log = Log
privacy-log-empty = Nothing logged yet.
privacy-log-action = Action
privacy-log-detail = Detail
audit-erase_sender = Personal data erased
error-kept-text = What you wrote (copy it before you go back)
inputs-one-per-line = One input per line (for a pasted list or a group's notes)
theme-neglect = Neglect
theme-violence = Violence
theme-sexual_abuse = Sexual abuse
theme-suicide = Suicide
theme-overdose = Overdose
theme-alcohol_and_drugs = Alcohol and drugs
theme-behavioural_problems = Behavioural problems
theme-physical_health = Physical health
theme-mental_health = Mental health
theme-public_health = Public health
field-theme = Themes
all-themes = All themes
field-chapters = Chapters
field-chapters-hint = Chapters of the outline it concerns (numbers, e.g. 3.2, 4)
tags-save = Save themes and chapters
inputs-filter = Filter inputs
inputs-status-all = All
inputs-status-unanswered = Not yet assessed
inputs-status-answered = Assessed
inputs-status-hidden = Hidden from the public
inputs-of-total = (of { $count })
merknad-xlsx = Download as a spreadsheet (XLSX)
