//! A test client that keeps cookies and CSRF tokens like a browser does.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use forebygg_app::Store;
use forebygg_store_sqlite::SqliteStore;
use forebygg_web::{AppState, WebConfig};
use http_body_util::BodyExt;
use tower::ServiceExt;

pub struct TestApp {
    pub router: Router,
    pub store: Arc<SqliteStore>,
    _dir: tempfile::TempDir,
}

pub async fn app() -> TestApp {
    app_with(WebConfig { demo: true, ..WebConfig::default() }).await
}

pub async fn app_with(config: WebConfig) -> TestApp {
    demo_app(config, None).await
}

/// The demo app with a PDF engine (the real one, typst, is wired in by the binary).
pub async fn app_with_pdf(engine: Box<dyn forebygg_render::PdfEngine>) -> TestApp {
    demo_app(WebConfig { demo: true, ..WebConfig::default() }, Some(engine)).await
}

async fn demo_app(config: WebConfig, pdf: Option<Box<dyn forebygg_render::PdfEngine>>) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(&dir.path().join("t.db")).await.unwrap());
    forebygg_app::demo::load(&*store).await.unwrap();
    let dynstore: Arc<dyn Store> = store.clone();
    let state = AppState::new(dynstore, config).await.unwrap();
    if let Some(engine) = pdf {
        state.enable_pdf(engine);
    }
    TestApp { router: forebygg_web::router(state), store, _dir: dir }
}

/// The id of one of Engerdal's demo plans, by its type.
pub async fn plan_of(app: &TestApp, plan_type: &str) -> forebygg_domain::ids::PlanId {
    use forebygg_app::{AccountStore, OrgScope, PlanStore};
    let org = app.store.organisation(&forebygg_domain::OrgCode::parse("3425").unwrap()).await.unwrap().unwrap();
    app.store.plans(&OrgScope::operator(&org)).await.unwrap().iter().find(|p| p.plan_type == plan_type).unwrap().id
}

impl TestApp {
    pub fn client(&self) -> Client {
        Client { router: self.router.clone(), cookies: HashMap::new(), csrf: None, extra: Vec::new() }
    }

    /// A client signed in as one of the demo users.
    pub async fn login(&self, email: &str) -> Client {
        let mut c = self.client();
        c.get("/login").await;
        let r = c.post("/login", &[("email", email), ("password", forebygg_app::demo::DEMO_PASSWORD)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "login of {email} failed: {}", r.body);
        // Like a browser, follow the redirect: the new session has a new CSRF token.
        c.get(r.location()).await;
        c
    }
}

pub struct Client {
    router: Router,
    pub cookies: HashMap<String, String>,
    /// The CSRF token of the last page seen.
    pub csrf: Option<String>,
    /// Headers sent with every request.
    pub extra: Vec<(&'static str, String)>,
}

#[derive(Debug)]
pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn location(&self) -> &str {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or_default()
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers.get_all(header::SET_COOKIE).iter().map(|v| v.to_str().unwrap().to_owned()).collect()
    }

    pub fn html_lang(&self) -> &str {
        let start = self.body.find("<html lang=\"").expect("html element with lang") + 12;
        let end = self.body[start..].find('"').unwrap();
        &self.body[start..start + end]
    }
}

impl Client {
    pub async fn get(&mut self, path: &str) -> Resp {
        self.send(Request::get(path).body(Body::empty()).unwrap()).await
    }

    /// Posts a form with this browser's CSRF token (fetching a page first if none was seen).
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        if self.csrf.is_none() {
            self.get("/").await;
        }
        let token = self.csrf.clone().unwrap();
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts exactly these fields: no token added.
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let body: String = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        let req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }

    /// Posts a multipart form (as a browser does for a form with a file field): the
    /// fields, this browser's CSRF token first unless `csrf` is given, and the files as
    /// (field, file name, bytes).
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
        csrf: Option<&str>,
    ) -> Resp {
        if self.csrf.is_none() {
            self.get("/").await;
        }
        let token = csrf.map(str::to_owned).unwrap_or_else(|| self.csrf.clone().unwrap());
        let boundary = "----forebyggTestBoundary7MA4YWxk";
        let mut body = Vec::new();
        for (name, value) in std::iter::once(&("csrf", token.as_str())).chain(fields) {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        for (name, file, bytes) in files {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\n\
                     Content-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let req = Request::post(path)
            .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }

    /// Posts a form with this browser's CSRF token and returns the raw answer (a download).
    pub async fn post_bytes(&mut self, path: &str, fields: &[(&str, &str)]) -> (StatusCode, HeaderMap, Vec<u8>) {
        if self.csrf.is_none() {
            self.get("/").await;
        }
        let token = self.csrf.clone().unwrap();
        let all = std::iter::once(("csrf", token.as_str())).chain(fields.iter().copied());
        let body: String = form_urlencoded::Serializer::new(String::new()).extend_pairs(all).finish();
        let req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.download(req).await
    }

    /// A download: status, headers and the raw bytes.
    pub async fn get_bytes(&mut self, path: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
        self.download(Request::get(path).body(Body::empty()).unwrap()).await
    }

    /// Sends a request with this browser's cookies and keeps the answer as bytes.
    async fn download(&mut self, mut req: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
        let cookie = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
        req.headers_mut().insert(header::COOKIE, cookie.parse().unwrap());
        let response = self.router.clone().oneshot(req).await.unwrap();
        let (status, headers) = (response.status(), response.headers().clone());
        let bytes = response.into_body().collect().await.unwrap().to_bytes().to_vec();
        (status, headers, bytes)
    }

    pub async fn send(&mut self, mut req: Request<Body>) -> Resp {
        if !self.cookies.is_empty() {
            let cookie = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
            req.headers_mut().insert(header::COOKIE, cookie.parse().unwrap());
        }
        for (name, value) in &self.extra {
            req.headers_mut().insert(*name, value.parse().unwrap());
        }
        let response = self.router.clone().oneshot(req).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body = String::from_utf8(bytes.to_vec()).unwrap();
        for cookie in headers.get_all(header::SET_COOKIE) {
            let pair = cookie.to_str().unwrap().split(';').next().unwrap();
            let (k, v) = pair.split_once('=').unwrap();
            self.cookies.insert(k.to_owned(), v.to_owned());
        }
        if let Some(token) = csrf_in(&body) {
            self.csrf = Some(token);
        }
        Resp { status, headers, body }
    }
}

fn csrf_in(html: &str) -> Option<String> {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_owned())
}

/// The text of a page without tags, whitespace collapsed, for content assertions.
/// The first link on a page whose address contains `part`, as a person would follow it.
pub fn first_link(html: &str, part: &str) -> String {
    html.split("href=\"")
        .filter_map(|s| s.split('"').next())
        .find(|href| href.contains(part))
        .unwrap_or_else(|| panic!("no link to {part}"))
        .to_owned()
}

pub fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
