//! The domain crate stays free of I/O: no HTTP, SQL or async runtime among its
//! dependencies. Read from its own manifest so that adding one fails here.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[test]
fn domain_depends_on_no_http_sql_or_async_crate() {
    let manifest = include_str!("../Cargo.toml");
    let deps = manifest.split("[dependencies]").nth(1).unwrap().split("\n[").next().unwrap();
    for forbidden in ["sqlx", "axum", "tokio", "hyper", "http", "tower", "async-trait", "reqwest"] {
        assert!(!deps.lines().any(|l| l.trim_start().starts_with(forbidden)), "domain must not depend on {forbidden}");
    }
}
