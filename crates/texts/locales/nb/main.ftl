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
footer-design-credit = Utforming: Designsystemet fra Digdir,
footer-design-licence = MIT-lisens
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
login-locked = For mange mislykkede forsøk. Prøv igjen om litt.
login-locked-minutes = For mange mislykkede forsøk med denne adressen. Prøv igjen om { $minutes ->
    [one] ett minutt
   *[other] { $minutes } minutter
  }, eller fra en nettleser der du har logget inn før.
demo-heading = Demobrukere
demo-password = Alle demobrukerne har passordet { $password }.
demo-caption = Én bruker per rolle i demodataene

field-email = E-postadresse
field-password = Passord
field-role = Rolle
field-name = Navn
field-current-password = Nåværende passord
field-new-password = Nytt passord (minst 12 tegn)
field-county = Fylke
field-county-optional = Fylke (hvis aktøren dekker ett fylke)
field-kind = Type
field-sort = Sorter etter
field-number = Nummer
field-municipality = Kommune
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
members-added-role = Rolle: { $role }.
members-invited = Invitasjonen til { $email } er laget.
members-invitation-link = Gi denne lenken til personen. Den vises bare nå, og personen blir medlem når hun eller han godtar invitasjonen:
members-invitations-caption = Åpne invitasjoner
members-invitation-expires = Gjelder til
members-invitation-cancel = Trekk tilbake
members-invitation-cancelled = Invitasjonen er trukket tilbake.
members-invite-heading = Inviter et medlem
members-invite-lead = Du får en lenke å gi personen. Personen blir medlem først når invitasjonen er godtatt; har personen ingen bruker, lager hun eller han en selv. Lenken gjelder i 14 dager.
members-invite-submit = Lag invitasjon
invitation-title = Invitasjon til { $org }
invitation-lead = Du er invitert til å være { $role } i { $org }. Invitasjonen gjelder { $email } og kan brukes til { $date }.
invitation-accept = Godta invitasjonen
invitation-other-account = Du er logget inn som { $current }, men invitasjonen gjelder { $email }. Logg ut og logg inn som { $email } for å godta den.
invitation-have-account = Har du allerede en bruker med denne adressen?
invitation-login = Logg inn for å godta
invitation-new-account = Lag en bruker
invitation-new-account-lead = Skriv navnet ditt og velg et passord. Passordet må ha minst 12 tegn og være vanskelig å gjette.
invitation-create = Lag bruker og godta
invitation-account-exists = Det finnes allerede en bruker med { $email }. Logg inn for å godta invitasjonen.
members-already = { $email } er allerede medlem. Endre rollen i listen i stedet.
members-count = { $count ->
    [one] Ett medlem
   *[other] { $count } medlemmer
  }
members-actions = Handlinger
members-role-for = Rolle for { $name }
members-change-role = Endre rolle
members-remove = Fjern
members-services = Tjenester
members-services-for = Tjenestene til { $name } (skilt med komma, skrevet som i tiltakene)
members-save-services = Lagre tjenester
members-services-saved = Tjenestene er lagret.

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
invalid-password-weak = Passordet er for lett å gjette (et vanlig passord, et mønster, en gjentakelse eller navnet ditt). Bruk gjerne flere ord du husker, med mellomrom.
invalid-password-long = Passordet kan ha høyst { $max } tegn.
invalid-below-registered = { $count ->
    [one] Én er allerede påmeldt: meld av først, eller behold minst én.
   *[other] { $count } er allerede påmeldt: meld av noen først, eller behold minst { $count }.
  }
invalid-unknown-municipality = «{ $value }» er ikke en kommune (skriv navnet eller det firesifrede kommunenummeret).
invalid-ambiguous-municipality = To kommuner heter «{ $value }»: skriv kommunenummeret – { $numbers }.
invalid-municipality-number = «{ $value }» er ikke et kommunenummer (fire sifre, f.eks. 3425).
invalid-county = «{ $value }» er ikke et fylke.
invalid-org-code = «{ $value }» er ikke en gyldig organisasjonskode.
invalid-org-name = Skriv et navn på 1 til 200 tegn.
invalid-org-kind = Velg hva slags regional aktør dette er.
invalid-county-required = En statsforvalter må høre til et fylke.
invalid-role = Velg en rolle fra listen.
invalid-lang = Velg bokmål, nynorsk eller engelsk.
invalid-date = «{ $value }» er ikke en dato. Skriv den som dd.mm.åååå, f.eks. 29.02.2024.
invalid-date-future = «{ $value }» ligger fram i tid. Skriv en dato som ikke er etter i dag.
invalid-adopt-hearing-open = Høringen er åpen til { $deadline }. Planen kan vedtas etter høringsfristen.
invalid-phase = Velg en fase fra listen.
invalid-period = «{ $value }» er ikke en periode. Oppgi to årstall, det første ikke etter det andre, eller la begge stå tomme.
invalid-title = Skriv en tittel på 1 til 200 tegn.
invalid-plan-type = Velg en plantype fra listen.
invalid-activity-kind = Velg en type aktivitet fra listen.
invalid-body = Velg et organ fra listen.
invalid-end-before-start = Slutten er før starten.
invalid-hearing-without-deadline = En høring må ha en frist.
invalid-hearing-too-short = { $days ->
    [one] Høringen er én dag. En plan etter plan- og bygningsloven skal ligge ute i minst seks uker (frist { $earliest } eller senere), med mindre du skriver hvorfor den er kortere.
   *[other] Høringen er { $days } dager. En plan etter plan- og bygningsloven skal ligge ute i minst seks uker (frist { $earliest } eller senere), med mindre du skriver hvorfor den er kortere.
  }
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
finding-short-hearing = { $days ->
    [one] Høringen er én dag, kortere enn seks uker; seks uker varer til { $earliest }.
   *[other] Høringen er { $days } dager, kortere enn seks uker; seks uker varer til { $earliest }.
  }
finding-short-hearing-blocked = Planen utarbeides etter plan- og bygningsloven: skriv en begrunnelse eller forleng fristen.
finding-holiday = { $days ->
    [one] Høringen går én dag over { $holiday }; vurder fristen { $suggested }.
   *[other] Høringen går { $days } dager over { $holiday }; vurder fristen { $suggested }.
  }
holiday-summer = sommerferien
holiday-christmas = juleferien
finding-no-body = Hvilket organ behandler saken?
finding-not-council = Bare kommunestyret kan vedta denne planen; her står: { $body }.

timeline-title = Tidslinje for { $plan }
timeline-description = { $count ->
    [one] Én aktivitet fra { $first } til { $last }; { $done } gjennomført.
   *[other] { $count } aktiviteter fra { $first } til { $last }; { $done } gjennomført.
  }
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
programme-decisions = Forankring og vedtak
programme-decisions-lead = Barnevernsloven § 15-1: kommunestyret bestemmer barnevernstjenestens rolle i det forebyggende arbeidet, og planen forankres i kommuneplanens samfunnsdel.
field-child-welfare-role = Kommunestyrets vedtak om barnevernstjenestens rolle i det forebyggende arbeidet
field-decided-on = Vedtatt
field-case-number = Saksnummer (valgfritt)
field-role-summary = Hva ble vedtatt
field-master-plan-reason = Grunn til at planen ikke er forankret i kommuneplanens samfunnsdel
field-master-plan-reason-hint = Fyll ut bare når planen ikke kan lenkes til samfunnsdelen, for eksempel fordi samfunnsdelen er under revisjon.
decisions-none = Ikke registrert.
field-target-group = Målgruppe
field-method = Metode
field-when = Når
programme-add-participation = Legg til linje
programme-timeline = Framdriftsplan
programme-outline = Disposisjon for planen
programme-freeze = Lås planprogrammet for høring
programme-add-chapter = Legg til kapittel
field-chapter-title = Kapitteltittel
field-chapter-place = Plassering
chapter-place-end = Sist i disposisjonen
chapter-place-under = Under «{ $chapter }»
chapter-place-before = Foran «{ $chapter }»
programme-rename-chapter = Gi kapittel nytt navn
field-chapter = Kapittel
field-chapter-new-title = Ny tittel
programme-removed-hint = Et kapittel du fjerner, tar teksten sin med seg til listen over fjernede kapitler på dokumentsiden. Der kan du legge det tilbake fram til neste versjon fryses.
invalid-chapter-move = Kapitlet kan ikke flyttes lenger den veien.
invalid-chapter-depth = Kapitler kan ligge høyst { $max } nivåer dypt (som 1.2.3.4).
refused-hearing-opened = Høringen er åpnet: type, start og frist er det publikum har fått vite, og den kan ikke fjernes. Lukk den med en begrunnelse i planprosessen.
document-removed-heading = Fjernede kapitler
document-removed-lead = Disse kapitlene er tatt ut av disposisjonen. Teksten deres er tatt vare på til neste versjon fryses; legg dem tilbake eller slett teksten for godt.
document-removed-kept = { $count ->
    [0] ingen tekst tatt vare på
    [one] én tekst tatt vare på
   *[other] { $count } tekster tatt vare på
}
document-removed-restore = Legg tilbake
document-forget-confirm = Ja, slett teksten for godt
document-forget = Slett teksten
document-forget-confirm-missing = Kryss av for at teksten skal slettes for godt; ingenting er slettet.
compare-moved = Flyttet fra { $number }
compare-renamed = Het før «{ $title }»
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
field-revision-days = Dager fra høringsfrist til saken sendes til neste organ
schedule-cannot-place = Steget «{ $step }» ({ $body }) får ingen møtedato som rekker målet.
field-programme-adoption-body = Organ som fastsetter planprogrammet
schedule-prep-of = Forberedelsestid for { $body } (dager før møtet)
schedule-apply-lead = Stegene og høringene legges inn som aktiviteter i tidslinjen, der du kan endre dem.
schedule-apply = Legg inn i tidslinjen
field-case-deadline = Saken sendes innen
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
hearing-youth-lead = { $municipality } lager en plan: { $plan }. Den handler om hvordan barn og unge kan få en god oppvekst, og om hjelp tidlig når noe er vanskelig. Si hva du mener. Du trenger ikke skrive navnet ditt.
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
hearing-closed-early = Høringen ble avsluttet { $date }, før fristen.
hearing-not-begun-title = Høringen har ikke begynt ennå
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
hearing-check-question = Hva er { $a } pluss { $b }? Svar med tall.
hearing-check-needed = Vi får svært mange uttalelser fra nettverket ditt akkurat nå. Regn ut stykket nederst i skjemaet for å sende uttalelsen din; det du skrev er tatt vare på.
hearing-check-wrong = Svaret på regnestykket var ikke riktig. Prøv igjen med det nye stykket.
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
inputs-need-to-know = Navn som ikke skal publiseres, e-postadresser og vedlegg vises bare for planleder, redaktør og administrator.
inputs-title = Innspill til { $plan }
inputs-none = Ingen innspill ennå.
inputs-count = { $count ->
    [one] Ett innspill
   *[other] { $count } innspill
  }
