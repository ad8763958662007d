app-name = forebygg
skip-to-content = Gå til hovudinnhaldet
nav-main = Hovudmeny
nav-organisations = Organisasjonar
nav-account = Kontoen min
nav-new-org = Legg til regional aktør
nav-logout = Logg ut
nav-login = Logg inn
language-label = Språk
language-change = Byt språk
footer-about = forebygg – planar for førebyggjande arbeid med born, unge og foreldre (barnevernslova § 15-1).
footer-data-credit = Kommuneregister: Kartverket (CC BY 4.0).
back-to-start = Tilbake til framsida

home-title = Framside
home-heading = Planar for førebyggjande arbeid
home-lead = Lag, send på høyring, vedta og følg opp planen til kommunen for førebyggjande arbeid med born, unge og foreldre.
home-my-organisations = Organisasjonane dine
home-no-roles = Du har inga rolle i nokon organisasjon enno. Spør ein administrator i kommunen din.
home-start-heading = Kom i gang
home-find-municipality = Finn kommunen din
home-demo-municipality = Sjå demokommunen Engerdal
home-login = Logg inn for å arbeide med ein plan

login-title = Logg inn
login-submit = Logg inn
login-wrong = Feil e-postadresse eller passord.
login-locked = For mange mislukka forsøk. Kontoen er låst ei stund.
login-locked-minutes = For mange mislukka forsøk. Kontoen er låst; prøv igjen om { $minutes ->
    [one] eitt minutt
   *[other] { $minutes } minutt
  }.
demo-heading = Demobrukarar
demo-password = Alle demobrukarane har passordet { $password }.
demo-caption = Éin brukar per rolle i demodataa

field-email = E-postadresse
field-password = Passord
field-role = Rolle
field-name = Namn
field-name-new-user = Namn (for ny brukar)
field-current-password = Noverande passord
field-new-password = Nytt passord (minst 10 teikn)
field-county = Fylke
field-county-optional = Fylke (om aktøren dekkjer eitt fylke)
field-kind = Type
field-sort = Sorter etter
field-number = Nummer
field-municipality-number = Kommunenummer

account-title = Kontoen min
account-password-changed = Passordet er endra. Andre økter er logga ut.
account-roles = Rollene dine
account-change-password = Endre passord
account-save-password = Lagre nytt passord
account-wrong-password = Noverande passord er feil.

form-errors-heading = Skjemaet har feil
error-prefix = Feil:

organisations-title = Organisasjonar
organisations-filter = Filtrer organisasjonar
organisations-search = Søk på namn eller nummer
all-counties = Alle fylke
all-kinds = Alle typar
filter-apply = Vis
organisations-count = { $count ->
    [one] Éin organisasjon passar.
   *[other] { $count } organisasjonar passar.
  }
sort-number = Nummer
sort-name = Namn

org-internal = For medlemmer
org-members-link = Medlemmer og roller
org-municipalities = Kommunar i fylket ({ $count })
org-new-title = Legg til regional aktør
org-new-lead = Statsforvaltaren, KS og regionale kompetansesenter kan leggjast til som organisasjonar. Kommunar og fylke kjem frå det innebygde registeret.
no-county = Utan fylke (nasjonal)
org-new-submit = Legg til organisasjon
org-exists = Det finst alt ein organisasjon som heiter { $name }.

members-title = Medlemmer i { $org }
members-role-changed = Rolla er endra.
members-removed = Medlemmen er fjerna.
members-added = { $who } er lagd til.
members-added-role = Rolle: { $role }.
members-already = { $email } er alt medlem. Endre rolla i lista i staden.
members-one-time-password = Det er laga ein ny brukar med dette eingongspassordet. Gje det til personen; det blir vist berre éin gong. Personen bør endre det etter innlogging.
members-count = { $count ->
    [one] Éin medlem
   *[other] { $count } medlemmer
  }
members-actions = Handlingar
members-role-for = Rolle for { $name }
members-change-role = Endre rolle
members-remove = Fjern
members-add-heading = Legg til medlem
members-add-lead = Gje ein person ei rolle her. Har personen ingen brukar enno, blir det laga ein.
members-add-submit = Legg til medlem

role-admin = Administrator
role-plan-lead = Planleiar
role-editor = Redaktør
role-contributor = Bidragsytar
role-reader = Lesar
role-regional-adviser = Regional rådgjevar
role-site-admin = Driftsansvarleg

kind-municipality = Kommune
kind-county = Fylke
kind-county_governor = Statsforvaltar
kind-ks = KS
kind-competence_centre = Kompetansesenter
kind-other = Annan regional aktør

