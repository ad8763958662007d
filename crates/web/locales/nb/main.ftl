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

yes = Ja
no = Nei
nav-plans = Planer
action-edit = Endre
date-hint = Skriv datoen som dd.mm.åååå, f.eks. 29.02.2024.
one-per-line = Én per linje.
no-body = Ikke noe organ
all-plan-types = Alle plantyper

plans-title = Planer i { $org }
plans-filter = Filtrer planer
plans-none = Ingen planer ennå.
plans-count = { $count ->
    [one] Én plan
   *[other] { $count } planer
  }
plans-new = Start en ny plan
plans-create = Opprett plan

field-title = Tittel
field-plan-type = Plantype
field-legal-basis = Hjemmel
legal-basis-none = Ikke lovpålagt
field-phase = Fase
field-period = Periode
field-period-from = Fra år
field-period-to = Til år
field-under-pbl = Utarbeides som plan etter plan- og bygningsloven (da er seks ukers høring bindende)
field-under-pbl-short = Etter plan- og bygningsloven
field-preset = Start planprogrammet fra
preset-empty = Et tomt planprogram
preset-engerdal = Et planprogram som Engerdals
preset-lyngen = Et planprogram som Lyngens
preset-sandefjord = Et planprogram som Sandefjords

phase-start = Oppstart
phase-programme_on_hearing = Planprogram på høring
phase-programme_adopted = Planprogram fastsatt
phase-drafting = Utarbeiding
phase-draft_on_hearing = Planforslag på høring
phase-revision_after_hearing = Bearbeiding etter høring
phase-adopted = Vedtatt
phase-follow_up = Oppfølging
phase-periodic_revision = Rullering

activity-political_treatment = Politisk behandling
activity-programme_hearing = Høring av planprogram
activity-programme_adoption = Planprogram fastsatt
activity-participation = Medvirkning
activity-drafting = Utarbeiding
activity-draft_hearing = Høring av planforslag
activity-revision = Bearbeiding etter høring
activity-plan_adoption = Plan vedtatt
activity-other = Annet

body-council = Kommunestyret
body-executive_committee = Formannskapet
body-standing_committee = Hovedutvalg
body-youth_council = Ungdomsrådet
body-disability_council = Råd for personer med funksjonsnedsettelse
body-elderly_council = Eldrerådet
body-administration = Administrasjonen
body-other = Annet organ

link-overlaps = Overlapper med
link-anchored_in = Forankret i

plan-programme-link = Planprogram
plan-schedule-link = Planlegg baklengs fra en vedtaksdato
plan-calendar-link = Kalenderfil (.ics) for Outlook og Google
plan-svg-link = Tidslinjen som bilde (SVG)
plan-activities = Prosess og tidslinje
plan-activities-caption = Aktiviteter etter dato, med hva reglene sier
plan-no-activities = Ingen aktiviteter ennå.
plan-new-activity = Legg til aktivitet
plan-add-activity = Legg til aktivitet
plan-links = Relaterte planer
plan-no-links = Ingen relaterte planer ennå.
plan-add-link = Koble plan
plan-edit = Endre planen
plan-save = Lagre
field-dates = Datoer
field-activity-kind = Type aktivitet
field-start = Start
field-end = Slutt (for en høring: fristen)
field-responsible = Ansvarlig
field-body = Organ som behandler
field-done = Gjennomført
field-justification = Begrunnelse for kortere høring
field-justification-hint = Trengs bare når en høring er kortere enn seks uker.
field-status = Status
field-findings = Regler
field-link-to = Plan
field-link-kind = Forhold
finding-blocking = Stopp:
finding-warning = Merk:
finding-short-hearing = Høringen er { $days } dager, kortere enn seks uker; seks uker varer til { $earliest }.
finding-short-hearing-blocked = Planen utarbeides etter plan- og bygningsloven: skriv en begrunnelse eller forleng fristen.
finding-holiday = Høringen går { $days } dager over { $holiday }; vurder fristen { $suggested }.
holiday-summer = sommerferien
holiday-christmas = juleferien
finding-no-body = Hvilket organ behandler saken?
finding-not-council = Bare kommunestyret kan vedta denne planen; her står: { $body }.

timeline-title = Tidslinje for { $plan }
timeline-description = { $count } aktiviteter fra { $first } til { $last }; { $done } gjennomført.
timeline-caption = Skraverte felt er gjennomført, hvite er planlagt; en rute er én enkelt dag. Tabellen under har de samme opplysningene.
timeline-done = gjennomført
timeline-planned = planlagt
calendar-deadline = Frist: { $title }

