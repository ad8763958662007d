//! Dialogue conferences: rounds, groups and group leaders, and each group's output
//! becoming inputs in the register, traced back to round and group.

use axum::http::StatusCode;
use forebygg_app::{AccountStore, InputStore, OrgScope};
use forebygg_domain::OrgCode;

use crate::support::{app, plan_of, text};

/// The cells of the table row whose header is `header`, one string of HTML each.
fn cells<'a>(html: &'a str, header: &str) -> Vec<&'a str> {
    let row =
        html.split(&format!("<th scope=\"row\">{header}</th>")).nth(1).unwrap_or_else(|| panic!("no row {header}"));
    row.split("</tr>").next().unwrap().split("<td>").skip(1).collect()
}

#[tokio::test]
async fn a_conference_is_recorded_and_each_groups_output_lands_in_the_register() {
    let app = app().await;
    let plan = plan_of(&app, "upbringing").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let base = format!("/organisations/3425/plans/{plan}/conferences");
    let list = text(&lead.get(&base).await.body);
    assert!(list.contains("Ingen dialogkonferanser er registrert ennå."), "{list}");

    let refused = lead
        .post(&base, &[("title", "Referansegruppa"), ("held_on", "31.02.2024"), ("rounds", ""), ("groups", "; Ida")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let t = text(&refused.body);
    assert!(t.contains("«31.02.2024» er ikke en dato"), "{t}");
    assert!(t.contains("Dette feltet må fylles ut.") && t.contains("Hver linje må ha et gruppenavn"), "{t}");
    assert!(refused.body.contains("value=\"Referansegruppa\"") && refused.body.contains(">; Ida</textarea>"));

    let r = lead
        .post(
            &base,
            &[
                ("title", "Referansegruppa, første møte"),
                ("held_on", "14.03.2024"),
                ("place", "Kommunestyresalen"),
                ("participants", "Tjenesteledere fra barnehage, skole, helse og NAV"),
                ("rounds", "Hva fungerer godt i dag?\nHva mangler?"),
                ("groups", "Gruppe A; Marit Nyhus\nGruppe B; Jonas Bakken\nGruppe C"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let page_path = r.location().to_owned();
    let page = lead.get(&page_path).await;
    let t = text(&page.body);
    assert!(t.contains("Gruppe A – ledet av Marit Nyhus") && t.contains("14.03.2024"), "{t}");
    assert!(page.body.contains("<th scope=\"row\">2. Hva mangler?</th>"));

    let r = lead
        .post(
            &format!("{page_path}/outputs"),
            &[
                ("round", "2"),
                ("group", "2"),
                ("text", "Felles rutiner for bekymringssaker\n\n  Et lavterskeltilbud for foreldre  "),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let page = lead.get(&page_path).await;
    assert!(text(&page.body).contains("2 innspill er registrert fra denne konferansen."));
    // The outputs sit in round 2, in the column of group B (the second of three).
    let cells = cells(&page.body, "2. Hva mangler?");
    assert_eq!(cells.len(), 3);
    assert!(cells[0].contains("ingenting registrert") && cells[2].contains("ingenting registrert"));
    assert!(
        cells[1].contains("Felles rutiner for bekymringssaker")
            && cells[1].contains("Et lavterskeltilbud for foreldre")
    );

    let register = text(&lead.get(&format!("/organisations/3425/plans/{plan}/inputs")).await.body);
    assert!(register.contains("Runde 2 (Hva mangler?), Gruppe B"), "{register}");
    assert!(register.contains("Avsender: Referansegruppa, første møte (14.03.2024), Gruppe B"), "{register}");
    assert!(!register.contains("Jonas Bakken"), "the group leader is not the sender");
    let org = app.store.organisation(&OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let inputs = app.store.inputs(&OrgScope::operator(&org), plan).await.unwrap();
    assert_eq!(inputs.len(), 2);
    assert!(inputs.iter().all(|i| i.fields.origin.is_some_and(|o| (o.round, o.group) == (2, 2))));
    assert_eq!(inputs[1].fields.text, "Et lavterskeltilbud for foreldre", "one input per line, trimmed");
}

#[tokio::test]
async fn outputs_need_a_round_a_group_and_text_and_used_rounds_stay() {
    let app = app().await;
    let plan = plan_of(&app, "preventive").await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let list = lead.get(&format!("/organisations/3425/plans/{plan}/conferences")).await;
    let href_at = list.body.find(&format!("/organisations/3425/plans/{plan}/conferences/")).unwrap();
    let href: String = list.body[href_at..].chars().take_while(|c| *c != '"').collect();
    let t = text(&list.body);
    assert!(t.contains("Åpent møte på Engerdal skole 10.10.2023 3 3 6"), "the demo conference: {t}");

    let r = lead.post(&format!("{href}/outputs"), &[("round", "9"), ("group", ""), ("text", "Husk meg")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(">Husk meg</textarea>"), "the typed output is kept");
    assert!(r.body.contains("id=\"round-error\"") && r.body.contains("id=\"group-error\""));

    let r = lead
        .post(
            &href,
            &[
                ("title", "Åpent møte"),
                ("held_on", "10.10.2023"),
                ("rounds", "Bare ett spørsmål"),
                ("groups", "Gruppe 1\nGruppe 2\nGruppe 3"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&r.body).contains("De 3 første har allerede registrerte resultater og kan ikke fjernes."));
    assert!(r.body.contains(">Bare ett spørsmål</textarea>"));

    // Adding a round is fine; the demo's outputs stay where they were.
    let r = lead
        .post(
            &href,
            &[
                ("title", "Åpent møte på Engerdal skole"),
                ("held_on", "10.10.2023"),
                ("rounds", "Hva er bra med å vokse opp i Engerdal?\nHva mangler for barn og unge her?\nHva kan vi gjøre sammen?\nHva er viktigst?"),
                ("groups", "Gruppe 1\nGruppe 2\nGruppe 3"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", text(&r.body));
    let page = lead.get(&href).await;
    assert!(page.body.contains("<th scope=\"row\">4. Hva er viktigst?</th>"));
    assert!(
        cells(&page.body, "2. Hva mangler for barn og unge her?")[2].contains("Flere trygge voksne ute i friminuttene")
    );

    // A reader sees the conference but no forms, and cannot post.
    let mut reader = app.login("leser@engerdal.demo").await;
    let page = reader.get(&href).await;
    assert!(text(&page.body).contains("Flere trygge voksne ute i friminuttene"));
    assert!(!page.body.contains("/outputs\""));
    let r = reader.post(&format!("{href}/outputs"), &[("round", "1"), ("group", "1"), ("text", "x")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // The public page of what happened names the group, never its leader.
    let outcomes = text(&app.client().get(&format!("/hearings/3425/{plan}/outcomes")).await.body);
    assert!(outcomes.contains("Åpent møte på Engerdal skole (10.10.2023), Gruppe 3"), "{outcomes}");
    assert!(!outcomes.contains("To elever fra 8. trinn"));
}