invalid-too-long = Høyst { $max } tegn.
invalid-consent = Kryss av i boksen for å sende uttalelsen.
invalid-attachment-type = «{ $file }» er ikke en PDF-, PNG- eller JPEG-fil. Bare slike filer kan legges ved.
invalid-attachment-too-large = «{ $file }» er større enn { $max } MB. Gjør filen mindre eller la den være.
invalid-too-many-attachments = Du kan legge ved høyst { $max } filer.
hearing-attachments = Vedlegg (valgfritt)
hearing-attachments-hint = { $count ->
    [one] PDF, PNG eller JPEG, høyst én fil på { $max } MB.
   *[other] PDF, PNG eller JPEG, høyst { $count } filer på { $max } MB hver.
  }
hearing-attachments-again = Filene du valgte, ble ikke tatt vare på. Velg dem på nytt før du sender.
attachments-heading = Vedlegg
error-malformed-text = Skjemaet kunne ikke leses. Gå tilbake, last siden på nytt og prøv igjen.
error-reference = Referanse: { $reference }.
error-api-malformed = Forespørselen kunne ikke leses: adressen eller innholdet er ikke slik dette endepunktet tar imot (se API-dokumentasjonen).
decision-taken_into_account = Tatt til følge
decision-partly_taken_into_account = Delvis tatt til følge
decision-not_taken_into_account = Ikke tatt til følge
decision-noted = Tatt til orientering
decision-none = Ikke vurdert ennå
sender-private = { $count ->
    [one] Privatperson
   *[other] Privatpersoner
  }
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
assess-save = Lagre svar og tema
moderation-hidden = Skjult fra de offentlige sidene:
moderation-reason = Grunn til å skjule innspillet fra de offentlige sidene
moderation-hide = Skjul for offentligheten
moderation-show = Vis på de offentlige sidene igjen
moderation-bulk-label = Skjul flere innspill
moderation-bulk-hint = Kryss av innspillene du vil skjule fra de offentlige sidene i listen under, og skriv én grunn for alle.
moderation-bulk-reason = Grunn til å skjule de valgte innspillene
moderation-bulk-submit = Skjul de valgte
moderation-choose = Velg { $reference } for å skjule
moderation-bulk-done = { $count ->
    [one] Ett innspill er skjult fra de offentlige sidene.
   *[other] { $count } innspill er skjult fra de offentlige sidene.
  }
invalid-none-chosen = Velg minst ett.
inputs-add = Registrer innspill fra en annen kanal
inputs-add-lead = Innspill fra dialogkonferanser, verksteder, rådsmøter, brev og spørreundersøkelser hører hjemme i det samme registeret.
inputs-add-submit = Registrer innspill
hearing-outcomes-link = Se hva som skjedde med innspillene
org-privacy-link = Personvern: en persons innspill
privacy-title = Personvern i { $org }
privacy-lead = En person kan be om innsyn i og sletting av personopplysningene i sine innspill og sine påmeldinger til nettverkssamlinger. Finn dem med e-postadressen personen oppga.
privacy-export = Innsyn i en persons innspill og påmeldinger
privacy-export-submit = Last ned (JSON)
privacy-erase = Slett en persons personopplysninger
privacy-erase-lead = Navn, organisasjon og e-postadresse fjernes fra alle innspill sendt fra denne adressen. Vedlegg til disse innspillene slettes, fordi et brev eller et bilde ikke kan anonymiseres. Tekstene beholdes anonymisert, fordi høringsuttalelser er offentlige dokumenter som skal arkiveres. Påmeldinger med adressen til samlinger som kommer, meldes av, og plassen går til den første på ventelisten; påmeldinger til samlinger som er holdt, står igjen uten navn, rolle og adresse. Slettingen logges.
privacy-confirm = Jeg bekrefter at personens opplysninger skal slettes
privacy-confirm-needed = Bekreft slettingen ved å krysse av i boksen.
privacy-erase-submit = Slett personopplysninger
privacy-erased = { $count ->
    [0] Ingen innspill var sendt fra denne adressen.
    [one] Personopplysningene ble slettet fra ett innspill.
   *[other] Personopplysningene ble slettet fra { $count } innspill.
  }
privacy-log = Logg
privacy-log-empty = Ingenting er logget ennå.
privacy-log-action = Handling
privacy-log-detail = Detaljer
privacy-erased-registrations = { $count ->
    [one] Én påmelding til en nettverkssamling ble også slettet eller anonymisert.
   *[other] { $count } påmeldinger til nettverkssamlinger ble også slettet eller anonymisert.
  }
gathering-name-erased = (navn slettet)
audit-erase_participant = Påmeldinger slettet
privacy-registrations = Påmeldinger til samlinger
audit-detail-erase_sender = { $inputs ->
    [one] ett innspill
   *[other] { $inputs } innspill
  }, { $files ->
    [one] ett vedlegg
   *[other] { $files } vedlegg
  } slettet, { $versions ->
    [one] én frosset versjon
   *[other] { $versions } frosne versjoner
  } anonymisert
audit-detail-erase_participant = { $cancelled ->
    [one] én påmelding meldt av
   *[other] { $cancelled } påmeldinger meldt av
  }, { $blanked ->
    [one] én anonymisert
   *[other] { $blanked } anonymisert
  }, { $promoted ->
    [one] én fikk plass fra ventelisten
   *[other] { $promoted } fikk plass fra ventelisten
  }
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
inputs-filter = Filtrer innspill
inputs-status-all = Alle
inputs-status-unanswered = Ikke vurdert ennå
inputs-status-answered = Vurdert
inputs-status-hidden = Skjult for offentligheten
inputs-of-total = (av { $count })
merknad-xlsx = Last ned som regneark (XLSX)
invalid-in-use = { $count ->
    [one] Den første har allerede registrerte resultater og kan ikke fjernes.
   *[other] De { $count } første har allerede registrerte resultater og kan ikke fjernes.
  }
invalid-group-line = Hver linje må ha et gruppenavn, eventuelt fulgt av semikolon og gruppelederen.
plan-conferences-link = Dialogkonferanser
conferences-title = Dialogkonferanser: { $plan }
conferences-lead = På en dialogkonferanse snakker deltakerne sammen i grupper, hver med en gruppeleder, og svarer på de samme spørsmålene runde for runde. Det hver gruppe skriver ned, blir innspill i planens register.
conferences-none = Ingen dialogkonferanser er registrert ennå.
conferences-list = Dialogkonferanser
conferences-new = Registrer en dialogkonferanse
conferences-create = Registrer konferansen
conference-held-on = Dato
conference-place = Sted
conference-participants = Deltakere
conference-rounds = Runder
conference-rounds-hint = Ett spørsmål per linje, i rekkefølgen rundene har.
conference-groups = Grupper
conference-groups-hint = Én gruppe per linje: gruppens navn, så semikolon og gruppelederen, for eksempel «Gruppe A; Ida, 10. trinn».
conference-rounds-count = Runder
conference-groups-count = Grupper
conference-outputs-count = Innspill
conference-led-by = ledet av { $leader }
conference-outputs = Dette kom gruppene fram til
conference-outputs-lead = { $count ->
    [one] Ett innspill er registrert fra denne konferansen.
   *[other] { $count } innspill er registrert fra denne konferansen.
}
conference-matrix-caption = Resultater per runde (rader) og gruppe (kolonner)
conference-round = Runde
conference-group = Gruppe
conference-no-output = ingenting registrert
conference-add-output = Registrer det en gruppe kom fram til
conference-output-text = Gruppens resultat
conference-output-hint = Ett innspill per linje, slik gruppen skrev det ned.
conference-add-output-submit = Registrer resultatet
conference-edit = Endre konferansen
conference-edit-summary = Vis skjemaet
conference-origin = Runde { $round } ({ $question }), { $group }
mail-receipt-subject = Kvittering for høringsuttalelsen din ({ $reference })
mail-receipt-greeting = Hei,
mail-receipt-received = { $org } kommune har mottatt uttalelsen din til høringen av «{ $plan }».
mail-receipt-reference = Referansenummer: { $reference }
mail-receipt-time = Mottatt: { $time }
mail-receipt-your-text = Dette skrev du:
mail-receipt-keep = Ta vare på referansenummeret hvis du vil spørre om uttalelsen din. Høringsuttalelser er offentlige dokumenter; e-postadressen din publiseres aldri.
mail-receipt-footer = Denne e-posten er sendt automatisk av forebygg. Svar på den blir ikke lest.
hearing-email-receipt = E-postadresse (valgfritt, for kvittering på e-post)
receipt-email-sent = En kopi av denne kvitteringen er på vei til e-postadressen din.
invalid-amount = «{ $value }» er ikke et beløp i kroner (f.eks. 12 500,50).
invalid-count = «{ $value }» er ikke et helt tall.
invalid-one-of = «{ $value }» er ikke en av: { $allowed }.
import-where-cell = Rad { $row }, kolonne { $column }
import-where-row = Rad { $row }
import-empty = Filen er tom: den har ingen overskriftsrad.
import-csv-broken = Filen kan ikke leses som CSV fra rad { $row }.
import-xlsx-broken = Filen kan ikke leses som en XLSX-arbeidsbok.
import-xlsx-too-large = { $files ->
    [one] Arbeidsboka pakker seg ut til mer enn { $mb } MB eller har mer enn én del. Lagre den uten bilder, eller del den opp.
   *[other] Arbeidsboka pakker seg ut til mer enn { $mb } MB eller har mer enn { $files } deler. Lagre den uten bilder, eller del den opp.
  }
import-unknown-header = «{ $value }» er ikke en kolonne i malen.
import-duplicate-column = Kolonnen «{ $value }» finnes to ganger.
import-missing-column = Kolonnen «{ $column }» mangler.
nav-measures = Tiltak
measures-title = Tiltak: { $plan }
measures-lead = Det kommunen gjør og planlegger å gjøre for barn, unge og foreldre: hvem som eier hvert tiltak, hvem det er for, hva det koster og når det evalueres.
measures-new = Legg til et tiltak
coverage-link = Dekning: hva som dekkes, hull og overlapp
measures-export-csv = Last ned tiltakene (CSV)
measures-export-xlsx = Last ned tiltakene (XLSX)
measures-filter = Filtrer tiltak
field-owner = Eier (tjeneste)
measures-all-owners = Alle tjenester
field-evidence = Evidens (Ungsinn)
measures-sort = Sorter etter
measures-sort-name = Navn
measures-sort-owner = Eier
measures-sort-status = Status
measures-sort-evaluation = Evalueringsdato
measures-evidence-rated = Vurdert
measures-evidence-not_rated = Ikke vurdert
measures-none = Ingen tiltak passer.
measures-count = { $count ->
    [one] Ett tiltak
   *[other] { $count } tiltak
  }
