//! Programme presets modelled on the structure of three real planning programmes
//! (Engerdal, Lyngen and Sandefjord): their groups, participation and outline. The
//! people are left unnamed; the texts are short summaries for the plan lead to rewrite.

use crate::plan::programme::{Chapter, Decisions, Group, GroupKind, GroupMember, Outline, Participation, Programme};

/// A preset a new programme can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    Empty,
    Engerdal,
    Lyngen,
    Sandefjord,
}

impl Preset {
    pub const ALL: [Preset; 4] = [Preset::Empty, Preset::Engerdal, Preset::Lyngen, Preset::Sandefjord];

    pub fn as_str(self) -> &'static str {
        match self {
            Preset::Empty => "empty",
            Preset::Engerdal => "engerdal",
            Preset::Lyngen => "lyngen",
            Preset::Sandefjord => "sandefjord",
        }
    }

    pub fn parse(s: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.as_str() == s)
    }

    pub fn programme(self) -> Programme {
        match self {
            Preset::Empty => Programme::default(),
            Preset::Engerdal => engerdal(),
            Preset::Lyngen => lyngen(),
            Preset::Sandefjord => sandefjord(),
        }
    }
}

fn members(list: &[(&str, &str)]) -> Vec<GroupMember> {
    list.iter()
        .map(|(service, role)| GroupMember {
            name: String::new(),
            service: (*service).to_owned(),
            role: (*role).to_owned(),
        })
        .collect()
}

