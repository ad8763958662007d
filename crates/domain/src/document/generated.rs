//! Generated blocks: a line such as `{{tiltak}}` in a chapter stands for a block made
//! from the plan's structured data — the goal hierarchy, the measures per goal, the
//! responsibility matrix, the timeline, the participation activities, the
//! merknadsbehandling, the legal references. The document shows the data as it stands
//! until a version is frozen; the version keeps the data ([`Generated`]) as it stood.
//!
//! The blocks are made of ordinary markup blocks (tables, lists, paragraphs of text), so
//! every renderer — web, PDF, DOCX — shows them without knowing they were generated, and
//! the data enters them only as text.

use crate::ids::GoalId;
use serde::{Deserialize, Serialize};

use super::markup::{Block, GridRow, Inline, Text};
use crate::measures::coverage::ThemeRow;
use crate::measures::{AgeBand, PreventionLevel};
use crate::theme::Theme;
use crate::timeline::NorDate;

/// Which generated block a placeholder line asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GeneratedBlock {
    Goals,
    Measures,
    Responsibility,
    Coverage,
    Timeline,
    Participation,
    Merknadsbehandling,
    LegalReferences,
    /// The charts (with their tables) of the indicators chosen for the plan.
    Indicators,
    /// The organisation's challenge picture, as saved on the knowledge base's page.
    ChallengePicture,
    /// The plan's finished surveys: a chart (with its table) per question.
    Surveys,
}

impl GeneratedBlock {
    pub const ALL: [GeneratedBlock; 11] = [
        GeneratedBlock::Goals,
        GeneratedBlock::Measures,
        GeneratedBlock::Responsibility,
        GeneratedBlock::Coverage,
        GeneratedBlock::Timeline,
        GeneratedBlock::Participation,
        GeneratedBlock::Merknadsbehandling,
        GeneratedBlock::LegalReferences,
        GeneratedBlock::Indicators,
        GeneratedBlock::ChallengePicture,
        GeneratedBlock::Surveys,
    ];