field-measure-name = Tiltak
field-prevention = Forebyggingsnivå
field-evaluation = Evalueringsdato
field-description = Beskrivelse
field-partners = Samarbeidspartnere (skill med ;)
field-work-level = Nivå
field-evidence-source = Kilde for vurderingen (lenke)
field-yearly-cost = Årlig kostnad (kr, f.eks. 12 500,50)
field-funding = Finansiering
field-grant-name = Tilskudd
field-grant-ends = Tilskuddet slutter
field-reach = Antall nådd per år
choice-none = Ikke oppgitt
measures-import = Importer fra et regneark
measures-import-lead = Fyll ut malen og importer den: hver rad sjekkes, og er noe galt, importeres ingenting og hvert problem vises med rad og kolonne.
measures-template-xlsx = Mal (XLSX)
measures-template-csv = Mal (CSV)
measures-import-refused = Ingenting ble importert. Rett dette og prøv igjen:
measures-import-file = Regneark (CSV eller XLSX)
measures-import-hint = CSV med semikolon eller komma, i UTF-8 eller Windows-1252, eller en Excel-arbeidsbok (XLSX). Datoer som dd.mm.åååå, beløp med desimalkomma.
measures-import-submit = Importer
measures-import-no-file = Velg en fil å importere.
measures-imported = { $count ->
    [0] Ingen nye tiltak.
    [one] Ett tiltak ble importert.
   *[other] { $count } tiltak ble importert.
  }
measures-import-changed = { $count ->
    [one] Ett tiltak ble endret.
   *[other] { $count } tiltak ble endret.
  }
column-id = Id (tiltakets nummer: raden endrer det tiltaket)
import-not-an-id = «{ $value }» er ikke et tiltaks id (la cellen stå tom for et nytt tiltak).
import-unknown-id = Ingen av planens tiltak har id { $value } (la cellen stå tom for et nytt tiltak).
import-duplicate-id = Id { $value } står også på en rad lenger opp.
evaluation-overdue = { $count ->
    [one] forfalt for én dag siden
   *[other] forfalt for { $count } dager siden
  }
evaluation-due-soon = { $count ->
    [one] om én dag
   *[other] om { $count } dager
  }
evaluation-no-date = mangler evalueringsdato
measure-new-title = Nytt tiltak
measure-edit-title = Endre tiltak
measure-remove = Fjern tiltaket
coverage-title = Dekning: { $plan }
coverage-lead = Hver tabell er ett forebyggingsnivå: tema nedover, aldersgrupper bortover. En celle viser tiltakene som dekker den; «ingen» er et hull, og «flere tjenester» betyr at mer enn én tjeneste arbeider med det samme.
coverage-counted = { $count ->
    [one] Ett tiltak telt med
   *[other] { $count } tiltak telt med
  }
coverage-gaps = { $count ->
    [one] Én celle uten tiltak (hull)
   *[other] { $count } celler uten tiltak (hull)
  }
coverage-overlaps = { $count ->
    [one] Én celle der flere tjenester har tiltak (overlapp)
   *[other] { $count } celler der flere tjenester har tiltak (overlapp)
  }
coverage-unplaced = { $count ->
    [one] Ett tiltak mangler tema, målgruppe eller forebyggingsnivå og står ikke i tabellene
   *[other] { $count } tiltak mangler tema, målgruppe eller forebyggingsnivå og står ikke i tabellene
  }
coverage-caption = { $level }: tiltak per tema og aldersgruppe
coverage-gap = ingen
coverage-overlap = flere tjenester
coverage-more = og { $count } til
coverage-picture = Dekningsbildet
coverage-legend = Tegnforklaring
coverage-legend-services = { $count ->
    [0] 0 tjenester: et hull
    [1] Én tjeneste
    [3] 3 eller flere tjenester
   *[other] { $count } tjenester
  }
age-0-5 = 0–5 år
age-6-12 = 6–12 år
age-13-15 = 13–15 år
age-16-19 = 16–19 år
age-20-25 = 20–25 år
age-parents = Foreldre og familier
age-staff = Ansatte
prevention-universal = Universell forebygging
prevention-selective = Selektiv forebygging
prevention-indicated = Indisert forebygging
measure-status-existing = Eksisterende
measure-status-proposed = Foreslått
measure-status-running = Pågår
measure-status-paused = Satt på pause
measure-status-ended = Avsluttet
work-level-national = Nasjonalt
work-level-municipal = Kommunalt
work-level-service = Tjeneste
work-level-individual = Individ
evidence-not_rated = Ikke vurdert
evidence-0 = Ungsinn nivå 0
evidence-1 = Ungsinn nivå 1
evidence-2 = Ungsinn nivå 2
evidence-3 = Ungsinn nivå 3
evidence-4 = Ungsinn nivå 4
evidence-5 = Ungsinn nivå 5
funding-within_budget = Innenfor ramme
funding-earmarked_grant = Øremerket tilskudd
responsibility-link = Ansvar: hvilken tjeneste eier og deltar i hva
responsibility-title = Ansvarsfordeling mellom tjenestene: { $plan }
responsibility-lead = Hvordan ansvaret er fordelt mellom de kommunale tjenestene, slik barnevernsloven § 15-1 krever at planen sier: hvert tiltak har én eier; samarbeidspartnere deltar.
responsibility-totals = Tiltak per tjeneste
responsibility-matrix = Tiltak og tjenester
responsibility-owns = Eier
responsibility-joins = Deltar i
responsibility-owner = eier
responsibility-partner = deltar
invalid-goal-parent = Et delmål hører under et hovedmål, en strategi under et delmål, og et hovedmål under ingenting.
invalid-sdg = «{ $value }» er ikke et bærekraftsmål eller delmål (f.eks. 3, 3.4, 4.a).
invalid-percent = «{ $value }» er ikke en prosent fra 0 til 100.
invalid-report-period = «{ $value }» er ikke en periode (2026, 2026-H1 eller 2026-Q3).
measure-goals = Mål tiltaket skal bidra til
field-weight = Vekt i framdriften for målene (1–100, 1 hvis tomt)
reports-title = Statusrapporter
reports-none = Ingen statusrapporter ennå.
reports-new = Rapporter status
reports-by = Rapportert av
reports-submit = Lagre rapporten
measure-report-not-yours = Du kan rapportere på tiltak som tjenesten din eier eller samarbeider om. Dette tiltaket eies av { $owner }.
field-period-report = Periode
field-report-status = Status for arbeidet
field-progress = Framdrift (prosent)
field-report-text = Hva som har skjedd
report-period-half = { $half ->
    [1] første halvår { $year }
   *[other] andre halvår { $year }
  }
report-period-quarter = { $quarter }. kvartal { $year }
report-status-on_track = Etter planen
report-status-delayed = Forsinket
report-status-stopped = Stanset
report-status-done = Fullført
goal-level-main = Hovedmål
goal-level-sub = Delmål
goal-level-strategy = Strategi
nav-goals = Mål
nav-follow-up = Oppfølging og årsrapport
goals-title = Mål: { $plan }
goals-lead = Hovedmål, delmål og strategier, hver med framdriften til tiltakene under.
goals-none = Ingen mål ennå.
goals-new = Legg til et mål
goals-add = Legg til målet
field-goal-level = Nivå
field-goal-parent = Under
goal-parent-none = Ingenting (et hovedmål)
field-goal-title = Mål
field-master-plan-goal = Mål i kommuneplanens samfunnsdel (valgfritt)
field-sdg = FNs bærekraftsmål (f.eks. 3.4, 4, 17.4)
goal-sdg = bærekraftsmål { $targets }
goal-master-plan = samfunnsdelen: { $goal }
field-goal-indicator = Indikator: hvordan dere ser at målet nås (valgfritt)
field-goal-evaluation = Evalueres (valgfritt)
goal-indicator = indikator: { $indicator }
goal-evaluation = evalueres { $date }
goal-no-measures = Ingen tiltak under dette målet
goal-no-reports = { $count ->
    [one] Ett tiltak, ikke rapportert ennå
   *[other] { $count } tiltak, ingen rapportert ennå
  }
goal-progress = { $count ->
    [one] Framdrift { $percent } % ({ $reported } av ett tiltak rapportert)
   *[other] Framdrift { $percent } % ({ $reported } av { $count } tiltak rapportert)
  }
follow-up-title = Oppfølging: { $plan }
follow-up-lead = Hva som skal evalueres, hvor langt målene har kommet, og hvert tiltaks siste statusrapport i { $year }: årsrapporten til kommunestyret.
follow-up-csv = Årsrapport (CSV)
follow-up-xlsx = Årsrapport (XLSX)
follow-up-docx = Årsrapport (Word)
follow-up-pdf = Årsrapport (PDF)
follow-up-report-title = Årsrapport { $year }: { $plan }
follow-up-as-of = Per { $date }
follow-up-schedule = Evalueringsplan
follow-up-goals = Framdrift per mål
follow-up-reports = Status i { $year }
follow-up-sheet = Årsrapport { $year }
evaluation-later = senere
evaluation-proposed = foreslått, ikke startet
reports-missing = ikke rapportert
plan-back = Tilbake til planen
goals-change = Endre målet
action-cancel = Avbryt
invalid-goal-has-children = Det henger mål under dette, så nivået kan ikke endres.
field-other-themes = Andre tema kommunen selv bruker (skill med ,)
nav-document = Plandokumentet
document-title = Plandokumentet: { $plan }
document-toc = Innhold
document-no-outline = Planprogrammet har ingen disposisjon ennå; legg til kapitler der først.
document-empty = Ikke skrevet ennå.
document-write = Skriv
document-back = Tilbake til dokumentet
document-changed = Sist endret av { $by } { $date }.
chapter-body = Tekst
chapter-hint = Overskrifter med # og ##, lister med - eller 1., *kursiv*, **fet**, lenker som [tekst](https://…), tabeller med | og en |---|-linje, fotnoter som [^1] med en linje [^1]: tekst. Høyst { $max } tegn.
footnote-back = Tilbake til teksten
document-versions = Versjoner
versions-none = Ingen versjon er låst ennå.
version-freeze = Lås en versjon
version-freeze-lead = En låst versjon tar vare på kapitlene og tiltakene slik de er nå, og endres aldri.
field-version-kind = Type versjon
field-version-date = Dato
field-decision-ref = Vedtak (saksnummer; påkrevd for en vedtatt plan)
field-version-note = Merknad (valgfritt)
version-freeze-submit = Lås versjonen
version-kind-draft = Utkast
version-kind-programme = Planprogram på høring
version-kind-hearing_draft = Høringsutkast
version-kind-adopted = Vedtatt plan
version-frozen-by = låst av { $by } { $date }
version-frozen = Dette er en låst versjon; den endres aldri:
version-measures = Tiltak i denne versjonen
compare-heading = Sammenlign to versjoner
compare-from = Fra
compare-to = Til
compare-submit = Sammenlign
compare-title = Endringer fra { $from } til { $to }
compare-text = Tekst
compare-measures = Tiltak
compare-no-changes = Ingen endringer.
compare-added = Lagt til
compare-removed = Fjernet
compare-measures-added = Nye tiltak
compare-measures-removed = Fjernede tiltak
compare-measures-changed = Endrede tiltak
document-docx = Last ned som Word (DOCX)
document-files = Last ned dokumentet
document-appendix-check = Ta med plankontrollen som vedlegg
check-appendix-number = Vedlegg 1
check-appendix-title = Plankontroll per { $date }
document-municipality = { $name } kommune
version-working = Arbeidsversjon

