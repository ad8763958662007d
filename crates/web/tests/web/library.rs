//! The shared library: legal requirements in force today and guidance, per kind of
//! plan, searchable, in the reader's language.

use axum::http::StatusCode;

use crate::support::{app, text};

#[tokio::test]
async fn the_library_cites_the_law_in_force_and_the_guidance_and_searches_both() {
    let app = app().await;
    let mut visitor = app.client();
    let r = visitor.get("/library").await;
    assert_eq!(r.status, StatusCode::OK);
    let page = text(&r.body);
    assert!(page.contains("barnevernsloven § 15-1 : Kommunestyret skal vedta en plan"), "{page}");
    assert!(!page.contains("§ 3-1"), "the 1992 paragraph is no longer in force: {page}");
    assert!(page.contains("Saksbehandlingsrundskrivet") && page.contains("Frihet fra vold"), "{page}");
    assert!(page.contains("alkoholloven § 1-7d"), "{page}");

    let found = text(&visitor.get("/library?q=selvmord").await.body);
    assert!(
        found.contains("Én plantype passer.") && found.contains("Handlingsplan for forebygging av selvmord"),
        "{found}"
    );
    assert!(!found.contains("Plan for forebyggende arbeid Lovkrav"), "{found}");
    let none = text(&visitor.get("/library?q=finnes-ikke").await.body);
    assert!(none.contains("Ingen plantyper passer søket."), "{none}");
    let law = text(&visitor.get("/library?q=11-14").await.body);
    assert!(law.contains("Kommuneplanens samfunnsdel") && !law.contains("Oppvekstplan"), "{law}");
}