error-forbidden = Ikkje tillate
error-forbidden-text = Du har ikkje tilgang til denne sida.
error-not-found = Fann ikkje sida
error-not-found-text = Vi fann ikkje sida du bad om.
error-invalid = Ugyldige opplysningar
error-conflict = Finst alt
error-last-admin = Organisasjonen må ha minst éin administrator.
error-internal = Noko gjekk gale
error-internal-text = Det oppstod ein feil hos oss. Prøv igjen om litt.
error-csrf = Skjemaet kunne ikkje stadfestast
error-csrf-text = Skjemaet var for gammalt eller kom ikkje frå denne nettstaden. Gå tilbake, last inn sida på nytt og prøv igjen.
error-too-large = For mykje data
error-too-large-text = Skjemaet sende meir data enn tillate.

invalid-email = «{ $value }» er ikkje ei gyldig e-postadresse.
invalid-name = Skriv eit namn på 1 til 200 teikn.
invalid-password-short = Passordet må ha minst { $min } teikn.
invalid-password-long = Passordet kan ha høgst { $max } teikn.
invalid-municipality-number = «{ $value }» er ikkje eit kommunenummer (fire siffer, t.d. 3425).
invalid-county = «{ $value }» er ikkje eit fylke.
invalid-org-code = «{ $value }» er ikkje ein gyldig organisasjonskode.
invalid-org-name = Skriv eit namn på 1 til 200 teikn.
invalid-org-kind = Vel kva slags regional aktør dette er.
invalid-county-required = Ein statsforvaltar må høyre til eit fylke.
invalid-role = Vel ei rolle frå lista.
invalid-lang = Vel bokmål, nynorsk eller engelsk.
invalid-date = «{ $value }» er ikkje ein dato. Skriv han som dd.mm.åååå, t.d. 29.02.2024.
invalid-phase = Vel ein fase frå lista.
invalid-period = «{ $value }» er ikkje ein periode. Oppgi to årstal, det første ikkje etter det andre, eller la begge stå tomme.
invalid-title = Skriv ein tittel på 1 til 200 teikn.
invalid-plan-type = Vel ein plantype frå lista.
invalid-activity-kind = Vel ein type aktivitet frå lista.
invalid-body = Vel eit organ frå lista.
invalid-end-before-start = Slutten er før starten.
invalid-hearing-without-deadline = Ei høyring må ha ein frist.
invalid-hearing-too-short = Høyringa er { $days } dagar. Ein plan etter plan- og bygningslova skal liggje ute i minst seks veker (frist { $earliest } eller seinare), med mindre du skriv kvifor ho er kortare.
invalid-preset = Vel eit utgangspunkt frå lista.
invalid-chapter = «{ $value }» er ikkje eit kapittelnummer i disposisjonen.
invalid-required = Dette feltet må fyllast ut.

yes = Ja
no = Nei
nav-plans = Planar
action-edit = Endre
date-hint = Skriv datoen som dd.mm.åååå, t.d. 29.02.2024.
one-per-line = Éin per linje.
no-body = Ikkje noko organ
all-plan-types = Alle plantypar

plans-title = Planar i { $org }
plans-filter = Filtrer planar
plans-none = Ingen planar enno.
plans-count = { $count ->
    [one] Éin plan
   *[other] { $count } planar
  }
plans-new = Start ein ny plan
plans-create = Opprett plan

field-title = Tittel
field-plan-type = Plantype
field-legal-basis = Heimel
legal-basis-none = Ikkje lovpålagd
field-phase = Fase
field-period = Periode
field-period-from = Frå år
field-period-to = Til år
field-under-pbl = Blir utarbeidd som plan etter plan- og bygningslova (då er seks vekers høyring bindande)
field-under-pbl-short = Etter plan- og bygningslova
field-preset = Start planprogrammet frå
preset-empty = Eit tomt planprogram
preset-engerdal = Eit planprogram som Engerdals
preset-lyngen = Eit planprogram som Lyngens
preset-sandefjord = Eit planprogram som Sandefjords

phase-start = Oppstart
phase-programme_on_hearing = Planprogram på høyring
phase-programme_adopted = Planprogram fastsett
phase-drafting = Utarbeiding
phase-draft_on_hearing = Planforslag på høyring
phase-revision_after_hearing = Bearbeiding etter høyring
phase-adopted = Vedteken
phase-follow_up = Oppfølging
phase-periodic_revision = Rullering

