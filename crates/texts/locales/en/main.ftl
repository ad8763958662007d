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
footer-design-credit = Design: Designsystemet by Digdir,
footer-design-licence = MIT licence
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
login-locked = Too many failed attempts. Try again in a little while.
login-locked-minutes = Too many failed attempts with this address. Try again in { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
  }, or from a browser where you have signed in before.
demo-heading = Demo logins
demo-password = Every demo user has the password { $password }.
demo-caption = One user per role in the demo data

field-email = E-mail address
field-password = Password
field-role = Role
field-name = Name
field-current-password = Current password
field-new-password = New password (at least 12 characters)
field-county = County
field-county-optional = County (if the body serves one county)
field-kind = Kind
field-sort = Sort by
field-number = Number
field-municipality = Municipality
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
members-added-role = Role: { $role }.
members-invited = The invitation to { $email } has been made.
members-invitation-link = Give this link to the person. It is shown only now, and the person becomes a member when they accept the invitation:
members-invitations-caption = Open invitations
members-invitation-expires = Valid until
members-invitation-cancel = Withdraw
members-invitation-cancelled = The invitation has been withdrawn.
members-invite-heading = Invite a member
members-invite-lead = You get a link to give the person. They become a member only when they accept; if they have no user, they make one themselves. The link is valid for 14 days.
members-invite-submit = Make invitation
invitation-title = Invitation to { $org }
invitation-lead = You are invited to be { $role } in { $org }. The invitation is for { $email } and can be used until { $date }.
invitation-accept = Accept the invitation
invitation-other-account = You are logged in as { $current }, but the invitation is for { $email }. Log out and log in as { $email } to accept it.
invitation-have-account = Do you already have a user with this address?
invitation-login = Log in to accept
invitation-new-account = Make a user
invitation-new-account-lead = Write your name and choose a password. The password needs at least 12 characters and must be hard to guess.
invitation-create = Make user and accept
invitation-account-exists = There is already a user with { $email }. Log in to accept the invitation.
members-already = { $email } is already a member. Change the role in the list instead.
members-count = { $count ->
    [one] One member
   *[other] { $count } members
  }
members-actions = Actions
members-role-for = Role for { $name }
members-change-role = Change role
members-remove = Remove
members-services = Services
members-services-for = Services of { $name } (separated by commas, written as in the measures)
members-save-services = Save services
members-services-saved = The services are saved.

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
invalid-password-weak = The password is too easy to guess (a common password, a pattern, a repetition or your name). Several words you will remember, with spaces, work well.
invalid-password-long = The password must be at most { $max } characters.
invalid-below-registered = { $count ->
    [one] One is registered already: cancel first, or keep at least one.
   *[other] { $count } are registered already: cancel some first, or keep at least { $count }.
  }
invalid-unknown-municipality = “{ $value }” is not a municipality (write its name or its four-digit number).
invalid-ambiguous-municipality = Two municipalities are called “{ $value }”: write the number – { $numbers }.
invalid-municipality-number = “{ $value }” is not a municipality number (four digits, e.g. 3425).
invalid-county = “{ $value }” is not a county.
invalid-org-code = “{ $value }” is not a valid organisation code.
invalid-org-name = Write a name of 1 to 200 characters.
invalid-org-kind = Choose what kind of regional body this is.
invalid-county-required = A county governor must have a county.
invalid-role = Choose a role from the list.
invalid-lang = Choose bokmål, nynorsk or English.
invalid-date = “{ $value }” is not a date. Write it as dd.mm.yyyy, e.g. 29.02.2024.
invalid-date-future = “{ $value }” is in the future. Give a date no later than today.
invalid-adopt-hearing-open = The hearing is open until { $deadline }. The plan can be adopted after the hearing deadline.
invalid-phase = Choose a phase from the list.
invalid-period = “{ $value }” is not a period. Give two years, the first not after the second, or leave both empty.
invalid-title = Write a title of 1 to 200 characters.
invalid-plan-type = Choose a plan type from the list.
invalid-activity-kind = Choose a kind of activity from the list.
invalid-body = Choose a body from the list.
invalid-end-before-start = The end is before the start.
invalid-hearing-without-deadline = A hearing needs a deadline.
invalid-hearing-too-short = { $days ->
    [one] The hearing is one day. A plan made under the Planning and Building Act must be on hearing for at least six weeks (deadline { $earliest } or later), unless you record why it is shorter.
   *[other] The hearing is { $days } days. A plan made under the Planning and Building Act must be on hearing for at least six weeks (deadline { $earliest } or later), unless you record why it is shorter.
  }
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
finding-short-hearing = { $days ->
    [one] The hearing is one day, shorter than six weeks; six weeks ends { $earliest }.
   *[other] The hearing is { $days } days, shorter than six weeks; six weeks ends { $earliest }.
  }
finding-short-hearing-blocked = The plan is made under the Planning and Building Act: record a justification or extend the deadline.
finding-holiday = { $days ->
    [one] The hearing runs one day over the { $holiday }; consider the deadline { $suggested }.
   *[other] The hearing runs { $days } days over the { $holiday }; consider the deadline { $suggested }.
  }
holiday-summer = summer holiday
holiday-christmas = Christmas holiday
finding-no-body = Which body treats it?
finding-not-council = Only the municipal council can adopt this plan; here it is: { $body }.

timeline-title = Timeline for { $plan }
timeline-description = { $count ->
    [one] One activity from { $first } to { $last }; { $done } done.
   *[other] { $count } activities from { $first } to { $last }; { $done } done.
  }
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
programme-decisions = Anchoring and decisions
programme-decisions-lead = Child Welfare Act § 15-1: the municipal council decides the child welfare service's role in prevention, and the plan is anchored in the social element of the municipal master plan.
field-child-welfare-role = The council's decision on the child welfare service's role in prevention
field-decided-on = Decided on
field-case-number = Case number (optional)
field-role-summary = What was decided
field-master-plan-reason = Why the plan is not anchored in the social element of the master plan
field-master-plan-reason-hint = Fill in only when the plan cannot be linked to the social element, for example because it is being revised.
decisions-none = Not recorded.
field-target-group = Target group
field-method = Method
field-when = When
programme-add-participation = Add line
programme-timeline = Timeline
programme-outline = Outline of the plan
programme-freeze = Freeze the programme for hearing
programme-add-chapter = Add chapter
field-chapter-title = Chapter title
field-chapter-place = Place
chapter-place-end = Last in the outline
chapter-place-under = Under “{ $chapter }”
chapter-place-before = Before “{ $chapter }”
programme-rename-chapter = Rename chapter
field-chapter = Chapter
field-chapter-new-title = New title
programme-removed-hint = A chapter you remove takes its text with it to the list of removed chapters on the document page. There you can put it back until the next version is frozen.
invalid-chapter-move = The chapter cannot move further that way.
invalid-chapter-depth = Chapters nest at most { $max } levels deep (like 1.2.3.4).
refused-hearing-opened = The hearing has been opened: its kind, start and deadline are what the public was told, and it cannot be removed. Close it with a reason in the plan process.
document-removed-heading = Removed chapters
document-removed-lead = These chapters have been taken out of the outline. Their text is kept until the next version is frozen; put them back or delete the text for good.
document-removed-kept = { $count ->
    [0] no text kept
    [one] one text kept
   *[other] { $count } texts kept
}
document-removed-restore = Put back
document-forget-confirm = Yes, delete the text for good
document-forget = Delete the text
document-forget-confirm-missing = Tick the box to delete the text for good; nothing has been deleted.
compare-moved = Moved from { $number }
compare-renamed = Was called “{ $title }”
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
field-revision-days = Days from a hearing deadline to sending the case to the next body
schedule-cannot-place = The step “{ $step }” ({ $body }) gets no meeting date that reaches the target.
field-programme-adoption-body = Body that adopts the planning programme
schedule-prep-of = Preparation time for { $body } (days before its meeting)
schedule-apply-lead = The steps and hearings are added to the timeline as activities, where you can change them.
schedule-apply = Add to the timeline
field-case-deadline = Case sent by
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
hearing-youth-lead = { $municipality } is making a plan: { $plan }. It is about how children and young people can have a good childhood, and about help early when something is difficult. Tell us what you think. You do not have to give your name.
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
hearing-closed-early = The hearing was closed on { $date }, before its deadline.
hearing-not-begun-title = The hearing has not begun yet
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
hearing-check-question = What is { $a } plus { $b }? Answer in digits.
hearing-check-needed = We are getting very many responses from your network right now. Work out the sum at the bottom of the form to send yours; what you wrote is kept.
hearing-check-wrong = The answer to the sum was not right. Try again with the new one.
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
inputs-need-to-know = Names not to be published, e-mail addresses and attachments are shown only to the plan lead, editors and administrators.
inputs-title = Inputs to { $plan }
inputs-none = No inputs yet.
inputs-count = { $count ->
    [one] One input
   *[other] { $count } inputs
  }
