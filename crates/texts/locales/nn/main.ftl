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
footer-design-credit = Utforming: Designsystemet frå Digdir,
footer-design-licence = MIT-lisens
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
login-locked = For mange mislukka forsøk. Prøv igjen om litt.
login-locked-minutes = For mange mislukka forsøk med denne adressa. Prøv igjen om { $minutes ->
    [one] eitt minutt
   *[other] { $minutes } minutt
  }, eller frå ein nettlesar der du har logga inn før.
demo-heading = Demobrukarar
demo-password = Alle demobrukarane har passordet { $password }.
demo-caption = Éin brukar per rolle i demodataa

field-email = E-postadresse
field-password = Passord
field-role = Rolle
field-name = Namn
field-current-password = Noverande passord
field-new-password = Nytt passord (minst 12 teikn)
field-county = Fylke
field-county-optional = Fylke (om aktøren dekkjer eitt fylke)
field-kind = Type
field-sort = Sorter etter
field-number = Nummer
field-municipality = Kommune
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
members-added-role = Rolle: { $role }.
members-invited = Invitasjonen til { $email } er laga.
members-invitation-link = Gi denne lenkja til personen. Ho blir vist berre no, og personen blir medlem når ho eller han godtek invitasjonen:
members-invitations-caption = Opne invitasjonar
members-invitation-expires = Gjeld til
members-invitation-cancel = Trekk tilbake
members-invitation-cancelled = Invitasjonen er trekt tilbake.
members-invite-heading = Inviter eit medlem
members-invite-lead = Du får ei lenkje å gi personen. Personen blir medlem først når invitasjonen er godteken; har personen ingen brukar, lagar ho eller han ein sjølv. Lenkja gjeld i 14 dagar.
members-invite-submit = Lag invitasjon
invitation-title = Invitasjon til { $org }
invitation-lead = Du er invitert til å vere { $role } i { $org }. Invitasjonen gjeld { $email } og kan brukast til { $date }.
invitation-accept = Godta invitasjonen
invitation-other-account = Du er logga inn som { $current }, men invitasjonen gjeld { $email }. Logg ut og logg inn som { $email } for å godta han.
invitation-have-account = Har du allereie ein brukar med denne adressa?
invitation-login = Logg inn for å godta
invitation-new-account = Lag ein brukar
invitation-new-account-lead = Skriv namnet ditt og vel eit passord. Passordet må ha minst 12 teikn og vere vanskeleg å gjette.
invitation-create = Lag brukar og godta
invitation-account-exists = Det finst allereie ein brukar med { $email }. Logg inn for å godta invitasjonen.
members-already = { $email } er alt medlem. Endre rolla i lista i staden.
members-count = { $count ->
    [one] Éin medlem
   *[other] { $count } medlemmer
  }
members-actions = Handlingar
members-role-for = Rolle for { $name }
members-change-role = Endre rolle
members-remove = Fjern
members-services = Tenester
members-services-for = Tenestene til { $name } (skilde med komma, skrivne som i tiltaka)
members-save-services = Lagre tenester
members-services-saved = Tenestene er lagra.

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
invalid-password-weak = Passordet er for lett å gjette (eit vanleg passord, eit mønster, ei gjentaking eller namnet ditt). Bruk gjerne fleire ord du hugsar, med mellomrom.
invalid-password-long = Passordet kan ha høgst { $max } teikn.
invalid-below-registered = { $count ->
    [one] Éin er allereie påmeld: meld av først, eller behald minst éin.
   *[other] { $count } er allereie påmelde: meld av nokon først, eller behald minst { $count }.
  }
invalid-unknown-municipality = «{ $value }» er ikkje ein kommune (skriv namnet eller det firesifra kommunenummeret).
invalid-ambiguous-municipality = To kommunar heiter «{ $value }»: skriv kommunenummeret – { $numbers }.
invalid-municipality-number = «{ $value }» er ikkje eit kommunenummer (fire siffer, t.d. 3425).
invalid-county = «{ $value }» er ikkje eit fylke.
invalid-org-code = «{ $value }» er ikkje ein gyldig organisasjonskode.
invalid-org-name = Skriv eit namn på 1 til 200 teikn.
invalid-org-kind = Vel kva slags regional aktør dette er.
invalid-county-required = Ein statsforvaltar må høyre til eit fylke.
invalid-role = Vel ei rolle frå lista.
invalid-lang = Vel bokmål, nynorsk eller engelsk.
invalid-date = «{ $value }» er ikkje ein dato. Skriv han som dd.mm.åååå, t.d. 29.02.2024.
invalid-date-future = «{ $value }» ligg fram i tid. Skriv ein dato som ikkje er etter i dag.
invalid-adopt-hearing-open = Høyringa er open til { $deadline }. Planen kan vedtakast etter høyringsfristen.
invalid-phase = Vel ein fase frå lista.
invalid-period = «{ $value }» er ikkje ein periode. Oppgi to årstal, det første ikkje etter det andre, eller la begge stå tomme.
invalid-title = Skriv ein tittel på 1 til 200 teikn.
invalid-plan-type = Vel ein plantype frå lista.
invalid-activity-kind = Vel ein type aktivitet frå lista.
invalid-body = Vel eit organ frå lista.
invalid-end-before-start = Slutten er før starten.
invalid-hearing-without-deadline = Ei høyring må ha ein frist.
invalid-hearing-too-short = { $days ->
    [one] Høyringa er éin dag. Ein plan etter plan- og bygningslova skal liggje ute i minst seks veker (frist { $earliest } eller seinare), med mindre du skriv kvifor ho er kortare.
   *[other] Høyringa er { $days } dagar. Ein plan etter plan- og bygningslova skal liggje ute i minst seks veker (frist { $earliest } eller seinare), med mindre du skriv kvifor ho er kortare.
  }
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
finding-short-hearing = { $days ->
    [one] Høyringa er éin dag, kortare enn seks veker; seks veker varer til { $earliest }.
   *[other] Høyringa er { $days } dagar, kortare enn seks veker; seks veker varer til { $earliest }.
  }
finding-short-hearing-blocked = Planen blir utarbeidd etter plan- og bygningslova: skriv ei grunngjeving eller forleng fristen.
finding-holiday = { $days ->
    [one] Høyringa går éin dag over { $holiday }; vurder fristen { $suggested }.
   *[other] Høyringa går { $days } dagar over { $holiday }; vurder fristen { $suggested }.
  }
holiday-summer = sommarferien
holiday-christmas = juleferien
finding-no-body = Kva organ handsamar saka?
finding-not-council = Berre kommunestyret kan vedta denne planen; her står: { $body }.

timeline-title = Tidslinje for { $plan }
timeline-description = { $count ->
    [one] Éin aktivitet frå { $first } til { $last }; { $done } gjennomført.
   *[other] { $count } aktivitetar frå { $first } til { $last }; { $done } gjennomført.
  }
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
programme-decisions = Forankring og vedtak
programme-decisions-lead = Barnevernslova § 15-1: kommunestyret bestemmer kva rolle barnevernstenesta skal ha i det førebyggjande arbeidet, og planen blir forankra i samfunnsdelen av kommuneplanen.
field-child-welfare-role = Vedtaket i kommunestyret om kva rolle barnevernstenesta har i det førebyggjande arbeidet
field-decided-on = Vedteke
field-case-number = Saksnummer (valfritt)
field-role-summary = Kva vart vedteke
field-master-plan-reason = Grunn til at planen ikkje er forankra i samfunnsdelen av kommuneplanen
field-master-plan-reason-hint = Fyll ut berre når planen ikkje kan lenkjast til samfunnsdelen, til dømes fordi samfunnsdelen er under revisjon.
decisions-none = Ikkje registrert.
field-target-group = Målgruppe
field-method = Metode
field-when = Når
programme-add-participation = Legg til linje
programme-timeline = Framdriftsplan
programme-outline = Disposisjon for planen
programme-freeze = Lås planprogrammet for høyring
programme-add-chapter = Legg til kapittel
field-chapter-title = Kapitteltittel
field-chapter-place = Plassering
chapter-place-end = Sist i disposisjonen
chapter-place-under = Under «{ $chapter }»
chapter-place-before = Framfor «{ $chapter }»
programme-rename-chapter = Gi kapittel nytt namn
field-chapter = Kapittel
field-chapter-new-title = Ny tittel
programme-removed-hint = Eit kapittel du fjernar, tek teksten sin med seg til lista over fjerna kapittel på dokumentsida. Der kan du leggje det tilbake fram til neste versjon blir frosen.
invalid-chapter-move = Kapittelet kan ikkje flyttast lenger den vegen.
invalid-chapter-depth = Kapittel kan liggje høgst { $max } nivå djupt (som 1.2.3.4).
refused-hearing-opened = Høyringa er opna: type, start og frist er det publikum har fått vite, og ho kan ikkje fjernast. Lukk ho med ei grunngiving i planprosessen.
document-removed-heading = Fjerna kapittel
document-removed-lead = Desse kapitla er tekne ut av disposisjonen. Teksten deira er teken vare på til neste versjon blir frosen; legg dei tilbake eller slett teksten for godt.
document-removed-kept = { $count ->
    [0] ingen tekst teken vare på
    [one] éin tekst teken vare på
   *[other] { $count } tekstar tekne vare på
}
document-removed-restore = Legg tilbake
document-forget-confirm = Ja, slett teksten for godt
document-forget = Slett teksten
document-forget-confirm-missing = Kryss av for at teksten skal slettast for godt; ingenting er sletta.
compare-moved = Flytta frå { $number }
compare-renamed = Heitte før «{ $title }»
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
field-revision-days = Dagar frå høyringsfrist til saka blir sendt til neste organ
schedule-cannot-place = Steget «{ $step }» ({ $body }) får ingen møtedato som rekk målet.
field-programme-adoption-body = Organ som fastset planprogrammet
schedule-prep-of = Førebuingstid for { $body } (dagar før møtet)
schedule-apply-lead = Stega og høyringane blir lagde inn som aktivitetar i tidslinja, der du kan endre dei.
schedule-apply = Legg inn i tidslinja
field-case-deadline = Saka blir sendt innan
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
hearing-youth-lead = { $municipality } lagar ein plan: { $plan }. Han handlar om korleis born og unge kan få ein god oppvekst, og om hjelp tidleg når noko er vanskeleg. Sei kva du meiner. Du treng ikkje skrive namnet ditt.
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
hearing-closed-early = Høyringa vart avslutta { $date }, før fristen.
hearing-not-begun-title = Høyringa har ikkje byrja enno
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
hearing-check-question = Kva er { $a } pluss { $b }? Svar med tal.
hearing-check-needed = Vi får svært mange fråsegner frå nettverket ditt akkurat no. Rekn ut stykket nedst i skjemaet for å sende fråsegna di; det du skreiv er teke vare på.
hearing-check-wrong = Svaret på reknestykket var ikkje rett. Prøv igjen med det nye stykket.
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
inputs-need-to-know = Namn som ikkje skal publiserast, e-postadresser og vedlegg blir berre viste for planleiar, redaktør og administrator.
inputs-title = Innspel til { $plan }
inputs-none = Ingen innspel enno.
inputs-count = { $count ->
    [one] Eitt innspel
   *[other] { $count } innspel
  }
