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
