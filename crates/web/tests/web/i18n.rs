//! Three languages: chosen by the browser, switched by the person, kept per user and
//! per browser; every text comes from the catalogues.

use axum::http::StatusCode;
use forebygg_domain::Lang;

use crate::support::{app, text};

#[tokio::test]
async fn accept_language_picks_the_default_language() {
    let app = app().await;
    for (header, lang, heading) in [
        ("nn-NO,nn;q=0.9", "nn", "Planar for førebyggjande arbeid"),
        ("en-GB,en;q=0.8", "en", "Plans for preventive work"),
        ("nb,en;q=0.5", "nb", "Planer for forebyggende arbeid"),
        ("sv-SE", "nb", "Planer for forebyggende arbeid"),
    ] {
        let mut c = app.client();
        c.extra.push(("accept-language", header.into()));
        let r = c.get("/").await;
        assert_eq!(r.html_lang(), lang, "{header}");
        assert!(text(&r.body).contains(heading), "{header}: {}", text(&r.body));
    }
}

#[tokio::test]
async fn the_chosen_language_is_remembered_in_the_browser() {
    let app = app().await;
    let mut c = app.client();
    c.extra.push(("accept-language", "en".into()));
    c.get("/organisations").await;
    let r = c.post("/language", &[("lang", "nn"), ("next", "/organisations?county=34")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/organisations?county=34");
    assert!(r.set_cookies().iter().any(|c| c.starts_with("fb_lang=nn") && c.contains("HttpOnly")));
    let page = c.get("/organisations").await;
    assert_eq!(page.html_lang(), "nn", "cookie beats Accept-Language");
    assert!(text(&page.body).contains("Organisasjonar"));
    // An outside address is not followed.
    let r = c.post("/language", &[("lang", "en"), ("next", "https://evil.example/")]).await;
    assert_eq!(r.location(), "/");
    let r = c.post("/language", &[("lang", "xx")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_chosen_language_follows_the_user_to_another_browser() {
    let app = app().await;
    let mut c = app.login("leser@engerdal.demo").await;
    c.post("/language", &[("lang", "en"), ("next", "/")]).await;
    let mut elsewhere = app.login("leser@engerdal.demo").await;
    elsewhere.extra.push(("accept-language", "nn".into()));
    let r = elsewhere.get("/account").await;
    assert_eq!(r.html_lang(), "en");
    assert!(text(&r.body).contains("My account"));
}

#[test]
fn the_three_catalogues_have_the_same_messages() {
    let nb = forebygg_texts::catalogue_keys(Lang::Nb);
    assert!(nb.len() > 100, "{} keys", nb.len());
    for lang in [Lang::Nn, Lang::En] {
        let other = forebygg_texts::catalogue_keys(lang);
        let missing: Vec<_> = nb.iter().filter(|k| !other.contains(k)).collect();
        let extra: Vec<_> = other.iter().filter(|k| !nb.contains(k)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{lang:?}: missing {missing:?}, extra {extra:?}");
    }
}

/// Every `get("key")` / `with("key"` and column heading list in templates and handlers
/// names a message that exists, and role and kind names have messages.
#[test]
fn every_message_used_exists() {
    let keys = forebygg_texts::catalogue_keys(Lang::Nb);
    let mut used = Vec::new();
    for file in source_files() {
        let src = std::fs::read_to_string(&file).unwrap();
        // Column headings named as a list: `column_heads(page.t, ["field-title", …])`.
        for part in src.split("column_heads(page.t, [").skip(1) {
            let list = part.split(']').next().unwrap_or("");
            for key in list.split(',').map(|k| k.trim().trim_matches('"')) {
                used.push((file.display().to_string(), key.to_owned()));
            }
        }
        for marker in ["get(\"", "with(\"", "Page::new(&ctx, \"", "Page::new(ctx, \""] {
            for part in src.split(marker).skip(1) {
                let key: String = part.chars().take_while(|c| *c != '"').collect();
                if key.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == '_') && key.contains('-') {
                    used.push((file.display().to_string(), key));
                }
            }
        }
    }
    assert!(used.len() > 50, "scan found {} uses", used.len());
    for role in forebygg_domain::Role::ALL {
        used.push(("roles".into(), format!("role-{}", role.as_str())));
    }
    for kind in forebygg_domain::OrgKind::ALL {
        used.push(("kinds".into(), format!("kind-{}", kind.as_str())));
    }
    let missing: Vec<_> = used.iter().filter(|(_, k)| !keys.contains(k)).collect();
    assert!(missing.is_empty(), "messages missing from the catalogues: {missing:?}");
}

/// Templates hold markup only: any visible text or accessible name comes from a
/// catalogue through `{{ ... }}`.
#[test]
fn templates_hold_no_text_of_their_own() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let src = std::fs::read_to_string(&path).unwrap();
        let stripped = strip_between(&strip_between(&strip_between(&src, "{#", "#}"), "{%", "%}"), "{{", "}}");
        let mut outside_tags = String::new();
        let mut in_tag = false;
        let mut tag = String::new();
        for ch in stripped.chars() {
            match ch {
                '<' => {
                    in_tag = true;
                    tag.clear();
                }
                '>' => {
                    in_tag = false;
                    for attr in ["aria-label=\"", "title=\"", "alt=\"", "placeholder=\""] {
                        if let Some(rest) = tag.split(attr).nth(1) {
                            let value: String = rest.chars().take_while(|c| *c != '"').collect();
                            assert!(
                                !value.chars().any(char::is_alphabetic),
                                "{}: text in {attr}: {value}",
                                path.display()
                            );
                        }
                    }
                }
                c if in_tag => tag.push(c),
                c => outside_tags.push(c),
            }
        }
        let words: String = outside_tags.chars().filter(|c| c.is_alphabetic()).collect();
        assert!(words.is_empty(), "{} has text outside the catalogues: {words}", path.display());
    }
}

fn strip_between(s: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        match rest[start..].find(close) {
            Some(end) => rest = &rest[start + end + close.len()..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

fn source_files() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    // Handlers, error pages and templates; the middleware names HTTP headers, not messages.
    let mut files = vec![root.join("src/errors.rs")];
    let mut stack = vec![root.join("src/pages"), root.join("templates")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}