activity-political_treatment = Politisk handsaming
activity-programme_hearing = Høyring av planprogram
activity-programme_adoption = Planprogram fastsett
activity-participation = Medverknad
activity-drafting = Utarbeiding
activity-draft_hearing = Høyring av planforslag
activity-revision = Bearbeiding etter høyring
activity-plan_adoption = Plan vedteken
activity-other = Anna

body-council = Kommunestyret
body-executive_committee = Formannskapet
body-standing_committee = Hovudutval
body-youth_council = Ungdomsrådet
body-disability_council = Råd for personar med funksjonsnedsetjing
body-elderly_council = Eldrerådet
body-administration = Administrasjonen
body-other = Anna organ

link-overlaps = Overlappar med
link-anchored_in = Forankra i

plan-programme-link = Planprogram
plan-schedule-link = Planlegg baklengs frå ein vedtaksdato
plan-calendar-link = Kalenderfil (.ics) for Outlook og Google
plan-svg-link = Tidslinja som bilete (SVG)
plan-activities = Prosess og tidslinje
plan-activities-caption = Aktivitetar etter dato, med kva reglane seier
plan-no-activities = Ingen aktivitetar enno.
plan-new-activity = Legg til aktivitet
plan-add-activity = Legg til aktivitet
plan-links = Relaterte planar
plan-no-links = Ingen relaterte planar enno.
plan-add-link = Kopla plan
plan-edit = Endre planen
plan-save = Lagre
field-dates = Datoar
field-activity-kind = Type aktivitet
field-start = Start
field-end = Slutt (for ei høyring: fristen)
field-responsible = Ansvarleg
field-body = Organ som handsamar
field-done = Gjennomført
field-justification = Grunngjeving for kortare høyring
field-justification-hint = Trengst berre når ei høyring er kortare enn seks veker.
field-status = Status
field-findings = Reglar
field-link-to = Plan
field-link-kind = Forhold
finding-blocking = Stopp:
finding-warning = Merk:
finding-short-hearing = Høyringa er { $days } dagar, kortare enn seks veker; seks veker varer til { $earliest }.
finding-short-hearing-blocked = Planen blir utarbeidd etter plan- og bygningslova: skriv ei grunngjeving eller forleng fristen.
finding-holiday = Høyringa går { $days } dagar over { $holiday }; vurder fristen { $suggested }.
holiday-summer = sommarferien
holiday-christmas = juleferien
finding-no-body = Kva organ handsamar saka?
finding-not-council = Berre kommunestyret kan vedta denne planen; her står: { $body }.

timeline-title = Tidslinje for { $plan }
timeline-description = { $count } aktivitetar frå { $first } til { $last }; { $done } gjennomført.
timeline-caption = Skraverte felt er gjennomført, kvite er planlagde; ei rute er éin einskild dag. Tabellen under har dei same opplysningane.
timeline-done = gjennomført
timeline-planned = planlagd
calendar-deadline = Frist: { $title }

programme-title = Planprogram: { $plan }
programme-texts = Føremål og føringar
field-purpose = Føremål
field-background = Bakgrunn
field-guidelines = Føringar
field-overlapping = Overlappande planar
programme-groups = Organisering
field-group-kind = Gruppe
field-mandate = Mandat
field-service = Teneste
field-group-role = Rolle i gruppa
programme-add-group = Legg til gruppe
programme-add-member = Legg til medlem
programme-add-member-to = Legg til medlem i { $group }
programme-remove-group = Fjern { $group }
group-working = Arbeidsgruppe
group-reference = Referansegruppe
group-steering = Styringsgruppe
group-resource = Ressursgruppe
programme-participation = Medverknadsplan
field-target-group = Målgruppe
field-method = Metode
field-when = Når
programme-add-participation = Legg til linje
programme-outline = Disposisjon for planen
programme-add-chapter = Legg til kapittel
field-chapter-title = Kapitteltittel
field-chapter-parent = Under kapittelnummer (tomt for eit hovudkapittel)
chapter-up = Flytt opp
chapter-down = Flytt ned