fn participation(list: &[(&str, &str, &str)]) -> Vec<Participation> {
    list.iter()
        .map(|(t, m, w)| Participation { target_group: (*t).into(), method: (*m).into(), when: (*w).into() })
        .collect()
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

const COMMON_GUIDELINES: &[&str] = &[
    "Barnevernsloven § 15-1: kommunestyret vedtar planen for det forebyggende arbeidet",
    "Barnevernsreformen (oppvekstreformen), Prop. 73 L (2016–2017)",
    "Endringer i 14 velferdstjenestelover om samarbeid, samordning og barnekoordinator (fra 1.8.2022)",
    "FNs barnekonvensjon",
];

fn engerdal() -> Programme {
    Programme {
        purpose: "Planen skal forankre kommunens forebyggende arbeid mot omsorgssvikt og atferdsproblemer i \
                  kommuneplanen og gi forpliktende, tverrfaglig innsats for barn, unge og foreldre."
            .into(),
        background: "Barnevernsreformen gir kommunen større faglig og økonomisk ansvar; lokal forebygging og tidlig \
                     innsats i nærmiljøet skal styrkes."
            .into(),
        guidelines: strings(COMMON_GUIDELINES),
        overlapping_plans: strings(&[
            "Oppvekstplan",
            "Helse- og omsorgsplan",
            "Kommuneplanens samfunnsdel",
            "Samhandlingsmodellen",
            "BTI – handlingsveileder",
            "Handlingsplan mot vold i nære relasjoner",
            "Alkoholpolitisk og rusforebyggende handlingsplan",
        ]),
        groups: vec![
            Group {
                kind: GroupKind::Working,
                mandate: "Utarbeider planforslaget".into(),
                members: members(&[
                    ("Helse", "Representant"),
                    ("Barnehage", "Representant"),
                    ("Skole", "Representant"),
                    ("Barnevern", "Representant"),
                    ("Frivilligsentralen", "Representant"),
                ]),
            },
            Group {
                kind: GroupKind::Reference,
                mandate: "Orienteres underveis og kan gi innspill".into(),
                members: members(&[
                    ("Kommunedirektøren", "Medlem"),
                    ("Oppvekst og utvikling", "Sektorleder"),
                    ("Helse og mestring", "Sektorleder"),
                    ("Tillitsvalgte", "Medlem"),
                ]),
            },
        ],
        youth_summary: String::new(),
        decisions: Decisions::default(),
        participation: participation(&[
            ("Ungdomsrådet", "Sak i ungdomsrådet", "Før hver politiske behandling"),
            ("Barn, unge og foreldre", "Elevråd, FAU og SU", "Høsten, under utarbeiding"),
            ("Medarbeidere", "Workshop om det forebyggende arbeidet", "Høsten, under utarbeiding"),
            ("Innbyggere", "Høring og offentlig ettersyn", "Høring av planprogram og planforslag"),
        ]),
        outline: Outline::settled(vec![
            Chapter::new(
                "Bakgrunn og rammebetingelser",
                &[
                    "Bakgrunn for planen og føringer",
                    "Oppvekstreformen",
                    "Tilstandsrapport for barneverntjenesten",
                    "Data fra oppvekst- og folkehelseprofiler og Ungdata",
                    "Definisjoner: omsorgssvikt, atferdsproblemer",
                    "Hva er forebygging",
                    "Mål og strategier",
                ],
            ),
            Chapter::new("Samhandling", &["Nasjonalt nivå", "Kommunenivå", "Tjenestenivå", "Individnivå (BTI)"]),
            Chapter::new(
                "Tiltak og organisering av det forebyggende arbeidet",
                &[
                    "Hva har vi og hva trenger vi",
                    "Organisering og fordeling mellom etatene",
                    "Samarbeid mellom etatene",
                    "Status og utfordringsbilde",
                ],
            ),
            Chapter::new("Gjennomføring", &["Økonomiske og administrative konsekvenser", "Framdriftsplan"]),
        ]),
    }
}

fn lyngen() -> Programme {
    Programme {
        purpose: "Planen skal beskrive målene for det forebyggende arbeidet, hvordan det organiseres og fordeles \
                  mellom etatene, og hvordan etatene samarbeider. Den er styrende for alle som arbeider med barn og unge."
            .into(),
        background: "Hovedmål og delmål er utledet av kommuneplanens samfunnsdel og FNs bærekraftsmål for sosial \
                     bærekraft."
            .into(),
        guidelines: strings(&[COMMON_GUIDELINES, &["FNs bærekraftsmål 3, 4, 16 og 17"]].concat()),
        overlapping_plans: strings(&["Kommuneplanens samfunnsdel", "Kommunale delplaner for oppvekst og helse"]),
        groups: vec![
            Group {
                kind: GroupKind::Resource,
                mandate: "Ressursgruppa for barn og unge utarbeider planen".into(),
                members: members(&[
                    ("Helsestasjon", "Ledende helsesykepleier"),
                    ("Barnevern", "Medlem"),
                    ("NAV", "Medlem"),
                    ("Kommunepsykolog", "Medlem"),
                    ("Fysioterapi", "Kommunefysioterapeut"),
                    ("Legetjenesten", "Kommunelege"),
                    ("Rus og psykisk helse", "Leder"),
                    ("Oppvekst og kultur", "Kommunalsjef"),
                    ("Helse", "Kommunalsjef"),
                ]),
            },
            Group {
                kind: GroupKind::Reference,
                mandate: "Etablerte fora som gir innspill".into(),
                members: members(&[("Ledergrupper i helse og oppvekst", "Forum"), ("Rektormøtet", "Forum"), ("Styrermøtet", "Forum")]),
            },
        ],
        youth_summary: String::new(),
        decisions: Decisions::default(),
        participation: participation(&[
            ("Elevråd og førskolegrupper", "Innspillsmøte", "Under utarbeiding"),
            ("Ungdomsrådet", "Innspill og sak før politisk behandling", "Før hver politiske behandling"),
            ("Råd for folkehelse", "Innspill", "Under utarbeiding"),
            ("FAU i barnehager og skoler", "Innspill", "Under utarbeiding"),
            ("Alle foreldre, barn og unge", "Spørreundersøkelse", "Under utarbeiding"),
            ("Innbyggere", "Åpne innspillsmøter og høring", "Under utarbeiding og høring"),
        ]),
        outline: Outline::settled(vec![
            Chapter::new(
                "Innledning",
                &[
                    "Bakgrunn for planen og føringer",
                    "Barnekonvensjonen",
                    "Oppvekstreformen",
                    "Definisjoner: omsorgssvikt og atferdsproblemer",
                    "Risikofaktorer",
                    "Forebygging og helsefremming",
                    "Mål og strategier",
                ],
            ),
            Chapter::new("Å vokse opp i kommunen", &["Innspill fra innbyggere og lokale data"]),
            Chapter::new(
                "Grunnprinsipper i det forebyggende arbeidet",
                &["Tverrfaglig samarbeid", "Kompetanse", "Medvirkning", "Inkludering", "Kunnskapsbasert praksis"],
            ),
            Chapter::new(
                "Kunnskapsgrunnlag og analyse",
                &["Resultat fra kartlegging", "Innspill i prosess", "Analyse av eksisterende tilbud", "Status og utfordringsbilde"],
            ),
            Chapter::new("Anbefalte tiltak", &[]),
        ]),
    }
}

fn sandefjord() -> Programme {
    Programme {
        purpose: "Planen skal samle det forebyggende arbeidet for barn, unge og foreldre på tvers av \
                  kommunalområdene, med tiltak analysert mot lokale data."
            .into(),
        background:
            "Planarbeidet ledes av kommunepsykologen i seksjon oppvekst og helse; ledergrupper og tillitsvalgte \
                     holdes orientert og konsulteres."
                .into(),
        guidelines: strings(COMMON_GUIDELINES),
        overlapping_plans: strings(&[
            "Rus- og kriminalitetsforebyggende plan",
            "Kommuneplanens samfunnsdel",
            "Folkehelseplan",
        ]),
        groups: vec![
            Group {
                kind: GroupKind::Resource,
                mandate: "Bidrar med kunnskap og innspill".into(),
                members: members(&[
                    ("Folkehelse", "Folkehelsekoordinator"),
                    ("SLT", "SLT-koordinator"),
                    ("Koordinerende enhet barn og unge", "Medlem"),
                    ("Barneverntjenesten", "Medlem"),
                    ("Frivillighet", "Frivillighetskoordinator"),
                    ("Kultur, idrett og fritid", "Representant"),
                ]),
            },
            Group {
                kind: GroupKind::Reference,
                mandate: "Etablerte fora".into(),
                members: members(&[
                    ("Folkehelsenettverket", "Forum"),
                    ("Ledergruppen i oppvekst og helse", "Forum"),
                    ("Rektorgruppa", "Forum"),
                    ("Styrergruppa for barnehagene", "Forum"),
                ]),
            },
        ],
        youth_summary: String::new(),
        decisions: Decisions::default(),
        participation: participation(&[
            ("Ungdomsrådet", "Sak før politisk behandling", "Før hver politiske behandling"),
            (
                "Råd for personer med funksjonsnedsettelse",
                "Sak før politisk behandling",
                "Før hver politiske behandling",
            ),
            ("Medarbeidere", "Workshop om grunnprinsipper", "Under utarbeiding"),
            ("Medarbeidere i barneverntjenesten", "Fokusgruppe", "Under utarbeiding"),
            ("Innbyggere", "Høring og offentlig ettersyn", "Høring av planprogram og planforslag"),
        ]),
        outline: Outline::settled(vec![
            Chapter::new(
                "Innledning",
                &[
                    "Bakgrunn for planen og føringer",
                    "Oppvekstreformen",
                    "Tilstandsrapport for barneverntjenesten",
                    "Definisjoner: omsorgssvikt og atferdsproblemer",
                    "Hva er forebygging",
                    "Mål og strategier",
                ],
            ),
            Chapter::new("Å vokse opp i kommunen", &["Innspill fra innbyggere og lokale data"]),
            Chapter::new(
                "Grunnprinsipper i det forebyggende arbeidet",
                &[
                    "Samhandling",
                    "Kompetanse",
                    "Medvirkning og medborgerskap",
                    "Mangfold og inkludering",
                    "Kunnskapsbasert praksis",
                ],
            ),
            Chapter::new(
                "Tenk Sammen for en god oppvekst",
                &["Nasjonalt nivå", "Kommunenivå", "Tjenestenivå", "Individnivå"],
            ),
            Chapter::new(
                "Tiltaksoversikt og analyse",
                &[
                    "Resultat fra kartlegging",
                    "Innspill fra medvirkning",
                    "Analyse av eksisterende tilbud",
                    "Status og utfordringsbilde",
                ],
            ),
            Chapter::new("Anbefalte tiltak", &[]),
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::programme::numbered;

    #[test]
    fn presets_carry_the_seed_structures() {
        let e = Preset::Engerdal.programme();
        assert_eq!(e.outline.chapters.len(), 4, "Engerdal's four-chapter outline");
        assert_eq!(e.groups[0].kind, GroupKind::Working);
        assert_eq!(e.groups[0].members.len(), 5, "health, kindergarten, school, child welfare, volunteer centre");
        let l = Preset::Lyngen.programme();
        assert_eq!(l.groups[0].kind, GroupKind::Resource);
        assert!(l.participation.iter().any(|p| p.method == "Spørreundersøkelse"));
        let s = Preset::Sandefjord.programme();
        assert!(numbered(&s.outline.chapters).iter().any(|(n, _, c)| n == "4" && c.title.starts_with("Tenk Sammen")));
        assert_eq!(Preset::Empty.programme(), Programme::default());
        for p in Preset::ALL {
            assert_eq!(Preset::parse(p.as_str()), Some(p));
        }
    }
}