invalid-too-long = Høgst { $max } teikn.
invalid-consent = Kryss av i boksen for å sende fråsegna.
invalid-attachment-type = «{ $file }» er ikkje ei PDF-, PNG- eller JPEG-fil. Berre slike filer kan leggjast ved.
invalid-attachment-too-large = «{ $file }» er større enn { $max } MB. Gjer fila mindre eller la ho vere.
invalid-too-many-attachments = Du kan leggje ved høgst { $max } filer.
hearing-attachments = Vedlegg (valfritt)
hearing-attachments-hint = { $count ->
    [one] PDF, PNG eller JPEG, høgst éi fil på { $max } MB.
   *[other] PDF, PNG eller JPEG, høgst { $count } filer på { $max } MB kvar.
  }
hearing-attachments-again = Filene du valde, vart ikkje tekne vare på. Vel dei på nytt før du sender.
attachments-heading = Vedlegg
error-malformed-text = Skjemaet kunne ikkje lesast. Gå tilbake, last sida på nytt og prøv igjen.
error-reference = Referanse: { $reference }.
error-api-malformed = Førespurnaden kunne ikkje lesast: adressa eller innhaldet er ikkje slik dette endepunktet tek imot (sjå API-dokumentasjonen).
decision-taken_into_account = Teke til følgje
decision-partly_taken_into_account = Delvis teke til følgje
decision-not_taken_into_account = Ikkje teke til følgje
decision-noted = Teke til orientering
decision-none = Ikkje vurdert enno
sender-private = { $count ->
    [one] Privatperson
   *[other] Privatpersonar
  }
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
assess-save = Lagre svar og tema
moderation-hidden = Skjult frå dei offentlege sidene:
moderation-reason = Grunn til å skjule innspelet frå dei offentlege sidene
moderation-hide = Skjul for offentlegheita
moderation-show = Vis på dei offentlege sidene igjen
moderation-bulk-label = Skjul fleire innspel
moderation-bulk-hint = Kryss av innspela du vil skjule frå dei offentlege sidene i lista under, og skriv éin grunn for alle.
moderation-bulk-reason = Grunn til å skjule dei valde innspela
moderation-bulk-submit = Skjul dei valde
moderation-choose = Vel { $reference } for å skjule
moderation-bulk-done = { $count ->
    [one] Eitt innspel er skjult frå dei offentlege sidene.
   *[other] { $count } innspel er skjulte frå dei offentlege sidene.
  }
invalid-none-chosen = Vel minst eitt.
inputs-add = Registrer innspel frå ein annan kanal
inputs-add-lead = Innspel frå dialogkonferansar, verkstader, rådsmøte, brev og spørjeundersøkingar høyrer heime i det same registeret.
inputs-add-submit = Registrer innspel
hearing-outcomes-link = Sjå kva som skjedde med innspela
org-privacy-link = Personvern: innspela til ein person
privacy-title = Personvern i { $org }
privacy-lead = Ein person kan be om innsyn i og sletting av personopplysningane i innspela sine og påmeldingane sine til nettverkssamlingar. Finn dei med e-postadressa personen oppgav.
privacy-export = Innsyn i innspela og påmeldingane til ein person
privacy-export-submit = Last ned (JSON)
privacy-erase = Slett personopplysningane til ein person
privacy-erase-lead = Namn, organisasjon og e-postadresse blir fjerna frå alle innspel sende frå denne adressa. Vedlegg til desse innspela blir sletta, fordi eit brev eller eit bilete ikkje kan anonymiserast. Tekstane blir tekne vare på anonymiserte, fordi høyringsfråsegner er offentlege dokument som skal arkiverast. Påmeldingar med adressa til samlingar som kjem, blir melde av, og plassen går til den første på ventelista; påmeldingar til samlingar som er haldne, står att utan namn, rolle og adresse. Slettinga blir logga.
privacy-confirm = Eg stadfestar at opplysningane til personen skal slettast
privacy-confirm-needed = Stadfest slettinga ved å krysse av i boksen.
privacy-erase-submit = Slett personopplysningar
privacy-erased = { $count ->
    [0] Ingen innspel var sende frå denne adressa.
    [one] Personopplysningane vart sletta frå eitt innspel.
   *[other] Personopplysningane vart sletta frå { $count } innspel.
  }
privacy-log = Logg
privacy-log-empty = Ingenting er logga enno.
privacy-log-action = Handling
privacy-log-detail = Detaljar
privacy-erased-registrations = { $count ->
    [one] Éi påmelding til ei nettverkssamling vart òg sletta eller anonymisert.
   *[other] { $count } påmeldingar til nettverkssamlingar vart òg sletta eller anonymiserte.
  }
gathering-name-erased = (namn sletta)
audit-erase_participant = Påmeldingar sletta
privacy-registrations = Påmeldingar til samlingar
audit-detail-erase_sender = { $inputs ->
    [one] eitt innspel
   *[other] { $inputs } innspel
  }, { $files ->
    [one] eitt vedlegg
   *[other] { $files } vedlegg
  } sletta, { $versions ->
    [one] éin frosen versjon anonymisert
   *[other] { $versions } frosne versjonar anonymiserte
  }
audit-detail-erase_participant = { $cancelled ->
    [one] éi påmelding meld av
   *[other] { $cancelled } påmeldingar melde av
  }, { $blanked ->
    [one] éi anonymisert
   *[other] { $blanked } anonymiserte
  }, { $promoted ->
    [one] éin fekk plass frå ventelista
   *[other] { $promoted } fekk plass frå ventelista
  }
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
inputs-filter = Filtrer innspel
inputs-status-all = Alle
inputs-status-unanswered = Ikkje vurdert enno
inputs-status-answered = Vurdert
inputs-status-hidden = Skjult for offentlegheita
inputs-of-total = (av { $count })
merknad-xlsx = Last ned som rekneark (XLSX)
invalid-in-use = { $count ->
    [one] Den første har alt registrerte resultat og kan ikkje fjernast.
   *[other] Dei { $count } første har alt registrerte resultat og kan ikkje fjernast.
  }
invalid-group-line = Kvar linje må ha eit gruppenamn, eventuelt følgt av semikolon og gruppeleiaren.
plan-conferences-link = Dialogkonferansar
conferences-title = Dialogkonferansar: { $plan }
conferences-lead = På ein dialogkonferanse snakkar deltakarane saman i grupper, kvar med ein gruppeleiar, og svarar på dei same spørsmåla runde for runde. Det kvar gruppe skriv ned, blir innspel i registeret til planen.
conferences-none = Ingen dialogkonferansar er registrerte enno.
conferences-list = Dialogkonferansar
conferences-new = Registrer ein dialogkonferanse
conferences-create = Registrer konferansen
conference-held-on = Dato
conference-place = Stad
conference-participants = Deltakarar
conference-rounds = Rundar
conference-rounds-hint = Eitt spørsmål per linje, i den rekkjefølgja rundane har.
conference-groups = Grupper
conference-groups-hint = Éi gruppe per linje: namnet på gruppa, så semikolon og gruppeleiaren, til dømes «Gruppe A; Ida, 10. trinn».
conference-rounds-count = Rundar
conference-groups-count = Grupper
conference-outputs-count = Innspel
conference-led-by = leidd av { $leader }
conference-outputs = Dette kom gruppene fram til
conference-outputs-lead = { $count ->
    [one] Eitt innspel er registrert frå denne konferansen.
   *[other] { $count } innspel er registrerte frå denne konferansen.
}
conference-matrix-caption = Resultat per runde (rader) og gruppe (kolonnar)
conference-round = Runde
conference-group = Gruppe
conference-no-output = ingenting registrert
conference-add-output = Registrer det ei gruppe kom fram til
conference-output-text = Resultatet til gruppa
conference-output-hint = Eitt innspel per linje, slik gruppa skreiv det ned.
conference-add-output-submit = Registrer resultatet
conference-edit = Endre konferansen
conference-edit-summary = Vis skjemaet
conference-origin = Runde { $round } ({ $question }), { $group }
mail-receipt-subject = Kvittering for høyringsfråsegna di ({ $reference })
mail-receipt-greeting = Hei,
mail-receipt-received = { $org } kommune har fått fråsegna di til høyringa av «{ $plan }».
mail-receipt-reference = Referansenummer: { $reference }
mail-receipt-time = Motteke: { $time }
mail-receipt-your-text = Dette skreiv du:
mail-receipt-keep = Ta vare på referansenummeret dersom du vil spørje om fråsegna di. Høyringsfråsegner er offentlege dokument; e-postadressa di blir aldri publisert.
mail-receipt-footer = Denne e-posten er send automatisk av forebygg. Svar på han blir ikkje lesne.
hearing-email-receipt = E-postadresse (valfritt, for kvittering på e-post)
receipt-email-sent = Ein kopi av denne kvitteringa er på veg til e-postadressa di.
invalid-amount = «{ $value }» er ikkje eit beløp i kroner (t.d. 12 500,50).
invalid-count = «{ $value }» er ikkje eit heilt tal.
invalid-one-of = «{ $value }» er ikkje ein av: { $allowed }.
import-where-cell = Rad { $row }, kolonne { $column }
import-where-row = Rad { $row }
import-empty = Fila er tom: ho har inga overskriftsrad.
import-csv-broken = Fila kan ikkje lesast som CSV frå rad { $row }.
import-xlsx-broken = Fila kan ikkje lesast som ei XLSX-arbeidsbok.
import-xlsx-too-large = { $files ->
    [one] Arbeidsboka pakkar seg ut til meir enn { $mb } MB eller har meir enn éin del. Lagre ho utan bilete, eller del ho opp.
   *[other] Arbeidsboka pakkar seg ut til meir enn { $mb } MB eller har meir enn { $files } delar. Lagre ho utan bilete, eller del ho opp.
  }
import-unknown-header = «{ $value }» er ikkje ein kolonne i malen.
import-duplicate-column = Kolonnen «{ $value }» finst to gonger.
import-missing-column = Kolonnen «{ $column }» manglar.
nav-measures = Tiltak
measures-title = Tiltak: { $plan }
measures-lead = Det kommunen gjer og planlegg å gjere for barn, unge og foreldre: kven som eig kvart tiltak, kven det er for, kva det kostar og når det blir evaluert.
measures-new = Legg til eit tiltak
coverage-link = Dekning: kva som er dekt, hol og overlapp
measures-export-csv = Last ned tiltaka (CSV)
measures-export-xlsx = Last ned tiltaka (XLSX)
measures-filter = Filtrer tiltak
field-owner = Eigar (teneste)
measures-all-owners = Alle tenester
field-evidence = Evidens (Ungsinn)
measures-sort = Sorter etter
measures-sort-name = Namn
measures-sort-owner = Eigar
measures-sort-status = Status
measures-sort-evaluation = Evalueringsdato
measures-evidence-rated = Vurdert
measures-evidence-not_rated = Ikkje vurdert
measures-none = Ingen tiltak passar.
measures-count = { $count ->
    [one] Eitt tiltak
   *[other] { $count } tiltak
  }
