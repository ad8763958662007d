//! The storage contract for surveys.

use chrono::NaiveDate;
use forebygg_app::{AnswerRefused, OrgScope, Store};
use forebygg_domain::ids::SurveyId;
use forebygg_domain::survey::answer::{Answers, Value};
use forebygg_domain::survey::suppression::Rules;
use forebygg_domain::survey::template;

use crate::measures::plan_of;

/// Surveys belong to a plan and an organisation; an answer is stored with its day
/// alone, a class code answers once (also when two try at once), and another
/// organisation reaches none of it.
pub async fn surveys_take_anonymous_answers_and_codes_once(store: &dyn Store) {
    let (a, plan) = plan_of(store, "3425").await;
    let (b, _) = plan_of(store, "3421").await;
    let survey = template::youth();
    let record = store.create_survey(&a, plan, &survey, "tok-a").await.unwrap();
    assert_eq!((record.survey.clone(), record.answers), (survey.clone(), 0));
    assert!(store.create_survey(&b, plan, &survey, "tok-b").await.is_err(), "not b's plan");
    assert!(store.survey(&b, record.id).await.is_err());
    assert!(all_answers(store, &b, record.id).await.is_empty());
    assert!(store.add_codes(&b, record.id, "8A", &["X".into()]).await.is_err());

    let codes: Vec<String> = (0..3).map(|i| format!("K{i}")).collect();
    assert_eq!(store.add_codes(&a, record.id, "8A", &codes).await.unwrap(), 3);
    assert_eq!(store.codes(&a, record.id).await.unwrap().len(), 3);
    let again = ["K1".to_owned(), "K1".to_owned()];
    assert_eq!(store.add_codes(&a, record.id, "8B", &again).await.unwrap(), 0, "a code drawn twice is skipped");
    assert_eq!(store.codes(&a, record.id).await.unwrap()[1].class, "8A", "and keeps its class");
    assert!(store.codes(&b, record.id).await.unwrap().is_empty());

    let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    let mut answers = Answers::new();
    answers.insert("q1".into(), Value::Choice(2));
    answers.insert("q11".into(), Value::Text("Flere «møteplasser»".into()));
    assert_eq!(store.submit_answer("tok-a", Some("K1"), "r1", day, &answers).await.unwrap(), Ok(()));
    assert_eq!(
        store.submit_answer("tok-a", Some("K1"), "r2", day, &answers).await.unwrap(),
        Err(AnswerRefused::Code),
        "a code answers once"
    );
    assert_eq!(
        store.submit_answer("tok-a", Some("nope"), "r3", day, &answers).await.unwrap(),
        Err(AnswerRefused::Code)
    );
    assert_eq!(store.submit_answer("tok-x", None, "r4", day, &answers).await.unwrap(), Err(AnswerRefused::Survey));
    assert_eq!(store.submit_answer("tok-a", None, "r5", day, &answers).await.unwrap(), Ok(()), "by link");
    let (first, second) = tokio::join!(
        store.submit_answer("tok-a", Some("K2"), "r6", day, &answers),
        store.submit_answer("tok-a", Some("K2"), "r7", day, &answers)
    );
    let mut both = [first.unwrap(), second.unwrap()];
    both.sort_by_key(|r| r.is_err());
    assert_eq!(both, [Ok(()), Err(AnswerRefused::Code)], "two at once: one answer");
    assert_eq!(all_answers(store, &a, record.id).await, vec![answers.clone(); 3]);
    let used: Vec<bool> = store.codes(&a, record.id).await.unwrap().iter().map(|c| c.used).collect();
    assert_eq!(used, [false, true, true]);
    assert_eq!(store.survey(&a, record.id).await.unwrap().answers, 3);
    assert_eq!(store.survey_by_token("tok-a").await.unwrap().unwrap().survey, survey);
    assert!(store.survey_by_token("tok-x").await.unwrap().is_none());

    // Thresholds are the organisation's own.
    assert_eq!(store.survey_rules(&a).await.unwrap(), Rules::DEFAULT);
    store.set_survey_rules(&a, Rules::new(3, 10)).await.unwrap();
    assert_eq!(store.survey_rules(&a).await.unwrap(), Rules { cell: 3, group: 10 });
    assert_eq!(store.survey_rules(&b).await.unwrap(), Rules::DEFAULT, "another organisation's stay");

    // The definition and state change; another organisation cannot change them.
    let mut opened = survey.clone();
    opened.open(day, day).unwrap();
    store.update_survey(&a, record.id, &opened).await.unwrap();
    assert!(store.update_survey(&b, record.id, &survey).await.is_err());
    assert_eq!(store.surveys(&a, plan).await.unwrap()[0].survey, opened);
    assert!(store.surveys(&b, plan).await.unwrap().is_empty());
}

async fn all_answers(store: &dyn Store, scope: &OrgScope, id: SurveyId) -> Vec<Answers> {
    let mut all = Vec::new();
    store.each_answer(scope, id, &mut |a| all.push(a)).await.unwrap();
    all
}