programme-title = Planprogram: { $plan }
programme-texts = Formål og føringer
field-purpose = Formål
field-background = Bakgrunn
field-guidelines = Føringer
field-overlapping = Overlappende planer
programme-groups = Organisering
field-group-kind = Gruppe
field-mandate = Mandat
field-service = Tjeneste
field-group-role = Rolle i gruppen
programme-add-group = Legg til gruppe
programme-add-member = Legg til medlem
programme-add-member-to = Legg til medlem i { $group }
programme-remove-group = Fjern { $group }
group-working = Arbeidsgruppe
group-reference = Referansegruppe
group-steering = Styringsgruppe
group-resource = Ressursgruppe
programme-participation = Medvirkningsplan
field-target-group = Målgruppe
field-method = Metode
field-when = Når
programme-add-participation = Legg til linje
programme-outline = Disposisjon for planen
programme-add-chapter = Legg til kapittel
field-chapter-title = Kapitteltittel
field-chapter-parent = Under kapittelnummer (tomt for et hovedkapittel)
chapter-up = Flytt opp
chapter-down = Flytt ned

schedule-title = Planlegg baklengs: { $plan }
schedule-lead = Oppgi datoen kommunestyret skal vedta planen innen, og møtedatoene til organene. Du får den seneste datoen for hvert steg som fortsatt når målet, med seks ukers høring utenom feriene.
field-target = Vedtatt innen
field-from = Ingenting vedtas før
field-with-programme = Planprogrammet sendes på høring og fastsettes først
field-programme-body = Organ som behandler planprogrammet
field-draft-body = Organ som sender planforslaget på høring
field-drafting-days = Dager til å skrive planforslaget etter at programmet er fastsatt
field-revision-days = Dager fra høringsfrist til neste møte
schedule-meetings-of = Møtedatoer for { $body }
schedule-meetings-hint = Datoer som dd.mm.åååå, skilt med mellomrom, komma eller linjeskift.
schedule-submit = Planlegg baklengs
schedule-result = Seneste datoer
schedule-caption = Stegene i rekkefølge
schedule-not-reachable = Målet kan ikke nås
schedule-unreachable = Med disse møtene kan planen tidligst vedtas { $earliest }.
schedule-impossible = Med disse møtene kan planen ikke vedtas i det hele tatt: legg til møtedatoer.
field-step = Steg
field-date = Dato
field-hearing-period = Høring
step-send_programme_on_hearing = Send planprogrammet på høring
step-adopt_programme = Fastsett planprogrammet
step-send_draft_on_hearing = Send planforslaget på høring
step-adopt_plan = Vedta planen
org-plans-link = Planer og planprosesser
invalid-group-kind = «{ $value }» er ikke en gruppetype (working, reference, steering, resource).

channel-hearing = Høringsuttalelse
channel-dialogue_conference = Dialogkonferanse
channel-workshop = Verksted
channel-council_meeting = Rådsmøte
channel-email_or_letter = E-post eller brev
channel-survey_free_text = Spørreundersøkelse, fritekst
channel-other = Annet
field-channel = Kanal
field-input-text = Innspill
field-sender = Avsender
sender-anonymous = Anonym
time-at = { $date }
home-open-hearings = Planer på høring nå
hearing-deadline-short = frist { $deadline }
hearing-page-title = Høring: { $plan }
hearing-full-variant = Hele versjonen av siden
hearing-youth-variant = Kort versjon for unge
hearing-youth-heading = Hva mener du?
hearing-youth-lead = Kommunen lager en plan: { $plan }. Den handler om hvordan barn og unge kan få en god oppvekst, og om hjelp tidlig når noe er vanskelig. Si hva du mener. Du trenger ikke skrive navnet ditt.
hearing-on-hearing = På høring
hearing-deadline = Frist
hearing-open-until = Høringen er åpen til og med { $deadline }.
hearing-days-left = { $count ->
    [0] I dag er siste dag.
    [one] Én dag igjen.
   *[other] { $count } dager igjen.
  }
hearing-closed-title = Høringen er avsluttet
hearing-closed-on = Fristen var { $deadline }.
hearing-closed-text = Høringen er avsluttet, så det kan ikke sendes flere uttalelser. Det du skrev står fortsatt i feltet; du kan kopiere det.
hearing-what = Dette er på høring
hearing-outline = Planen skal ha disse kapitlene:
hearing-respond = Send en høringsuttalelse
hearing-youth-respond = Skriv til oss
hearing-text = Uttalelsen din
hearing-text-hint = Skriv så mye eller lite du vil (høyst 20 000 tegn).
hearing-youth-text = Hva ville gjort det bedre å vokse opp her?
hearing-youth-text-hint = Noen få ord holder.
hearing-name = Navn (valgfritt)
hearing-organisation = Organisasjon (valgfritt)
hearing-email = E-postadresse (valgfritt)
hearing-publish-name = Navnet mitt kan publiseres sammen med uttalelsen
hearing-consent-text = Høringsuttalelser er offentlige dokumenter og kan bli publisert. Navnet ditt publiseres bare hvis du krysser av over; e-postadressen brukes bare hvis kommunen må kontakte deg, og publiseres aldri.
hearing-consent = Jeg har lest dette og vil sende uttalelsen
hearing-honeypot = La dette feltet stå tomt
hearing-submit = Send uttalelse
hearing-not-accepted = Uttalelsen kunne ikke tas imot. Prøv igjen.
hearing-too-many = Du har sendt mange uttalelser på kort tid. Vent noen minutter og prøv igjen; det du skrev er tatt vare på.
receipt-title = Takk for uttalelsen
receipt-thanks = Uttalelsen din til { $plan } er mottatt og lagret.
receipt-youth-thanks = Takk! Vi har fått meldingen din.
receipt-reference = Referansenummer
receipt-received = Mottatt
receipt-keep = Ta vare på referansenummeret: det viser til uttalelsen din i kommunens register.
receipt-email = Kommunen bruker e-postadressen din bare hvis den trenger å kontakte deg om uttalelsen.
receipt-your-text = Dette skrev du
receipt-back = Tilbake til høringen
plan-inputs-link = Innkomne innspill
plan-public-link = Offentlig høringsside
inputs-title = Innspill til { $plan }
inputs-none = Ingen innspill ennå.
inputs-count = { $count ->
    [one] Ett innspill
   *[other] { $count } innspill
  }