field-measure-name = Tiltak
field-prevention = Førebyggingsnivå
field-evaluation = Evalueringsdato
field-description = Skildring
field-partners = Samarbeidspartnarar (skil med ;)
field-work-level = Nivå
field-evidence-source = Kjelde for vurderinga (lenkje)
field-yearly-cost = Årleg kostnad (kr, t.d. 12 500,50)
field-funding = Finansiering
field-grant-name = Tilskot
field-grant-ends = Tilskotet sluttar
field-reach = Tal nådde per år
choice-none = Ikkje oppgitt
measures-import = Importer frå eit rekneark
measures-import-lead = Fyll ut malen og importer han: kvar rad blir sjekka, og er noko gale, blir ingenting importert og kvart problem vist med rad og kolonne.
measures-template-xlsx = Mal (XLSX)
measures-template-csv = Mal (CSV)
measures-import-refused = Ingenting vart importert. Rett dette og prøv igjen:
measures-import-file = Rekneark (CSV eller XLSX)
measures-import-hint = CSV med semikolon eller komma, i UTF-8 eller Windows-1252, eller ei Excel-arbeidsbok (XLSX). Datoar som dd.mm.åååå, beløp med desimalkomma.
measures-import-submit = Importer
measures-import-no-file = Vel ei fil å importere.
measures-imported = { $count ->
    [0] Ingen nye tiltak.
    [one] Eitt tiltak vart importert.
   *[other] { $count } tiltak vart importerte.
  }
measures-import-changed = { $count ->
    [one] Eitt tiltak vart endra.
   *[other] { $count } tiltak vart endra.
  }
column-id = Id (nummeret til tiltaket: rada endrar det tiltaket)
import-not-an-id = «{ $value }» er ikkje id-en til eit tiltak (la cella stå tom for eit nytt tiltak).
import-unknown-id = Ingen av tiltaka i planen har id { $value } (la cella stå tom for eit nytt tiltak).
import-duplicate-id = Id { $value } står òg på ei rad lenger oppe.
evaluation-overdue = { $count ->
    [one] forfall for éin dag sidan
   *[other] forfall for { $count } dagar sidan
  }
evaluation-due-soon = { $count ->
    [one] om éin dag
   *[other] om { $count } dagar
  }
evaluation-no-date = manglar evalueringsdato
measure-new-title = Nytt tiltak
measure-edit-title = Endre tiltak
measure-remove = Fjern tiltaket
coverage-title = Dekning: { $plan }
coverage-lead = Kvar tabell er eitt førebyggingsnivå: tema nedover, aldersgrupper bortover. Ei celle viser tiltaka som dekkjer ho; «ingen» er eit hol, og «fleire tenester» tyder at meir enn éi teneste arbeider med det same.
coverage-counted = { $count ->
    [one] Eitt tiltak talt med
   *[other] { $count } tiltak talde med
  }
coverage-gaps = { $count ->
    [one] Éi celle utan tiltak (hol)
   *[other] { $count } celler utan tiltak (hol)
  }
coverage-overlaps = { $count ->
    [one] Éi celle der fleire tenester har tiltak (overlapp)
   *[other] { $count } celler der fleire tenester har tiltak (overlapp)
  }
coverage-unplaced = { $count ->
    [one] Eitt tiltak manglar tema, målgruppe eller førebyggingsnivå og står ikkje i tabellane
   *[other] { $count } tiltak manglar tema, målgruppe eller førebyggingsnivå og står ikkje i tabellane
  }
coverage-caption = { $level }: tiltak per tema og aldersgruppe
coverage-gap = ingen
coverage-overlap = fleire tenester
coverage-more = og { $count } til
coverage-picture = Dekningsbiletet
coverage-legend = Teiknforklaring
coverage-legend-services = { $count ->
    [0] 0 tenester: eit hol
    [1] Éi teneste
    [3] 3 eller fleire tenester
   *[other] { $count } tenester
  }
age-0-5 = 0–5 år
age-6-12 = 6–12 år
age-13-15 = 13–15 år
age-16-19 = 16–19 år
age-20-25 = 20–25 år
age-parents = Foreldre og familiar
age-staff = Tilsette
prevention-universal = Universell førebygging
prevention-selective = Selektiv førebygging
prevention-indicated = Indisert førebygging
measure-status-existing = Eksisterande
measure-status-proposed = Føreslått
measure-status-running = Pågår
measure-status-paused = Sett på pause
measure-status-ended = Avslutta
work-level-national = Nasjonalt
work-level-municipal = Kommunalt
work-level-service = Teneste
work-level-individual = Individ
evidence-not_rated = Ikkje vurdert
evidence-0 = Ungsinn nivå 0
evidence-1 = Ungsinn nivå 1
evidence-2 = Ungsinn nivå 2
evidence-3 = Ungsinn nivå 3
evidence-4 = Ungsinn nivå 4
evidence-5 = Ungsinn nivå 5
funding-within_budget = Innanfor ramme
funding-earmarked_grant = Øyremerkt tilskot
responsibility-link = Ansvar: kva teneste eig og deltek i kva
responsibility-title = Ansvarsfordeling mellom tenestene: { $plan }
responsibility-lead = Korleis ansvaret er fordelt mellom dei kommunale tenestene, slik barnevernslova § 15-1 krev at planen seier: kvart tiltak har éin eigar; samarbeidspartnarar deltek.
responsibility-totals = Tiltak per teneste
responsibility-matrix = Tiltak og tenester
responsibility-owns = Eig
responsibility-joins = Deltek i
responsibility-owner = eigar
responsibility-partner = deltek
invalid-goal-parent = Eit delmål høyrer under eit hovudmål, ein strategi under eit delmål, og eit hovudmål under ingenting.
invalid-sdg = «{ $value }» er ikkje eit berekraftsmål eller delmål (t.d. 3, 3.4, 4.a).
invalid-percent = «{ $value }» er ikkje ein prosent frå 0 til 100.
invalid-report-period = «{ $value }» er ikkje ein periode (2026, 2026-H1 eller 2026-Q3).
measure-goals = Mål tiltaket skal bidra til
field-weight = Vekt i framdrifta for måla (1–100, 1 om tomt)
reports-title = Statusrapportar
reports-none = Ingen statusrapportar enno.
reports-new = Rapporter status
reports-by = Rapportert av
reports-submit = Lagre rapporten
measure-report-not-yours = Du kan rapportere på tiltak som tenesta di eig eller samarbeider om. Dette tiltaket er eigd av { $owner }.
field-period-report = Periode
field-report-status = Status for arbeidet
field-progress = Framdrift (prosent)
field-report-text = Kva som har skjedd
report-period-half = { $half ->
    [1] første halvår { $year }
   *[other] andre halvår { $year }
  }
report-period-quarter = { $quarter }. kvartal { $year }
report-status-on_track = Etter planen
report-status-delayed = Forseinka
report-status-stopped = Stansa
report-status-done = Fullført
goal-level-main = Hovudmål
goal-level-sub = Delmål
goal-level-strategy = Strategi
nav-goals = Mål
nav-follow-up = Oppfølging og årsrapport
goals-title = Mål: { $plan }
goals-lead = Hovudmål, delmål og strategiar, kvar med framdrifta til tiltaka under.
goals-none = Ingen mål enno.
goals-new = Legg til eit mål
goals-add = Legg til målet
field-goal-level = Nivå
field-goal-parent = Under
goal-parent-none = Ingenting (eit hovudmål)
field-goal-title = Mål
field-master-plan-goal = Mål i samfunnsdelen av kommuneplanen (valfritt)
field-sdg = FNs berekraftsmål (t.d. 3.4, 4, 17.4)
goal-sdg = berekraftsmål { $targets }
goal-master-plan = samfunnsdelen: { $goal }
field-goal-indicator = Indikator: korleis de ser at målet blir nådd (valfritt)
field-goal-evaluation = Blir evaluert (valfritt)
goal-indicator = indikator: { $indicator }
goal-evaluation = blir evaluert { $date }
goal-no-measures = Ingen tiltak under dette målet
goal-no-reports = { $count ->
    [one] Eitt tiltak, ikkje rapportert enno
   *[other] { $count } tiltak, ingen rapporterte enno
  }
goal-progress = { $count ->
    [one] Framdrift { $percent } % ({ $reported } av eitt tiltak rapportert)
   *[other] Framdrift { $percent } % ({ $reported } av { $count } tiltak rapporterte)
  }
follow-up-title = Oppfølging: { $plan }
follow-up-lead = Kva som skal evaluerast, kor langt måla har kome, og siste statusrapport for kvart tiltak i { $year }: årsrapporten til kommunestyret.
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
evaluation-later = seinare
evaluation-proposed = føreslått, ikkje starta
reports-missing = ikkje rapportert
plan-back = Tilbake til planen
goals-change = Endre målet
action-cancel = Avbryt
invalid-goal-has-children = Det heng mål under dette, så nivået kan ikkje endrast.
field-other-themes = Andre tema kommunen sjølv nyttar (skil med ,)
nav-document = Plandokumentet
document-title = Plandokumentet: { $plan }
document-toc = Innhald
document-no-outline = Planprogrammet har ingen disposisjon enno; legg til kapittel der først.
document-empty = Ikkje skrive enno.
document-write = Skriv
document-back = Tilbake til dokumentet
document-changed = Sist endra av { $by } { $date }.
chapter-body = Tekst
chapter-hint = Overskrifter med # og ##, lister med - eller 1., *kursiv*, **feit**, lenkjer som [tekst](https://…), tabellar med | og ei |---|-linje, fotnotar som [^1] med ei linje [^1]: tekst. Høgst { $max } teikn.
footnote-back = Tilbake til teksten
document-versions = Versjonar
versions-none = Ingen versjon er låst enno.
version-freeze = Lås ein versjon
version-freeze-lead = Ein låst versjon tek vare på kapitla og tiltaka slik dei er no, og blir aldri endra.
field-version-kind = Type versjon
field-version-date = Dato
field-decision-ref = Vedtak (saksnummer; kravd for ein vedteken plan)
field-version-note = Merknad (valfritt)
version-freeze-submit = Lås versjonen
version-kind-draft = Utkast
version-kind-programme = Planprogram på høyring
version-kind-hearing_draft = Høyringsutkast
version-kind-adopted = Vedteken plan
version-frozen-by = låst av { $by } { $date }
version-frozen = Dette er ein låst versjon; han blir aldri endra:
version-measures = Tiltak i denne versjonen
compare-heading = Samanlikn to versjonar
compare-from = Frå
compare-to = Til
compare-submit = Samanlikn
compare-title = Endringar frå { $from } til { $to }
compare-text = Tekst
compare-measures = Tiltak
compare-no-changes = Ingen endringar.
compare-added = Lagt til
compare-removed = Fjerna
compare-measures-added = Nye tiltak
compare-measures-removed = Fjerna tiltak
compare-measures-changed = Endra tiltak
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
} vert laga før denne.
pdf-running = Vert sett no … omtrent { $percent } prosent ferdig.
pdf-done = { $pages ->
    [one] PDF-fila er klar (éi side).
   *[other] PDF-fila er klar ({ $pages } sider).
  }