invalid-too-long = At most { $max } characters.
invalid-consent = Tick the box to send your response.
invalid-attachment-type = "{ $file }" is not a PDF, PNG or JPEG file. Only those can be attached.
invalid-attachment-too-large = "{ $file }" is larger than { $max } MB. Make it smaller or leave it out.
invalid-too-many-attachments = At most { $max } files can be attached.
hearing-attachments = Attachments (optional)
hearing-attachments-hint = { $count ->
    [one] PDF, PNG or JPEG, at most one file of { $max } MB.
   *[other] PDF, PNG or JPEG, at most { $count } files of { $max } MB each.
  }
hearing-attachments-again = The files you chose were not kept. Choose them again before you send.
attachments-heading = Attachments
error-malformed-text = The form could not be read. Go back, reload the page and try again.
error-reference = Reference: { $reference }.
error-api-malformed = The request could not be read: its address or body is not what this endpoint takes (see the API documentation).
decision-taken_into_account = Taken into account
decision-partly_taken_into_account = Partly taken into account
decision-not_taken_into_account = Not taken into account
decision-noted = Noted
decision-none = Not yet assessed
sender-private = { $count ->
    [one] Private person
   *[other] Private persons
  }
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
assess-save = Save answer and themes
moderation-hidden = Hidden from the public pages:
moderation-reason = Reason for hiding it from the public pages
moderation-hide = Hide from the public
moderation-show = Show on the public pages again
moderation-bulk-label = Hide several inputs
moderation-bulk-hint = Tick the inputs you want to hide from the public pages in the list below, and write one reason for all of them.
moderation-bulk-reason = Reason for hiding the chosen inputs
moderation-bulk-submit = Hide the chosen
moderation-choose = Choose { $reference } to hide
moderation-bulk-done = { $count ->
    [one] One input is hidden from the public pages.
   *[other] { $count } inputs are hidden from the public pages.
  }
invalid-none-chosen = Choose at least one.
inputs-add = Register an input from another channel
inputs-add-lead = Inputs from dialogue conferences, workshops, council meetings, letters and surveys belong in the same register.
inputs-add-submit = Register input
hearing-outcomes-link = See what happened to the inputs
org-privacy-link = Privacy: a person's inputs
privacy-title = Privacy in { $org }
privacy-lead = A person may ask for a copy of, and the erasure of, the personal data in their inputs and their registrations for network gatherings. Find them by the e-mail address they gave.
privacy-export = Copy of a person's inputs and registrations
privacy-export-submit = Download (JSON)
privacy-erase = Erase a person's personal data
privacy-erase-lead = Name, organisation and e-mail address are removed from every input sent from this address. Files attached to those inputs are deleted, since a letter or a photo cannot be anonymised. The texts are kept, anonymised, because hearing responses are public records to be archived. Registrations with this address for gatherings to come are cancelled, and the seat goes to the first on the waiting list; registrations for gatherings already held remain without name, role and address. The erasure is logged.
privacy-confirm = I confirm that the person's data shall be erased
privacy-confirm-needed = Confirm the erasure by ticking the box.
privacy-erase-submit = Erase personal data
privacy-erased = { $count ->
    [0] No inputs had been sent from this address.
    [one] Personal data was erased from one input.
   *[other] Personal data was erased from { $count } inputs.
  }
privacy-log = Log
privacy-log-empty = Nothing logged yet.
privacy-log-action = Action
privacy-log-detail = Detail
privacy-erased-registrations = { $count ->
    [one] One registration for a network gathering was also erased or anonymised.
   *[other] { $count } registrations for network gatherings were also erased or anonymised.
  }
gathering-name-erased = (name erased)
audit-erase_participant = Registrations erased
privacy-registrations = Registrations for gatherings
audit-detail-erase_sender = { $inputs ->
    [one] one input
   *[other] { $inputs } inputs
  }, { $files ->
    [one] one attachment
   *[other] { $files } attachments
  } erased, { $versions ->
    [one] one frozen version
   *[other] { $versions } frozen versions
  } anonymised
audit-detail-erase_participant = { $cancelled ->
    [one] one registration cancelled
   *[other] { $cancelled } registrations cancelled
  }, { $blanked ->
    [one] one anonymised
   *[other] { $blanked } anonymised
  }, { $promoted ->
    [one] one moved up from the waiting list
   *[other] { $promoted } moved up from the waiting list
  }
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
inputs-filter = Filter inputs
inputs-status-all = All
inputs-status-unanswered = Not yet assessed
inputs-status-answered = Assessed
inputs-status-hidden = Hidden from the public
inputs-of-total = (of { $count })
merknad-xlsx = Download as a spreadsheet (XLSX)
invalid-in-use = { $count ->
    [one] The first already has outputs registered and cannot be removed.
   *[other] The first { $count } already have outputs registered and cannot be removed.
  }
invalid-group-line = Each line needs a group name, optionally followed by a semicolon and the group leader.
plan-conferences-link = Dialogue conferences
conferences-title = Dialogue conferences: { $plan }
conferences-lead = In a dialogue conference people talk in groups, each with a group leader, and answer the same questions round by round. What each group writes down becomes inputs in the plan's register.
conferences-none = No dialogue conferences recorded yet.
conferences-list = Dialogue conferences
conferences-new = Record a dialogue conference
conferences-create = Record conference
conference-held-on = Date
conference-place = Place
conference-participants = Participants
conference-rounds = Rounds
conference-rounds-hint = One question per line, in the order of the rounds.
conference-groups = Groups
conference-groups-hint = One group per line: the group's name, then a semicolon and the group leader, e.g. "Group A; Ida, 10th grade".
conference-rounds-count = Rounds
conference-groups-count = Groups
conference-outputs-count = Inputs
conference-led-by = led by { $leader }
conference-outputs = What the groups came up with
conference-outputs-lead = { $count ->
    [one] One input has been registered from this conference.
   *[other] { $count } inputs have been registered from this conference.
}
conference-matrix-caption = Outputs per round (rows) and group (columns)
conference-round = Round
conference-group = Group
conference-no-output = nothing registered
conference-add-output = Register a group's output
conference-output-text = The group's output
conference-output-hint = One input per line, as the group wrote it down.
conference-add-output-submit = Register output
conference-edit = Change the conference
conference-edit-summary = Show the form
conference-origin = Round { $round } ({ $question }), { $group }
mail-receipt-subject = Receipt for your hearing response ({ $reference })
mail-receipt-greeting = Hello,
mail-receipt-received = { $org } municipality has received your response to the hearing of "{ $plan }".
mail-receipt-reference = Reference number: { $reference }
mail-receipt-time = Received: { $time }
mail-receipt-your-text = What you wrote:
mail-receipt-keep = Keep the reference number if you want to ask about your response. Hearing responses are public records; your e-mail address is never published.
mail-receipt-footer = This e-mail was sent automatically by forebygg. Replies to it are not read.
hearing-email-receipt = E-mail address (optional, for a receipt by e-mail)
receipt-email-sent = A copy of this receipt is on its way to your e-mail address.
invalid-amount = "{ $value }" is not an amount in kroner (e.g. 12 500,50).
invalid-count = "{ $value }" is not a whole number.
invalid-one-of = "{ $value }" is not one of: { $allowed }.
import-where-cell = Row { $row }, column { $column }
import-where-row = Row { $row }
import-empty = The file is empty: it has no header row.
import-csv-broken = The file cannot be read as CSV from row { $row }.
import-xlsx-broken = The file cannot be read as an XLSX workbook.
import-xlsx-too-large = { $files ->
    [one] The workbook unpacks to more than { $mb } MB or has more than one part. Save it without pictures, or split it.
   *[other] The workbook unpacks to more than { $mb } MB or has more than { $files } parts. Save it without pictures, or split it.
  }
import-unknown-header = "{ $value }" is not a column of the template.
import-duplicate-column = The column "{ $value }" appears twice.
import-missing-column = The column "{ $column }" is missing.
nav-measures = Measures
measures-title = Measures: { $plan }
measures-lead = What the municipality does and plans to do for children, youth and parents: who owns each measure, who it is for, what it costs and when it is evaluated.
measures-new = Add a measure
coverage-link = Coverage: what is covered, gaps and overlaps
measures-export-csv = Download the measures (CSV)
measures-export-xlsx = Download the measures (XLSX)
measures-filter = Filter measures
field-owner = Owner (service)
measures-all-owners = All services
field-evidence = Evidence (Ungsinn)
measures-sort = Sort by
measures-sort-name = Name
measures-sort-owner = Owner
measures-sort-status = Status
measures-sort-evaluation = Evaluation date
measures-evidence-rated = Rated
measures-evidence-not_rated = Not rated
measures-none = No measures match.
measures-count = { $count ->
    [one] One measure
   *[other] { $count } measures
  }
