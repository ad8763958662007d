app-name = forebygg
skip-to-content = Gå til hovedinnhold
nav-main = Hovedmeny
nav-organisations = Organisasjoner
nav-account = Min konto
nav-new-org = Legg til regional aktør
nav-logout = Logg ut
nav-login = Logg inn
language-label = Språk
language-change = Bytt språk
footer-about = forebygg – planer for forebyggende arbeid med barn, unge og foreldre (barnevernsloven § 15-1).
footer-data-credit = Kommuneregister: Kartverket (CC BY 4.0).
back-to-start = Tilbake til forsiden

home-title = Forside
home-heading = Planer for forebyggende arbeid
home-lead = Lag, send på høring, vedta og følg opp kommunens plan for forebyggende arbeid med barn, unge og foreldre.
home-my-organisations = Dine organisasjoner
home-no-roles = Du har ingen rolle i noen organisasjon ennå. Spør en administrator i kommunen din.
home-start-heading = Kom i gang
home-find-municipality = Finn kommunen din
home-demo-municipality = Se demokommunen Engerdal
home-login = Logg inn for å arbeide med en plan

login-title = Logg inn
login-submit = Logg inn
login-wrong = Feil e-postadresse eller passord.
login-locked = For mange mislykkede forsøk. Kontoen er låst en stund.
login-locked-minutes = For mange mislykkede forsøk. Kontoen er låst; prøv igjen om { $minutes ->
    [one] ett minutt
   *[other] { $minutes } minutter
  }.
demo-heading = Demobrukere
demo-password = Alle demobrukerne har passordet { $password }.
demo-caption = Én bruker per rolle i demodataene

field-email = E-postadresse
field-password = Passord
field-role = Rolle
field-name = Navn
field-name-new-user = Navn (for ny bruker)
field-current-password = Nåværende passord
field-new-password = Nytt passord (minst 10 tegn)
field-county = Fylke
field-county-optional = Fylke (hvis aktøren dekker ett fylke)
field-kind = Type
field-sort = Sorter etter
field-number = Nummer
field-municipality-number = Kommunenummer

account-title = Min konto
account-password-changed = Passordet er endret. Andre økter er logget ut.
account-roles = Dine roller
account-change-password = Endre passord
account-save-password = Lagre nytt passord
account-wrong-password = Nåværende passord er feil.

form-errors-heading = Skjemaet har feil
error-prefix = Feil:

organisations-title = Organisasjoner
organisations-filter = Filtrer organisasjoner
organisations-search = Søk på navn eller nummer
all-counties = Alle fylker
all-kinds = Alle typer
filter-apply = Vis
organisations-count = { $count ->
    [one] Én organisasjon passer.
   *[other] { $count } organisasjoner passer.
  }
sort-number = Nummer
sort-name = Navn

org-internal = For medlemmer
org-members-link = Medlemmer og roller
org-municipalities = Kommuner i fylket ({ $count })
org-new-title = Legg til regional aktør
org-new-lead = Statsforvalteren, KS og regionale kompetansesentre kan legges til som organisasjoner. Kommuner og fylker kommer fra det innebygde registeret.
no-county = Uten fylke (nasjonal)
org-new-submit = Legg til organisasjon
org-exists = Det finnes allerede en organisasjon som heter { $name }.

members-title = Medlemmer i { $org }
members-role-changed = Rollen er endret.
members-removed = Medlemmet er fjernet.
members-added = { $who } er lagt til.
members-added-role = Rolle: { $role }.
members-already = { $email } er allerede medlem. Endre rollen i listen i stedet.
members-one-time-password = Det er laget en ny bruker med dette engangspassordet. Gi det til personen; det vises bare én gang. Personen bør endre det etter innlogging.
members-count = { $count ->
    [one] Ett medlem
   *[other] { $count } medlemmer
  }
members-actions = Handlinger
members-role-for = Rolle for { $name }
members-change-role = Endre rolle
members-remove = Fjern
members-add-heading = Legg til medlem
members-add-lead = Gi en person en rolle her. Har personen ingen bruker ennå, lages en.
members-add-submit = Legg til medlem

role-admin = Administrator
role-plan-lead = Planleder
role-editor = Redaktør
role-contributor = Bidragsyter
role-reader = Leser
role-regional-adviser = Regional rådgiver
role-site-admin = Driftsansvarlig

kind-municipality = Kommune
kind-county = Fylke
kind-county_governor = Statsforvalter
kind-ks = KS
kind-competence_centre = Kompetansesenter
kind-other = Annen regional aktør

error-forbidden = Ikke tillatt
error-forbidden-text = Du har ikke tilgang til denne siden.
error-not-found = Fant ikke siden
error-not-found-text = Vi fant ikke siden du ba om.
error-invalid = Ugyldige opplysninger
error-conflict = Finnes allerede
error-last-admin = Organisasjonen må ha minst én administrator.
error-internal = Noe gikk galt
error-internal-text = Det oppstod en feil hos oss. Prøv igjen om litt.
error-csrf = Skjemaet kunne ikke bekreftes
error-csrf-text = Skjemaet var for gammelt eller kom ikke fra dette nettstedet. Gå tilbake, last inn siden på nytt og prøv igjen.
error-too-large = For mye data
error-too-large-text = Skjemaet sendte mer data enn tillatt.

invalid-email = «{ $value }» er ikke en gyldig e-postadresse.
invalid-name = Skriv et navn på 1 til 200 tegn.
invalid-password-short = Passordet må ha minst { $min } tegn.
invalid-password-long = Passordet kan ha høyst { $max } tegn.
invalid-municipality-number = «{ $value }» er ikke et kommunenummer (fire sifre, f.eks. 3425).
invalid-county = «{ $value }» er ikke et fylke.
invalid-org-code = «{ $value }» er ikke en gyldig organisasjonskode.
invalid-org-name = Skriv et navn på 1 til 200 tegn.
invalid-org-kind = Velg hva slags regional aktør dette er.
invalid-county-required = En statsforvalter må høre til et fylke.
invalid-role = Velg en rolle fra listen.
invalid-lang = Velg bokmål, nynorsk eller engelsk.
invalid-date = «{ $value }» er ikke en dato. Skriv den som dd.mm.åååå, f.eks. 29.02.2024.
invalid-phase = Velg en fase fra listen.
invalid-period = «{ $value }» er ikke en periode. Oppgi to årstall, det første ikke etter det andre, eller la begge stå tomme.
invalid-title = Skriv en tittel på 1 til 200 tegn.
invalid-plan-type = Velg en plantype fra listen.
invalid-activity-kind = Velg en type aktivitet fra listen.
invalid-body = Velg et organ fra listen.
invalid-end-before-start = Slutten er før starten.
invalid-hearing-without-deadline = En høring må ha en frist.
invalid-hearing-too-short = Høringen er { $days } dager. En plan etter plan- og bygningsloven skal ligge ute i minst seks uker (frist { $earliest } eller senere), med mindre du skriver hvorfor den er kortere.
invalid-preset = Velg et utgangspunkt fra listen.
invalid-chapter = «{ $value }» er ikke et kapittelnummer i disposisjonen.
invalid-required = Dette feltet må fylles ut.