pdf-failed = PDF-fila kunne ikkje lagast. Feilen er logga; prøv igjen, eller last ned Word-fila.
pdf-busy = Det vert laga mange PDF-filer akkurat no. Vent eit minutt og prøv igjen.
pdf-progress = Framdrift
pdf-check-again = Sjekk igjen
pdf-back = Tilbake til planen
pdf-download = Last ned PDF

# Generated blocks of the plan document ({{tiltak}} and the like)
chapter-generated-hint = Blokker som vert laga av dataa i planen, kvar på ei linje for seg: {"{{"}mål{"}}"} (målhierarkiet), {"{{"}tiltak{"}}"} (tiltak per mål), {"{{"}ansvar{"}}"} (ansvarsmatrisa), {"{{"}dekning{"}}"} (dekningsmatrisa), {"{{"}tidslinje{"}}"}, {"{{"}medvirkning{"}}"}, {"{{"}merknader{"}}"} (merknadshandsaminga) og {"{{"}lovgrunnlag{"}}"}. Dei viser dataa slik dei er, til ein versjon vert frosen.
generated-measure = Tiltak
generated-owner = Ansvarleg
generated-partners = Samarbeidspartnarar
generated-evaluation = Vert evaluert
generated-status = Status
generated-number = Nr.
generated-level = Nivå
generated-goal = Mål
generated-no-goals = Ingen mål er registrerte enno.
generated-no-measures = Ingen tiltak er registrerte enno.
generated-no-goal = Tiltak som ikkje er knytte til eit mål
generated-role-owner = Ansvarleg
generated-role-partner = Partnar
generated-no-activities = Ingen aktivitetar er registrerte enno.
generated-from = Frå
generated-to = Til
generated-activity = Aktivitet
generated-kind = Type
generated-responsible = Ansvarleg
generated-target-group = Kven
generated-method = Korleis
generated-when = Når
document-unknown-block = Ukjend blokk { $block }: han blir skriven ut som tekst.
document-unknown-block-hint = Meinte du { $suggestion }?
document-preview = Førehandsvis
document-preview-heading = Førehandsvising (ikkje lagra)
document-saved = Kapittelet er lagra.
generated-no-inputs = Ingen innspel er registrerte enno.
generated-private-person = Privatperson
generated-survey-answer = Svar i spørjeundersøking
generated-reference = Ref.
generated-sender = Frå
generated-input = Innspel
generated-decision = Vurdering
generated-justification = Grunngiving
generated-no-legal = Ingen lovheimlar er registrerte for denne plantypen.
version-public = Denne versjonen er offentleg; alle kan lese han på
version-internal = Denne versjonen er eit internt utkast og vert ikkje vist offentleg. Høyringsutkast og vedtekne planar er offentlege.

# What each paragraph of the legal register requires, by its id
legal-citation-bvl-2021-15-1 = barnevernslova § 15-1
legal-citation-bvl-1992-3-1 = barnevernlova (1992) § 3-1
legal-citation-pbl-4-1 = plan- og bygningslova § 4-1
legal-citation-pbl-11-1 = plan- og bygningslova § 11-1
legal-citation-pbl-11-2 = plan- og bygningslova § 11-2
legal-citation-pbl-11-3 = plan- og bygningslova § 11-3
legal-citation-pbl-11-13 = plan- og bygningslova § 11-13
legal-citation-pbl-11-14 = plan- og bygningslova § 11-14
legal-citation-alkl-1-7d = alkohollova § 1-7d
legal-citation-fhl-4-7 = folkehelselova §§ 4–7
legal-subject-bvl-2021-15-1 = Kommunestyret skal vedta ein plan for det førebyggjande arbeidet i kommunen med barn, unge og foreldre
legal-subject-bvl-1992-3-1 = Kommunestyret skal vedta ein plan for det førebyggjande arbeidet i kommunen mot omsorgssvikt og åtferdsproblem
legal-subject-pbl-4-1 = Planprogram: føremål, planprosess, fristar, deltakarar og opplegg for medverknad
legal-subject-pbl-11-1 = Kommuneplanen
legal-subject-pbl-11-2 = Samfunnsdelen av kommuneplanen
legal-subject-pbl-11-3 = Verknaden av samfunnsdelen av kommuneplanen
legal-subject-pbl-11-13 = Planprogrammet vert lagt ut til offentleg ettersyn i minst seks veker
legal-subject-pbl-11-14 = Planforslaget vert lagt ut til offentleg ettersyn i minst seks veker; saka viser korleis innspela er vurderte
legal-subject-alkl-1-7d = Kommunal alkohol- og rusmiddelpolitisk handlingsplan
legal-subject-fhl-4-7 = Folkehelsearbeid og oversikt over helsetilstanden og faktorar som påverkar han
hearing-read-versions = Les dokumentet:
generated-theme = Tema
generated-gap = Ingen
generated-coverage-picture = Biletet viser kor mange tenester som har tiltak i kvar celle, per førebyggingsnivå: di tettare mønster og mørkare farge, di fleire tenester; 0 i ei celle med tjukk ramme er eit hol. Tabellane under namngir tiltaka.

## Plan process (issue 12)
refused-wrong-phase = Dette steget høyrer ikkje til fasen planen er i no ({ $phase }).
refused-not-a-hearing = Aktiviteten er ikkje ei høyring som kan opnast (ho er kanskje opna før).
refused-no-hearing-draft = Lås eit høyringsutkast på dokumentsida først: det er det som blir lagt ut på høyring.
refused-no-programme-draft = Lås planprogrammet for høyring først (knappen på programsida): det er det som blir lagt ut på høyring.
refused-empty-chapters = { $count ->
    [one] Høyringsutkastet har eitt kapittel utan tekst: { $chapters }. Kryss av dersom det likevel skal på høyring.
   *[other] Høyringsutkastet har { $count } kapittel utan tekst: { $chapters }. Kryss av dersom det likevel skal på høyring.
}
refused-period = Høyringsperioden oppfyller ikkje kravet om seks veker og har inga grunngiving, eller ho manglar frist. Rett aktiviteten i tidslinja først.
refused-deadline-passed = Høyringsfristen { $deadline } er passert.
refused-another-open = Ei anna høyring er open. Lukk ho først.
refused-no-open-hearing = Inga høyring er open.
refused-reason = Skriv kvifor høyringa blir lukka før fristen.
refused-no-closed-hearing = Planen kan vedtakast først når høyringa av planforslaget er lukka.
refused-unanswered = { $count ->
    [one] Eitt innspel er ikkje svara på: { $inputs }. Svar på det, eller kryss av for å vedta likevel.
   *[other] { $count } innspel er ikkje svara på: { $inputs }. Svar på dei, eller kryss av for å vedta likevel.
}
refused-council = Ein plan etter barnevernslova § 15-1 blir vedteken av kommunestyret.
process-title = Planprosessen: { $plan }
process-hearings = Høyringar
process-no-hearings = Planen har inga høyring i tidslinja. Legg til ei høyring (av planprogram eller planforslag) på plansida.
process-hearing-not-opened = Ikkje opna.
process-hearing-closed-early = Lukka { $date } før fristen: { $reason }
process-hearing-open = Open for innspel til og med { $deadline }.
process-hearing-closed = Lukka ved fristen { $deadline }.
process-hearing-opens = Opna; tek imot innspel frå { $date }.
process-open-preview = Sjå førehandsvising og opne høyringa
process-close-heading = Lukk høyringa før fristen
process-close-lead = Etter lukking tek høyringssida ikkje imot fleire innspel. Grunngivinga blir vist i planprosessen.
field-close-reason = Kvifor blir høyringa lukka no?
process-close-submit = Lukk høyringa
process-steps = Neste steg
process-step-adopt-programme = Planprogrammet er fastsett
process-step-start-drafting = Start arbeidet med planforslaget
process-step-start-follow-up = Start oppfølginga
process-step-start-revision = Start rullering
process-adopt-link = Vedta planen (lås vedteken versjon)
process-back = Tilbake til planprosessen
process-preview-heading = Slik ser høyringssida ut
process-preview-lead = Dette er det publikum får sjå når høyringa blir opna.
process-preview-version = Dokument på høyring
process-empty-chapters = { $count ->
    [one] Eitt kapittel i høyringsutkastet har ingen tekst:
   *[other] { $count } kapittel i høyringsutkastet har ingen tekst:
}
process-confirm-empty = Legg ut på høyring likevel
process-open-submit = Opne høyringa
process-open-title = Opne høyringa: { $hearing }
plan-process-link = Gå til planprosessen
field-adopting-body = Vedteken av (for ein vedteken plan)
field-confirm-unanswered = Vedta sjølv om nokre innspel ikkje er svara på
process-next-start = Neste steg: legg planprogrammet ut på høyring, eller start arbeidet med planforslaget.
process-next-programme-hearing = Planprogrammet er på høyring. Når høyringa er lukka, kan planprogrammet fastsetjast.
process-next-programme-adopted = Planprogrammet er fastsett. Neste steg: start arbeidet med planforslaget.
process-next-drafting = Neste steg: lås eit høyringsutkast og opne høyringa av planforslaget.
process-next-draft-hearing = Planforslaget er på høyring. Vedtak kan først gjerast når høyringa er lukka.
process-next-revision = Høyringa er lukka. Svar på innspela, lås den vedtekne versjonen med vedtaket, og planen er vedteken.
process-next-adopted = Planen er vedteken. Neste steg: start oppfølginga.
process-next-follow-up = Planen blir følgd opp. Når han skal rullerast, start rulleringa.
process-next-periodic-revision = Planen blir rullert. Start arbeidet med eit nytt planforslag.