field-measure-name = Measure
field-prevention = Prevention level
field-evaluation = Evaluation date
field-description = Description
field-partners = Partner services (separate with ;)
field-work-level = Level
field-evidence-source = Source of the rating (link)
field-yearly-cost = Yearly cost (kr, e.g. 12 500,50)
field-funding = Funding
field-grant-name = Grant
field-grant-ends = The grant ends
field-reach = Reached per year (number)
choice-none = Not given
measures-import = Import from a spreadsheet
measures-import-lead = Fill in the template and import it: every row is checked, and if any is wrong nothing is imported and every problem is listed with its row and column.
measures-template-xlsx = Template (XLSX)
measures-template-csv = Template (CSV)
measures-import-refused = Nothing was imported. Correct these and try again:
measures-import-file = Spreadsheet (CSV or XLSX)
measures-import-hint = CSV separated by semicolons or commas, in UTF-8 or Windows-1252, or an Excel workbook (XLSX). Dates as dd.mm.yyyy, amounts with a decimal comma.
measures-import-submit = Import
measures-import-no-file = Choose a file to import.
measures-imported = { $count ->
    [0] No new measures.
    [one] One measure was imported.
   *[other] { $count } measures were imported.
  }
measures-import-changed = { $count ->
    [one] One measure was changed.
   *[other] { $count } measures were changed.
  }