schedule-title = Planlegg baklengs: { $plan }
schedule-lead = Oppgje datoen kommunestyret skal vedta planen innan, og møtedatoane til organa. Du får den seinaste datoen for kvart steg som framleis når målet, med seks vekers høyring utanom feriane.
field-target = Vedteken innan
field-from = Ingenting blir vedteke før
field-with-programme = Planprogrammet blir sendt på høyring og fastsett først
field-programme-body = Organ som handsamar planprogrammet
field-draft-body = Organ som sender planforslaget på høyring
field-drafting-days = Dagar til å skrive planforslaget etter at programmet er fastsett
field-revision-days = Dagar frå høyringsfrist til neste møte
schedule-meetings-of = Møtedatoar for { $body }
schedule-meetings-hint = Datoar som dd.mm.åååå, skilde med mellomrom, komma eller linjeskift.
schedule-submit = Planlegg baklengs
schedule-result = Seinaste datoar
schedule-caption = Stega i rekkjefølgje
schedule-not-reachable = Målet kan ikkje nåast
schedule-unreachable = Med desse møta kan planen tidlegast vedtakast { $earliest }.
schedule-impossible = Med desse møta kan planen ikkje vedtakast i det heile: legg til møtedatoar.
field-step = Steg
field-date = Dato
field-hearing-period = Høyring
step-send_programme_on_hearing = Send planprogrammet på høyring
step-adopt_programme = Fastset planprogrammet
step-send_draft_on_hearing = Send planforslaget på høyring
step-adopt_plan = Vedta planen
org-plans-link = Planar og planprosessar
invalid-group-kind = «{ $value }» er ikkje ein gruppetype (working, reference, steering, resource).

channel-hearing = Høyringsfråsegn
channel-dialogue_conference = Dialogkonferanse
channel-workshop = Verkstad
channel-council_meeting = Rådsmøte
channel-email_or_letter = E-post eller brev
channel-survey_free_text = Spørjeundersøking, fritekst
channel-other = Anna
field-channel = Kanal
field-input-text = Innspel
field-sender = Avsendar
sender-anonymous = Anonym
time-at = { $date }
home-open-hearings = Planar på høyring no
hearing-deadline-short = frist { $deadline }
hearing-page-title = Høyring: { $plan }
hearing-full-variant = Heile versjonen av sida
hearing-youth-variant = Kort versjon for unge
hearing-youth-heading = Kva meiner du?
hearing-youth-lead = Kommunen lagar ein plan: { $plan }. Han handlar om korleis born og unge kan få ein god oppvekst, og om hjelp tidleg når noko er vanskeleg. Sei kva du meiner. Du treng ikkje skrive namnet ditt.
hearing-on-hearing = På høyring
hearing-deadline = Frist
hearing-open-until = Høyringa er open til og med { $deadline }.
hearing-days-left = { $count ->
    [0] I dag er siste dag.
    [one] Éin dag att.
   *[other] { $count } dagar att.
  }
hearing-closed-title = Høyringa er avslutta
hearing-closed-on = Fristen var { $deadline }.
hearing-closed-text = Høyringa er avslutta, så det kan ikkje sendast fleire fråsegner. Det du skreiv står framleis i feltet; du kan kopiere det.
hearing-what = Dette er på høyring
hearing-outline = Planen skal ha desse kapitla:
hearing-respond = Send ei høyringsfråsegn
hearing-youth-respond = Skriv til oss
hearing-text = Fråsegna di
hearing-text-hint = Skriv så mykje eller lite du vil (høgst 20 000 teikn).
hearing-youth-text = Kva ville gjort det betre å vekse opp her?
hearing-youth-text-hint = Nokre få ord held.
hearing-name = Namn (valfritt)
hearing-organisation = Organisasjon (valfritt)
hearing-email = E-postadresse (valfritt)
hearing-publish-name = Namnet mitt kan publiserast saman med fråsegna
hearing-consent-text = Høyringsfråsegner er offentlege dokument og kan bli publiserte. Namnet ditt blir publisert berre om du kryssar av over; e-postadressa blir berre brukt om kommunen må kontakte deg, og blir aldri publisert.
hearing-consent = Eg har lese dette og vil sende fråsegna
hearing-honeypot = La dette feltet stå tomt
hearing-submit = Send fråsegn
hearing-not-accepted = Fråsegna kunne ikkje takast imot. Prøv igjen.
hearing-too-many = Du har sendt mange fråsegner på kort tid. Vent nokre minutt og prøv igjen; det du skreiv er teke vare på.
receipt-title = Takk for fråsegna
receipt-thanks = Fråsegna di til { $plan } er motteken og lagra.
receipt-youth-thanks = Takk! Vi har fått meldinga di.
receipt-reference = Referansenummer
receipt-received = Motteke
receipt-keep = Ta vare på referansenummeret: det viser til fråsegna di i registeret til kommunen.
receipt-email = Kommunen brukar e-postadressa di berre om han treng å kontakte deg om fråsegna.
receipt-your-text = Dette skreiv du
receipt-back = Tilbake til høyringa
plan-inputs-link = Innkomne innspel
plan-public-link = Offentleg høyringsside
inputs-title = Innspel til { $plan }
inputs-none = Ingen innspel enno.
inputs-count = { $count ->
    [one] Eitt innspel
   *[other] { $count } innspel
  }