# The public face: the municipality's plans, an adopted plan, the youth page, outcomes
org-public-plans = Planar
org-public-plans-none = Kommunen har ingen planar på høyring eller vedtekne her enno.
org-plan-on-hearing = På høyring til og med { $deadline }
field-youth-summary = Kort om planen for born og unge
field-youth-summary-hint = Blir vist på høyringssida for unge. Skriv enkelt, med nokre få setningar.
hearing-youth-summary = Kort om planen
hearing-outcomes-open-link = Sjå innspela som er komne, og kva som skjer med dei
receipt-follow = Følg innspelet ditt: kva skjer med det
outcomes-find-heading = Finn innspelet ditt
outcomes-find-hint = Står på kvitteringa, til dømes 2024-015.
outcomes-find = Finn innspelet
outcomes-found = Innspel { $reference }
outcomes-not-found = Fann ikkje noko innspel med referansenummer { $reference }. Sjekk nummeret på kvitteringa; eit innspel som er skjult etter retningslinjene, blir heller ikkje vist her.
public-files = Last ned planen
public-pdf = PDF
public-docx = Word (DOCX)
public-contents = Innhald
public-goals = Mål
public-measures = Tiltak og status
public-measures-lead = Tiltaka slik planen vart vedteken, med kven som har ansvaret og siste statusrapport.
public-partners = Samarbeidspartnarar
public-status = Siste status
public-status-none = Ikkje rapportert enno
public-pdf-making = PDF-fila blir laga.
public-pdf-back = Tilbake til planen

# Destructive actions ask first
confirm-yes = Ja, fjern
confirm-no = Avbryt
confirm-cannot-undo = Dette kan ikkje angrast.
confirm-remove-member = Fjerne { $name }?
confirm-remove-member-then = Personen mistar tilgangen til organisasjonen, men kan bli invitert på nytt.
confirm-unlink = Fjerne koplinga til { $name }?
confirm-remove-activity = Fjerne aktiviteten { $name }?
confirm-remove-measure = Fjerne tiltaket { $name }?
confirm-remove-group = Fjerne gruppa { $name } med alle medlemene?
confirm-remove-participation = Fjerne medverknaden { $name }?

# The import's mapping step: what the sheet's own headers mean
mapping-title = Kva tyder kolonnane i arket?
mapping-lead = Arket har overskrifter som ikkje er malen sine. Vel kva kvar kolonne er; forslaga byggjer på namnet. Valet blir hugsa, så neste import av same ark går utan dette steget.
mapping-sheet-column = Kolonne { $letter }: { $header }
mapping-ignore = Ikkje importer
mapping-submit = Importer med desse vala
mapping-back = Tilbake til tiltaka
mapping-problems = Importen vart ikkje gjord, ingenting er lagra:
column-name = Namn på tiltaket
column-description = Skildring
column-owner = Eigar (teneste)
column-partners = Samarbeidspartnarar
column-age_bands = Målgruppe
column-prevention = Førebyggingsnivå
column-themes = Tema
column-level = Nivå
column-evidence = Evidens (Ungsinn 0–5)
column-evidence_source = Kjelde for evidens
column-yearly_cost = Årleg kostnad (kr)
column-funding = Finansiering
column-grant_name = Tilskot
column-grant_ends = Tilskotet sluttar
column-reach = Tal nådde per år
column-status = Status
column-start = Startdato
column-evaluation = Evalueringsdato
column-other_themes = Andre tema

## The plan check
field-plan-check = Plankontroll
plan-check-summary = { $count ->
    [0] { $percent } % oppfylt, ingen funn
    [one] { $percent } % oppfylt, eitt funn
   *[other] { $percent } % oppfylt, { $count } funn
  }
check-title = Plankontroll: { $plan }
check-back = Tilbake til planen
check-lead = Kva lova, forventningane til statsforvaltaren og Seljord-kriteria seier manglar i planen, med lenkje til staden der det blir retta.
check-score = Planen oppfyller { $percent } % av krava
check-percent = { $percent } %
check-summary-findings = { $count ->
    [0] Ingen funn.
    [one] Eitt funn.
   *[other] { $count } funn.
  }
check-summary-passed = { $count ->
    [0] Ingen reglar er oppfylte enno.
    [one] Éin regel er oppfylt.
   *[other] { $count } reglar er oppfylte.
  }
check-areas-caption = Oppfylt per område, vekta etter kor alvorleg (må 3, bør 2, råd 1)
check-col-area = Område
check-col-score = Oppfylt
check-col-findings = Funn
check-history = Over versjonane
check-history-lead = Poengsummen slik han var då kvar versjon av planen vart låst, og slik han er no. Ein strek tyder at ingen regel i området galdt planen då.
check-history-caption = Oppfylt per versjon og område
check-history-now = No
check-col-version = Versjon
check-col-plan = Heile planen
check-heading-must = Må rettast
check-heading-should = Bør rettast
check-heading-advice = Råd
check-severity-must = Må
check-severity-should = Bør
check-severity-advice = Råd
check-area-law = Lova (barnevernslova § 15-1)
check-area-hearings = Høyringar
check-area-themes = Forventa tema
check-area-seljord = Seljord-kriteria
check-area-traceability = Sporbarheit
check-basis = Grunnlag:
check-basis-law = { $citation } (i kraft frå { $from })
check-source-county-governor = invitasjonen frå statsforvaltaren til felles planprosess (tema kommunane er venta å dekkje)
check-source-seljord = kriteria til styringsgruppa i Seljord for ein god plan
check-source-hearing-practice = god praksis for høyringar (seks veker, utanom feriar, alle innspel svarte før vedtak)
check-source-traceability = sporbarheit frå mål til tiltak og evaluering
check-rule-goals-and-strategies = Planen manglar overordna mål eller strategiar.
check-rule-one-owner = { $count ->
    [one] Eitt tiltak har ikkje nøyaktig éi teneste som eigar.
   *[other] { $count } tiltak har ikkje nøyaktig éi teneste som eigar.
  }
check-rule-services-have-a-part = { $count ->
    [one] Éi teneste i arbeidsgruppa eig eller deltek ikkje i noko tiltak.
   *[other] { $count } tenester i arbeidsgruppa eig eller deltek ikkje i noko tiltak.
  }
check-rule-organisation-described = Planen skildrar ikkje korleis det førebyggjande arbeidet er organisert.
check-rule-cooperation-described = Planen skildrar ikkje korleis tenestene samarbeider.
check-rule-anchored-in-master-plan = Planen er ikkje knytt til samfunnsdelen av kommuneplanen, og det er ikkje oppgitt kvifor.
check-rule-child-welfare-role = Vedtaket i kommunestyret om kva rolle barnevernstenesta har i det førebyggjande arbeidet, er ikkje registrert.
check-rule-adopted-by-council = Planen skal vedtakast av kommunestyret sjølv, og vedtaket skal stå i prosessplanen.
check-rule-hearing-six-weeks = { $count ->
    [one] Éi høyring er kortare enn seks veker utan grunngiving.
   *[other] { $count } høyringar er kortare enn seks veker utan grunngiving.
  }
check-rule-hearing-six-weeks-practice = { $count ->
    [one] Éi høyring er kortare enn seks veker.
   *[other] { $count } høyringar er kortare enn seks veker.
  }
check-rule-hearing-holiday = { $count ->
    [one] Éi høyring går over ein ferie.
   *[other] { $count } høyringar går over ein ferie.
  }
check-rule-inputs-answered = { $count ->
    [one] Eitt innspel er ikkje svara på, så merknadshandsaminga er ikkje klar til vedtaket.
   *[other] { $count } innspel er ikkje svara på, så merknadshandsaminga er ikkje klar til vedtaket.
  }
check-rule-answers-before-adoption = Kommunestyret må kunne lese merknadshandsaminga før det vedtek planen: vedtaksmøtet ligg før høyringa er slutt, eller innspel er utan svar når møtet blir halde.
check-rule-expected-themes = { $count ->
    [one] Eitt tema statsforvaltaren ventar, er verken dekt av denne planen eller av ein plan han er knytt til.
   *[other] { $count } tema statsforvaltaren ventar, er verken dekte av denne planen eller av ein plan han er knytt til.
  }
check-rule-measures-concrete = { $count ->
    [one] Eitt tiltak manglar målgruppe eller oppstart.
   *[other] { $count } tiltak manglar målgruppe eller oppstart.
  }
check-rule-evaluation-dates = { $count ->
    [one] Eitt tiltak manglar fast evalueringsdato.
   *[other] { $count } tiltak manglar fast evalueringsdato.
  }
check-rule-youth-took-part = Det er ikkje registrert at born eller unge har vore med i planarbeidet.
check-rule-cross-sector = Ingen tiltak går på tvers av tenester.
check-rule-political-treatment = Inga politisk handsaming er planlagd eller gjennomført.
check-rule-goals-have-measures = { $count ->
    [one] Eitt mål har ingen tiltak.
   *[other] { $count } mål har ingen tiltak.
  }
check-rule-goals-measured = { $count ->
    [one] Eitt mål har verken indikator eller evalueringsdato.
   *[other] { $count } mål har verken indikator eller evalueringsdato.
  }
check-rule-measures-serve-goals = { $count ->
    [one] Eitt tiltak er ikkje knytt til noko mål.
   *[other] { $count } tiltak er ikkje knytte til noko mål.
  }
check-rule-evidence-rated = { $count ->
    [one] Eitt tiltak har verken kunnskapsgrunnlag eller ei kjelde som seier kvifor det ikkje er vurdert.
   *[other] { $count } tiltak har verken kunnskapsgrunnlag eller ei kjelde som seier kvifor dei ikkje er vurderte.
  }
check-missing-main = Ingen hovudmål
check-missing-strategy = Ingen strategiar
check-missing-age_bands = manglar målgruppe
check-missing-start = manglar oppstartsdato
check-place-goals = Mål og strategiar
check-place-measures = Tiltaka
check-place-programme-participation = Medverknad i planprogrammet
check-place-programme-outline = Innhaldet i planprogrammet
check-place-programme-decisions = Vedtaket om rolla til barnevernstenesta
finding-adoption-before-deadline = Møtet er før høyringsfristen { $deadline }.
finding-adoption-unanswered = { $count ->
    [one] Eitt innspel er utan svar.
   *[other] { $count } innspel er utan svar.
  }
check-place-new-activity = Legg inn vedtaket i prosessplanen
check-place-links = Knyt planen til samfunnsdelen av kommuneplanen
check-place-input = Innspel { $reference }
check-themes = Forventa tema
check-themes-lead = Statsforvaltaren ventar at planane i kommunen til saman dekkjer desse temaa. Eit tema er dekt av eit tiltak i denne planen, eller av ein plan han er knytt til.
check-themes-caption = Kven som dekkjer kvart tema
check-col-theme = Tema
check-col-this-plan = Denne planen
check-col-linked = Knytte planar
check-yes = Ja
check-no = Nei
check-none = Ingen

## The trace from an input to measures
trace-no-status = utan status
trace-evaluation = { $status }, blir evaluert { $date }
trace-no-evaluation = { $status }, utan evalueringsdato
trace-report = siste statusrapport ({ $period }): { $status }
trace-changed = Endra i planen
trace-chapter-changed = { $chapter }: teksten vart endra i { $version } { $date }
trace-chapter-unchanged = { $chapter }: teksten er ikkje endra i nokon låst versjon enno
trace-led-to = Førte til tiltak
trace-led-to-none = Ikkje knytt til noko tiltak enno.
trace-field-measures = Tiltak innspelet førte til
trace-inputs-behind = Innspel bak tiltaket
trace-inputs-behind-none = Ingen innspel er knytte til tiltaket.

