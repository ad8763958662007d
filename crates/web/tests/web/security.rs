//! Headers, cookies and CSRF.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use crate::support::{app, app_with, text};

#[tokio::test]
async fn every_page_has_strict_security_headers() {
    let app = app().await;
    let mut c = app.client();
    for path in ["/", "/login", "/organisations", "/organisations/3425", "/no-such-page"] {
        let r = c.get(path).await;
        let csp = r.headers.get(header::CONTENT_SECURITY_POLICY).unwrap().to_str().unwrap();
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(r.headers.get(header::X_CONTENT_TYPE_OPTIONS).unwrap(), "nosniff");
        assert_eq!(r.headers.get(header::X_FRAME_OPTIONS).unwrap(), "DENY");
        assert!(!r.body.contains("<script>") && !r.body.contains(" style=\""), "{path} has inline script or style");
    }
}

#[tokio::test]
async fn session_cookie_is_httponly_lax_and_secure_behind_https() {
    let app = app().await;
    let mut c = app.client();
    let cookie = c.get("/").await.set_cookies().into_iter().find(|c| c.starts_with("fb_session=")).unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain HTTP on loopback: {cookie}");

    let mut behind_proxy = app.client();
    behind_proxy.extra.push(("x-forwarded-proto", "https".into()));
    let r = behind_proxy.get("/").await;
    let cookie = r.set_cookies().into_iter().find(|c| c.starts_with("fb_session=")).unwrap();
    assert!(cookie.contains("; Secure"), "{cookie}");
    assert!(r.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));

    let forced = app_with(forebygg_web::WebConfig { demo: false, secure_cookies: true, ..Default::default() }).await;
    let cookie = forced.client().get("/").await.set_cookies().join(" ");
    assert!(cookie.contains("; Secure"), "{cookie}");
}

#[tokio::test]
async fn posts_without_a_valid_csrf_token_are_refused_and_change_nothing() {
    let app = app().await;
    let mut c = app.login("admin@engerdal.demo").await;
    let add = [("email", "ny@engerdal.demo"), ("name", "Ny Person"), ("role", "reader")];

    let missing = c.post_raw("/organisations/3425/members", &add).await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert!(text(&missing.body).contains("Skjemaet kunne ikke bekreftes"), "{}", missing.body);

    let mut forged = vec![("csrf", "00ff")];
    forged.extend_from_slice(&add);
    assert_eq!(c.post_raw("/organisations/3425/members", &forged).await.status, StatusCode::FORBIDDEN);

    // A token from another browser's session is no good here either.
    let mut other = app.client();
    other.get("/").await;
    let foreign = other.csrf.clone().unwrap();
    let mut stolen = vec![("csrf", foreign.as_str())];
    stolen.extend_from_slice(&add);
    assert_eq!(c.post_raw("/organisations/3425/members", &stolen).await.status, StatusCode::FORBIDDEN);

    // The right token, but sent from another site.
    let token = c.csrf.clone().unwrap();
    let body = format!("csrf={token}&email=ny%40engerdal.demo&name=Ny&role=reader");
    let cross = Request::post("/organisations/3425/members")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::HOST, "forebygg.example")
        .header(header::ORIGIN, "https://evil.example")
        .body(Body::from(body))
        .unwrap();
    assert_eq!(c.send(cross).await.status, StatusCode::FORBIDDEN);

    use forebygg_app::AccountStore;
    let engerdal = app.store.organisation(&forebygg_domain::OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    let scope = forebygg_app::OrgScope::operator(&engerdal);
    assert!(app.store.invitations(&scope, 0).await.unwrap().is_empty(), "nothing was made");

    // With its own token it goes through.
    assert_eq!(c.post("/organisations/3425/members", &add).await.status, StatusCode::OK);
    let invited: Vec<String> =
        app.store.invitations(&scope, 0).await.unwrap().into_iter().map(|i| i.email.to_string()).collect();
    assert_eq!(invited, ["ny@engerdal.demo"]);
}

