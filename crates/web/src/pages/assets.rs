//! Static files, shipped inside the binary.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};

const STYLESHEET: &str = include_str!("../../static/app.css");
const SCRIPT: &str = include_str!("../../static/app.js");
const ICON: &str = include_str!("../../static/favicon.svg");

/// Designsystemet's components with the product's theme, built by
/// `tools/designsystemet/build.mjs` (which also wrote the icons below and the licence).
const DESIGN_SYSTEM: &str = include_str!("../../static/ds/designsystemet.css");
const DESIGN_SYSTEM_LICENCE: &str = include_str!("../../static/ds/LICENSE.txt");
/// The stylesheet's icons, each in a file named by its content (the CSP refuses `data:`).
const DESIGN_SYSTEM_ICONS: &[(&str, &str)] = include!("../../static/ds/icons.rs");

const CSS: &str = "text/css; charset=utf-8";

pub async fn stylesheet() -> impl IntoResponse {
    ([(CONTENT_TYPE, CSS), (CACHE_CONTROL, "public, max-age=3600")], STYLESHEET)
}

pub async fn design_system() -> impl IntoResponse {
    ([(CONTENT_TYPE, CSS), (CACHE_CONTROL, "public, max-age=3600")], DESIGN_SYSTEM)
}

/// A file of Designsystemet's: one of its icons or its licence.
pub async fn design_system_file(Path(name): Path<String>) -> Response {
    if name == "LICENSE.txt" {
        return ([(CONTENT_TYPE, "text/plain; charset=utf-8")], DESIGN_SYSTEM_LICENCE).into_response();
    }
    match DESIGN_SYSTEM_ICONS.iter().find(|(file, _)| *file == name) {
        // Named by content, so a name never changes meaning.
        Some((_, svg)) => {
            ([(CONTENT_TYPE, "image/svg+xml"), (CACHE_CONTROL, "public, max-age=31536000, immutable")], *svg)
                .into_response()
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The one script: it only enhances pages that work without it.
pub async fn script() -> impl IntoResponse {
    ([(CONTENT_TYPE, "text/javascript; charset=utf-8"), (CACHE_CONTROL, "public, max-age=3600")], SCRIPT)
}

/// The site's icon (a sprout on the product's blue), for tabs and bookmarks; also asked
/// for as `/favicon.ico` by browsers that do not read the page's link.
pub async fn icon() -> impl IntoResponse {
    ([(CONTENT_TYPE, "image/svg+xml"), (CACHE_CONTROL, "public, max-age=86400")], ICON)
}