invalid-too-long = Høyst { $max } tegn.
invalid-consent = Kryss av i boksen for å sende uttalelsen.
decision-taken_into_account = Tatt til følge
decision-partly_taken_into_account = Delvis tatt til følge
decision-not_taken_into_account = Ikke tatt til følge
decision-noted = Tatt til orientering
decision-none = Ikke vurdert ennå
sender-private = Privatpersoner
merknad-link = Merknadsbehandling
merknad-title = Merknadsbehandling: { $plan }
merknad-intro = Alle innspill med kommunens vurdering, etter avsender, slik saken til vedtak viser dem (plan- og bygningsloven § 11-14). Navn på privatpersoner vises ikke.
merknad-csv = Last ned som CSV (Excel)
merknad-col-sender = Avsender
merknad-col-decision = Konklusjon
merknad-col-justification = Vurdering
merknad-col-change = Endring i planen
outcomes-link = Offentlig side: hva skjedde med innspillene
outcomes-title = Hva skjedde med innspillene: { $plan }
outcomes-intro = Her er alle innspill og hva kommunen bestemte om dem. Navn på privatpersoner vises bare når de har sagt ja til det.
assess-summary = Vurder { $reference }
assess-save = Lagre vurdering
moderation-hidden = Skjult fra de offentlige sidene:
moderation-reason = Grunn til å skjule innspillet fra de offentlige sidene
moderation-hide = Skjul for offentligheten
moderation-show = Vis på de offentlige sidene igjen
inputs-add = Registrer innspill fra en annen kanal
inputs-add-lead = Innspill fra dialogkonferanser, verksteder, rådsmøter, brev og spørreundersøkelser hører hjemme i det samme registeret.
inputs-add-submit = Registrer innspill
hearing-outcomes-link = Se hva som skjedde med innspillene
org-privacy-link = Personvern: en persons innspill
privacy-title = Personvern i { $org }
privacy-lead = En person kan be om innsyn i og sletting av personopplysningene i sine innspill. Finn dem med e-postadressen personen oppga.
privacy-export = Innsyn i en persons innspill
privacy-export-submit = Last ned (JSON)
privacy-erase = Slett en persons personopplysninger
privacy-erase-lead = Navn, organisasjon og e-postadresse fjernes fra alle innspill sendt fra denne adressen. Tekstene beholdes anonymisert, fordi høringsuttalelser er offentlige dokumenter som skal arkiveres. Slettingen logges.
privacy-confirm = Jeg bekrefter at personens opplysninger skal slettes
privacy-confirm-needed = Bekreft slettingen ved å krysse av i boksen.
privacy-erase-submit = Slett personopplysninger
privacy-erased = Personopplysningene ble slettet fra { $count ->
    [one] ett innspill
   *[other] { $count } innspill
  }.
privacy-log = Logg
privacy-log-empty = Ingenting er logget ennå.
privacy-log-action = Handling
privacy-log-detail = Detaljer
audit-erase_sender = Personopplysninger slettet
error-kept-text = Dette skrev du (kopier det før du går tilbake)
inputs-one-per-line = Ett innspill per linje (for en innlimt liste eller en gruppes notater)
theme-neglect = Omsorgssvikt
theme-violence = Vold
theme-sexual_abuse = Seksuelle overgrep
theme-suicide = Selvmord
theme-overdose = Overdose
theme-alcohol_and_drugs = Rus og avhengighet
theme-behavioural_problems = Atferdsproblemer
theme-physical_health = Fysisk helse
theme-mental_health = Psykisk helse
theme-public_health = Folkehelse
field-theme = Tema
all-themes = Alle tema
field-chapters = Kapitler
field-chapters-hint = Kapitler i disposisjonen det gjelder (numre, f.eks. 3.2, 4)
tags-save = Lagre tema og kapitler
inputs-filter = Filtrer innspill
inputs-status-all = Alle
inputs-status-unanswered = Ikke vurdert ennå
inputs-status-answered = Vurdert
inputs-status-hidden = Skjult for offentligheten
inputs-of-total = (av { $count })
merknad-xlsx = Last ned som regneark (XLSX)