column-id = Id (the measure's number: the row changes that measure)
import-not-an-id = “{ $value }” is not a measure's id (leave the cell empty for a new measure).
import-unknown-id = None of the plan's measures has the id { $value } (leave the cell empty for a new measure).
import-duplicate-id = The id { $value } is on an earlier row too.
evaluation-overdue = { $count ->
    [one] overdue by one day
   *[other] overdue by { $count } days
  }
evaluation-due-soon = { $count ->
    [one] due in one day
   *[other] due in { $count } days
  }
evaluation-no-date = no evaluation date
measure-new-title = New measure
measure-edit-title = Change measure
measure-remove = Remove the measure
coverage-title = Coverage: { $plan }
coverage-lead = Each table is one prevention level: themes down, age groups across. A cell names the measures that cover it; "none" is a gap, and "several services" means more than one service works on the same thing.
coverage-counted = { $count ->
    [one] One measure counted
   *[other] { $count } measures counted
  }
coverage-gaps = { $count ->
    [one] One cell without any measure (a gap)
   *[other] { $count } cells without any measure (gaps)
  }
coverage-overlaps = { $count ->
    [one] One cell where several services have measures (an overlap)
   *[other] { $count } cells where several services have measures (overlaps)
  }
coverage-unplaced = { $count ->
    [one] One measure lacks a theme, a target group or a prevention level and is not in the tables
   *[other] { $count } measures lack a theme, a target group or a prevention level and are not in the tables
  }
coverage-caption = { $level }: measures per theme and age group
coverage-gap = none
coverage-overlap = several services
coverage-more = and { $count } more
coverage-picture = The coverage picture
coverage-legend = Key
coverage-legend-services = { $count ->
    [0] 0 services: a gap
    [1] One service
    [3] 3 or more services
   *[other] { $count } services
  }
age-0-5 = 0–5 years
age-6-12 = 6–12 years
age-13-15 = 13–15 years
age-16-19 = 16–19 years
age-20-25 = 20–25 years
age-parents = Parents and families
age-staff = Staff
prevention-universal = Universal prevention
prevention-selective = Selective prevention
prevention-indicated = Indicated prevention
measure-status-existing = Existing
measure-status-proposed = Proposed
measure-status-running = Running
measure-status-paused = Paused
measure-status-ended = Ended
work-level-national = National
work-level-municipal = Municipal
work-level-service = Service
work-level-individual = Individual
evidence-not_rated = Not rated
evidence-0 = Ungsinn level 0
evidence-1 = Ungsinn level 1
evidence-2 = Ungsinn level 2
evidence-3 = Ungsinn level 3
evidence-4 = Ungsinn level 4
evidence-5 = Ungsinn level 5
funding-within_budget = Within the budget
funding-earmarked_grant = Earmarked grant
responsibility-link = Responsibility: which service owns and joins what
responsibility-title = Responsibility between the services: { $plan }
responsibility-lead = How responsibility is divided between the municipal services, as the Child Welfare Act § 15-1 asks the plan to say: each measure has one owner; partners take part.
responsibility-totals = Measures per service
responsibility-matrix = Measures and services
responsibility-owns = Owns
responsibility-joins = Takes part in
responsibility-owner = owner
responsibility-partner = partner
invalid-goal-parent = A sub-goal hangs under a main goal, a strategy under a sub-goal, and a main goal under nothing.
invalid-sdg = "{ $value }" is not an SDG goal or target (e.g. 3, 3.4, 4.a).
invalid-percent = "{ $value }" is not a percentage from 0 to 100.
invalid-report-period = "{ $value }" is not a period (2026, 2026-H1 or 2026-Q3).
measure-goals = Goals the measure serves
field-weight = Weight in the progress of its goals (1–100, 1 if empty)
reports-title = Status reports
reports-none = No status reports yet.
reports-new = Report the status
reports-by = Reported by
reports-submit = Save the report
measure-report-not-yours = You can report on measures your service owns or partners in. This measure is owned by { $owner }.
field-period-report = Period
field-report-status = Status of the work
field-progress = Progress (per cent)
field-report-text = What has happened
report-period-half = { $half ->
    [1] first half of { $year }
   *[other] second half of { $year }
  }
report-period-quarter = { $quarter ->
    [1] first quarter of { $year }
    [2] second quarter of { $year }
    [3] third quarter of { $year }
   *[other] fourth quarter of { $year }
  }
report-status-on_track = On track
report-status-delayed = Delayed
report-status-stopped = Stopped
report-status-done = Done
goal-level-main = Main goal
goal-level-sub = Sub-goal
goal-level-strategy = Strategy
nav-goals = Goals
nav-follow-up = Follow-up and yearly report
goals-title = Goals: { $plan }
goals-lead = Main goals, sub-goals and strategies, each with the progress of the measures under it.
goals-none = No goals yet.
goals-new = Add a goal
goals-add = Add the goal
field-goal-level = Level
field-goal-parent = Under
goal-parent-none = Nothing (a main goal)
field-goal-title = Goal
field-master-plan-goal = Goal in the municipal master plan (optional)
field-sdg = UN sustainable development goals (e.g. 3.4, 4, 17.4)
goal-sdg = SDG { $targets }
goal-master-plan = master plan: { $goal }
field-goal-indicator = Indicator: how you will see the goal is being reached (optional)
field-goal-evaluation = Evaluated on (optional)
goal-indicator = indicator: { $indicator }
goal-evaluation = evaluated { $date }
goal-no-measures = No measures under this goal
goal-no-reports = { $count ->
    [one] One measure, not reported yet
   *[other] { $count } measures, none reported yet
  }
goal-progress = { $count ->
    [one] Progress { $percent } % ({ $reported } of one measure reported)
   *[other] Progress { $percent } % ({ $reported } of { $count } measures reported)
  }
follow-up-title = Follow-up: { $plan }
follow-up-lead = What is due for evaluation, how far the goals have come, and every measure's latest status report in { $year }: the yearly report to the council.
follow-up-csv = Yearly report (CSV)
follow-up-xlsx = Yearly report (XLSX)
follow-up-docx = Yearly report (Word)
follow-up-pdf = Yearly report (PDF)
follow-up-report-title = Yearly report { $year }: { $plan }
follow-up-as-of = As of { $date }
follow-up-schedule = Evaluation schedule
follow-up-goals = Progress per goal
follow-up-reports = Status in { $year }
follow-up-sheet = Yearly report { $year }
evaluation-later = later
evaluation-proposed = proposed, not started
reports-missing = not reported
plan-back = Back to the plan
goals-change = Change the goal
action-cancel = Cancel
invalid-goal-has-children = Goals hang under this one, so its level cannot change.
field-other-themes = Other themes of the municipality's own (separate with ,)
nav-document = The plan document
document-title = The plan document: { $plan }
document-toc = Contents
document-no-outline = The planning programme has no outline yet; add chapters to it first.
document-empty = Not written yet.
document-write = Write
document-back = Back to the document
document-changed = Last changed by { $by } on { $date }.
chapter-body = Text
chapter-hint = Headings with # and ##, lists with - or 1., *emphasis*, **strong**, links as [text](https://…), tables with | and a |---| line, footnotes as [^1] with a line [^1]: text. At most { $max } characters.
footnote-back = Back to the text
document-versions = Versions
versions-none = No version has been frozen yet.
version-freeze = Freeze a version
version-freeze-lead = A frozen version keeps the chapters and the measures as they are now and never changes.
field-version-kind = Kind of version
field-version-date = Date
field-decision-ref = Decision (case number; required for an adopted plan)
field-version-note = Note (optional)
version-freeze-submit = Freeze the version
version-kind-draft = Draft
version-kind-programme = Planning programme on hearing
version-kind-hearing_draft = Hearing draft
version-kind-adopted = Adopted plan
version-frozen-by = frozen by { $by } on { $date }
version-frozen = This is a frozen version; it never changes:
version-measures = Measures in this version
compare-heading = Compare two versions
compare-from = From
compare-to = To
compare-submit = Compare
compare-title = Changes from { $from } to { $to }
compare-text = Text
compare-measures = Measures
compare-no-changes = No changes.
compare-added = Added
compare-removed = Removed
compare-measures-added = Added measures
compare-measures-removed = Removed measures
compare-measures-changed = Changed measures
document-docx = Download as Word (DOCX)
document-files = Download the document
document-appendix-check = Include the plan check as an appendix
check-appendix-number = Appendix 1
check-appendix-title = Plan check as of { $date }
document-municipality = { $name } municipality
version-working = Working version

# PDF of the plan document (rendered by the PDF worker)
document-pdf = Make PDF
pdf-title = PDF of the plan document
pdf-queued = Queued: { $ahead } { $ahead ->
    [one] file
   *[other] files
} will be made before this one.
pdf-running = Typesetting … about { $percent } percent done.
pdf-done = { $pages ->
    [one] The PDF file is ready (one page).
   *[other] The PDF file is ready ({ $pages } pages).
  }
pdf-failed = The PDF file could not be made. The error has been logged; try again, or download the Word file.
pdf-busy = Many PDF files are being made right now. Wait a minute and try again.
pdf-progress = Progress
pdf-check-again = Check again
pdf-back = Back to the plan
pdf-download = Download PDF

# Generated blocks of the plan document ({{tiltak}} and the like)
chapter-generated-hint = Blocks made from the plan's data, each on a line of its own: {"{{"}mål{"}}"} (the goal hierarchy), {"{{"}tiltak{"}}"} (measures per goal), {"{{"}ansvar{"}}"} (the responsibility matrix), {"{{"}dekning{"}}"} (the coverage matrix), {"{{"}tidslinje{"}}"} (timeline), {"{{"}medvirkning{"}}"} (participation), {"{{"}merknader{"}}"} (the merknadsbehandling) and {"{{"}lovgrunnlag{"}}"} (legal references); English names work too ({"{{"}measures{"}}"}, …). They show the data as it is until a version is frozen.
generated-measure = Measure
generated-owner = Responsible
generated-partners = Partners
generated-evaluation = Evaluation
generated-status = Status
generated-number = No.
generated-level = Level
generated-goal = Goal
generated-no-goals = No goals have been registered yet.
generated-no-measures = No measures have been registered yet.
generated-no-goal = Measures not linked to a goal
generated-role-owner = Responsible
generated-role-partner = Partner
generated-no-activities = No activities have been registered yet.
generated-from = From
generated-to = To
generated-activity = Activity
generated-kind = Kind
generated-responsible = Responsible
generated-target-group = Who
generated-method = How
generated-when = When
document-unknown-block = Unknown block { $block }: it is printed as text.
document-unknown-block-hint = Did you mean { $suggestion }?
document-preview = Preview
document-preview-heading = Preview (not saved)
document-saved = The chapter is saved.
generated-no-inputs = No inputs have been registered yet.
generated-private-person = Private person
generated-survey-answer = Survey answer
generated-reference = Ref.
generated-sender = From
generated-input = Input
generated-decision = Assessment
generated-justification = Justification
generated-no-legal = No legal references are registered for this plan type.
version-public = This version is public; anyone can read it at
version-internal = This version is an internal draft and is not shown in public. Hearing drafts and adopted plans are public.

# What each paragraph of the legal register requires, by its id
legal-citation-bvl-2021-15-1 = barnevernsloven § 15-1
legal-citation-bvl-1992-3-1 = barnevernloven (1992) § 3-1
legal-citation-pbl-4-1 = plan- og bygningsloven § 4-1
legal-citation-pbl-11-1 = plan- og bygningsloven § 11-1
legal-citation-pbl-11-2 = plan- og bygningsloven § 11-2
legal-citation-pbl-11-3 = plan- og bygningsloven § 11-3
legal-citation-pbl-11-13 = plan- og bygningsloven § 11-13
legal-citation-pbl-11-14 = plan- og bygningsloven § 11-14
legal-citation-alkl-1-7d = alkoholloven § 1-7d
legal-citation-fhl-4-7 = folkehelseloven §§ 4–7
legal-subject-bvl-2021-15-1 = The municipal council adopts a plan for the work to prevent neglect and behavioural problems
legal-subject-bvl-1992-3-1 = The municipal council adopts a plan for the work to prevent neglect and behavioural problems
legal-subject-pbl-4-1 = Planning programme: purpose, process, deadlines, participants and participation
legal-subject-pbl-11-1 = The municipal master plan
legal-subject-pbl-11-2 = The social element of the municipal master plan
legal-subject-pbl-11-3 = What the social element binds
legal-subject-pbl-11-13 = Planning programme on hearing for at least six weeks
legal-subject-pbl-11-14 = Plan proposal on hearing for at least six weeks; the case shows how the inputs were assessed
legal-subject-alkl-1-7d = Municipal alcohol policy action plan
legal-subject-fhl-4-7 = Public health work and the overview of health and its causes
hearing-read-versions = Read the document:
generated-theme = Theme
generated-gap = None
generated-coverage-picture = The picture shows how many services have measures in each cell, per prevention level: the denser the pattern and the darker the colour, the more services; 0 in a cell with a thick border is a gap. The tables below name the measures.

## Plan process (issue 12)
refused-wrong-phase = This step does not belong to the phase the plan is in now ({ $phase }).
refused-not-a-hearing = The activity is not a hearing that can be opened (it may have been opened before).
refused-no-hearing-draft = Freeze a hearing draft on the document page first: that is what goes out on hearing.
refused-no-programme-draft = Freeze the planning programme for hearing first (the button on the programme page): that is what goes out on hearing.
refused-empty-chapters = { $count ->
    [one] The hearing draft has one chapter without text: { $chapters }. Tick the box if it is to go on hearing anyway.
   *[other] The hearing draft has { $count } chapters without text: { $chapters }. Tick the box if it is to go on hearing anyway.
}
refused-period = The hearing period does not meet the six-week rule and has no justification, or it has no deadline. Correct the activity in the timeline first.
refused-deadline-passed = The hearing deadline { $deadline } has passed.
refused-another-open = Another hearing is open. Close it first.
refused-no-open-hearing = No hearing is open.
refused-reason = Say why the hearing closes before its deadline.
refused-no-closed-hearing = The plan can be adopted only once the hearing of the draft has closed.
refused-unanswered = { $count ->
    [one] One input has no answer: { $inputs }. Answer it, or tick the box to adopt anyway.
   *[other] { $count } inputs have no answer: { $inputs }. Answer them, or tick the box to adopt anyway.
}
refused-council = A plan under section 15-1 of the Child Welfare Act is adopted by the municipal council.
process-title = Plan process: { $plan }
process-hearings = Hearings
process-no-hearings = The plan has no hearing in its timeline. Add a hearing (of the programme or the draft) on the plan page.
process-hearing-not-opened = Not opened.
process-hearing-closed-early = Closed { $date } before its deadline: { $reason }
process-hearing-open = Open for input until { $deadline }.
process-hearing-closed = Closed at its deadline { $deadline }.
process-hearing-opens = Opened; takes input from { $date }.
process-open-preview = Preview and open the hearing
process-close-heading = Close the hearing before its deadline
process-close-lead = Once closed, the hearing page takes no more input. The reason is shown in the plan process.
field-close-reason = Why does the hearing close now?
process-close-submit = Close the hearing
process-steps = Next step
process-step-adopt-programme = The programme is adopted
process-step-start-drafting = Start work on the draft plan
process-step-start-follow-up = Start the follow-up
process-step-start-revision = Start the revision
process-adopt-link = Adopt the plan (freeze the adopted version)
process-back = Back to the plan process
process-preview-heading = What the hearing page will show
process-preview-lead = This is what the public will see once the hearing opens.
process-preview-version = Document on hearing
process-empty-chapters = { $count ->
    [one] One chapter of the hearing draft has no text:
   *[other] { $count } chapters of the hearing draft have no text:
}
process-confirm-empty = Put it on hearing anyway
process-open-submit = Open the hearing
process-open-title = Open the hearing: { $hearing }
plan-process-link = Go to the plan process
field-adopting-body = Adopted by (for an adopted plan)
field-confirm-unanswered = Adopt although some inputs have no answer
process-next-start = Next step: put the planning programme on hearing, or start work on the draft plan.
process-next-programme-hearing = The programme is on hearing. Once the hearing has closed, the programme can be adopted.
process-next-programme-adopted = The programme is adopted. Next step: start work on the draft plan.
process-next-drafting = Next step: freeze a hearing draft and open the hearing of the draft plan.
process-next-draft-hearing = The draft plan is on hearing. It can be adopted only once the hearing has closed.
process-next-revision = The hearing has closed. Answer the inputs, freeze the adopted version with the decision, and the plan is adopted.
process-next-adopted = The plan is adopted. Next step: start the follow-up.
process-next-follow-up = The plan is being followed up. When it is due for revision, start the revision.
process-next-periodic-revision = The plan is being revised. Start work on a new draft plan.

# The public face: the municipality's plans, an adopted plan, the youth page, outcomes
org-public-plans = Plans
org-public-plans-none = The municipality has no plans on hearing or adopted here yet.
org-plan-on-hearing = On hearing until { $deadline }
field-youth-summary = The plan in brief for children and young people
field-youth-summary-hint = Shown on the hearing page for young people. Write plainly, in a few sentences.
hearing-youth-summary = The plan in brief
hearing-outcomes-open-link = See the inputs received so far, and what happens to them
receipt-follow = Follow your input: what happens to it
outcomes-find-heading = Find your input
outcomes-find-hint = It is on your receipt, for example 2024-015.
outcomes-find = Find the input
outcomes-found = Input { $reference }
outcomes-not-found = No input has the reference number { $reference }. Check the number on your receipt; an input hidden under the guidelines is not shown here either.
public-files = Download the plan
public-pdf = PDF
public-docx = Word (DOCX)
public-contents = Contents
public-goals = Goals
public-measures = Measures and status
public-measures-lead = The measures as the plan was adopted, with who is responsible and the latest status report.
public-partners = Partners
public-status = Latest status
public-status-none = Not reported yet
public-pdf-making = The PDF file is being made.
public-pdf-back = Back to the plan

# Destructive actions ask first
confirm-yes = Yes, remove
confirm-no = Cancel
confirm-cannot-undo = This cannot be undone.
confirm-remove-member = Remove { $name }?
confirm-remove-member-then = They lose access to the organisation, but can be invited again.
confirm-unlink = Remove the link to { $name }?
confirm-remove-activity = Remove the activity { $name }?
confirm-remove-measure = Remove the measure { $name }?
confirm-remove-group = Remove the group { $name } with all its members?
confirm-remove-participation = Remove the participation { $name }?

# The import's mapping step: what the sheet's own headers mean
mapping-title = What do the sheet's columns mean?
mapping-lead = The sheet has headers that are not the template's. Choose what each column is; the suggestions come from the names. The choice is remembered, so the next import of the same sheet skips this step.
mapping-sheet-column = Column { $letter }: { $header }
mapping-ignore = Do not import
mapping-submit = Import with these choices
mapping-back = Back to the measures
mapping-problems = Nothing was imported; nothing is saved:
column-name = Name of the measure
column-description = Description
column-owner = Owner (service)
column-partners = Partners
column-age_bands = Target group
column-prevention = Prevention level
column-themes = Themes
column-level = Level
column-evidence = Evidence (Ungsinn 0–5)
column-evidence_source = Source of the evidence
column-yearly_cost = Yearly cost (NOK)
column-funding = Funding
column-grant_name = Grant
column-grant_ends = Grant ends
column-reach = Reached per year
column-status = Status
column-start = Start date
column-evaluation = Evaluation date
column-other_themes = Other themes

## The plan check
field-plan-check = Plan check
plan-check-summary = { $count ->
    [0] { $percent } % met, no findings
    [one] { $percent } % met, one finding
   *[other] { $percent } % met, { $count } findings
  }
check-title = Plan check: { $plan }
check-back = Back to the plan
check-lead = What the law, the county governor's expectations and the Seljord criteria say is missing from the plan, with a link to the place to fix it.
check-score = The plan meets { $percent } % of the requirements
check-percent = { $percent } %
check-summary-findings = { $count ->
    [0] No findings.
    [one] One finding.
   *[other] { $count } findings.
  }
check-summary-passed = { $count ->
    [0] No rule is met yet.
    [one] One rule is met.
   *[other] { $count } rules are met.
  }
check-areas-caption = Met per area, weighted by severity (must 3, should 2, advice 1)
check-col-area = Area
check-col-score = Met
check-col-findings = Findings
check-history = Across the versions
check-history-lead = The score as it stood when each version of the plan was frozen, and as it is now. A dash means that no rule of the area applied to the plan then.
check-history-caption = Met per version and area
check-history-now = Now
check-col-version = Version
check-col-plan = Whole plan
check-heading-must = Must be fixed
check-heading-should = Should be fixed
check-heading-advice = Advice
check-severity-must = Must
check-severity-should = Should
check-severity-advice = Advice
check-area-law = The law (Child Welfare Act § 15-1)
check-area-hearings = Hearings
check-area-themes = Expected themes
check-area-seljord = The Seljord criteria
check-area-traceability = Traceability
check-basis = Basis:
check-basis-law = { $citation } (in force from { $from })
check-source-county-governor = the county governor's invitation to a joint planning process (themes municipalities are expected to cover)
check-source-seljord = the Seljord steering group's criteria for a good plan
check-source-hearing-practice = good practice for hearings (six weeks, outside holidays, every input answered before adoption)
check-source-traceability = traceability from goals to measures and evaluation
check-rule-goals-and-strategies = The plan lacks overall goals or strategies.
check-rule-one-owner = { $count ->
    [one] One measure does not have exactly one owner service.
   *[other] { $count } measures do not have exactly one owner service.
  }
check-rule-services-have-a-part = { $count ->
    [one] One service in the working group owns or joins no measure.
   *[other] { $count } services in the working group own or join no measure.
  }
check-rule-organisation-described = The plan does not describe how the preventive work is organised.
check-rule-cooperation-described = The plan does not describe how the services cooperate.
check-rule-anchored-in-master-plan = The plan is not linked to the social element of the municipal master plan, and no reason is given.
check-rule-child-welfare-role = The council's decision on the child welfare service's role in prevention is not recorded.
check-rule-adopted-by-council = The plan must be adopted by the municipal council itself, and the adoption must be in the process plan.
check-rule-hearing-six-weeks = { $count ->
    [one] One hearing is shorter than six weeks without a justification.
   *[other] { $count } hearings are shorter than six weeks without a justification.
  }
check-rule-hearing-six-weeks-practice = { $count ->
    [one] One hearing is shorter than six weeks.
   *[other] { $count } hearings are shorter than six weeks.
  }
check-rule-hearing-holiday = { $count ->
    [one] One hearing runs over a holiday.
   *[other] { $count } hearings run over a holiday.
  }
check-rule-inputs-answered = { $count ->
    [one] One input is not answered, so the response report is not ready for the adoption.
   *[other] { $count } inputs are not answered, so the response report is not ready for the adoption.
  }
check-rule-answers-before-adoption = The council must be able to read the assessment of the inputs before it adopts the plan: the adoption meeting is before the hearing ends, or inputs are unanswered when the meeting is held.
check-rule-expected-themes = { $count ->
    [one] One theme the county governor expects is covered neither by this plan nor by a plan linked to it.
   *[other] { $count } themes the county governor expects are covered neither by this plan nor by a plan linked to it.
  }
check-rule-measures-concrete = { $count ->
    [one] One measure lacks a target group or a start.
   *[other] { $count } measures lack a target group or a start.
  }
check-rule-evaluation-dates = { $count ->
    [one] One measure has no fixed evaluation date.
   *[other] { $count } measures have no fixed evaluation date.
  }
check-rule-youth-took-part = Nothing shows that children or young people took part in making the plan.
check-rule-cross-sector = No measure crosses services.
check-rule-political-treatment = No political treatment is planned or done.
check-rule-goals-have-measures = { $count ->
    [one] One goal has no measure.
   *[other] { $count } goals have no measure.
  }
check-rule-goals-measured = { $count ->
    [one] One goal has neither an indicator nor an evaluation date.
   *[other] { $count } goals have neither an indicator nor an evaluation date.
  }
check-rule-measures-serve-goals = { $count ->
    [one] One measure serves no goal.
   *[other] { $count } measures serve no goal.
  }
check-rule-evidence-rated = { $count ->
    [one] One measure has neither an evidence rating nor a source saying why it is not rated.
   *[other] { $count } measures have neither an evidence rating nor a source saying why they are not rated.
  }
check-missing-main = No main goal
check-missing-strategy = No strategies
check-missing-age_bands = no target group
check-missing-start = no start date
check-place-goals = Goals and strategies
check-place-measures = The measures
check-place-programme-participation = Participation in the planning programme
check-place-programme-outline = The planning programme's outline
check-place-programme-decisions = The decision on the child welfare service's role
finding-adoption-before-deadline = The meeting is before the hearing deadline { $deadline }.
finding-adoption-unanswered = { $count ->
    [one] One input is unanswered.
   *[other] { $count } inputs are unanswered.
  }
check-place-new-activity = Add the adoption to the process plan
check-place-links = Link the plan to the municipal master plan's social element
check-place-input = Input { $reference }
check-themes = Expected themes
check-themes-lead = The county governor expects the municipality's plans together to cover these themes. A theme is covered by a measure of this plan, or by a plan linked to it.
check-themes-caption = Who covers each theme
check-col-theme = Theme
check-col-this-plan = This plan
check-col-linked = Linked plans
check-yes = Yes
check-no = No
check-none = None

## The trace from an input to measures
trace-no-status = no status
trace-evaluation = { $status }, evaluated { $date }
trace-no-evaluation = { $status }, no evaluation date
trace-report = latest status report ({ $period }): { $status }
trace-changed = Changed in the plan
trace-chapter-changed = { $chapter }: the text changed in { $version } { $date }
trace-chapter-unchanged = { $chapter }: the text has not changed in a frozen version yet
trace-led-to = Led to the measures
trace-led-to-none = Not tied to any measure yet.
trace-field-measures = Measures the input led to
trace-inputs-behind = Inputs behind the measure
trace-inputs-behind-none = No input is tied to the measure.

## The knowledge base (indicators)
org-indicators-link = Knowledge base and statistics
indicators-title = Knowledge base of { $org }
indicators-lead = Statistics from FHI, SSB, Ungdata and Bufdir, compared with the county and the country, and the challenge picture built on them.
indicators-list-heading = Indicators
indicators-none = No statistics have been uploaded yet.
indicators-count = { $count ->
    [one] One indicator
   *[other] { $count } indicators
  }
indicators-col-indicator = Indicator
indicators-col-source = Source
indicators-col-unit = Unit
indicators-col-latest = Latest figure
indicators-col-standing = Against the county
indicators-col-values = Figures stored
indicators-import-heading = Upload statistics
indicators-import-file = Statistics file (JSON-stat, CSV or XLSX)
indicators-import-hint = JSON-stat from FHI's or SSB's statistics bank, FHI tables as semicolon CSV, or Ungdata's and Bufdir's key figures as spreadsheets. Old municipality numbers are moved to today's municipalities.
indicators-import-source = Source
indicators-import-source-hint = Who published the figures, when the file does not say.
indicators-import-submit = Upload
indicators-import-no-file = Choose a file to upload.
indicators-import-too-large = The file is too large.
indicators-imported = { $count ->
    [one] One figure was stored.
   *[other] { $count } figures were stored.
  }
indicators-refused = The file was not uploaded. Nothing was changed.
indicators-remarks = Note
indicators-unknown-codes = Not municipality numbers of 1994–2024, left out: { $codes }
indicators-divided-codes = Municipalities divided since, left out: { $codes }
indicators-split = { $old } is put on { $today }; part of it is now { $also }.
indicators-not-added = Merged municipalities without a figure for today's municipality (rates are not added up): { $codes }
indicator-country = Norway
indicator-period = Period
indicator-municipality = Municipality
indicator-county-municipalities = the county's municipalities
indicator-basis-county = most municipalities of the county
indicator-basis-country = the country
indicator-standing-better = better than
indicator-standing-worse = worse than
indicator-standing-higher = higher than
indicator-standing-lower = lower than
indicator-standing-within = in line with
indicator-standing-short-better = Better
indicator-standing-short-worse = Worse
indicator-standing-short-higher = Higher
indicator-standing-short-lower = Lower
indicator-standing-short-within = In line
indicator-no-latest = No figures
indicator-no-finding = There are not enough figures to compare with.
indicator-source = Source: { $source }
indicator-finding-heading = Where the municipality stands
indicator-charts-heading = Trend and comparison
indicator-rule = The rule: the municipality's latest figure is compared with the county's other municipalities in the same year. Outside their middle 80 per cent (10th–90th percentile), the municipality stands out, better or worse by the direction that is good. When fewer than five municipalities have a figure, it is compared with the country (more than 10 per cent apart). Small municipalities vary a lot by chance; the county's spread allows for that better than the national figure alone.
indicator-meta-heading = What the indicator means for the plan
indicator-unit = Unit
indicator-direction = Which direction is good
direction-higher_is_better = Higher is better
direction-lower_is_better = Lower is better
direction-neither = No direction (population, for example)
indicator-theme = Theme in the challenge picture
indicator-theme-none = No theme
indicator-position = Place among the plan's figures
indicator-position-hint = A number from 1 to 99 puts the indicator in { "{{" }indikatorer{ "}}" } in the plan document, in that order. Empty: not included.
indicator-save = Save
indicator-saved = The indicator was saved.
indicator-draft-intro = A draft challenge picture, made from the figures that stand out. Edit the text before it is used in the plan.
indicator-draft-other = Other indicators
indicator-draft-nothing = None of the indicators stands out from the county or the country yet.
challenge-heading = Challenge picture
challenge-lead = The text goes into the plan document where it says { "{{" }utfordringsbilde{ "}}" }.
challenge-text = The challenge picture
challenge-drafted = This is a new draft from the figures. It is saved only when you press Save.
challenge-saved-hint = This is the text as last saved.
challenge-save = Save the challenge picture
challenge-redraft = Make a new draft from the figures
challenge-saved = The challenge picture was saved.
flag-missing = missing
flag-not_computable = cannot be computed
flag-suppressed = suppressed
jsonstat-not-json = not JSON ({ $at })
jsonstat-missing = missing
jsonstat-not-a = must be a { $kind }
jsonstat-no-dimension = no dimension for { $role }
jsonstat-count = { $found } values where the dimensions make { $expected }
jsonstat-too-large = the table has too many cells
jsonstat-region = '{ $value }' is not a municipality, county or the country
jsonstat-period = '{ $value }' is not a year or a span of years
jsonstat-status = the status '{ $value }' is not one of .. . : -
indicator-decimal = .
generated-no-indicators = No indicators have been chosen for the plan yet. Choose them on the page Knowledge base and statistics.
generated-no-challenge = The challenge picture has not been written yet. It is written on the page Knowledge base and statistics.
indicators-mapping-title = What do the columns hold?
indicators-mapping-lead = The headers in row { $row } were not recognised. Choose what each column holds; the choice is remembered for this source.
indicators-mapping-submit = Upload with this choice
indicators-mapping-back = Back to the knowledge base
sheet-column-region = Municipality, county or the country
sheet-column-period = Year or period
sheet-column-value = Figure
sheet-column-indicator = Indicator
sheet-column-unit = Unit
sheet-column-flag = Flag (SPVFLAGG)
sheet-column-breakdown = Breakdown (gender, age)
sheet-column-ignored = Left out
sheet-at-row = Row { $row }: { $what }
sheet-at-cell = Row { $row }, column { $column }: { $what }
sheet-unreadable = the file cannot be read ({ $why })
sheet-region = '{ $value }' is not a municipality, county or the country
sheet-period = '{ $value }' is not a year or a span of years
sheet-value = '{ $value }' is not a number or a mark (.. . :)
sheet-unmapped-place = no column is chosen for the municipality
sheet-unmapped-period = no column is chosen for the year
sheet-unmapped-value = no column is chosen for the figure
indicator-map-title = Map: { $title }
indicator-map-summary = The county's municipalities shaded and patterned by the figure, in four groups of equal size; the municipality itself has a thick border. The table below gives the same figures sorted.
indicator-map-flagged = suppressed or missing
invalid-number = '{ $value }' is not a number.
field-goal-measured-by = Measured by indicator
goal-measured-by-none = No indicator
field-goal-baseline = Baseline
field-goal-target = Target (figure)
goal-measured = { $indicator }: baseline { $baseline }, latest { $latest }, target { $target }
goal-target-reached = reached
goal-target-not-reached = not reached yet

## Surveys (C6)
nav-surveys = Surveys
surveys-title = Surveys – { $plan }
surveys-lead = Anonymous surveys for children, youth, parents and staff. Small groups are hidden in the results.
surveys-none = The plan has no surveys yet.
surveys-caption = The plan's surveys
surveys-new = Create the survey
surveys-back = Back to the surveys
survey-col-title = Survey
survey-col-state = Status
survey-col-answers = Answers
survey-answers = { $count ->
    [0] No answers
    [one] 1 answer
   *[other] { $count } answers
}
survey-state-draft = Being written
survey-state-open = Open for answers
survey-state-closed = Closed
survey-period = Answering period
survey-link = Link to answer
survey-open-heading = Open the survey
survey-open-lead = Choose the period the survey takes answers. Give a class and a number to make class codes a teacher hands out; without codes, people answer by the link. Once opened, the survey stays anonymous for good.
field-survey-opens = First day for answers
field-survey-closes = Last day for answers
field-survey-class = Class or group (for example 9B)
field-survey-codes = Number of class codes
survey-open = Open the survey
survey-results-wait = Results are shown when the survey has closed. Until then only the number of answers is shown.
survey-rules = Counts below { $cell } read “hidden (fewer than { $cell })”. So that they cannot be worked out, some other counts are hidden too, as are all counts in groups with fewer than { $group } answers; those read “hidden”.
survey-codes-heading = Class codes and closing
survey-add-codes = Make codes
survey-close-lead = When the survey closes, it takes no more answers, and the free-text answers go to the input register with no link to who wrote them.
survey-close = Close the survey
survey-codes-caption = Class codes (each code can be used once)
survey-col-class = Class
survey-col-code = Code
survey-col-used = Used
survey-code-used = Used
survey-code-unused = Not used
survey-questions = Questions
survey-kind-single = one choice
survey-kind-multiple = several choices
survey-kind-likert = scale
survey-kind-number = number
survey-kind-free-text = free text
survey-cell = { $number } ({ $share } %)
survey-by = { $question } – by { $by }
survey-withheld = The breakdown is not shown: a group has fewer than { $threshold } answers.
survey-all = All
survey-ticked = Ticked “{ $option }”
survey-not-ticked = Not ticked
survey-answered = Number who answered
survey-intro = Your answers are anonymous: we keep only the answers and the date, not who you are or where you answer from.
field-survey-code = The code your teacher gave you
survey-required = (required)
survey-only-if = Answer only if you answered “{ $answers }” to “{ $question }”.
survey-submit = Send the answers
survey-answer-required = This question needs an answer.
survey-answer-choice = Choose one of the answers.
survey-answer-number = Write a whole number from { $min } to { $max }.
survey-answer-too-long = The answer can have at most { $max } characters.
survey-closed-title = The survey is not open
survey-closed-text = This survey takes no answers now.
survey-thanks-title = Thank you for your answers!
survey-thanks-text = Your answers are saved. You can close the page.
survey-code-refused = The code does not exist or has been used. Check that it is typed correctly, or ask the teacher for a new one.
survey-code-missing = Type the code your teacher gave you.
invalid-survey-period = The last day cannot be before the first day.
invalid-survey-state = The survey has already opened or closed.
surveys-start = Start from
surveys-start-template = The youth template (well-being, safety, bullying, leisure, someone to talk to)
surveys-start-empty = An empty survey
survey-new-title = New survey
survey-new-section = Questions
survey-section-empty = No questions in this section yet.
survey-question-change = Change
survey-move-up = Move up
survey-move-down = Move down
survey-question-new = Add a question
survey-question-edit = Change the question
survey-question-back = Back to the survey
survey-question-lead = Write the question in bokmål, and if you can in nynorsk and English. What is missing in nynorsk or English is shown in bokmål.
survey-question-save = Save the question
survey-question-remove = Remove the question
survey-section-new = New section
survey-section-add = Add the section
survey-details = Title and target group
survey-details-save = Save title and target group
survey-target-children = Children
survey-target-youth = Youth
survey-target-parents = Parents
survey-target-staff = Staff
survey-options-hint = One option per line (for a scale: the steps from lowest to highest). Not needed for numbers and free text.
survey-options-other-hint = As many lines as in bokmål, in the same order, or empty.
survey-condition-hint = Tick the answers that make the question appear. With none ticked, the question is always shown.
field-survey-section = Section
field-survey-kind = Kind of question
field-survey-text-nb = The question in bokmål
field-survey-text-nn = The question in nynorsk
field-survey-text-en = The question in English
field-survey-options-nb = Options in bokmål
field-survey-options-nn = Options in nynorsk
field-survey-options-en = Options in English
field-survey-min = Smallest number (for numbers)
field-survey-max = Largest number (for numbers)
field-survey-required = Must be answered
field-survey-background = Background question (results can be broken down by its answers, such as year or gender)
field-survey-condition = Show only if an earlier question was answered like this
field-survey-section-nb = Section name in bokmål
field-survey-section-nn = Section name in nynorsk
field-survey-section-en = Section name in English
field-survey-title-nb = Title in bokmål
field-survey-title-nn = Title in nynorsk
field-survey-title-en = Title in English
field-survey-target = Target group
confirm-remove-survey-question = Remove the question “{ $name }”?
invalid-option-lines = Write as many options as in bokmål, one per line, or leave the field empty.
invalid-survey-no-questions = The survey has no questions yet.
invalid-survey-not-open = The survey is not open.
invalid-survey-condition = The condition must refer to answers to one question that comes before this one.
invalid-survey-text = Write the text in bokmål.
invalid-survey-options = A choice question needs from 2 to { $max } options in bokmål.
invalid-survey-range = The smallest number must be less than the largest.
invalid-survey-background = Only a single-choice question can be a background question.
invalid-survey-section = Choose a section of the survey.
invalid-survey-question = The question does not exist.
invalid-survey-too-many = A survey can have at most { $max } questions.
invalid-survey-referred = Another question is shown only after an answer to this one. Change that question first.
survey-classes-caption = Class codes by class
survey-col-codes = Codes
survey-qr = QR code for a poster
survey-qr-svg = SVG (sharp at any size)
survey-qr-png = PNG
survey-col-table = Table
survey-col-answer = Answer
survey-col-group = Group
survey-col-count = Count
survey-col-share = Share (%)
survey-sheet = Results
survey-download = Download the results, with the same figures hidden:
generated-no-surveys = The plan has no finished surveys yet.
generated-survey-answers = Answers:
survey-lang = en
survey-share = per cent
survey-answer = Answer
survey-hidden-short = hidden
survey-fewer-than = fewer than
survey-saved = Your change is saved.
survey-slips-links = Code slips to print:
survey-slips-all = all classes
survey-slips-title = Code slips
survey-slips-class-title = Code slips for { $class }
survey-slips-back = Back to the survey
survey-slips-lead = One slip per pupil, with the codes not yet used. Print, cut and hand out in the lesson.
survey-slips-print = Print
survey-slips-none = Every code has been used.
survey-slips-class = Class { $class }
survey-slips-go = Go to
survey-slips-code = Your code:
survey-chart-summary = Number who answered:
survey-chart-download = Download the chart (SVG)
survey-pause-hint = Your answers are remembered on this device until you send them, so you can take a break and continue later. On a shared computer, send your answers before you leave.
survey-pause-hint-codes = Your answers are kept in this tab until you send them, so you can reload the page without losing them. Closing the tab forgets them.
survey-resume-text = You have started this survey on this device before.
survey-resume = Continue where you left off
survey-restart = Start again
survey-rules-heading = Thresholds for small groups
survey-rules-hint = The thresholds apply to every survey of the organisation. They cannot be set below 3. Common practice is 5 per count and 20 per group.
field-survey-cell = Smallest count shown
field-survey-group = Smallest group shown
survey-rules-save = Save the thresholds
invalid-threshold = “{ $value }” is not a whole number from { $min } to 1000.
survey-download-csv = CSV (semicolons, for Excel)
survey-download-xlsx = XLSX (Excel)
field-survey-repeat = Without class codes: let one device answer more than once (such as a tablet at the youth club)
survey-answered-title = You have already answered
survey-answered-text = This device has already sent answers to the survey. Thank you for answering!
confirm-close-survey = Close the survey “{ $name }”?
confirm-close-survey-then = It takes no more answers, the results are shown, and the free-text answers go to the input register. This cannot be undone.

## The county dashboard and sharing (issue 18)
county-title = County overview for { $body }
county-lead = Every municipality of the county, with the status of its plan for preventive work (Child Welfare Act § 15-1). Beyond the status line you see only what each municipality shares; inputs are never shared.
county-filter = Filter and sort the municipalities
field-county-show = Municipalities shown
county-show-all = All municipalities
county-show-no-plan = No plan registered
county-show-adopted = With an adopted plan
county-show-not-adopted = With a plan in progress, not adopted
county-sort-name = Municipality
county-sort-adopted = Adopted plan
county-sort-phase = Phase
county-sort-hearing = Next hearing deadline
county-sort-treatment = Next political treatment
county-sort-themes = Most themes covered
county-sort-overdue = Most measures overdue
county-count = { $count ->
    [one] One municipality shown.
   *[other] { $count } municipalities shown.
  }
county-caption = The municipalities of the county
county-col-municipality = Municipality
county-col-plan = Plan under § 15-1
county-col-phase = Phase of the plan in progress
county-col-hearing = Next hearing deadline
county-col-treatment = Next political treatment
county-col-themes = Themes covered
county-col-overdue = Measures overdue for evaluation
county-col-shares = Shares with the county
county-no-plan = No plan registered
county-adopted-on = Adopted { $date }
county-adopted = Adopted
county-not-adopted = Not adopted
county-themes-of = { $covered } of { $all }
county-shares-nothing = Status only
county-part-programme = Planning programme and timeline
county-part-measures = Goals and measures
county-part-document = The plan document
org-adviser = As an adviser in the county
org-adviser-lead = You see the status of the municipality's plans and what it shares with the county.
org-county-dashboard = The municipalities of the county
org-county-dashboard-link = County overview
sharing-heading = Sharing with the county
sharing-lead = Advisers at the county governor and the regional competence centres always see the status of the plans (phase, deadlines, themes and overdue measures). Here you choose what more they may read. Inputs, surveys, members and personal data are never shared.
sharing-legend = Share with the county's advisers
sharing-save = Save sharing
sharing-saved = Sharing saved.
sharing-yes = shared
sharing-no = not shared
field-county-map = Colour the map by
county-map-themes = Number of themes covered
county-map-overdue = Number of measures overdue for evaluation
county-map-summary = The municipalities of the county, coloured by the chosen column of the table.
county-map-alternative = The table above gives the same numbers for each municipality.
county-col-marks = Municipal picture
county-mark-link = Mark
marks-title = Municipal picture of { $municipality }
marks-back = Back to the county overview
marks-lead = Mark the municipality green, yellow or red per area, with a note. The municipality sees your marks.
marks-saved = The marks are saved.
marks-save = Save the marks
field-mark-colour = Assessment
field-mark-note = Note
mark-colour-none = Not assessed
mark-colour-green = green
mark-colour-yellow = yellow
mark-colour-red = red
mark-area-plan = The plan
mark-area-cooperation = Cooperation
mark-area-follow-up = Follow-up
org-marks = Municipal picture from the county
org-marks-lead = How the county's advisers assess the municipality.

## Network gatherings (issue 18)
gatherings-title = Gatherings
gatherings-title-municipality = Gatherings of the county's network
gatherings-back = Back to the organisation
gatherings-lead = Physical and digital gatherings for the municipalities of the county. The municipalities' contacts register participants; a physical gathering takes a limited number per municipality.
gatherings-lead-municipality = The gatherings the county's bodies invite the municipality to. The municipality's administrator and plan lead register participants.
gatherings-none = No gatherings have been added yet.
gatherings-caption = The gatherings, earliest first
gatherings-new = New gathering
gatherings-create = Add the gathering
gathering-col-when = When
gathering-col-where = Place or link
gathering-col-seats = Registered
gathering-col-mine = From the municipality
gathering-col-body = Organiser
gathering-col-municipality = Municipality
gathering-col-seat = Place
gathering-col-action = Action
field-gathering-form = Form
field-gathering-place = Place (physical gathering)
field-gathering-link = Link to the meeting (digital gathering, https://)
field-gathering-start-date = Start date
field-gathering-start-time = Start time (hh:mm)
field-gathering-end-date = End date (empty: the same day)
field-gathering-end-time = End time (hh:mm)
field-gathering-per-municipality = Participants per municipality
field-gathering-capacity = Places in all (empty: no limit)
field-gathering-topics = Topics of the programme
field-gathering-topics-hint = One topic per line.
field-participant-role = Position or role
gathering-form-physical = Physical gathering
gathering-form-digital = Digital gathering
gathering-when-day = { $date }, { $from }–{ $to }
gathering-when-days = { $date } { $from } – { $end } { $to }
gathering-seats-of = { $confirmed ->
    [one] One registered of { $capacity } places
   *[other] { $confirmed } registered of { $capacity } places
  }
gathering-seats = { $confirmed ->
    [0] None registered
    [one] One registered
   *[other] { $confirmed } registered
  }
gathering-waiting-count = { $waiting ->
    [one] one on the waiting list
   *[other] { $waiting } on the waiting list
  }
gathering-mine-count = { $mine ->
    [0] None registered
    [one] One registered
   *[other] { $mine } registered
  }
gathering-seat-confirmed = Registered
gathering-seat-waiting = On the waiting list
gathering-back = Back to the gatherings
gathering-topics = Topics
gathering-ics = Add to calendar (.ics)
gathering-export-csv = Participant list (CSV)
gathering-export-xlsx = Participant list (Excel)
gathering-participants = Registered participants
gathering-participants-mine = The municipality's participants
gathering-participants-none = No one is registered yet.
gathering-participants-caption = The participants in the order they registered
gathering-cancel = Cancel { $name }
gathering-register = Register a participant
gathering-register-lead = When the gathering is full, the participant goes on the waiting list and moves up when someone cancels.
gathering-register-button = Register
gathering-begun = The gathering has begun; registration is closed.
gathering-edit = Change the gathering
gathering-save = Save the changes
gathering-promoted = { $count ->
    [one] The first on the waiting list now has a seat.
   *[other] The first { $count } on the waiting list now have seats.
  }
confirm-remove-gathering = Remove the gathering “{ $name }”?
confirm-remove-gathering-then = { $count ->
    [0] No one is registered. This cannot be undone.
    [one] The one registration is deleted; let the person know. This cannot be undone.
   *[other] All { $count } registrations are deleted; let those concerned know. This cannot be undone.
  }
confirm-remove-gathering-waiting-then = { $count ->
    [one] The one registration, on the waiting list, is deleted; let the person know. This cannot be undone.
   *[other] All { $count } registrations are deleted, the waiting list's too; let those concerned know. This cannot be undone.
  }
gathering-removed = The gathering is removed.
gathering-remove = Remove the gathering
gathering-saved = The gathering is saved.
gathering-registered = The participant is registered.
gathering-registered-waiting = The gathering is full: the participant is on the waiting list.
gathering-cancelled = The participant is cancelled.
gathering-cancelled-moved = The participant is cancelled, and the first on the waiting list has the place.
gathering-per-municipality-is = Up to { $max } per municipality
gathering-per-municipality-none = No limit per municipality
gathering-sheet = Participants
confirm-cancel-participant = Cancel { $name }?
confirm-cancel-participant-then = The place goes to the first on the waiting list, if anyone is waiting.
invalid-time = '{ $value }' is not a time of day (hh:mm).
invalid-link = '{ $value }' is not a web address starting with https://.
invalid-municipality-full = The municipality has already registered the { $max } it may send.
invalid-gathering-begun = The gathering has begun; registration is closed.
org-gatherings = Gatherings
org-gatherings-link = Gatherings of the county's network

## Reflection tasks (issue 18)
reflections-title = Reflection tasks
reflections-lead = Tasks the municipalities reflect on together between the gatherings. You read every municipality's answer side by side.
reflections-lead-municipality = The tasks the county's bodies give the municipality between gatherings. The administrator, plan lead and editors answer for the municipality.
reflections-none = No reflection tasks yet.
reflections-caption = The tasks, newest first
reflections-new = New reflection task
reflections-create = Pose the task
field-reflection-prompt = Theme and questions
field-reflection-prompt-hint = What the municipalities are to reflect on together, each on its own.
field-reflection-due = Answer by
field-reflection-gathering = Prepares the gathering
field-reflection-answer = Write the answer
field-reflection-answer-hint = Write what you arrived at. A new answer replaces the previous one.
reflection-no-gathering = No particular gathering
reflection-col-state = Answers
reflection-answered-of = { $all ->
    [one] { $answered } of one municipality has answered
   *[other] { $answered } of { $all } municipalities have answered
  }
reflection-answered = Answered
reflection-not-answered = Not answered yet
reflection-no-due = No deadline
reflection-by = { $name }, { $date }
reflection-back = Back to the reflection tasks
reflection-saved = The answer is saved.
reflection-answers = The municipalities' answers
reflection-our-answer = The municipality's answer
reflection-save = Save the answer
org-reflections-link = Reflection tasks between gatherings
gathering-cancelled-moved-name = The participant is cancelled, and { $name } from the waiting list has the place.
gathering-at-cap = The municipality has registered the { $max } it may send to this gathering. Cancel a participant to register another.

## Library (issue 18)
nav-library = Library
library-title = Library
library-lead = Legal requirements and guidance for the plans a municipality must have, should have or is advised to have, by kind of plan. Search by kind of plan, law or guidance.
library-search = Search the library
library-count = { $count ->
    [0] No kind of plan matches the search.
    [one] One kind of plan matches.
   *[other] { $count } kinds of plan match.
  }
library-law = Legal requirements
library-guidance = Guidance and action plans
library-credit = The reference list builds on the invitation to a joint planning process from Statsforvalteren i Vestland with NAPHA, KORUS, RVTS, RKBU and KS. The legal requirements are those in force today.
error-forbidden-adviser = As an adviser you see each municipality's status line and what the municipality chooses to share with the county; inputs, members and personal data are never shared.
library-shared = Measures the municipalities share
library-shared-lead = Measures other municipalities have shared, with who owns them, their evidence, cost and how many they reach. Copy a measure into one of your plans; the copy shows where it came from.
library-shared-login = Log in to see and copy the measures the municipalities share.
library-shared-count = { $count ->
    [0] No shared measure matches.
    [one] One shared measure.
   *[other] { $count } shared measures.
  }
library-owner = Owner (service)
library-evidence = Evidence
library-cost = Cost a year
library-reach = Reaches a year
library-copy-to = Copy to the plan
library-copy = Copy '{ $name }'
measure-origin = Copied from { $municipality } ('{ $name }') in the library.
measure-origin-gone = Copied from the library ('{ $name }').
measure-run-by-host = Run by { $host } (host municipality)
measure-run-for = Also run for { $municipalities }
coverage-hosted-name = { $name } (run by { $host })
measure-cooperation = Inter-municipal cooperation
measure-cooperation-lead = Does the municipality also run this measure for other municipalities (as host municipality)? Write them here, by name or municipality number, separated by commas. The measure then appears in their register and coverage matrix, marked as run by you; only you can change it.
field-participants = Municipalities the measure is also run for
measure-cooperation-saved = The cooperation is saved.
measure-cooperation-save = Save the cooperation
measure-shared = The measure is shared with the other municipalities in the library.
measure-share = Share the measure in the library
measure-unshare = Stop sharing the measure
library-search-button = Search
reflection-created = The task is posed to the municipalities.
gathering-cancel-yes = Yes, cancel
reflection-waiting = { $count ->
    [one] One municipality has not answered yet
   *[other] { $count } municipalities have not answered yet
  }