# PDF of the plan document (rendered by the PDF worker)
document-pdf = Lag PDF
pdf-title = PDF av plandokumentet
pdf-queued = I kø: { $ahead } { $ahead ->
    [one] fil
   *[other] filer
} lages før denne.
pdf-running = Settes nå … omtrent { $percent } prosent ferdig.
pdf-done = { $pages ->
    [one] PDF-filen er klar (én side).
   *[other] PDF-filen er klar ({ $pages } sider).
  }
pdf-failed = PDF-filen kunne ikke lages. Feilen er logget; prøv igjen, eller last ned Word-filen.
pdf-busy = Det lages mange PDF-filer akkurat nå. Vent et minutt og prøv igjen.
pdf-progress = Framdrift
pdf-check-again = Sjekk igjen
pdf-back = Tilbake til planen
pdf-download = Last ned PDF

# Generated blocks of the plan document ({{tiltak}} and the like)
chapter-generated-hint = Blokker som lages av planens data, hver på en linje for seg: {"{{"}mål{"}}"} (målhierarkiet), {"{{"}tiltak{"}}"} (tiltak per mål), {"{{"}ansvar{"}}"} (ansvarsmatrisen), {"{{"}dekning{"}}"} (dekningsmatrisen), {"{{"}tidslinje{"}}"}, {"{{"}medvirkning{"}}"}, {"{{"}merknader{"}}"} (merknadsbehandlingen) og {"{{"}lovgrunnlag{"}}"}. De viser dataene slik de er, til en versjon fryses.
generated-measure = Tiltak
generated-owner = Ansvarlig
generated-partners = Samarbeidspartnere
generated-evaluation = Evalueres
generated-status = Status
generated-number = Nr.
generated-level = Nivå
generated-goal = Mål
generated-no-goals = Ingen mål er registrert ennå.
generated-no-measures = Ingen tiltak er registrert ennå.
generated-no-goal = Tiltak som ikke er knyttet til et mål
generated-role-owner = Ansvarlig
generated-role-partner = Partner
generated-no-activities = Ingen aktiviteter er registrert ennå.
generated-from = Fra
generated-to = Til
generated-activity = Aktivitet
generated-kind = Type
generated-responsible = Ansvarlig
generated-target-group = Hvem
generated-method = Hvordan
generated-when = Når
document-unknown-block = Ukjent blokk { $block }: den skrives ut som tekst.
document-unknown-block-hint = Mente du { $suggestion }?
document-preview = Forhåndsvis
document-preview-heading = Forhåndsvisning (ikke lagret)
document-saved = Kapittelet er lagret.
generated-no-inputs = Ingen innspill er registrert ennå.
generated-private-person = Privatperson
generated-survey-answer = Svar i spørreundersøkelse
generated-reference = Ref.
generated-sender = Fra
generated-input = Innspill
generated-decision = Vurdering
generated-justification = Begrunnelse
generated-no-legal = Ingen lovhjemler er registrert for denne plantypen.
version-public = Denne versjonen er offentlig; alle kan lese den på
version-internal = Denne versjonen er et internt utkast og vises ikke offentlig. Høringsutkast og vedtatte planer er offentlige.

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
legal-subject-bvl-2021-15-1 = Kommunestyret skal vedta en plan for kommunens forebyggende arbeid med barn, unge og foreldre
legal-subject-bvl-1992-3-1 = Kommunestyret skal vedta en plan for kommunens forebyggende arbeid mot omsorgssvikt og atferdsproblemer
legal-subject-pbl-4-1 = Planprogram: formål, planprosess, frister, deltakere og opplegg for medvirkning
legal-subject-pbl-11-1 = Kommuneplanen
legal-subject-pbl-11-2 = Kommuneplanens samfunnsdel
legal-subject-pbl-11-3 = Virkningen av kommuneplanens samfunnsdel
legal-subject-pbl-11-13 = Planprogrammet legges ut til offentlig ettersyn i minst seks uker
legal-subject-pbl-11-14 = Planforslaget legges ut til offentlig ettersyn i minst seks uker; saken viser hvordan innspillene er vurdert
legal-subject-alkl-1-7d = Kommunal alkohol- og rusmiddelpolitisk handlingsplan
legal-subject-fhl-4-7 = Folkehelsearbeid og oversikt over helsetilstanden og faktorer som påvirker den
hearing-read-versions = Les dokumentet:
generated-theme = Tema
generated-gap = Ingen
generated-coverage-picture = Bildet viser hvor mange tjenester som har tiltak i hver celle, per forebyggingsnivå: jo tettere mønster og mørkere farge, jo flere tjenester; 0 i en celle med tykk ramme er et hull. Tabellene under navngir tiltakene.

## Plan process (issue 12)
refused-wrong-phase = Dette steget hører ikke til fasen planen er i nå ({ $phase }).
refused-not-a-hearing = Aktiviteten er ikke en høring som kan åpnes (den er kanskje åpnet før).
refused-no-hearing-draft = Lås et høringsutkast på dokumentsiden først: det er det som legges ut på høring.
refused-no-programme-draft = Lås planprogrammet for høring først (knappen på programsiden): det er det som legges ut på høring.
refused-empty-chapters = { $count ->
    [one] Høringsutkastet har ett kapittel uten tekst: { $chapters }. Kryss av hvis det likevel skal på høring.
   *[other] Høringsutkastet har { $count } kapitler uten tekst: { $chapters }. Kryss av hvis det likevel skal på høring.
}
refused-period = Høringsperioden oppfyller ikke kravet om seks uker og har ingen begrunnelse, eller den mangler frist. Rett aktiviteten i tidslinjen først.
refused-deadline-passed = Høringsfristen { $deadline } er passert.
refused-another-open = En annen høring er åpen. Lukk den først.
refused-no-open-hearing = Ingen høring er åpen.
refused-reason = Skriv hvorfor høringen lukkes før fristen.
refused-no-closed-hearing = Planen kan vedtas først når høringen av planforslaget er lukket.
refused-unanswered = { $count ->
    [one] Ett innspill er ikke besvart: { $inputs }. Svar på det, eller kryss av for å vedta likevel.
   *[other] { $count } innspill er ikke besvart: { $inputs }. Svar på dem, eller kryss av for å vedta likevel.
}
refused-council = En plan etter barnevernsloven § 15-1 vedtas av kommunestyret.
process-title = Planprosessen: { $plan }
process-hearings = Høringer
process-no-hearings = Planen har ingen høring i tidslinjen. Legg til en høring (av planprogram eller planforslag) på plansiden.
process-hearing-not-opened = Ikke åpnet.
process-hearing-closed-early = Lukket { $date } før fristen: { $reason }
process-hearing-open = Åpen for innspill til og med { $deadline }.
process-hearing-closed = Lukket ved fristen { $deadline }.
process-hearing-opens = Åpnet; tar imot innspill fra { $date }.
process-open-preview = Se forhåndsvisning og åpne høringen
process-close-heading = Lukk høringen før fristen
process-close-lead = Etter lukking tar høringssiden ikke imot flere innspill. Begrunnelsen vises i planprosessen.
field-close-reason = Hvorfor lukkes høringen nå?
process-close-submit = Lukk høringen
process-steps = Neste steg
process-step-adopt-programme = Planprogrammet er fastsatt
process-step-start-drafting = Start arbeidet med planforslaget
process-step-start-follow-up = Start oppfølgingen
process-step-start-revision = Start rullering
process-adopt-link = Vedta planen (lås vedtatt versjon)
process-back = Tilbake til planprosessen
process-preview-heading = Slik ser høringssiden ut
process-preview-lead = Dette er det publikum får se når høringen åpnes.
process-preview-version = Dokument på høring
process-empty-chapters = { $count ->
    [one] Ett kapittel i høringsutkastet har ingen tekst:
   *[other] { $count } kapitler i høringsutkastet har ingen tekst:
}
process-confirm-empty = Legg ut på høring likevel
process-open-submit = Åpne høringen
process-open-title = Åpne høringen: { $hearing }
plan-process-link = Gå til planprosessen
field-adopting-body = Vedtatt av (for en vedtatt plan)
field-confirm-unanswered = Vedta selv om noen innspill ikke er besvart
process-next-start = Neste steg: legg planprogrammet på høring, eller start arbeidet med planforslaget.
process-next-programme-hearing = Planprogrammet er på høring. Når høringen er lukket, kan planprogrammet fastsettes.
process-next-programme-adopted = Planprogrammet er fastsatt. Neste steg: start arbeidet med planforslaget.
process-next-drafting = Neste steg: lås et høringsutkast og åpne høringen av planforslaget.
process-next-draft-hearing = Planforslaget er på høring. Vedtak kan først gjøres når høringen er lukket.
process-next-revision = Høringen er lukket. Svar på innspillene, lås den vedtatte versjonen med vedtaket, og planen er vedtatt.
process-next-adopted = Planen er vedtatt. Neste steg: start oppfølgingen.
process-next-follow-up = Planen følges opp. Når den skal rulleres, start rulleringen.
process-next-periodic-revision = Planen rulleres. Start arbeidet med et nytt planforslag.

