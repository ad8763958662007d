//! A survey to start from: the topics Norwegian youth surveys commonly ask about
//! (well-being at home and at school, safety where you live, bullying, leisure and
//! meeting places, someone to talk to). The questions are written for forebygg, in
//! bokmål, nynorsk and English; none is copied from any survey.

use super::{Access, Condition, Localized, Question, QuestionKind, Section, Survey, SurveyState, TargetGroup};

fn l(nb: &str, nn: &str, en: &str) -> Localized {
    Localized::new(nb, nn, en)
}

fn agree() -> QuestionKind {
    QuestionKind::Likert {
        steps: vec![
            l("Helt uenig", "Heilt ueinig", "Strongly disagree"),
            l("Litt uenig", "Litt ueinig", "Somewhat disagree"),
            l("Verken enig eller uenig", "Verken einig eller ueinig", "Neither agree nor disagree"),
            l("Litt enig", "Litt einig", "Somewhat agree"),
            l("Helt enig", "Heilt einig", "Strongly agree"),
        ],
    }
}

fn question(key: &str, text: Localized, kind: QuestionKind, required: bool) -> Question {
    Question { key: key.to_owned(), text, kind, required, shown_if: None, background: false }
}

/// The youth survey template (lower and upper secondary school).
pub fn youth() -> Survey {
    let grade = QuestionKind::Single {
        options: vec![
            l("8. trinn", "8. trinn", "Year 8"),
            l("9. trinn", "9. trinn", "Year 9"),
            l("10. trinn", "10. trinn", "Year 10"),
            l("Videregående", "Vidaregåande", "Upper secondary"),
        ],
    };
    let gender = QuestionKind::Single {
        options: vec![
            l("Jente", "Jente", "Girl"),
            l("Gutt", "Gut", "Boy"),
            l("Annet eller vil ikke svare", "Anna eller vil ikkje svare", "Other or prefer not to say"),
        ],
    };
    let how_often = QuestionKind::Single {
        options: vec![
            l("Aldri", "Aldri", "Never"),
            l("Noen ganger", "Nokre gonger", "Sometimes"),
            l("Omtrent hver uke", "Omtrent kvar veke", "About every week"),
            l("Flere ganger i uka", "Fleire gonger i veka", "Several times a week"),
        ],
    };
    let mut bullied_where = question(
        "q8",
        l("Hvor skjedde det?", "Kvar skjedde det?", "Where did it happen?"),
        QuestionKind::Multiple {
            options: vec![
                l("På skolen", "På skulen", "At school"),
                l("På vei til eller fra skolen", "På veg til eller frå skulen", "On the way to or from school"),
                l("På nett eller mobil", "På nett eller mobil", "Online or by phone"),
                l("På fritida", "På fritida", "In my free time"),
            ],
        },
        false,
    );
    bullied_where.shown_if = Some(Condition { question: "q7".into(), options: vec![1, 2, 3] });
    Survey {
        title: l("Ungdomsundersøkelse", "Ungdomsundersøking", "Youth survey"),
        target: TargetGroup::Youth,
        access: Access::ClassCodes,
        anonymous: true,
        opens: None,
        closes: None,
        state: SurveyState::Draft,
        sections: vec![
            Section {
                title: l("Om deg", "Om deg", "About you"),
                questions: vec![
                    Question {
                        background: true,
                        ..question(
                            "q1",
                            l("Hvilket trinn går du på?", "Kva trinn går du på?", "Which year are you in?"),
                            grade,
                            true,
                        )
                    },
                    Question {
                        background: true, ..question("q2", l("Er du …", "Er du …", "Are you …"), gender, true)
                    },
                ],
            },
            Section {
                title: l("Hjemme og på skolen", "Heime og på skulen", "At home and at school"),
                questions: vec![
                    question("q3", l("Jeg trives hjemme.", "Eg trivst heime.", "I am happy at home."), agree(), true),
                    question(
                        "q4",
                        l("Jeg trives på skolen.", "Eg trivst på skulen.", "I am happy at school."),
                        agree(),
                        true,
                    ),
                    question(
                        "q5",
                        l(
                            "Det finnes en voksen jeg kan snakke med når noe er vanskelig.",
                            "Det finst ein vaksen eg kan snakke med når noko er vanskeleg.",
                            "There is an adult I can talk to when something is hard.",
                        ),
                        agree(),
                        true,
                    ),
                ],
            },
            Section {
                title: l("Trygghet og mobbing", "Tryggleik og mobbing", "Safety and bullying"),
                questions: vec![
                    question(
                        "q6",
                        l(
                            "Jeg føler meg trygg der jeg bor.",
                            "Eg kjenner meg trygg der eg bur.",
                            "I feel safe where I live.",
                        ),
                        agree(),
                        true,
                    ),
                    question(
                        "q7",
                        l(
                            "Hvor ofte har du blitt plaget, truet eller holdt utenfor av andre unge det siste året?",
                            "Kor ofte har du vorte plaga, truga eller halden utanfor av andre unge det siste året?",
                            "How often have other young people bothered, threatened or left you out in the last year?",
                        ),
                        how_often,
                        true,
                    ),
                    bullied_where,
                ],
            },
            Section {
                title: l("Fritid og møteplasser", "Fritid og møteplassar", "Leisure and meeting places"),
                questions: vec![
                    question(
                        "q9",
                        l("Hva gjør du på fritida?", "Kva gjer du på fritida?", "What do you do in your free time?"),
                        QuestionKind::Multiple {
                            options: vec![
                                l("Idrett", "Idrett", "Sports"),
                                l(
                                    "Musikk, kultur eller friluftsliv",
                                    "Musikk, kultur eller friluftsliv",
                                    "Music, culture or outdoor life",
                                ),
                                l("Fritidsklubb eller ungdomshus", "Fritidsklubb eller ungdomshus", "Youth club"),
                                l("Er mest for meg selv", "Er mest for meg sjølv", "Mostly on my own"),
                            ],
                        },
                        false,
                    ),
                    question(
                        "q10",
                        l(
                            "Det finnes gode steder å møte andre unge der jeg bor.",
                            "Det finst gode stader å møte andre unge der eg bur.",
                            "There are good places to meet other young people where I live.",
                        ),
                        agree(),
                        true,
                    ),
                    question(
                        "q11",
                        l(
                            "Hva ville gjort det bedre å være ung der du bor?",
                            "Kva ville gjort det betre å vere ung der du bur?",
                            "What would make it better to be young where you live?",
                        ),
                        QuestionKind::FreeText,
                        false,
                    ),
                ],
            },
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_consistent_in_three_languages() {
        let survey = youth();
        survey.check().unwrap();
        let mut keys: Vec<&str> = survey.questions().map(|q| q.key.as_str()).collect();
        let n = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), n, "keys are unique");
        for q in survey.questions() {
            for text in std::iter::once(&q.text).chain(q.kind.options()) {
                assert!(!text.nb.is_empty() && !text.nn.is_empty() && !text.en.is_empty(), "{text:?}");
            }
        }
        assert_eq!(survey.questions().filter(|q| q.background).count(), 2, "grade and gender");
    }
}