## The knowledge base (indicators)
org-indicators-link = Kunnskapsgrunnlag og statistikk
indicators-title = Kunnskapsgrunnlag for { $org }
indicators-lead = Statistikk frå FHI, SSB, Ungdata og Bufdir, samanlikna med fylket og landet, og utfordringsbiletet som byggjer på han.
indicators-list-heading = Indikatorar
indicators-none = Inga statistikk er lasta opp enno.
indicators-count = { $count ->
    [one] Éin indikator
   *[other] { $count } indikatorar
  }
indicators-col-indicator = Indikator
indicators-col-source = Kjelde
indicators-col-unit = Eining
indicators-col-latest = Siste tal
indicators-col-standing = Samanlikna med fylket
indicators-col-values = Tal i alt
indicators-import-heading = Last opp statistikk
indicators-import-file = Statistikkfil (JSON-stat, CSV eller XLSX)
indicators-import-hint = JSON-stat frå statistikkbanken til FHI eller SSB, FHI-tabellar som semikolondelt CSV, eller nøkkeltal frå Ungdata og Bufdir som rekneark. Gamle kommunenummer blir flytta til dagens kommunar.
indicators-import-source = Kjelde
indicators-import-source-hint = Kven som har publisert tala, når fila ikkje seier det sjølv.
indicators-import-submit = Last opp
indicators-import-no-file = Vel ei fil å laste opp.
indicators-import-too-large = Fila er for stor.
indicators-imported = { $count ->
    [one] Eitt tal er lagra.
   *[other] { $count } tal er lagra.
  }
indicators-refused = Fila vart ikkje lasta opp. Ingenting er endra.
indicators-remarks = Merk
indicators-unknown-codes = Ikkje kommunenummer frå 1994–2024, utelatne: { $codes }
indicators-divided-codes = Kommunar som er delte sidan, utelatne: { $codes }
indicators-split = { $old } er lagd på { $today }; ein del av kommunen er no { $also }.
indicators-not-added = Samanslåtte kommunar utan tal for dagens kommune (ratar blir ikkje lagde saman): { $codes }
indicator-country = Landet
indicator-period = Periode
indicator-municipality = Kommune
indicator-county-municipalities = kommunane i fylket
indicator-basis-county = dei fleste kommunane i fylket
indicator-basis-country = landet
indicator-standing-better = betre enn
indicator-standing-worse = dårlegare enn
indicator-standing-higher = høgare enn
indicator-standing-lower = lågare enn
indicator-standing-within = på linje med
indicator-standing-short-better = Betre
indicator-standing-short-worse = Dårlegare
indicator-standing-short-higher = Høgare
indicator-standing-short-lower = Lågare
indicator-standing-short-within = På linje
indicator-no-latest = Ingen tal
indicator-no-finding = Det finst ikkje nok tal å samanlikne med.
indicator-source = Kjelde: { $source }
indicator-finding-heading = Korleis kommunen ligg an
indicator-charts-heading = Utvikling og samanlikning
indicator-rule = Regelen: det siste talet kommunen har, blir samanlikna med dei andre kommunane i fylket same år. Ligg det utanfor dei midtarste 80 prosentane av dei (10.–90. persentil), skil kommunen seg ut, betre eller dårlegare etter kva retning som er god. Har færre enn fem kommunar tal, blir det samanlikna med landet (meir enn 10 prosent skilnad). Små kommunar varierer mykje av tilfeldigheiter; spreiinga i fylket tek omsyn til det betre enn landstalet åleine.
indicator-meta-heading = Kva indikatoren tyder for planen
indicator-unit = Eining
indicator-direction = Kva retning er god
direction-higher_is_better = Høgare er betre
direction-lower_is_better = Lågare er betre
direction-neither = Inga retning (til dømes folketal)
indicator-theme = Tema i utfordringsbiletet
indicator-theme-none = Utan tema
indicator-position = Plass blant figurane i planen
indicator-position-hint = Eit tal frå 1 til 99 tek indikatoren med i { "{{" }indikatorer{ "}}" } i plandokumentet, i den rekkjefølgja. Tomt: ikkje med.
indicator-save = Lagre
indicator-saved = Indikatoren er lagra.
indicator-draft-intro = Utkast til utfordringsbilete, laga av tala som skil seg ut. Rediger teksten før han blir brukt i planen.
indicator-draft-other = Andre indikatorar
indicator-draft-nothing = Ingen av indikatorane skil seg ut frå fylket eller landet enno.
challenge-heading = Utfordringsbilete
challenge-lead = Teksten blir sett inn i plandokumentet der det står { "{{" }utfordringsbilde{ "}}" }.
challenge-text = Utfordringsbiletet
challenge-drafted = Dette er eit nytt utkast frå tala. Det blir lagra først når du trykkjer Lagre.
challenge-saved-hint = Dette er teksten slik han sist vart lagra.
challenge-save = Lagre utfordringsbiletet
challenge-redraft = Lag eit nytt utkast frå tala
challenge-saved = Utfordringsbiletet er lagra.
flag-missing = manglar
flag-not_computable = kan ikkje reknast ut
flag-suppressed = skjerma
jsonstat-not-json = ikkje JSON ({ $at })
jsonstat-missing = manglar
jsonstat-not-a = skal vere { $kind }
jsonstat-no-dimension = ingen dimensjon for { $role }
jsonstat-count = { $found } verdiar, men dimensjonane gjev { $expected }
jsonstat-too-large = tabellen har for mange celler
jsonstat-region = «{ $value }» er ikkje ein kommune, eit fylke eller landet
jsonstat-period = «{ $value }» er ikkje eit år eller ein periode av år
jsonstat-status = statusen «{ $value }» er ikkje ein av .. . : -
indicator-decimal = ,
generated-no-indicators = Ingen indikatorar er valde for planen enno. Vel dei på sida Kunnskapsgrunnlag og statistikk.
generated-no-challenge = Utfordringsbiletet er ikkje skrive enno. Det blir skrive på sida Kunnskapsgrunnlag og statistikk.
indicators-mapping-title = Kva står i kolonnane?
indicators-mapping-lead = Overskriftene i rad { $row } vart ikkje kjende att. Vel kva kvar kolonne inneheld; valet blir hugsa for denne kjelda.
indicators-mapping-submit = Last opp med dette valet
indicators-mapping-back = Tilbake til kunnskapsgrunnlaget
sheet-column-region = Kommune, fylke eller landet
sheet-column-period = År eller periode
sheet-column-value = Tal
sheet-column-indicator = Indikator
sheet-column-unit = Eining
sheet-column-flag = Flagg (SPVFLAGG)
sheet-column-breakdown = Inndeling (kjønn, alder)
sheet-column-ignored = Ikkje med
sheet-at-row = Rad { $row }: { $what }
sheet-at-cell = Rad { $row }, kolonne { $column }: { $what }
sheet-unreadable = fila kan ikkje lesast ({ $why })
sheet-region = «{ $value }» er ikkje ein kommune, eit fylke eller landet
sheet-period = «{ $value }» er ikkje eit år eller ein periode av år
sheet-value = «{ $value }» er ikkje eit tal eller eit teikn (.. . :)
sheet-unmapped-place = ingen kolonne er vald for kommune
sheet-unmapped-period = ingen kolonne er vald for år
sheet-unmapped-value = ingen kolonne er vald for tal
indicator-map-title = Kart: { $title }
indicator-map-summary = Kommunane i fylket farga og mønstra etter talet, i fire like store grupper; kommunen sjølv har tjukk kant. Tabellen under viser dei same tala sorterte.
indicator-map-flagged = skjerma eller manglar
invalid-number = «{ $value }» er ikkje eit tal.
field-goal-measured-by = Blir målt med indikator
goal-measured-by-none = Ingen indikator
field-goal-baseline = Utgangspunkt
field-goal-target = Mål (tal)
goal-measured = { $indicator }: utgangspunkt { $baseline }, siste tal { $latest }, mål { $target }
goal-target-reached = nådd
goal-target-not-reached = ikkje nådd enno