# The public face: the municipality's plans, an adopted plan, the youth page, outcomes
org-public-plans = Planer
org-public-plans-none = Kommunen har ingen planer på høring eller vedtatt her ennå.
org-plan-on-hearing = På høring til og med { $deadline }
field-youth-summary = Kort om planen for barn og unge
field-youth-summary-hint = Vises på høringssiden for unge. Skriv enkelt, med noen få setninger.
hearing-youth-summary = Kort om planen
hearing-outcomes-open-link = Se innspillene som er kommet, og hva som skjer med dem
receipt-follow = Følg innspillet ditt: hva skjer med det
outcomes-find-heading = Finn innspillet ditt
outcomes-find-hint = Står på kvitteringen, for eksempel 2024-015.
outcomes-find = Finn innspillet
outcomes-found = Innspill { $reference }
outcomes-not-found = Fant ikke noe innspill med referansenummer { $reference }. Sjekk nummeret på kvitteringen; et innspill som er skjult etter retningslinjene, vises heller ikke her.
public-files = Last ned planen
public-pdf = PDF
public-docx = Word (DOCX)
public-contents = Innhold
public-goals = Mål
public-measures = Tiltak og status
public-measures-lead = Tiltakene slik planen ble vedtatt, med hvem som har ansvaret og siste statusrapport.
public-partners = Samarbeidspartnere
public-status = Siste status
public-status-none = Ikke rapportert ennå
public-pdf-making = PDF-filen lages.
public-pdf-back = Tilbake til planen

# Destructive actions ask first
confirm-yes = Ja, fjern
confirm-no = Avbryt
confirm-cannot-undo = Dette kan ikke angres.
confirm-remove-member = Fjerne { $name }?
confirm-remove-member-then = Personen mister tilgangen til organisasjonen, men kan inviteres på nytt.
confirm-unlink = Fjerne koblingen til { $name }?
confirm-remove-activity = Fjerne aktiviteten { $name }?
confirm-remove-measure = Fjerne tiltaket { $name }?
confirm-remove-group = Fjerne gruppen { $name } med alle medlemmene?
confirm-remove-participation = Fjerne medvirkningen { $name }?

# The import's mapping step: what the sheet's own headers mean
mapping-title = Hva betyr kolonnene i arket?
mapping-lead = Arket har overskrifter som ikke er malens. Velg hva hver kolonne er; forslagene bygger på navnet. Valget huskes, så neste import av samme ark går uten dette steget.
mapping-sheet-column = Kolonne { $letter }: { $header }
mapping-ignore = Ikke importer
mapping-submit = Importer med disse valgene
mapping-back = Tilbake til tiltakene
mapping-problems = Importen ble ikke gjort, ingenting er lagret:
column-name = Navn på tiltaket
column-description = Beskrivelse
column-owner = Eier (tjeneste)
column-partners = Samarbeidspartnere
column-age_bands = Målgruppe
column-prevention = Forebyggingsnivå
column-themes = Tema
column-level = Nivå
column-evidence = Evidens (Ungsinn 0–5)
column-evidence_source = Kilde for evidens
column-yearly_cost = Årlig kostnad (kr)
column-funding = Finansiering
column-grant_name = Tilskudd
column-grant_ends = Tilskuddet slutter
column-reach = Antall nådd per år
column-status = Status
column-start = Startdato
column-evaluation = Evalueringsdato
column-other_themes = Andre tema

## The plan check
field-plan-check = Plankontroll
plan-check-summary = { $count ->
    [0] { $percent } % oppfylt, ingen funn
    [one] { $percent } % oppfylt, ett funn
   *[other] { $percent } % oppfylt, { $count } funn
  }
check-title = Plankontroll: { $plan }
check-back = Tilbake til planen
check-lead = Hva loven, statsforvalterens forventninger og Seljord-kriteriene sier mangler i planen, med lenke til stedet der det rettes.
check-score = Planen oppfyller { $percent } % av kravene
check-percent = { $percent } %
check-summary-findings = { $count ->
    [0] Ingen funn.
    [one] Ett funn.
   *[other] { $count } funn.
  }
check-summary-passed = { $count ->
    [0] Ingen regler er oppfylt ennå.
    [one] Én regel er oppfylt.
   *[other] { $count } regler er oppfylt.
  }
check-areas-caption = Oppfylt per område, vektet etter alvor (må 3, bør 2, råd 1)
check-col-area = Område
check-col-score = Oppfylt
check-col-findings = Funn
check-history = Over versjonene
check-history-lead = Poengsummen slik den var da hver versjon av planen ble låst, og slik den er nå. En strek betyr at ingen regel i området gjaldt planen da.
check-history-caption = Oppfylt per versjon og område
check-history-now = Nå
check-col-version = Versjon
check-col-plan = Hele planen
check-heading-must = Må rettes
check-heading-should = Bør rettes
check-heading-advice = Råd
check-severity-must = Må
check-severity-should = Bør
check-severity-advice = Råd
check-area-law = Loven (barnevernsloven § 15-1)
check-area-hearings = Høringer
check-area-themes = Forventede temaer
check-area-seljord = Seljord-kriteriene
check-area-traceability = Sporbarhet
check-basis = Grunnlag:
check-basis-law = { $citation } (i kraft fra { $from })
check-source-county-governor = statsforvalterens invitasjon til felles planprosess (temaer kommunene forventes å dekke)
check-source-seljord = styringsgruppa i Seljords kriterier for en god plan
check-source-hearing-practice = god praksis for høringer (seks uker, utenom ferier, alle innspill besvart før vedtak)
check-source-traceability = sporbarhet fra mål til tiltak og evaluering
check-rule-goals-and-strategies = Planen mangler overordnede mål eller strategier.
check-rule-one-owner = { $count ->
    [one] Ett tiltak har ikke nøyaktig én tjeneste som eier.
   *[other] { $count } tiltak har ikke nøyaktig én tjeneste som eier.
  }
check-rule-services-have-a-part = { $count ->
    [one] Én tjeneste i arbeidsgruppa eier eller deltar ikke i noe tiltak.
   *[other] { $count } tjenester i arbeidsgruppa eier eller deltar ikke i noe tiltak.
  }
check-rule-organisation-described = Planen beskriver ikke hvordan det forebyggende arbeidet er organisert.
check-rule-cooperation-described = Planen beskriver ikke hvordan tjenestene samarbeider.
check-rule-anchored-in-master-plan = Planen er ikke knyttet til kommuneplanens samfunnsdel, og det er ikke oppgitt hvorfor.
check-rule-child-welfare-role = Kommunestyrets vedtak om barnevernstjenestens rolle i det forebyggende arbeidet er ikke registrert.
check-rule-adopted-by-council = Planen skal vedtas av kommunestyret selv, og vedtaket skal stå i prosessplanen.
check-rule-hearing-six-weeks = { $count ->
    [one] Én høring er kortere enn seks uker uten begrunnelse.
   *[other] { $count } høringer er kortere enn seks uker uten begrunnelse.
  }
check-rule-hearing-six-weeks-practice = { $count ->
    [one] Én høring er kortere enn seks uker.
   *[other] { $count } høringer er kortere enn seks uker.
  }
check-rule-hearing-holiday = { $count ->
    [one] Én høring går over en ferie.
   *[other] { $count } høringer går over en ferie.
  }
check-rule-inputs-answered = { $count ->
    [one] Ett innspill er ikke besvart, så merknadsbehandlingen er ikke klar til vedtaket.
   *[other] { $count } innspill er ikke besvart, så merknadsbehandlingen er ikke klar til vedtaket.
  }
check-rule-answers-before-adoption = Kommunestyret må kunne lese merknadsbehandlingen før det vedtar planen: vedtaksmøtet ligger før høringen er slutt, eller innspill er ubesvart når møtet holdes.
check-rule-expected-themes = { $count ->
    [one] Ett tema statsforvalteren forventer, dekkes verken av denne planen eller av en plan den er knyttet til.
   *[other] { $count } temaer statsforvalteren forventer, dekkes verken av denne planen eller av en plan den er knyttet til.
  }
check-rule-measures-concrete = { $count ->
    [one] Ett tiltak mangler målgruppe eller oppstart.
   *[other] { $count } tiltak mangler målgruppe eller oppstart.
  }
check-rule-evaluation-dates = { $count ->
    [one] Ett tiltak mangler fast evalueringsdato.
   *[other] { $count } tiltak mangler fast evalueringsdato.
  }
check-rule-youth-took-part = Det er ikke registrert at barn eller unge har deltatt i planarbeidet.
check-rule-cross-sector = Ingen tiltak går på tvers av tjenester.
check-rule-political-treatment = Ingen politisk behandling er planlagt eller gjennomført.
check-rule-goals-have-measures = { $count ->
    [one] Ett mål har ingen tiltak.
   *[other] { $count } mål har ingen tiltak.
  }
check-rule-goals-measured = { $count ->
    [one] Ett mål har verken indikator eller evalueringsdato.
   *[other] { $count } mål har verken indikator eller evalueringsdato.
  }
check-rule-measures-serve-goals = { $count ->
    [one] Ett tiltak er ikke knyttet til noe mål.
   *[other] { $count } tiltak er ikke knyttet til noe mål.
  }
check-rule-evidence-rated = { $count ->
    [one] Ett tiltak har verken kunnskapsgrunnlag eller en kilde som sier hvorfor det ikke er vurdert.
   *[other] { $count } tiltak har verken kunnskapsgrunnlag eller en kilde som sier hvorfor de ikke er vurdert.
  }
check-missing-main = Ingen hovedmål
check-missing-strategy = Ingen strategier
check-missing-age_bands = mangler målgruppe
check-missing-start = mangler oppstartsdato
check-place-goals = Mål og strategier
check-place-measures = Tiltakene
check-place-programme-participation = Medvirkning i planprogrammet
check-place-programme-outline = Innholdet i planprogrammet
check-place-programme-decisions = Vedtaket om barnevernstjenestens rolle
finding-adoption-before-deadline = Møtet er før høringsfristen { $deadline }.
finding-adoption-unanswered = { $count ->
    [one] Ett innspill er ubesvart.
   *[other] { $count } innspill er ubesvarte.
  }
check-place-new-activity = Legg inn vedtaket i prosessplanen
check-place-links = Knytt planen til kommuneplanens samfunnsdel
check-place-input = Innspill { $reference }
check-themes = Forventede temaer
check-themes-lead = Statsforvalteren forventer at kommunens planer til sammen dekker disse temaene. Et tema dekkes av et tiltak i denne planen, eller av en plan den er knyttet til.
check-themes-caption = Hvem som dekker hvert tema
check-col-theme = Tema
check-col-this-plan = Denne planen
check-col-linked = Knyttede planer
check-yes = Ja
check-no = Nei
check-none = Ingen

## The trace from an input to measures
trace-no-status = uten status
trace-evaluation = { $status }, evalueres { $date }
trace-no-evaluation = { $status }, uten evalueringsdato
trace-report = siste statusrapport ({ $period }): { $status }
trace-changed = Endret i planen
trace-chapter-changed = { $chapter }: teksten ble endret i { $version } { $date }
trace-chapter-unchanged = { $chapter }: teksten er ikke endret i noen låst versjon ennå
trace-led-to = Førte til tiltak
trace-led-to-none = Ikke knyttet til noe tiltak ennå.
trace-field-measures = Tiltak innspillet førte til
trace-inputs-behind = Innspill bak tiltaket
trace-inputs-behind-none = Ingen innspill er knyttet til tiltaket.