invalid-too-long = Høgst { $max } teikn.
invalid-consent = Kryss av i boksen for å sende fråsegna.
decision-taken_into_account = Teke til følgje
decision-partly_taken_into_account = Delvis teke til følgje
decision-not_taken_into_account = Ikkje teke til følgje
decision-noted = Teke til orientering
decision-none = Ikkje vurdert enno
sender-private = Privatpersonar
merknad-link = Merknadshandsaming
merknad-title = Merknadshandsaming: { $plan }
merknad-intro = Alle innspel med vurderinga til kommunen, etter avsendar, slik saka til vedtak viser dei (plan- og bygningslova § 11-14). Namn på privatpersonar blir ikkje viste.
merknad-csv = Last ned som CSV (Excel)
merknad-col-sender = Avsendar
merknad-col-decision = Konklusjon
merknad-col-justification = Vurdering
merknad-col-change = Endring i planen
outcomes-link = Offentleg side: kva skjedde med innspela
outcomes-title = Kva skjedde med innspela: { $plan }
outcomes-intro = Her er alle innspel og kva kommunen bestemte om dei. Namn på privatpersonar blir berre viste når dei har sagt ja til det.
assess-summary = Vurder { $reference }
assess-save = Lagre vurdering
moderation-hidden = Skjult frå dei offentlege sidene:
moderation-reason = Grunn til å skjule innspelet frå dei offentlege sidene
moderation-hide = Skjul for offentlegheita
moderation-show = Vis på dei offentlege sidene igjen
inputs-add = Registrer innspel frå ein annan kanal
inputs-add-lead = Innspel frå dialogkonferansar, verkstader, rådsmøte, brev og spørjeundersøkingar høyrer heime i det same registeret.
inputs-add-submit = Registrer innspel
hearing-outcomes-link = Sjå kva som skjedde med innspela
org-privacy-link = Personvern: innspela til ein person
privacy-title = Personvern i { $org }
privacy-lead = Ein person kan be om innsyn i og sletting av personopplysningane i innspela sine. Finn dei med e-postadressa personen oppgav.
privacy-export = Innsyn i innspela til ein person
privacy-export-submit = Last ned (JSON)
privacy-erase = Slett personopplysningane til ein person
privacy-erase-lead = Namn, organisasjon og e-postadresse blir fjerna frå alle innspel sende frå denne adressa. Tekstane blir tekne vare på anonymiserte, fordi høyringsfråsegner er offentlege dokument som skal arkiverast. Slettinga blir logga.
privacy-confirm = Eg stadfestar at opplysningane til personen skal slettast
privacy-confirm-needed = Stadfest slettinga ved å kryssa av i boksen.
privacy-erase-submit = Slett personopplysningar
privacy-erased = Personopplysningane vart sletta frå { $count ->
    [one] eitt innspel
   *[other] { $count } innspel
  }.
privacy-log = Logg
privacy-log-empty = Ingenting er logga enno.
privacy-log-action = Handling
privacy-log-detail = Detaljar
audit-erase_sender = Personopplysningar sletta
error-kept-text = Dette skreiv du (kopier det før du går tilbake)
inputs-one-per-line = Eitt innspel per linje (for ei innlimt liste eller notata til ei gruppe)
theme-neglect = Omsorgssvikt
theme-violence = Vald
theme-sexual_abuse = Seksuelle overgrep
theme-suicide = Sjølvmord
theme-overdose = Overdose
theme-alcohol_and_drugs = Rus og avhengnad
theme-behavioural_problems = Åtferdsvanskar
theme-physical_health = Fysisk helse
theme-mental_health = Psykisk helse
theme-public_health = Folkehelse
field-theme = Tema
all-themes = Alle tema
field-chapters = Kapittel
field-chapters-hint = Kapittel i disposisjonen det gjeld (nummer, t.d. 3.2, 4)
tags-save = Lagre tema og kapittel
inputs-filter = Filtrer innspel
inputs-status-all = Alle
inputs-status-unanswered = Ikkje vurdert enno
inputs-status-answered = Vurdert
inputs-status-hidden = Skjult for offentlegheita
inputs-of-total = (av { $count })
merknad-xlsx = Last ned som rekneark (XLSX)