## Surveys (C6)
nav-surveys = Spørjeundersøkingar
surveys-title = Spørjeundersøkingar – { $plan }
surveys-lead = Anonyme undersøkingar for barn, unge, foreldre og tilsette. Små grupper blir skjulte i resultata.
surveys-none = Planen har ingen undersøkingar enno.
surveys-caption = Undersøkingane i planen
surveys-new = Lag undersøkinga
surveys-back = Tilbake til undersøkingane
survey-col-title = Undersøking
survey-col-state = Status
survey-col-answers = Svar
survey-answers = { $count ->
    [0] Ingen svar
    [one] 1 svar
   *[other] { $count } svar
}
survey-state-draft = Under arbeid
survey-state-open = Open for svar
survey-state-closed = Avslutta
survey-period = Svarperiode
survey-link = Lenkje for å svare
survey-open-heading = Opne undersøkinga
survey-open-lead = Vel perioden undersøkinga tek imot svar. Oppgi ein klasse og eit tal for å lage klassekodar som læraren deler ut; utan kodar svarer ein med lenkja. Når undersøkinga er opna, er ho anonym for godt.
field-survey-opens = Første svardag
field-survey-closes = Siste svardag
field-survey-class = Klasse eller gruppe (til dømes 9B)
field-survey-codes = Tal på klassekodar
survey-open = Opne undersøkinga
survey-results-wait = Resultata blir viste når undersøkinga er avslutta. Til då blir berre talet på svar vist.
survey-rules = Tal under { $cell } blir viste som «skjult (færre enn { $cell })». For at dei ikkje skal kunne reknast ut, blir også nokre andre tal skjulte, og alle tal i grupper med færre enn { $group } svar; dei blir viste som «skjult».
survey-codes-heading = Klassekodar og avslutning
survey-add-codes = Lag kodar
survey-close-lead = Når undersøkinga blir avslutta, tek ho ikkje imot fleire svar, og fritekstsvara blir lagde i innspelsregisteret utan kopling til den som svarte.
survey-close = Avslutt undersøkinga
survey-codes-caption = Klassekodar (kvar kode kan brukast éin gong)
survey-col-class = Klasse
survey-col-code = Kode
survey-col-used = Brukt
survey-code-used = Brukt
survey-code-unused = Ikkje brukt
survey-questions = Spørsmål
survey-kind-single = eitt val
survey-kind-multiple = fleire val
survey-kind-likert = skala
survey-kind-number = tal
survey-kind-free-text = fritekst
survey-cell = { $number } ({ $share } %)
survey-by = { $question } – etter { $by }
survey-withheld = Fordelinga blir ikkje vist: ei gruppe har færre enn { $threshold } svar.
survey-all = Alle
survey-ticked = Kryssa av for «{ $option }»
survey-not-ticked = Ikkje kryssa av
survey-answered = Tal som svarte
survey-intro = Svara dine er anonyme: vi lagrar berre svara og datoen, ikkje kven du er eller kvar du svarer frå.
field-survey-code = Koden du fekk av læraren
survey-required = (må svarast på)
survey-only-if = Svar berre viss du svarte «{ $answers }» på «{ $question }».
survey-submit = Send svara
survey-answer-required = Dette spørsmålet må svarast på.
survey-answer-choice = Vel eitt av svara.
survey-answer-number = Skriv eit heilt tal frå { $min } til { $max }.
survey-answer-too-long = Svaret kan ha høgst { $max } teikn.
survey-closed-title = Undersøkinga er ikkje open
survey-closed-text = Denne undersøkinga tek ikkje imot svar no.
survey-thanks-title = Takk for svara!
survey-thanks-text = Svara dine er lagra. Du kan lukke sida.
survey-code-refused = Koden finst ikkje eller er brukt. Sjekk at han er skriven rett, eller spør læraren om ein ny.
survey-code-missing = Skriv koden du fekk av læraren.
invalid-survey-period = Siste svardag kan ikkje vere før første svardag.
invalid-survey-state = Undersøkinga er allereie opna eller avslutta.
surveys-start = Start frå
surveys-start-template = Malen for unge (trivsel, tryggleik, mobbing, fritid, nokon å snakke med)
surveys-start-empty = Ei tom undersøking
survey-new-title = Ny undersøking
survey-new-section = Spørsmål
survey-section-empty = Ingen spørsmål i denne delen enno.
survey-question-change = Endre
survey-move-up = Flytt opp
survey-move-down = Flytt ned
survey-question-new = Legg til spørsmål
survey-question-edit = Endre spørsmålet
survey-question-back = Tilbake til undersøkinga
survey-question-lead = Skriv spørsmålet på bokmål, og gjerne på nynorsk og engelsk. Det som manglar på nynorsk eller engelsk, blir vist på bokmål.
survey-question-save = Lagre spørsmålet
survey-question-remove = Fjern spørsmålet
survey-section-new = Ny del
survey-section-add = Legg til delen
survey-details = Tittel og målgruppe
survey-details-save = Lagre tittel og målgruppe
survey-target-children = Born
survey-target-youth = Unge
survey-target-parents = Foreldre
survey-target-staff = Tilsette
survey-options-hint = Eitt svaralternativ per linje (for ein skala: stega frå lågast til høgast). Trengst ikkje for tal og fritekst.
survey-options-other-hint = Like mange linjer som på bokmål, i same rekkjefølgje, eller tomt.
survey-condition-hint = Kryss av for svara som gjer at spørsmålet blir vist. Utan kryss blir spørsmålet alltid vist.
field-survey-section = Del
field-survey-kind = Type spørsmål
field-survey-text-nb = Spørsmålet på bokmål
field-survey-text-nn = Spørsmålet på nynorsk
field-survey-text-en = Spørsmålet på engelsk
field-survey-options-nb = Svaralternativ på bokmål
field-survey-options-nn = Svaralternativ på nynorsk
field-survey-options-en = Svaralternativ på engelsk
field-survey-min = Minste tal (for tal)
field-survey-max = Største tal (for tal)
field-survey-required = Må svarast på
field-survey-background = Bakgrunnsspørsmål (resultata kan fordelast etter svara, til dømes trinn eller kjønn)
field-survey-condition = Vis berre viss eit tidlegare spørsmål vart svart slik
field-survey-section-nb = Namn på delen på bokmål
field-survey-section-nn = Namn på delen på nynorsk
field-survey-section-en = Namn på delen på engelsk
field-survey-title-nb = Tittel på bokmål
field-survey-title-nn = Tittel på nynorsk
field-survey-title-en = Tittel på engelsk
field-survey-target = Målgruppe
confirm-remove-survey-question = Fjerne spørsmålet «{ $name }»?
invalid-option-lines = Skriv like mange svaralternativ som på bokmål, eitt per linje, eller la feltet stå tomt.
invalid-survey-no-questions = Undersøkinga har ingen spørsmål enno.
invalid-survey-not-open = Undersøkinga er ikkje open.
invalid-survey-condition = Vilkåret må vise til svar på eitt spørsmål som kjem før dette.
invalid-survey-text = Skriv teksten på bokmål.
invalid-survey-options = Eit spørsmål med val treng frå 2 til { $max } svaralternativ på bokmål.
invalid-survey-range = Minste tal må vere mindre enn største tal.
invalid-survey-background = Berre eit spørsmål med eitt val kan vere bakgrunnsspørsmål.
invalid-survey-section = Vel ein del av undersøkinga.
invalid-survey-question = Spørsmålet finst ikkje.
invalid-survey-too-many = Ei undersøking kan ha høgst { $max } spørsmål.
invalid-survey-referred = Eit anna spørsmål blir berre vist etter svar på dette. Endre det spørsmålet først.
survey-classes-caption = Klassekodar per klasse
survey-col-codes = Kodar
survey-qr = QR-kode til plakat
survey-qr-svg = SVG (skarp i alle storleikar)
survey-qr-png = PNG
survey-col-table = Tabell
survey-col-answer = Svar
survey-col-group = Gruppe
survey-col-count = Tal
survey-col-share = Del (%)
survey-sheet = Resultat
survey-download = Last ned resultata, med dei same tala skjulte:
generated-no-surveys = Planen har ingen avslutta undersøkingar enno.
generated-survey-answers = Tal på svar:
survey-lang = nn
survey-share = prosent
survey-answer = Svar
survey-hidden-short = skjult
survey-fewer-than = færre enn
survey-saved = Endringa er lagra.
survey-slips-links = Kodelappar til utskrift:
survey-slips-all = alle klassane
survey-slips-title = Kodelappar
survey-slips-class-title = Kodelappar for { $class }
survey-slips-back = Tilbake til undersøkinga
survey-slips-lead = Éin lapp per elev, med kodane som ikkje er brukte. Skriv ut, klipp og del ut i timen.
survey-slips-print = Skriv ut
survey-slips-none = Alle kodane er brukte.
survey-slips-class = Klasse { $class }
survey-slips-go = Gå til
survey-slips-code = Koden din:
survey-chart-summary = Tal på dei som svarte:
survey-chart-download = Last ned diagrammet (SVG)
survey-pause-hint = Svara du gir, blir hugsa på denne eininga til du sender dei, så du kan ta ein pause og halde fram seinare. Brukar du ein delt maskin, send svara før du går.
survey-pause-hint-codes = Svara dine blir hugsa i denne fana til du sender dei, så du kan laste sida på nytt utan å miste dei. Lukkar du fana, blir dei gløymde.
survey-resume-text = Du har byrja på denne undersøkinga på denne eininga før.
survey-resume = Hald fram der du slapp
survey-restart = Byrj på nytt
survey-rules-heading = Tersklar for små grupper
survey-rules-hint = Tersklane gjeld alle undersøkingane i organisasjonen. Dei kan ikkje setjast lågare enn 3. Vanleg praksis er 5 per tal og 20 per gruppe.
field-survey-cell = Minste tal som blir vist
field-survey-group = Minste gruppe som blir vist
survey-rules-save = Lagre tersklane
invalid-threshold = «{ $value }» er ikkje eit heilt tal frå { $min } til 1000.
survey-download-csv = CSV (semikolon, for Excel)
survey-download-xlsx = XLSX (Excel)
field-survey-repeat = Utan klassekodar: la same eining svare fleire gonger (til dømes eit nettbrett på ungdomsklubben)
survey-answered-title = Du har allereie svart
survey-answered-text = Denne eininga har allereie sendt svar på undersøkinga. Takk for at du svarte!
confirm-close-survey = Avslutte undersøkinga «{ $name }»?
confirm-close-survey-then = Ho tek ikkje imot fleire svar, resultata blir viste, og fritekstsvara blir lagde i innspelsregisteret. Det kan ikkje angrast.

## The county dashboard and sharing (issue 18)
county-title = Fylkesoversikt for { $body }
county-lead = Alle kommunane i fylket, med status for planen for førebyggjande arbeid (barnevernslova § 15-1). Utover statuslinja ser du berre det kvar kommune deler; innspel blir aldri delte.
county-filter = Filtrer og sorter kommunane
field-county-show = Kommunar som blir viste
county-show-all = Alle kommunar
county-show-no-plan = Utan plan registrert
county-show-adopted = Med vedteken plan
county-show-not-adopted = Med plan under arbeid, ikkje vedteken
county-sort-name = Kommune
county-sort-adopted = Vedteken plan
county-sort-phase = Fase
county-sort-hearing = Neste høyringsfrist
county-sort-treatment = Neste politiske handsaming
county-sort-themes = Flest tema dekte
county-sort-overdue = Flest tiltak på overtid
county-count = { $count ->
    [one] Éin kommune er vist.
   *[other] { $count } kommunar er viste.
  }
county-caption = Kommunane i fylket
county-col-municipality = Kommune
county-col-plan = Plan etter § 15-1
county-col-phase = Fase for plan under arbeid
county-col-hearing = Neste høyringsfrist
county-col-treatment = Neste politiske handsaming
county-col-themes = Tema dekte
county-col-overdue = Tiltak på overtid for evaluering
county-col-shares = Deler med fylket
county-no-plan = Ingen plan registrert
county-adopted-on = Vedteken { $date }
county-adopted = Vedteken
county-not-adopted = Ikkje vedteken
county-themes-of = { $covered } av { $all }
county-shares-nothing = Berre status
county-part-programme = Planprogram og framdrift
county-part-measures = Mål og tiltak
county-part-document = Plandokumentet
org-adviser = Som rådgivar i fylket
org-adviser-lead = Du ser status for planane til kommunen og det kommunen deler med fylket.
org-county-dashboard = Kommunane i fylket
org-county-dashboard-link = Fylkesoversikta
sharing-heading = Deling med fylket
sharing-lead = Rådgivarar hos statsforvaltaren og kompetansesentera i fylket ser alltid status for planane (fase, fristar, tema og tiltak på overtid). Her vel de kva meir dei kan lese. Innspel, undersøkingar, medlemmer og personopplysningar blir aldri delte.
sharing-legend = Del med rådgivarane i fylket
sharing-save = Lagre delinga
sharing-saved = Delinga er lagra.
sharing-yes = blir delt
sharing-no = blir ikkje delt
field-county-map = Farg kartet etter
county-map-themes = Tal på tema dekte
county-map-overdue = Tal på tiltak på overtid for evaluering
county-map-summary = Kommunane i fylket, farga etter den valde kolonnen i tabellen.
county-map-alternative = Tabellen over viser dei same tala for kvar kommune.
county-col-marks = Kommunebilete
county-mark-link = Merk
marks-title = Kommunebilete for { $municipality }
marks-back = Tilbake til fylkesoversikta
marks-lead = Merk kommunen grøn, gul eller raud per område, med ein merknad. Kommunen ser merka dykkar.
marks-saved = Merka er lagra.
marks-save = Lagre merka
field-mark-colour = Vurdering
field-mark-note = Merknad
mark-colour-none = Ikkje vurdert
mark-colour-green = grøn
mark-colour-yellow = gul
mark-colour-red = raud
mark-area-plan = Planen
mark-area-cooperation = Samarbeid
mark-area-follow-up = Oppfølging
org-marks = Kommunebilete frå fylket
org-marks-lead = Slik rådgivarane i fylket vurderer kommunen.