## The knowledge base (indicators)
org-indicators-link = Kunnskapsgrunnlag og statistikk
indicators-title = Kunnskapsgrunnlag for { $org }
indicators-lead = Statistikk fra FHI, SSB, Ungdata og Bufdir, sammenlignet med fylket og landet, og utfordringsbildet som bygger på den.
indicators-list-heading = Indikatorer
indicators-none = Ingen statistikk er lastet opp ennå.
indicators-count = { $count ->
    [one] Én indikator
   *[other] { $count } indikatorer
  }
indicators-col-indicator = Indikator
indicators-col-source = Kilde
indicators-col-unit = Enhet
indicators-col-latest = Siste tall
indicators-col-standing = Sammenlignet med fylket
indicators-col-values = Antall tall
indicators-import-heading = Last opp statistikk
indicators-import-file = Statistikkfil (JSON-stat, CSV eller XLSX)
indicators-import-hint = JSON-stat fra FHIs eller SSBs statistikkbank, FHI-tabeller som semikolondelt CSV, eller nøkkeltall fra Ungdata og Bufdir som regneark. Gamle kommunenummer flyttes til dagens kommuner.
indicators-import-source = Kilde
indicators-import-source-hint = Hvem som har publisert tallene, når filen ikke sier det selv.
indicators-import-submit = Last opp
indicators-import-no-file = Velg en fil å laste opp.
indicators-import-too-large = Filen er for stor.
indicators-imported = { $count ->
    [one] Ett tall er lagret.
   *[other] { $count } tall er lagret.
  }
indicators-refused = Filen ble ikke lastet opp. Ingenting er endret.
indicators-remarks = Merk
indicators-unknown-codes = Ikke kommunenummer fra 1994–2024, utelatt: { $codes }
indicators-divided-codes = Kommuner som er delt siden, utelatt: { $codes }
indicators-split = { $old } er lagt på { $today }; en del av kommunen er nå { $also }.
indicators-not-added = Sammenslåtte kommuner uten tall for dagens kommune (rater legges ikke sammen): { $codes }
indicator-country = Landet
indicator-period = Periode
indicator-municipality = Kommune
indicator-county-municipalities = kommunene i fylket
indicator-basis-county = de fleste kommunene i fylket
indicator-basis-country = landet
indicator-standing-better = bedre enn
indicator-standing-worse = dårligere enn
indicator-standing-higher = høyere enn
indicator-standing-lower = lavere enn
indicator-standing-within = på linje med
indicator-standing-short-better = Bedre
indicator-standing-short-worse = Dårligere
indicator-standing-short-higher = Høyere
indicator-standing-short-lower = Lavere
indicator-standing-short-within = På linje
indicator-no-latest = Ingen tall
indicator-no-finding = Det finnes ikke nok tall å sammenligne med.
indicator-source = Kilde: { $source }
indicator-finding-heading = Hvordan kommunen ligger an
indicator-charts-heading = Utvikling og sammenligning
indicator-rule = Regelen: det siste tallet kommunen har, sammenlignes med de andre kommunene i fylket samme år. Ligger det utenfor den midterste 80 prosenten av dem (10.–90. persentil), skiller kommunen seg ut, bedre eller dårligere etter hvilken retning som er god. Har færre enn fem kommuner tall, sammenlignes det med landet (mer enn 10 prosent forskjell). Små kommuner varierer mye av tilfeldigheter; fylkets spredning tar høyde for det bedre enn landstallet alene.
indicator-meta-heading = Hva indikatoren betyr for planen
indicator-unit = Enhet
indicator-direction = Hvilken retning er god
direction-higher_is_better = Høyere er bedre
direction-lower_is_better = Lavere er bedre
direction-neither = Ingen retning (for eksempel folketall)
indicator-theme = Tema i utfordringsbildet
indicator-theme-none = Uten tema
indicator-position = Plass blant figurene i planen
indicator-position-hint = Et tall fra 1 til 99 tar indikatoren med i { "{{" }indikatorer{ "}}" } i plandokumentet, i den rekkefølgen. Tomt: ikke med.
indicator-save = Lagre
indicator-saved = Indikatoren er lagret.
indicator-draft-intro = Utkast til utfordringsbilde, laget av tallene som skiller seg ut. Rediger teksten før den brukes i planen.
indicator-draft-other = Andre indikatorer
indicator-draft-nothing = Ingen av indikatorene skiller seg ut fra fylket eller landet ennå.
challenge-heading = Utfordringsbilde
challenge-lead = Teksten settes inn i plandokumentet der det står { "{{" }utfordringsbilde{ "}}" }.
challenge-text = Utfordringsbildet
challenge-drafted = Dette er et nytt utkast fra tallene. Det lagres først når du trykker Lagre.
challenge-saved-hint = Dette er teksten slik den sist ble lagret.
challenge-save = Lagre utfordringsbildet
challenge-redraft = Lag et nytt utkast fra tallene
challenge-saved = Utfordringsbildet er lagret.
flag-missing = mangler
flag-not_computable = kan ikke beregnes
flag-suppressed = skjermet
jsonstat-not-json = ikke JSON ({ $at })
jsonstat-missing = mangler
jsonstat-not-a = skal være { $kind }
jsonstat-no-dimension = ingen dimensjon for { $role }
jsonstat-count = { $found } verdier, men dimensjonene gir { $expected }
jsonstat-too-large = tabellen har for mange celler
jsonstat-region = «{ $value }» er ikke en kommune, et fylke eller landet
jsonstat-period = «{ $value }» er ikke et år eller en periode av år
jsonstat-status = statusen «{ $value }» er ikke en av .. . : -
indicator-decimal = ,
generated-no-indicators = Ingen indikatorer er valgt for planen ennå. Velg dem på siden Kunnskapsgrunnlag og statistikk.
generated-no-challenge = Utfordringsbildet er ikke skrevet ennå. Det skrives på siden Kunnskapsgrunnlag og statistikk.
indicators-mapping-title = Hva står i kolonnene?
indicators-mapping-lead = Overskriftene i rad { $row } ble ikke kjent igjen. Velg hva hver kolonne inneholder; valget huskes for denne kilden.
indicators-mapping-submit = Last opp med dette valget
indicators-mapping-back = Tilbake til kunnskapsgrunnlaget
sheet-column-region = Kommune, fylke eller landet
sheet-column-period = År eller periode
sheet-column-value = Tall
sheet-column-indicator = Indikator
sheet-column-unit = Enhet
sheet-column-flag = Flagg (SPVFLAGG)
sheet-column-breakdown = Inndeling (kjønn, alder)
sheet-column-ignored = Ikke med
sheet-at-row = Rad { $row }: { $what }
sheet-at-cell = Rad { $row }, kolonne { $column }: { $what }
sheet-unreadable = filen kan ikke leses ({ $why })
sheet-region = «{ $value }» er ikke en kommune, et fylke eller landet
sheet-period = «{ $value }» er ikke et år eller en periode av år
sheet-value = «{ $value }» er ikke et tall eller et tegn (.. . :)
sheet-unmapped-place = ingen kolonne er valgt for kommune
sheet-unmapped-period = ingen kolonne er valgt for år
sheet-unmapped-value = ingen kolonne er valgt for tall
indicator-map-title = Kart: { $title }
indicator-map-summary = Kommunene i fylket fargelagt og mønstret etter tallet, i fire like store grupper; kommunen selv har tykk kant. Tabellen under viser de samme tallene sortert.
indicator-map-flagged = skjermet eller mangler
invalid-number = «{ $value }» er ikke et tall.
field-goal-measured-by = Måles med indikator
goal-measured-by-none = Ingen indikator
field-goal-baseline = Utgangspunkt
field-goal-target = Mål (tall)
goal-measured = { $indicator }: utgangspunkt { $baseline }, siste tall { $latest }, mål { $target }
goal-target-reached = nådd
goal-target-not-reached = ikke nådd ennå