#[tokio::test]
async fn a_browser_without_a_session_cookie_cannot_post() {
    let app = app().await;
    let mut c = app.client();
    c.get("/login").await;
    c.cookies.clear();
    let r = c.post("/login", &[("email", "admin@engerdal.demo"), ("password", "forebygg-demo")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn health_check_reports_the_schema_version() {
    let app = app().await;
    let r = app.client().get("/healthz").await;
    assert_eq!(r.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(json["status"], "ok");
    assert_eq!(json["backend"], "sqlite");
    assert!(json["schema_version"].as_i64().unwrap() >= 1, "{json}");
}

#[test]
fn web_does_not_depend_on_sqlx() {
    let manifest = include_str!("../../Cargo.toml");
    let deps = manifest.split("[dependencies]").nth(1).unwrap().split("\n[").next().unwrap();
    assert!(!deps.contains("sqlx"), "web must reach storage only through forebygg-app");
}

/// Where to go after logging in or choosing a language stays on this site, whatever
/// the browser would make of it, and never breaks the response.
#[tokio::test]
async fn a_next_address_never_leads_off_the_site() {
    let app = app().await;
    let bypasses = [
        "/\t/evil.example/phish",
        "/\n/x",
        "/x\r\nSet-Cookie: a=b",
        "//evil.example",
        "/\\evil.example",
        "\\/evil.example",
        "https://evil.example",
        "/\u{0}/evil.example",
        " /evil",
        "/\u{3000}/evil.example",
    ];
    for next in bypasses {
        let mut c = app.client();
        c.get("/login").await;
        let r = c.post("/language", &[("lang", "nn"), ("next", next)]).await;
        assert_eq!((r.status, r.location()), (StatusCode::SEE_OTHER, "/"), "language switch with next {next:?}");
        let r =
            c.post("/login", &[("email", "leser@engerdal.demo"), ("password", "forebygg-demo"), ("next", next)]).await;
        assert_eq!((r.status, r.location()), (StatusCode::SEE_OTHER, "/"), "login with next {next:?}");
    }
    let mut c = app.client();
    c.get("/login").await;
    let r = c.post("/language", &[("lang", "nn"), ("next", "/organisations?county=34")]).await;
    assert_eq!(r.location(), "/organisations?county=34", "a path on the site is kept");
}

/// Refused requests say what is wrong in the visitor's words, with a reference for
/// support, never the parser's or the framework's; the JSON API always answers JSON.
#[tokio::test]
async fn refusals_show_no_internals_and_the_api_answers_json() {
    let app = app().await;
    let mut lead = app.login("planleiar@engerdal.demo").await;
    let plan = crate::support::plan_of(&app, "preventive").await;
    // A form field twice: the framework's "duplicate field" stays in the log.
    let r = lead.post(&format!("/organisations/3425/plans/{plan}/document/1"), &[("body", "a"), ("body", "b")]).await;
    assert!(r.status.is_client_error(), "{}", r.status);
    assert!(r.headers.get(header::CONTENT_TYPE).unwrap().to_str().unwrap().starts_with("text/html"));
    let t = text(&r.body);
    assert!(t.contains("Skjemaet kunne ikke leses") && t.contains("Referanse: "), "{t}");
    assert!(!r.body.contains("deserialize") && !r.body.contains("duplicate"), "{}", r.body);
    // A query that does not read.
    let r = lead.get("/organisations?page=abc").await;
    assert!(!r.body.contains("Cannot parse") && !r.body.contains("i64"), "{}", r.body);
    // The JSON API: a body that does not read, and a failed CSRF check, answer JSON
    // without the parser's words.
    let json = |with_token: bool, body: &str| {
        let mut req = Request::builder()
            .method("POST")
            .uri("/api/v1/organisations/3425/plans")
            .header(header::CONTENT_TYPE, "application/json");
        if with_token {
            req = req.header("x-csrf-token", lead.csrf.clone().unwrap());
        }
        req.body(Body::from(body.to_owned())).unwrap()
    };
    for (req, status) in
        [(json(true, "{\"title\": 5}"), StatusCode::BAD_REQUEST), (json(false, "{}"), StatusCode::FORBIDDEN)]
    {
        let r = lead.send(req).await;
        assert_eq!(r.status, status);
        assert_eq!(r.headers.get(header::CONTENT_TYPE).unwrap(), "application/problem+json", "{}", r.body);
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!((v["status"].as_u64(), v["type"].as_str()), (Some(u64::from(status.as_u16())), Some("about:blank")));
        assert!(v["title"].is_string());
        assert!(v["fields"]["reference"].is_string(), "{v}");
        assert!(!r.body.contains("invalid type") && !r.body.contains("line 1"), "{}", r.body);
    }
}

/// What is logged on this thread while a test runs.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test]
async fn trace_and_other_methods_are_not_served() {
    let app = app().await;
    let mut c = app.client();
    for method in ["TRACE", "CONNECT", "PROPFIND"] {
        let req = Request::builder().method(method).uri("/").body(Body::empty()).unwrap();
        let r = c.send(req).await;
        assert!(r.status.is_client_error(), "{method}: {}", r.status);
        assert!(!r.body.contains("TRACE /"), "{method} echoes nothing");
    }
}

/// Everything the test binary logs from the first call on: a subscriber for the whole
/// process (a thread's own subscriber misses events whose call sites other tests,
/// running in parallel, registered first).
fn captured_logs() -> &'static Captured {
    static LOGS: std::sync::OnceLock<Captured> = std::sync::OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Captured::default();
        let subscriber = tracing_subscriber::fmt().with_writer(logs.clone()).with_ansi(false).finish();
        tracing::subscriber::set_global_default(subscriber).expect("no other test sets a subscriber");
        logs
    })
}

#[tokio::test]
async fn logins_and_refusals_are_logged_as_security_events_without_the_address() {
    let logs = captured_logs();
    let app = app().await;
    let r = app.client().post("/login", &[("email", "Logg.Test@engerdal.demo"), ("password", "gjetting")]).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let mut reader = app.login("leser@engerdal.demo").await;
    let r = reader.post("/organisations/3425/members", &[("email", "x@engerdal.demo"), ("role", "admin")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = reader.post_raw("/organisations/3425/members", &[("email", "x@engerdal.demo")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let logged = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    let security: Vec<&str> = logged.lines().filter(|l| l.contains("forebygg::security")).collect();
    let has = |words: &[&str]| security.iter().any(|l| words.iter().all(|w| l.contains(w)));
    let address = &forebygg_app::tokens::token_hash("logg.test@engerdal.demo")[..12];
    assert!(has(&["login", "failure", address]), "{logged}");
    assert!(has(&["login", "success", "user="]), "{logged}");
    assert!(has(&["forbidden", "/organisations/3425/members", "user="]), "{logged}");
    assert!(has(&["csrf-refused", "/organisations/3425/members"]), "{logged}");
    assert!(!logged.to_lowercase().contains("logg.test@engerdal.demo"), "the address is never logged: {logged}");
}

#[tokio::test]
async fn every_page_names_the_site_icon_and_the_icon_is_served() {
    let app = app().await;
    let mut c = app.client();
    assert!(c.get("/").await.body.contains("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">"));
    for path in ["/static/favicon.svg", "/favicon.ico"] {
        let r = c.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert_eq!(r.headers[header::CONTENT_TYPE], "image/svg+xml");
        assert!(r.body.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    }
}

/// Designsystemet is shipped inside the binary and themed with the product's colour; the
/// strict CSP stays as it is and nothing is fetched from another host: every `url(…)`
/// in the stylesheet is a file this server sends (its icons are files, not `data:` URLs).
#[tokio::test]
async fn the_design_system_is_served_from_the_binary_under_the_unchanged_csp() {
    let app = app().await;
    let mut c = app.client();
    let page = c.get("/login").await;
    let csp = page.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_string();
    assert_eq!(
        csp,
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
         connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        "the policy is the one it was before Designsystemet"
    );
    let ds = page.body.find("href=\"/static/ds/designsystemet.css\"").expect("the page links Designsystemet");
    let own = page.body.find("href=\"/static/app.css\"").unwrap();
    assert!(ds < own, "the product's stylesheet comes after Designsystemet's");
    assert!(page.body.contains("Utforming: Designsystemet fra Digdir,"), "credited");
    assert!(page.body.contains("<a href=\"/static/ds/LICENSE.txt\">MIT-lisens</a>"), "its licence is linked");

    let sheet = c.get("/static/ds/designsystemet.css").await;
    assert_eq!(sheet.status, StatusCode::OK);
    assert_eq!(sheet.headers[header::CONTENT_TYPE], "text/css; charset=utf-8");
    assert!(sheet.body.contains("@layer ds.theme, ds.base, ds.components;"));
    assert!(sheet.body.contains("--ds-color-accent-base-default: #0b4f8a"), "themed with the product's blue");
    assert!(sheet.body.contains("MIT licence: /static/ds/LICENSE.txt"));
    for component in [".ds-button", ".ds-input", ".ds-field", ".ds-error-summary", ".ds-table", ".ds-alert"] {
        assert!(sheet.body.contains(component), "{component}");
    }
    let urls: Vec<&str> = sheet.body.split("url(").skip(1).map(|rest| &rest[..rest.find(')').unwrap()]).collect();
    assert!(urls.len() >= 5, "{urls:?}");
    for url in urls {
        assert!(url.starts_with("/static/ds/icon-") && url.ends_with(".svg"), "{url}");
        let icon = c.get(url).await;
        assert_eq!(icon.status, StatusCode::OK, "{url}");
        assert_eq!(icon.headers[header::CONTENT_TYPE], "image/svg+xml");
        assert!(icon.body.starts_with("<svg"), "{url}");
    }
    let licence = c.get("/static/ds/LICENSE.txt").await;
    assert_eq!(licence.status, StatusCode::OK);
    assert!(
        licence.body.contains("Digitaliseringsdirektoratet") && licence.body.contains("Permission is hereby granted")
    );
    assert_eq!(c.get("/static/ds/icon-000000000000.svg").await.status, StatusCode::NOT_FOUND);

    // The product's own stylesheet is layout and what Designsystemet lacks: it styles no
    // buttons, fields, error summaries, alerts or tags of its own any more.
    let own = c.get("/static/app.css").await.body;
    for gone in [
        "\nbutton",
        "button.primary",
        ".error-summary",
        ".field-error",
        ".notice",
        "\n.tag ",
        "input[type=text]",
        "\ntextarea",
        "\nth, td",
    ] {
        assert!(!own.contains(gone), "app.css still styles {gone:?}");
    }
}