## Network gatherings (issue 18)
gatherings-title = Samlingar
gatherings-title-municipality = Samlingar i nettverket i fylket
gatherings-back = Tilbake til organisasjonen
gatherings-lead = Fysiske og digitale samlingar for kommunane i fylket. Kontaktpersonane i kommunane melder på deltakarar; ei fysisk samling tek eit avgrensa tal per kommune.
gatherings-lead-municipality = Samlingane aktørane i fylket inviterer kommunen til. Administratoren og planleiaren i kommunen melder på deltakarar.
gatherings-none = Ingen samlingar er lagde inn enno.
gatherings-caption = Samlingane, dei tidlegaste først
gatherings-new = Ny samling
gatherings-create = Legg inn samlinga
gathering-col-when = Tid
gathering-col-where = Stad eller lenkje
gathering-col-seats = Påmelde
gathering-col-mine = Frå kommunen
gathering-col-body = Arrangør
gathering-col-municipality = Kommune
gathering-col-seat = Plass
gathering-col-action = Handling
field-gathering-form = Form
field-gathering-place = Stad (fysisk samling)
field-gathering-link = Lenkje til møtet (digital samling, https://)
field-gathering-start-date = Startdato
field-gathering-start-time = Starttid (tt:mm)
field-gathering-end-date = Sluttdato (tom: same dag)
field-gathering-end-time = Sluttid (tt:mm)
field-gathering-per-municipality = Deltakarar per kommune
field-gathering-capacity = Plassar totalt (tom: inga grense)
field-gathering-topics = Tema i programmet
field-gathering-topics-hint = Eitt tema per linje.
field-participant-role = Stilling eller rolle
gathering-form-physical = Fysisk samling
gathering-form-digital = Digital samling
gathering-when-day = { $date } kl. { $from }–{ $to }
gathering-when-days = { $date } kl. { $from } – { $end } kl. { $to }
gathering-seats-of = { $confirmed ->
    [one] Éin påmeld av { $capacity } plassar
   *[other] { $confirmed } påmelde av { $capacity } plassar
  }
gathering-seats = { $confirmed ->
    [0] Ingen påmeld
    [one] Éin påmeld
   *[other] { $confirmed } påmelde
  }
gathering-waiting-count = { $waiting ->
    [one] éin på venteliste
   *[other] { $waiting } på venteliste
  }
gathering-mine-count = { $mine ->
    [0] Ingen påmeld
    [one] Éin påmeld
   *[other] { $mine } påmelde
  }
gathering-seat-confirmed = Påmeld
gathering-seat-waiting = På venteliste
gathering-back = Tilbake til samlingane
gathering-topics = Tema
gathering-ics = Legg i kalenderen (.ics)
gathering-export-csv = Deltakarliste (CSV)
gathering-export-xlsx = Deltakarliste (Excel)
gathering-participants = Påmelde deltakarar
gathering-participants-mine = Deltakarane frå kommunen
gathering-participants-none = Ingen er påmeld enno.
gathering-participants-caption = Deltakarane i påmeldingsrekkjefølgje
gathering-cancel = Meld av { $name }
gathering-register = Meld på ein deltakar
gathering-register-lead = Når samlinga er full, kjem deltakaren på venteliste og rykkjer opp når nokon melder seg av.
gathering-register-button = Meld på
gathering-begun = Samlinga har byrja, og påmeldinga er stengd.
gathering-edit = Endre samlinga
gathering-save = Lagre endringane
gathering-promoted = { $count ->
    [one] Den første på ventelista har fått plass.
   *[other] Dei { $count } første på ventelista har fått plass.
  }
confirm-remove-gathering = Fjerne samlinga «{ $name }»?
confirm-remove-gathering-then = { $count ->
    [0] Ingen er påmelde. Dette kan ikkje angrast.
    [one] Den eine påmeldinga blir sletta; gi beskjed til den det gjeld. Dette kan ikkje angrast.
   *[other] Alle dei { $count } påmeldingane blir sletta; gi beskjed til dei det gjeld. Dette kan ikkje angrast.
  }
confirm-remove-gathering-waiting-then = { $count ->
    [one] Den eine påmeldinga, på ventelista, blir sletta; gi beskjed til den det gjeld. Dette kan ikkje angrast.
   *[other] Alle dei { $count } påmeldingane blir sletta, òg dei på ventelista; gi beskjed til dei det gjeld. Dette kan ikkje angrast.
  }
gathering-removed = Samlinga er fjerna.
gathering-remove = Fjern samlinga
gathering-saved = Samlinga er lagra.
gathering-registered = Deltakaren er påmeld.
gathering-registered-waiting = Samlinga er full: deltakaren står på ventelista.
gathering-cancelled = Deltakaren er meld av.
gathering-cancelled-moved = Deltakaren er meld av, og den første på ventelista har fått plassen.
gathering-per-municipality-is = Inntil { $max } per kommune
gathering-per-municipality-none = Inga grense per kommune
gathering-sheet = Deltakarar
confirm-cancel-participant = Melde av { $name }?
confirm-cancel-participant-then = Plassen går til den første på ventelista, om nokon ventar.
invalid-time = «{ $value }» er ikkje eit klokkeslett (tt:mm).
invalid-link = «{ $value }» er ikkje ei nettadresse som byrjar med https://.
invalid-municipality-full = Kommunen har alt meldt på dei { $max } han kan sende.
invalid-gathering-begun = Samlinga har byrja, og påmeldinga er stengd.
org-gatherings = Samlingar
org-gatherings-link = Samlingar i nettverket i fylket

## Reflection tasks (issue 18)
reflections-title = Refleksjonsoppgåver
reflections-lead = Oppgåver kommunane reflekterer over saman mellom samlingane. Du les svara frå alle kommunane side om side.
reflections-lead-municipality = Oppgåvene aktørane i fylket gjev kommunen mellom samlingane. Administrator, planleiar og redaktørar svarar for kommunen.
reflections-none = Ingen refleksjonsoppgåver enno.
reflections-caption = Oppgåvene, dei nyaste først
reflections-new = Ny refleksjonsoppgåve
reflections-create = Gje oppgåva
field-reflection-prompt = Tema og spørsmål
field-reflection-prompt-hint = Det kommunane skal reflektere over saman, kvar for seg.
field-reflection-due = Svarfrist
field-reflection-gathering = Førebur samlinga
field-reflection-answer = Skriv svaret
field-reflection-answer-hint = Skriv det de kom fram til. Eit nytt svar erstattar det førre.
reflection-no-gathering = Inga bestemd samling
reflection-col-state = Svar
reflection-answered-of = { $all ->
    [one] { $answered } av éin kommune har svart
   *[other] { $answered } av { $all } kommunar har svart
  }
reflection-answered = Svart
reflection-not-answered = Ikkje svart enno
reflection-no-due = Inga frist
reflection-by = { $name }, { $date }
reflection-back = Tilbake til refleksjonsoppgåvene
reflection-saved = Svaret er lagra.
reflection-answers = Svara frå kommunane
reflection-our-answer = Svaret frå kommunen
reflection-save = Lagre svaret
org-reflections-link = Refleksjonsoppgåver mellom samlingane
gathering-cancelled-moved-name = Deltakaren er meld av, og { $name } frå ventelista har fått plassen.
gathering-at-cap = Kommunen har meldt på dei { $max } han kan sende til denne samlinga. Meld av ein deltakar for å melde på ein annan.

## Library (issue 18)
nav-library = Bibliotek
library-title = Bibliotek
library-lead = Lovkrav og rettleiarar for planane kommunen skal ha, bør ha eller er rådd til å ha, etter plantype. Søk i plantype, lovtilvising eller rettleiar.
library-search = Søk i biblioteket
library-count = { $count ->
    [0] Ingen plantypar passar søket.
    [one] Éin plantype passar.
   *[other] { $count } plantypar passar.
  }
library-law = Lovkrav
library-guidance = Rettleiarar og handlingsplanar
library-credit = Referanselista byggjer på invitasjonen til felles planprosess frå Statsforvaltaren i Vestland med NAPHA, KORUS, RVTS, RKBU og KS. Lovkrava er dei som gjeld i dag.
error-forbidden-adviser = Som rådgjevar ser du statuslinja for kvar kommune i fylket og det kommunen sjølv vel å dele med fylket; innspel, medlemmer og personopplysningar vert aldri delte.
library-shared = Tiltak kommunane deler
library-shared-lead = Tiltak andre kommunar har delt, med kven som eig dei, kunnskapsgrunnlag, kostnad og kor mange dei når. Kopier eit tiltak inn i ein av planane dine; kopien viser kvar det kom frå.
library-shared-login = Logg inn for å sjå og kopiere tiltaka kommunane deler.
library-shared-count = { $count ->
    [0] Ingen delte tiltak passar.
    [one] Eitt delt tiltak.
   *[other] { $count } delte tiltak.
  }
library-owner = Eigar (teneste)
library-evidence = Kunnskapsgrunnlag
library-cost = Kostnad per år
library-reach = Når per år
library-copy-to = Kopier til planen
library-copy = Kopier «{ $name }»
measure-origin = Kopiert frå { $municipality } («{ $name }») i biblioteket.
measure-origin-gone = Kopiert frå biblioteket («{ $name }»).
measure-run-by-host = Blir drive av { $host } (vertskommune)
measure-run-for = Blir òg drive for { $municipalities }
coverage-hosted-name = { $name } (blir drive av { $host })
measure-cooperation = Interkommunalt samarbeid
measure-cooperation-lead = Driv kommunen dette tiltaket òg for andre kommunar (vertskommunesamarbeid)? Skriv dei her, med namn eller kommunenummer, skilde med komma. Tiltaket blir då vist i tiltaksregisteret og dekningskartet deira, merkt med at de driv det; berre de kan endre det.
field-participants = Kommunar tiltaket òg blir drive for
measure-cooperation-saved = Samarbeidet er lagra.
measure-cooperation-save = Lagre samarbeidet
measure-shared = Tiltaket er delt med dei andre kommunane i biblioteket.
measure-share = Del tiltaket i biblioteket
measure-unshare = Slutt å dele tiltaket
library-search-button = Søk
reflection-created = Oppgåva er gjeven til kommunane.
gathering-cancel-yes = Ja, meld av
reflection-waiting = { $count ->
    [one] Éin kommune har ikkje svart enno
   *[other] { $count } kommunar har ikkje svart enno
  }