## Surveys (C6)
nav-surveys = Spørreundersøkelser
surveys-title = Spørreundersøkelser – { $plan }
surveys-lead = Anonyme undersøkelser for barn, unge, foreldre og ansatte. Små grupper skjules i resultatene.
surveys-none = Planen har ingen undersøkelser ennå.
surveys-caption = Planens undersøkelser
surveys-new = Lag undersøkelsen
surveys-back = Tilbake til undersøkelsene
survey-col-title = Undersøkelse
survey-col-state = Status
survey-col-answers = Svar
survey-answers = { $count ->
    [0] Ingen svar
    [one] 1 svar
   *[other] { $count } svar
}
survey-state-draft = Under arbeid
survey-state-open = Åpen for svar
survey-state-closed = Avsluttet
survey-period = Svarperiode
survey-link = Lenke for å svare
survey-open-heading = Åpne undersøkelsen
survey-open-lead = Velg perioden undersøkelsen tar imot svar. Oppgi en klasse og et antall for å lage klassekoder som læreren deler ut; uten koder svarer man med lenken. Når undersøkelsen er åpnet, er den anonym for godt.
field-survey-opens = Første svardag
field-survey-closes = Siste svardag
field-survey-class = Klasse eller gruppe (for eksempel 9B)
field-survey-codes = Antall klassekoder
survey-open = Åpne undersøkelsen
survey-results-wait = Resultatene vises når undersøkelsen er avsluttet. Til da vises bare antall svar.
survey-rules = Tall under { $cell } vises som «skjult (færre enn { $cell })». For at de ikke skal kunne regnes ut, skjules også noen andre tall, og alle tall i grupper med færre enn { $group } svar; de vises som «skjult».
survey-codes-heading = Klassekoder og avslutning
survey-add-codes = Lag koder
survey-close-lead = Når undersøkelsen avsluttes, tar den ikke imot flere svar, og fritekstsvarene legges i innspillsregisteret uten kobling til den som svarte.
survey-close = Avslutt undersøkelsen
survey-codes-caption = Klassekoder (hver kode kan brukes én gang)
survey-col-class = Klasse
survey-col-code = Kode
survey-col-used = Brukt
survey-code-used = Brukt
survey-code-unused = Ikke brukt
survey-questions = Spørsmål
survey-kind-single = ett valg
survey-kind-multiple = flere valg
survey-kind-likert = skala
survey-kind-number = tall
survey-kind-free-text = fritekst
survey-cell = { $number } ({ $share } %)
survey-by = { $question } – etter { $by }
survey-withheld = Fordelingen vises ikke: en gruppe har færre enn { $threshold } svar.
survey-all = Alle
survey-ticked = Krysset av for «{ $option }»
survey-not-ticked = Ikke krysset av
survey-answered = Antall som svarte
survey-intro = Svarene dine er anonyme: vi lagrer bare svarene og datoen, ikke hvem du er eller hvor du svarer fra.
field-survey-code = Koden du fikk av læreren
survey-required = (må besvares)
survey-only-if = Svar bare hvis du svarte «{ $answers }» på «{ $question }».
survey-submit = Send svarene
survey-answer-required = Dette spørsmålet må besvares.
survey-answer-choice = Velg ett av svarene.
survey-answer-number = Skriv et helt tall fra { $min } til { $max }.
survey-answer-too-long = Svaret kan ha høyst { $max } tegn.
survey-closed-title = Undersøkelsen er ikke åpen
survey-closed-text = Denne undersøkelsen tar ikke imot svar nå.
survey-thanks-title = Takk for svarene!
survey-thanks-text = Svarene dine er lagret. Du kan lukke siden.
survey-code-refused = Koden finnes ikke eller er brukt. Sjekk at den er skrevet riktig, eller spør læreren om en ny.
survey-code-missing = Skriv koden du fikk av læreren.
invalid-survey-period = Siste svardag kan ikke være før første svardag.
invalid-survey-state = Undersøkelsen er allerede åpnet eller avsluttet.
surveys-start = Start fra
surveys-start-template = Malen for unge (trivsel, trygghet, mobbing, fritid, noen å snakke med)
surveys-start-empty = En tom undersøkelse
survey-new-title = Ny undersøkelse
survey-new-section = Spørsmål
survey-section-empty = Ingen spørsmål i denne delen ennå.
survey-question-change = Endre
survey-move-up = Flytt opp
survey-move-down = Flytt ned
survey-question-new = Legg til spørsmål
survey-question-edit = Endre spørsmålet
survey-question-back = Tilbake til undersøkelsen
survey-question-lead = Skriv spørsmålet på bokmål, og gjerne på nynorsk og engelsk. Det som mangler på nynorsk eller engelsk, vises på bokmål.
survey-question-save = Lagre spørsmålet
survey-question-remove = Fjern spørsmålet
survey-section-new = Ny del
survey-section-add = Legg til delen
survey-details = Tittel og målgruppe
survey-details-save = Lagre tittel og målgruppe
survey-target-children = Barn
survey-target-youth = Unge
survey-target-parents = Foreldre
survey-target-staff = Ansatte
survey-options-hint = Ett svaralternativ per linje (for en skala: trinnene fra lavest til høyest). Trengs ikke for tall og fritekst.
survey-options-other-hint = Like mange linjer som på bokmål, i samme rekkefølge, eller tomt.
survey-condition-hint = Kryss av for svarene som gjør at spørsmålet vises. Uten kryss vises spørsmålet alltid.
field-survey-section = Del
field-survey-kind = Type spørsmål
field-survey-text-nb = Spørsmålet på bokmål
field-survey-text-nn = Spørsmålet på nynorsk
field-survey-text-en = Spørsmålet på engelsk
field-survey-options-nb = Svaralternativer på bokmål
field-survey-options-nn = Svaralternativer på nynorsk
field-survey-options-en = Svaralternativer på engelsk
field-survey-min = Minste tall (for tall)
field-survey-max = Største tall (for tall)
field-survey-required = Må besvares
field-survey-background = Bakgrunnsspørsmål (resultatene kan fordeles etter svarene, for eksempel trinn eller kjønn)
field-survey-condition = Vis bare hvis et tidligere spørsmål ble besvart slik
field-survey-section-nb = Navn på delen på bokmål
field-survey-section-nn = Navn på delen på nynorsk
field-survey-section-en = Navn på delen på engelsk
field-survey-title-nb = Tittel på bokmål
field-survey-title-nn = Tittel på nynorsk
field-survey-title-en = Tittel på engelsk
field-survey-target = Målgruppe
confirm-remove-survey-question = Fjerne spørsmålet «{ $name }»?
invalid-option-lines = Skriv like mange svaralternativer som på bokmål, ett per linje, eller la feltet stå tomt.
invalid-survey-no-questions = Undersøkelsen har ingen spørsmål ennå.
invalid-survey-not-open = Undersøkelsen er ikke åpen.
invalid-survey-condition = Vilkåret må vise til svar på ett spørsmål som kommer før dette.
invalid-survey-text = Skriv teksten på bokmål.
invalid-survey-options = Et spørsmål med valg trenger fra 2 til { $max } svaralternativer på bokmål.
invalid-survey-range = Minste tall må være mindre enn største tall.
invalid-survey-background = Bare et spørsmål med ett valg kan være bakgrunnsspørsmål.
invalid-survey-section = Velg en del av undersøkelsen.
invalid-survey-question = Spørsmålet finnes ikke.
invalid-survey-too-many = En undersøkelse kan ha høyst { $max } spørsmål.
invalid-survey-referred = Et annet spørsmål vises bare etter svar på dette. Endre det spørsmålet først.
survey-classes-caption = Klassekoder per klasse
survey-col-codes = Koder
survey-qr = QR-kode til plakat
survey-qr-svg = SVG (skarp i alle størrelser)
survey-qr-png = PNG
survey-col-table = Tabell
survey-col-answer = Svar
survey-col-group = Gruppe
survey-col-count = Antall
survey-col-share = Andel (%)
survey-sheet = Resultater
survey-download = Last ned resultatene, med de samme tallene skjult:
generated-no-surveys = Planen har ingen avsluttede undersøkelser ennå.
generated-survey-answers = Antall svar:
survey-lang = nb
survey-share = prosent
survey-answer = Svar
survey-hidden-short = skjult
survey-fewer-than = færre enn
survey-saved = Endringen er lagret.
survey-slips-links = Kodelapper til utskrift:
survey-slips-all = alle klassene
survey-slips-title = Kodelapper
survey-slips-class-title = Kodelapper for { $class }
survey-slips-back = Tilbake til undersøkelsen
survey-slips-lead = Én lapp per elev, med kodene som ikke er brukt. Skriv ut, klipp og del ut i timen.
survey-slips-print = Skriv ut
survey-slips-none = Alle kodene er brukt.
survey-slips-class = Klasse { $class }
survey-slips-go = Gå til
survey-slips-code = Koden din:
survey-chart-summary = Antall som svarte:
survey-chart-download = Last ned diagrammet (SVG)
survey-pause-hint = Svarene du gir, huskes på denne enheten til du sender dem, så du kan ta en pause og fortsette senere. Bruker du en delt maskin, send svarene før du går.
survey-pause-hint-codes = Svarene dine huskes i denne fanen til du sender dem, så du kan laste siden på nytt uten å miste dem. Lukker du fanen, glemmes de.
survey-resume-text = Du har begynt på denne undersøkelsen på denne enheten før.
survey-resume = Fortsett der du slapp
survey-restart = Begynn på nytt
survey-rules-heading = Terskler for små grupper
survey-rules-hint = Tersklene gjelder alle undersøkelsene i organisasjonen. De kan ikke settes lavere enn 3. Vanlig praksis er 5 per tall og 20 per gruppe.
field-survey-cell = Minste tall som vises
field-survey-group = Minste gruppe som vises
survey-rules-save = Lagre tersklene
invalid-threshold = «{ $value }» er ikke et helt tall fra { $min } til 1000.
survey-download-csv = CSV (semikolon, for Excel)
survey-download-xlsx = XLSX (Excel)
field-survey-repeat = Uten klassekoder: la samme enhet svare flere ganger (for eksempel et nettbrett på ungdomsklubben)
survey-answered-title = Du har allerede svart
survey-answered-text = Denne enheten har allerede sendt svar på undersøkelsen. Takk for at du svarte!
confirm-close-survey = Avslutte undersøkelsen «{ $name }»?
confirm-close-survey-then = Den tar ikke imot flere svar, resultatene vises, og fritekstsvarene legges i innspillsregisteret. Det kan ikke angres.

## The county dashboard and sharing (issue 18)
county-title = Fylkesoversikt for { $body }
county-lead = Alle kommunene i fylket, med status for planen for forebyggende arbeid (barnevernsloven § 15-1). Utover statuslinjen ser du bare det hver kommune deler; innspill deles aldri.
county-filter = Filtrer og sorter kommunene
field-county-show = Kommuner som vises
county-show-all = Alle kommuner
county-show-no-plan = Uten plan registrert
county-show-adopted = Med vedtatt plan
county-show-not-adopted = Med plan under arbeid, ikke vedtatt
county-sort-name = Kommune
county-sort-adopted = Vedtatt plan
county-sort-phase = Fase
county-sort-hearing = Neste høringsfrist
county-sort-treatment = Neste politiske behandling
county-sort-themes = Flest tema dekket
county-sort-overdue = Flest tiltak på overtid
county-count = { $count ->
    [one] Én kommune vises.
   *[other] { $count } kommuner vises.
  }
county-caption = Kommunene i fylket
county-col-municipality = Kommune
county-col-plan = Plan etter § 15-1
county-col-phase = Fase for plan under arbeid
county-col-hearing = Neste høringsfrist
county-col-treatment = Neste politiske behandling
county-col-themes = Tema dekket
county-col-overdue = Tiltak på overtid for evaluering
county-col-shares = Deler med fylket
county-no-plan = Ingen plan registrert
county-adopted-on = Vedtatt { $date }
county-adopted = Vedtatt
county-not-adopted = Ikke vedtatt
county-themes-of = { $covered } av { $all }
county-shares-nothing = Bare status
county-part-programme = Planprogram og framdrift
county-part-measures = Mål og tiltak
county-part-document = Plandokumentet
org-adviser = Som rådgiver i fylket
org-adviser-lead = Du ser status for kommunens planer og det kommunen deler med fylket.
org-county-dashboard = Kommunene i fylket
org-county-dashboard-link = Fylkesoversikten
sharing-heading = Deling med fylket
sharing-lead = Rådgivere hos statsforvalteren og kompetansesentrene i fylket ser alltid status for planene (fase, frister, tema og tiltak på overtid). Her velger dere hva mer de kan lese. Innspill, undersøkelser, medlemmer og personopplysninger deles aldri.
sharing-legend = Del med rådgiverne i fylket
sharing-save = Lagre delingen
sharing-saved = Delingen er lagret.
sharing-yes = deles
sharing-no = deles ikke
field-county-map = Farg kartet etter
county-map-themes = Antall tema dekket
county-map-overdue = Antall tiltak på overtid for evaluering
county-map-summary = Kommunene i fylket, farget etter den valgte kolonnen i tabellen.
county-map-alternative = Tabellen over viser de samme tallene for hver kommune.
county-col-marks = Kommunebilde
county-mark-link = Merk
marks-title = Kommunebilde for { $municipality }
marks-back = Tilbake til fylkesoversikten
marks-lead = Merk kommunen grønn, gul eller rød per område, med en merknad. Kommunen ser merkene deres.
marks-saved = Merkene er lagret.
marks-save = Lagre merkene
field-mark-colour = Vurdering
field-mark-note = Merknad
mark-colour-none = Ikke vurdert
mark-colour-green = grønn
mark-colour-yellow = gul
mark-colour-red = rød
mark-area-plan = Planen
mark-area-cooperation = Samarbeid
mark-area-follow-up = Oppfølging
org-marks = Kommunebilde fra fylket
org-marks-lead = Slik rådgiverne i fylket vurderer kommunen.