    /// The placeholder's names: bokmål first (what the editor's help shows), then
    /// nynorsk and English spellings that mean the same.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            GeneratedBlock::Goals => &["mål", "goals"],
            GeneratedBlock::Measures => &["tiltak", "measures"],
            GeneratedBlock::Responsibility => &["ansvar", "responsibility"],
            GeneratedBlock::Coverage => &["dekning", "coverage"],
            GeneratedBlock::Timeline => &["tidslinje", "framdrift", "timeline"],
            GeneratedBlock::Participation => &["medvirkning", "participation"],
            GeneratedBlock::Merknadsbehandling => &["merknader", "merknadsbehandling", "inputs"],
            GeneratedBlock::LegalReferences => &["lovgrunnlag", "lovgrunnlaget", "legal"],
            GeneratedBlock::Indicators => &["indikatorer", "indikatorar", "indicators"],
            GeneratedBlock::ChallengePicture => {
                &["utfordringsbilde", "utfordringsbiletet", "utfordringsbilete", "challenges"]
            }
            GeneratedBlock::Surveys => &["undersøkelse", "undersøkelser", "undersøking", "undersøkingar", "surveys"],
        }
    }

    /// The block a line stands for: the whole line is `{{name}}` (spaces allowed).
    pub fn from_line(line: &str) -> Option<GeneratedBlock> {
        let name = line.trim().strip_prefix("{{")?.strip_suffix("}}")?.trim().to_lowercase();
        GeneratedBlock::ALL.into_iter().find(|b| b.names().contains(&name.as_str()))
    }

    /// The placeholder lines of a text that name no block (`{{tiltk}}`), each with the
    /// block it most likely meant (by letters in common), if any is close.
    pub fn unknown_in(text: &str) -> Vec<(String, Option<GeneratedBlock>)> {
        text.lines()
            .filter_map(|line| {
                let name = line.trim().strip_prefix("{{")?.strip_suffix("}}")?.trim().to_lowercase();
                if GeneratedBlock::from_line(line).is_some() {
                    return None;
                }
                let closest = GeneratedBlock::ALL
                    .into_iter()
                    .flat_map(|b| b.names().iter().map(move |n| (b, *n)))
                    .map(|(b, n)| (b, strsim::levenshtein(n, &name)))
                    .filter(|(_, d)| *d <= 2)
                    .min_by_key(|(_, d)| *d)
                    .map(|(b, _)| b);
                Some((line.trim().to_owned(), closest))
            })
            .collect()
    }

    /// The placeholder as written in a chapter, e.g. `{{tiltak}}`.
    pub fn placeholder(self) -> String {
        format!("{{{{{}}}}}", self.names()[0])
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalLine {
    pub id: GoalId,
    pub parent: Option<GoalId>,
    /// "main", "sub" or "strategy".
    pub level: String,
    pub title: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureLine {
    pub name: String,
    pub owner: String,
    pub partners: Vec<String>,
    /// A status code ("running"), when set.
    pub status: Option<String>,
    pub evaluation: Option<NorDate>,
    pub goals: Vec<GoalId>,
    /// Theme codes ("mental_health"), the municipality's own themes, age band codes
    /// ("13-15") and the prevention level code ("universal"): its place in the coverage
    /// matrix.
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub other_themes: Vec<String>,
    #[serde(default)]
    pub age_bands: Vec<String>,
    #[serde(default)]
    pub prevention: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityLine {
    /// An activity kind code ("participation").
    pub kind: String,
    pub title: String,
    pub start: NorDate,
    pub end: Option<NorDate>,
    pub responsible: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputLine {
    pub reference: String,
    /// Who sent it, as the public may see it (empty for a private person).
    pub sender: String,
    /// A survey's free-text answer: nobody sent it by name.
    #[serde(default)]
    pub survey: bool,
    pub text: String,
    /// A decision code ("taken_into_account"), once assessed.
    pub decision: Option<String>,
    pub justification: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalLine {
    /// The reference's id in the legal register; its subject is shown from the
    /// catalogue key `legal-subject-{id}` in the document's language.
    pub id: String,
    pub citation: String,
    /// The register's own (English) line, shown where the catalogue has none.
    pub subject: String,
}

/// The data generated blocks are made from: read live for the working document, kept
/// in a frozen version as it stood.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Generated {
    pub goals: Vec<GoalLine>,
    pub measures: Vec<MeasureLine>,
    pub activities: Vec<ActivityLine>,
    pub inputs: Vec<InputLine>,
    pub legal: Vec<LegalLine>,
    /// The programme's participation plan (who takes part, how, when): `{{medvirkning}}`
    /// shows it before the participation activities. Empty in versions frozen before.
    #[serde(default)]
    pub participation: Vec<crate::plan::programme::Participation>,
    /// The indicators chosen for `{{indikatorer}}`, in their order, compared as they
    /// stood. Empty in versions frozen before.
    #[serde(default)]
    pub indicators: Vec<crate::indicators::figures::Figures>,
    /// The challenge picture's saved text (markup), for `{{utfordringsbilde}}`.
    #[serde(default)]
    pub challenge: String,
    /// The plan's finished surveys with their results (small groups already hidden),
    /// for `{{undersøkelse}}`. Empty in versions frozen before.
    #[serde(default)]
    pub surveys: Vec<SurveyFigures>,
}

/// A finished survey as `{{undersøkelse}}` shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyFigures {
    pub survey: crate::survey::Survey,
    pub answers: u64,
    /// Its results with small groups protected (only those over all are drawn).
    pub results: Vec<crate::survey::results::QuestionResults>,
}

fn text(s: impl Into<String>) -> Vec<Inline> {
    vec![Inline::Text { text: s.into() }]
}

fn date(d: Option<NorDate>) -> Vec<Inline> {
    text(d.map(|d| d.to_string()).unwrap_or_default())
}

/// The goals in outline order with their numbers ("1", "1.2", "1.2.1").
pub fn numbered_goals(goals: &[GoalLine]) -> Vec<(String, &GoalLine)> {
    fn walk<'a>(goals: &'a [GoalLine], parent: Option<GoalId>, prefix: &str, out: &mut Vec<(String, &'a GoalLine)>) {
        for (i, g) in goals.iter().filter(|g| g.parent == parent).enumerate() {
            let number = if prefix.is_empty() { (i + 1).to_string() } else { format!("{prefix}.{}", i + 1) };
            out.push((number.clone(), g));
            walk(goals, Some(g.id), &number, out);
        }
    }
    let mut out = Vec::new();
    walk(goals, None, "", &mut out);
    // Goals whose parent is missing (never in practice) still show, at the end.
    for g in goals {
        if !out.iter().any(|(_, o)| o.id == g.id) {
            out.push((String::new(), g));
        }
    }
    out
}

/// Makes the blocks of one generated block. `label` gives the words in the document's
/// language for the keys `generated-…` and the code keys (`goal-level-main`, …).
pub fn blocks(which: GeneratedBlock, data: &Generated, label: &dyn Fn(&str) -> String) -> Vec<Block> {
    let none = |key: &str| vec![Block::Paragraph { content: vec![Inline::Emph { content: text(label(key)) }] }];
    let header = |keys: &[&str]| keys.iter().map(|k| text(label(k))).collect::<Vec<_>>();
    let measure_row = |m: &MeasureLine| {
        vec![
            text(&m.name),
            text(&m.owner),
            text(m.partners.join(", ")),
            date(m.evaluation),
            text(m.status.as_deref().map(|s| label(&format!("measure-status-{s}"))).unwrap_or_default()),
        ]
    };
    let measure_header = || {
        header(&[
            "generated-measure",
            "generated-owner",
            "generated-partners",
            "generated-evaluation",
            "generated-status",
        ])
    };
    match which {
        GeneratedBlock::Goals => {
            if data.goals.is_empty() {
                return none("generated-no-goals");
            }
            let rows = numbered_goals(&data.goals)
                .into_iter()
                .map(|(n, g)| vec![text(n), text(label(&format!("goal-level-{}", g.level))), text(&g.title)])
                .collect();
            vec![Block::Table { header: header(&["generated-number", "generated-level", "generated-goal"]), rows }]
        }
        GeneratedBlock::Measures => {
            if data.measures.is_empty() {
                return none("generated-no-measures");
            }
            let mut out = Vec::new();
            for (n, g) in numbered_goals(&data.goals) {
                let rows: Vec<_> = data.measures.iter().filter(|m| m.goals.contains(&g.id)).map(measure_row).collect();
                if !rows.is_empty() {
                    out.push(Block::Paragraph {
                        content: vec![Inline::Strong { content: text(format!("{n} {}", g.title)) }],
                    });
                    out.push(Block::Table { header: measure_header(), rows });
                }
            }
            let unlinked: Vec<_> = data
                .measures
                .iter()
                .filter(|m| !m.goals.iter().any(|id| data.goals.iter().any(|g| g.id == *id)))
                .map(measure_row)
                .collect();
            if !unlinked.is_empty() {
                out.push(Block::Paragraph {
                    content: vec![Inline::Strong { content: text(label("generated-no-goal")) }],
                });
                out.push(Block::Table { header: measure_header(), rows: unlinked });
            }
            out
        }
        GeneratedBlock::Responsibility => {
            if data.measures.is_empty() {
                return none("generated-no-measures");
            }
            let mut services: Vec<&str> = Vec::new();
            for m in &data.measures {
                for s in std::iter::once(&m.owner).chain(&m.partners) {
                    if !s.is_empty() && !services.contains(&s.as_str()) {
                        services.push(s);
                    }
                }
            }
            services.sort_unstable();
            let mut head = header(&["generated-measure"]);
            head.extend(services.iter().map(|s| text(*s)));
            let rows = data
                .measures
                .iter()
                .map(|m| {
                    let mut row = vec![text(&m.name)];
                    row.extend(services.iter().map(|s| {
                        if m.owner == *s {
                            text(label("generated-role-owner"))
                        } else if m.partners.iter().any(|p| p == s) {
                            text(label("generated-role-partner"))
                        } else {
                            Vec::new()
                        }
                    }));
                    row
                })
                .collect();
            vec![Block::Table { header: head, rows }]
        }
        GeneratedBlock::Coverage => coverage(data, label),
        GeneratedBlock::Timeline | GeneratedBlock::Participation => {
            let mut acts: Vec<&ActivityLine> = data
                .activities
                .iter()
                .filter(|a| which == GeneratedBlock::Timeline || a.kind == "participation")
                .collect();
            // The participation plan as the programme set it out, then what is scheduled.
            let mut out = Vec::new();
            if which == GeneratedBlock::Participation && !data.participation.is_empty() {
                let rows = data
                    .participation
                    .iter()
                    .map(|p| vec![text(&p.target_group), text(&p.method), text(&p.when)])
                    .collect();
                let head = header(&["generated-target-group", "generated-method", "generated-when"]);
                out.push(Block::Table { header: head, rows });
            }
            if acts.is_empty() {
                if out.is_empty() {
                    return none("generated-no-activities");
                }
                return out;
            }
            acts.sort_by_key(|a| a.start);
            let rows = acts
                .into_iter()
                .map(|a| {
                    vec![
                        text(a.start.to_string()),
                        date(a.end),
                        text(&a.title),
                        text(label(&format!("activity-{}", a.kind))),
                        text(&a.responsible),
                    ]
                })
                .collect();
            let head = header(&[
                "generated-from",
                "generated-to",
                "generated-activity",
                "generated-kind",
                "generated-responsible",
            ]);
            out.push(Block::Table { header: head, rows });
            out
        }
        GeneratedBlock::Merknadsbehandling => {
            if data.inputs.is_empty() {
                return none("generated-no-inputs");
            }
            let rows = data
                .inputs
                .iter()
                .map(|i| {
                    let decision = i
                        .decision
                        .as_deref()
                        .map_or_else(|| label("decision-none"), |d| label(&format!("decision-{d}")));
                    let sender = match (i.survey, i.sender.is_empty()) {
                        (true, _) => label("generated-survey-answer"),
                        (false, true) => label("generated-private-person"),
                        (false, false) => i.sender.clone(),
                    };
                    vec![text(&i.reference), text(sender), text(&i.text), text(decision), text(&i.justification)]
                })
                .collect();
            let head = header(&[
                "generated-reference",
                "generated-sender",
                "generated-input",
                "generated-decision",
                "generated-justification",
            ]);
            vec![Block::Table { header: head, rows }]
        }
        GeneratedBlock::LegalReferences => {
            if data.legal.is_empty() {
                return none("generated-no-legal");
            }
            let items = data
                .legal
                .iter()
                .map(|l| {
                    let key = format!("legal-subject-{}", l.id);
                    let subject =
                        Some(label(&key)).filter(|s| !s.is_empty() && *s != key).unwrap_or_else(|| l.subject.clone());
                    // The law's name in the document's language (nynorsk: barnevernslova).
                    let key = format!("legal-citation-{}", l.id);
                    let citation =
                        Some(label(&key)).filter(|s| !s.is_empty() && *s != key).unwrap_or_else(|| l.citation.clone());
                    vec![Inline::Strong { content: text(&citation) }, Inline::Text { text: format!(" – {subject}") }]
                })
                .collect();
            vec![Block::List { ordered: false, items }]
        }
        GeneratedBlock::Indicators => {
            if data.indicators.is_empty() {
                return none("generated-no-indicators");
            }
            // Norwegian documents write decimal commas; the English one points.
            let comma = label("indicator-decimal") != ".";
            data.indicators
                .iter()
                .flat_map(|f| {
                    let line = f.line_chart(comma, label);
                    let bar = f.bar_chart(comma, label);
                    std::iter::once(line).chain(bar).map(Block::chart)
                })
                .collect()
        }
        GeneratedBlock::Surveys => {
            if data.surveys.is_empty() {
                return none("generated-no-surveys");
            }
            let lang = crate::Lang::parse(&label("survey-lang")).unwrap_or_default();
            let mut out = Vec::new();
            for (i, f) in data.surveys.iter().enumerate() {
                let period = match (f.survey.opens, f.survey.closes) {
                    (Some(a), Some(b)) => format!(" ({} – {})", NorDate(a), NorDate(b)),
                    _ => String::new(),
                };
                out.push(Block::Paragraph {
                    content: vec![Inline::Strong { content: text(format!("{}{period}", f.survey.title.get(lang))) }],
                });
                out.push(Block::Paragraph {
                    content: text(format!("{} {}", label("generated-survey-answers"), f.answers)),
                });
                out.extend(
                    f.results.iter().filter_map(|r| crate::survey::charts::chart(&f.survey, r, lang, label)).map(
                        |mut c| {
                            c.key = format!("{}-{i}", c.key);
                            Block::chart(c)
                        },
                    ),
                );
            }
            out
        }
        GeneratedBlock::ChallengePicture => {
            let text = super::markup::parse(&data.challenge);
            // A challenge picture holds no generated blocks of its own (no recursion).
            let blocks: Vec<Block> =
                text.blocks.into_iter().filter(|b| !matches!(b, Block::Generated { .. })).collect();
            if blocks.is_empty() { none("generated-no-challenge") } else { blocks }
        }
    }
}

/// The coverage matrix: per prevention level a table of themes × age bands, each cell
/// naming the measures that cover it, or saying that none does (a gap, in words).
fn coverage(data: &Generated, label: &dyn Fn(&str) -> String) -> Vec<Block> {
    if data.measures.is_empty() {
        return vec![Block::Paragraph {
            content: vec![Inline::Emph { content: text(label("generated-no-measures")) }],
        }];
    }
    let mut own: Vec<&str> = data.measures.iter().flat_map(|m| m.other_themes.iter().map(|t| t.trim())).collect();
    own.sort_by_key(|t| t.to_lowercase());
    own.dedup_by_key(|t| t.to_lowercase());
    let rows: Vec<ThemeRow> = Theme::ALL
        .into_iter()
        .map(ThemeRow::Standard)
        .chain(own.into_iter().map(|o| ThemeRow::Other(o.to_owned())))
        .collect();
    let covers = |row: &ThemeRow, m: &MeasureLine| match row {
        ThemeRow::Standard(t) => m.themes.iter().any(|c| c == t.as_str()),
        ThemeRow::Other(o) => m.other_themes.iter().any(|x| x.trim().to_lowercase() == o.to_lowercase()),
    };
    let mut out = vec![Block::Paragraph { content: text(label("generated-coverage-picture")) }];
    // The picture first: per level, how many services work in each cell (0: a gap).
    for level in PreventionLevel::ALL {
        let grid_rows = rows
            .iter()
            .map(|theme| GridRow {
                label: text(match theme {
                    ThemeRow::Standard(t) => label(&format!("theme-{}", t.as_str())),
                    ThemeRow::Other(o) => o.clone(),
                }),
                counts: AgeBand::ALL
                    .iter()
                    .map(|band| {
                        let mut owners: Vec<String> = data
                            .measures
                            .iter()
                            .filter(|m| m.prevention.as_deref() == Some(level.code()))
                            .filter(|m| m.age_bands.iter().any(|b| b == band.code()))
                            .filter(|m| covers(theme, m))
                            .map(|m| m.owner.trim().to_lowercase())
                            .collect();
                        owners.sort_unstable();
                        owners.dedup();
                        owners.len() as u32
                    })
                    .collect(),
            })
            .collect();
        out.push(Block::Grid {
            caption: text(label(&format!("prevention-{}", level.code()))),
            columns: AgeBand::ALL.iter().map(|b| text(label(&format!("age-{}", b.code())))).collect(),
            rows: grid_rows,
        });
    }
    // Then the detailed tables: which measures cover each cell.
    for level in PreventionLevel::ALL {
        out.push(Block::Paragraph {
            content: vec![Inline::Strong { content: text(label(&format!("prevention-{}", level.code()))) }],
        });
        let mut header = vec![text(label("generated-theme"))];
        header.extend(AgeBand::ALL.iter().map(|b| text(label(&format!("age-{}", b.code())))));
        let table_rows = rows
            .iter()
            .map(|theme| {
                let name = match theme {
                    ThemeRow::Standard(t) => label(&format!("theme-{}", t.as_str())),
                    ThemeRow::Other(o) => o.clone(),
                };
                let mut row = vec![text(name)];
                row.extend(AgeBand::ALL.iter().map(|band| {
                    let names: Vec<&str> = data
                        .measures
                        .iter()
                        .filter(|m| m.prevention.as_deref() == Some(level.code()))
                        .filter(|m| m.age_bands.iter().any(|b| b == band.code()))
                        .filter(|m| covers(theme, m))
                        .map(|m| m.name.as_str())
                        .collect();
                    if names.is_empty() { text(label("generated-gap")) } else { text(names.join(", ")) }
                }));
                row
            })
            .collect();
        out.push(Block::Table { header, rows: table_rows });
    }
    out
}

/// The text with each placeholder replaced by its generated blocks.
pub fn expand(text: Text, data: &Generated, label: &dyn Fn(&str) -> String) -> Text {
    let mut out = Vec::with_capacity(text.blocks.len());
    for block in text.blocks {
        match block {
            Block::Generated { which } => out.extend(blocks(which, data, label)),
            other => out.push(other),
        }
    }
    Text { blocks: out, footnotes: text.footnotes }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::markup::parse;

    fn g(id: i64) -> GoalId {
        GoalId::new(id)
    }

    fn data() -> Generated {
        Generated {
            goals: vec![
                GoalLine { id: g(1), parent: None, level: "main".into(), title: "Gode oppvekstvilkår".into() },
                GoalLine { id: g(2), parent: Some(g(1)), level: "sub".into(), title: "Tidlig innsats".into() },
                GoalLine { id: g(3), parent: None, level: "main".into(), title: "Trygge foreldre".into() },
            ],
            measures: vec![
                MeasureLine {
                    name: "ICDP".into(),
                    owner: "Helsestasjonen".into(),
                    partners: vec!["Barnehagene".into()],
                    status: Some("running".into()),
                    evaluation: NorDate::parse("31.12.2027").ok(),
                    goals: vec![g(2), g(3)],
                    themes: vec!["mental_health".into()],
                    other_themes: vec!["Skolefravær".into()],
                    age_bands: vec!["0-5".into(), "parents".into()],
                    prevention: Some("universal".into()),
                },
                MeasureLine {
                    name: "Ungdomsklubben".into(),
                    owner: "Kultur".into(),
                    partners: vec![],
                    status: None,
                    evaluation: None,
                    goals: vec![],
                    ..MeasureLine::default()
                },
            ],
            ..Generated::default()
        }
    }

    fn all_text(blocks: &[Block]) -> String {
        serde_json::to_string(blocks).unwrap()
    }

    #[test]
    fn placeholder_lines_are_recognised_in_any_of_their_spellings_only_on_a_line_of_their_own() {
        assert_eq!(GeneratedBlock::from_line("{{tiltak}}"), Some(GeneratedBlock::Measures));
        assert_eq!(GeneratedBlock::from_line("  {{ Measures }} "), Some(GeneratedBlock::Measures));
        assert_eq!(GeneratedBlock::from_line("{{framdrift}}"), Some(GeneratedBlock::Timeline));
        assert_eq!(GeneratedBlock::from_line("{{noe annet}}"), None);
        for b in GeneratedBlock::ALL {
            assert_eq!(GeneratedBlock::from_line(&b.placeholder()), Some(b));
        }
        let text = parse("Se {{tiltak}} her.\n\n{{tiltak}}");
        assert!(matches!(text.blocks[0], Block::Paragraph { .. }));
        assert_eq!(text.blocks[1], Block::Generated { which: GeneratedBlock::Measures });
    }

    #[test]
    fn measures_are_grouped_under_every_goal_they_serve_and_the_rest_under_no_goal() {
        let label = |k: &str| format!("<{k}>");
        let out = blocks(GeneratedBlock::Measures, &data(), &label);
        let titles: Vec<String> = out
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph { content } => Some(serde_json::to_string(content).unwrap()),
                _ => None,
            })
            .collect();
        assert_eq!(titles.len(), 3, "{titles:?}");
        assert!(titles[0].contains("1.1 Tidlig innsats"));
        assert!(titles[1].contains("2 Trygge foreldre"));
        assert!(titles[2].contains("<generated-no-goal>"));
        let json = all_text(&out);
        assert_eq!(json.matches("ICDP").count(), 2);
        assert!(json.contains("31.12.2027") && json.contains("<measure-status-running>"));
    }

    #[test]
    fn the_responsibility_matrix_has_one_owner_per_measure() {
        let label = |k: &str| k.to_owned();
        let out = blocks(GeneratedBlock::Responsibility, &data(), &label);
        let Block::Table { header, rows } = &out[0] else { panic!("{out:?}") };
        assert_eq!(header.len(), 4, "measure + three services");
        for row in rows {
            assert_eq!(row.iter().filter(|c| **c == text("generated-role-owner")).count(), 1);
        }
    }

    #[test]
    fn the_coverage_matrix_names_the_measures_in_each_cell_and_the_gaps_in_words() {
        let label = |k: &str| k.to_owned();
        let all = blocks(GeneratedBlock::Coverage, &data(), &label);
        let levels = PreventionLevel::ALL.len();
        assert_eq!(
            all.len(),
            1 + levels + 2 * levels,
            "a legend, a picture per level, a heading and a table per level"
        );
        // The picture: the number of services per cell.
        let Block::Grid { caption, columns, rows } = &all[1] else { panic!("{all:?}") };
        assert_eq!((caption.clone(), columns.len()), (text("prevention-universal"), AgeBand::ALL.len()));
        let counts = |row: &str| rows.iter().find(|r| r.label == text(row)).map(|r| r.counts.clone()).unwrap();
        assert_eq!(counts("theme-mental_health")[0], 1, "ICDP, one service");
        assert_eq!(counts("theme-mental_health")[1], 0, "a gap");
        let Block::Grid { rows, .. } = &all[2] else { panic!() };
        assert!(rows.iter().all(|r| r.counts.iter().all(|c| *c == 0)), "nothing selective");
        let out = &all[1 + levels..];
        let Block::Table { header, rows } = &out[1] else { panic!("{out:?}") };
        assert_eq!(header.len(), 1 + AgeBand::ALL.len());
        assert_eq!(rows.len(), Theme::ALL.len() + 1, "the standard themes and the municipality's own");
        let cell =
            |row: &str, band: usize| rows.iter().find(|r| r[0] == text(row)).map(|r| r[band + 1].clone()).unwrap();
        assert_eq!(cell("theme-mental_health", 0), text("ICDP"));
        assert_eq!(cell("Skolefravær", 0), text("ICDP"));
        assert_eq!(cell("theme-mental_health", 1), text("generated-gap"));
        let Block::Table { rows, .. } = &out[3] else { panic!() };
        assert!(rows.iter().all(|r| r[1..].iter().all(|c| *c == text("generated-gap"))), "nothing selective");
    }

    #[test]
    fn expansion_replaces_placeholders_and_keeps_everything_else() {
        let label = |k: &str| k.to_owned();
        let text = parse("Innledning.\n\n{{mål}}\n\nSlutt.");
        let out = expand(text, &data(), &label);
        assert_eq!(out.blocks.len(), 3);
        assert!(matches!(&out.blocks[1], Block::Table { rows, .. } if rows.len() == 3));
        let legal = Generated {
            legal: vec![LegalLine {
                id: "bvl-2021-15-1".into(),
                citation: "barnevernsloven § 15-1".into(),
                subject: "English".into(),
            }],
            ..Generated::default()
        };
        let norwegian =
            |k: &str| if k == "legal-subject-bvl-2021-15-1" { "Kommunestyret vedtar".to_owned() } else { k.to_owned() };
        assert!(
            all_text(&blocks(GeneratedBlock::LegalReferences, &legal, &norwegian)).contains(" – Kommunestyret vedtar")
        );
        assert!(
            all_text(&blocks(GeneratedBlock::LegalReferences, &legal, &label)).contains(" – English"),
            "no entry: the register's line"
        );
        let empty = expand(parse("{{merknader}}"), &Generated::default(), &label);
        assert!(all_text(&empty.blocks).contains("generated-no-inputs"));
    }
}

#[cfg(test)]
mod placeholder_tests {
    use super::*;

    #[test]
    fn a_mistyped_placeholder_is_found_with_what_it_likely_meant() {
        let text =
            "Innledning\n{{tiltk}}\n{{tiltak}}\n  {{ Medvirkning }}\n{{noe helt annet}}\nTekst {{tiltk}} i linja";
        assert_eq!(
            GeneratedBlock::unknown_in(text),
            vec![("{{tiltk}}".to_owned(), Some(GeneratedBlock::Measures)), ("{{noe helt annet}}".to_owned(), None)]
        );
    }

    #[test]
    fn participation_shows_the_programme_plan_before_the_activities() {
        let data = Generated {
            participation: vec![crate::plan::programme::Participation {
                target_group: "Ungdomsrådet".into(),
                method: "Workshop".into(),
                when: "Våren 2024".into(),
            }],
            ..Generated::default()
        };
        let blocks = blocks(GeneratedBlock::Participation, &data, &|k| k.to_owned());
        match blocks.as_slice() {
            [Block::Table { header, rows }] => {
                assert_eq!(header.len(), 3);
                assert_eq!(rows[0][0], vec![Inline::Text { text: "Ungdomsrådet".into() }]);
            }
            other => panic!("one table of the participation plan: {other:?}"),
        }
    }

    #[test]
    fn surveys_show_each_finished_survey_with_a_chart_per_question_in_the_documents_language() {
        use crate::survey::answer::{Answers, Value};
        use crate::survey::results::Tally;
        use crate::survey::suppression::Rules;
        let mut survey = crate::survey::template::youth();
        survey.title.nn = "Ungdomsundersøking".into();
        let mut tally = Tally::new(survey.questions().filter(|q| q.key == "q4"), &[]);
        for i in 0..30 {
            tally.add(&Answers::from([("q4".to_owned(), Value::Choice(if i < 20 { 3 } else { 4 }))]));
        }
        let results = tally.results(Rules::DEFAULT);
        let data = Generated { surveys: vec![SurveyFigures { survey, answers: 30, results }], ..Generated::default() };
        let label = |k: &str| if k == "survey-lang" { "nn".to_owned() } else { k.to_owned() };
        let blocks = blocks(GeneratedBlock::Surveys, &data, &label);
        match blocks.as_slice() {
            [Block::Paragraph { content: title }, Block::Paragraph { .. }, Block::Chart { chart, svg }] => {
                assert_eq!(title, &vec![Inline::Strong { content: text("Ungdomsundersøking") }]);
                assert_eq!(chart.title, "Eg trivst på skulen.");
                assert_eq!(chart.series[0].cells[3].text, "66,7 %");
                assert!(svg.contains("33,3 %"));
            }
            other => panic!("a title, the number of answers and one chart: {other:?}"),
        }
        assert!(matches!(
            super::blocks(GeneratedBlock::Surveys, &Generated::default(), &label).as_slice(),
            [Block::Paragraph { .. }]
        ));
        assert_eq!(GeneratedBlock::from_line("{{undersøkelse}}"), Some(GeneratedBlock::Surveys));
    }
}