## Network gatherings (issue 18)
gatherings-title = Samlinger
gatherings-title-municipality = Samlinger i fylkets nettverk
gatherings-back = Tilbake til organisasjonen
gatherings-lead = Fysiske og digitale samlinger for kommunene i fylket. Kommunenes kontaktpersoner melder på deltakere; en fysisk samling tar et avgrenset antall per kommune.
gatherings-lead-municipality = Samlingene fylkets aktører inviterer kommunen til. Kommunens administrator og planleder melder på deltakere.
gatherings-none = Ingen samlinger er lagt inn ennå.
gatherings-caption = Samlingene, de tidligste først
gatherings-new = Ny samling
gatherings-create = Legg inn samlingen
gathering-col-when = Tid
gathering-col-where = Sted eller lenke
gathering-col-seats = Påmeldte
gathering-col-mine = Fra kommunen
gathering-col-body = Arrangør
gathering-col-municipality = Kommune
gathering-col-seat = Plass
gathering-col-action = Handling
field-gathering-form = Form
field-gathering-place = Sted (fysisk samling)
field-gathering-link = Lenke til møtet (digital samling, https://)
field-gathering-start-date = Startdato
field-gathering-start-time = Starttid (tt:mm)
field-gathering-end-date = Sluttdato (tom: samme dag)
field-gathering-end-time = Sluttid (tt:mm)
field-gathering-per-municipality = Deltakere per kommune
field-gathering-capacity = Plasser totalt (tom: ingen grense)
field-gathering-topics = Tema i programmet
field-gathering-topics-hint = Ett tema per linje.
field-participant-role = Stilling eller rolle
gathering-form-physical = Fysisk samling
gathering-form-digital = Digital samling
gathering-when-day = { $date } kl. { $from }–{ $to }
gathering-when-days = { $date } kl. { $from } – { $end } kl. { $to }
gathering-seats-of = { $confirmed ->
    [one] Én påmeldt av { $capacity } plasser
   *[other] { $confirmed } påmeldte av { $capacity } plasser
  }
gathering-seats = { $confirmed ->
    [0] Ingen påmeldt
    [one] Én påmeldt
   *[other] { $confirmed } påmeldte
  }
gathering-waiting-count = { $waiting ->
    [one] én på venteliste
   *[other] { $waiting } på venteliste
  }
gathering-mine-count = { $mine ->
    [0] Ingen påmeldt
    [one] Én påmeldt
   *[other] { $mine } påmeldte
  }
gathering-seat-confirmed = Påmeldt
gathering-seat-waiting = På venteliste
gathering-back = Tilbake til samlingene
gathering-topics = Tema
gathering-ics = Legg i kalenderen (.ics)
gathering-export-csv = Deltakerliste (CSV)
gathering-export-xlsx = Deltakerliste (Excel)
gathering-participants = Påmeldte deltakere
gathering-participants-mine = Kommunens deltakere
gathering-participants-none = Ingen er påmeldt ennå.
gathering-participants-caption = Deltakerne i påmeldingsrekkefølge
gathering-cancel = Meld av { $name }
gathering-register = Meld på en deltaker
gathering-register-lead = Når samlingen er full, kommer deltakeren på venteliste og rykker opp når noen melder seg av.
gathering-register-button = Meld på
gathering-begun = Samlingen har begynt, og påmeldingen er stengt.
gathering-edit = Endre samlingen
gathering-save = Lagre endringene
gathering-promoted = { $count ->
    [one] Den første på ventelisten har fått plass.
   *[other] De { $count } første på ventelisten har fått plass.
  }
confirm-remove-gathering = Fjerne samlingen «{ $name }»?
confirm-remove-gathering-then = { $count ->
    [0] Ingen er påmeldt. Dette kan ikke angres.
    [one] Den ene påmeldingen slettes; gi beskjed til den det gjelder. Dette kan ikke angres.
   *[other] Alle { $count } påmeldingene slettes; gi beskjed til dem det gjelder. Dette kan ikke angres.
  }
confirm-remove-gathering-waiting-then = { $count ->
    [one] Den ene påmeldingen, på ventelisten, slettes; gi beskjed til den det gjelder. Dette kan ikke angres.
   *[other] Alle { $count } påmeldingene slettes, også de på ventelisten; gi beskjed til dem det gjelder. Dette kan ikke angres.
  }
gathering-removed = Samlingen er fjernet.
gathering-remove = Fjern samlingen
gathering-saved = Samlingen er lagret.
gathering-registered = Deltakeren er påmeldt.
gathering-registered-waiting = Samlingen er full: deltakeren står på ventelisten.
gathering-cancelled = Deltakeren er meldt av.
gathering-cancelled-moved = Deltakeren er meldt av, og den første på ventelisten har fått plassen.
gathering-per-municipality-is = Inntil { $max } per kommune
gathering-per-municipality-none = Ingen grense per kommune
gathering-sheet = Deltakere
confirm-cancel-participant = Melde av { $name }?
confirm-cancel-participant-then = Plassen går til den første på ventelisten, om noen venter.
invalid-time = «{ $value }» er ikke et klokkeslett (tt:mm).
invalid-link = «{ $value }» er ikke en nettadresse som begynner med https://.
invalid-municipality-full = Kommunen har allerede meldt på de { $max } den kan sende.
invalid-gathering-begun = Samlingen har begynt, og påmeldingen er stengt.
org-gatherings = Samlinger
org-gatherings-link = Samlinger i fylkets nettverk

## Reflection tasks (issue 18)
reflections-title = Refleksjonsoppgaver
reflections-lead = Oppgaver kommunene reflekterer over sammen mellom samlingene. Du leser svarene fra alle kommunene side om side.
reflections-lead-municipality = Oppgavene fylkets aktører gir kommunen mellom samlingene. Administrator, planleder og redaktører svarer for kommunen.
reflections-none = Ingen refleksjonsoppgaver ennå.
reflections-caption = Oppgavene, de nyeste først
reflections-new = Ny refleksjonsoppgave
reflections-create = Gi oppgaven
field-reflection-prompt = Tema og spørsmål
field-reflection-prompt-hint = Det kommunene skal reflektere over sammen, hver for seg.
field-reflection-due = Svarfrist
field-reflection-gathering = Forbereder samlingen
field-reflection-answer = Skriv svaret
field-reflection-answer-hint = Skriv det dere kom fram til. Et nytt svar erstatter det forrige.
reflection-no-gathering = Ingen bestemt samling
reflection-col-state = Svar
reflection-answered-of = { $all ->
    [one] { $answered } av én kommune har svart
   *[other] { $answered } av { $all } kommuner har svart
  }
reflection-answered = Svart
reflection-not-answered = Ikke svart ennå
reflection-no-due = Ingen frist
reflection-by = { $name }, { $date }
reflection-back = Tilbake til refleksjonsoppgavene
reflection-saved = Svaret er lagret.
reflection-answers = Svarene fra kommunene
reflection-our-answer = Kommunens svar
reflection-save = Lagre svaret
org-reflections-link = Refleksjonsoppgaver mellom samlingene
gathering-cancelled-moved-name = Deltakeren er meldt av, og { $name } fra ventelisten har fått plassen.
gathering-at-cap = Kommunen har meldt på de { $max } den kan sende til denne samlingen. Meld av en deltaker for å melde på en annen.

## Library (issue 18)
nav-library = Bibliotek
library-title = Bibliotek
library-lead = Lovkrav og veiledere for planene kommunen skal ha, bør ha eller er rådet til å ha, etter plantype. Søk i plantype, lovhenvisning eller veileder.
library-search = Søk i biblioteket
library-count = { $count ->
    [0] Ingen plantyper passer søket.
    [one] Én plantype passer.
   *[other] { $count } plantyper passer.
  }
library-law = Lovkrav
library-guidance = Veiledere og handlingsplaner
library-credit = Referanselisten bygger på invitasjonen til felles planprosess fra Statsforvalteren i Vestland med NAPHA, KORUS, RVTS, RKBU og KS. Lovkravene er de som gjelder i dag.
error-forbidden-adviser = Som rådgiver ser du statuslinjen for hver kommune i fylket og det kommunen selv velger å dele med fylket; innspill, medlemmer og personopplysninger deles aldri.
library-shared = Tiltak kommunene deler
library-shared-lead = Tiltak andre kommuner har delt, med hvem som eier dem, kunnskapsgrunnlag, kostnad og hvor mange de når. Kopier et tiltak inn i en av planene dine; kopien viser hvor det kom fra.
library-shared-login = Logg inn for å se og kopiere tiltakene kommunene deler.
library-shared-count = { $count ->
    [0] Ingen delte tiltak passer.
    [one] Ett delt tiltak.
   *[other] { $count } delte tiltak.
  }
library-owner = Eier (tjeneste)
library-evidence = Kunnskapsgrunnlag
library-cost = Kostnad per år
library-reach = Når per år
library-copy-to = Kopier til planen
library-copy = Kopier «{ $name }»
measure-origin = Kopiert fra { $municipality } («{ $name }») i biblioteket.
measure-origin-gone = Kopiert fra biblioteket («{ $name }»).
measure-run-by-host = Drives av { $host } (vertskommune)
measure-run-for = Drives også for { $municipalities }
coverage-hosted-name = { $name } (drives av { $host })
measure-cooperation = Interkommunalt samarbeid
measure-cooperation-lead = Driver kommunen dette tiltaket også for andre kommuner (vertskommunesamarbeid)? Skriv dem her, med navn eller kommunenummer, skilt med komma. Tiltaket vises da i tiltaksregisteret og dekningskartet deres, merket med at dere driver det; bare dere kan endre det.
field-participants = Kommuner tiltaket også drives for
measure-cooperation-saved = Samarbeidet er lagret.
measure-cooperation-save = Lagre samarbeidet
measure-shared = Tiltaket er delt med de andre kommunene i biblioteket.
measure-share = Del tiltaket i biblioteket
measure-unshare = Slutt å dele tiltaket
library-search-button = Søk
reflection-created = Oppgaven er gitt til kommunene.
gathering-cancel-yes = Ja, meld av
reflection-waiting = { $count ->
    [one] Én kommune har ikke svart ennå
   *[other] { $count } kommuner har ikke svart ennå
  }
