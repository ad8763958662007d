//! The shape of the web crate, checked on its source: page areas (`src/pages/<area>`)
//! stand alone — each imports the shared `ui` module, the extractors, the error type
//! and a few named crate modules, never another area — and nothing in the crate makes
//! an operator's scope, which only the command line may use.

use std::fs;
use std::path::{Path, PathBuf};

/// What a page area may import from its own crate (besides `forebygg_app` and
/// `forebygg_domain`).
const SHARED: [&str; 9] = ["ui", "extract", "errors", "uploads", "limits", "pdf", "session", "AppState", "Ctx"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// The code of a file without its comments, so that a comment naming a module is no
/// import.
fn code_of(path: &Path) -> String {
    fs::read_to_string(path).unwrap().lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// Everything a file of a page area imports that it may not: another area (through
/// `crate::pages::…` or a `super::` that leaves the area), or a crate module outside
/// `SHARED`.
fn violations(pages: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(pages).unwrap();
    let parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    // pages/<area>.rs and pages/<area>/mod.rs sit at the area's top: their `super` is
    // `pages`. A file below (pages/<area>/<part>.rs) may use `super::` once, for its area.
    let at_top = parts.len() == 1 || parts.last().is_some_and(|p| p == "mod.rs");
    let leaving = if at_top { "super::" } else { "super::super::" };
    let code = code_of(file);
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let place = format!("{}:{}", relative.display(), n + 1);
        if line.contains("crate::pages::") {
            found.push(format!("{place}: imports another page area: {}", line.trim()));
        }
        if line.contains(leaving) {
            found.push(format!("{place}: reaches out of its area with `{leaving}`: {}", line.trim()));
        }
        for (i, _) in line.match_indices("crate::") {
            let name: String =
                line[i + "crate::".len()..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() && name != "pages" && !SHARED.contains(&name.as_str()) {
                found.push(format!("{place}: uses crate::{name}, which page areas may not: {}", line.trim()));
            }
        }
        // `use crate::{AppState, ui}` and the like.
        if let Some(rest) = line.trim().strip_prefix("use crate::{") {
            for name in rest.trim_end_matches("};").split(',').map(|n| n.trim().split("::").next().unwrap_or("")) {
                if !name.is_empty() && !SHARED.contains(&name) {
                    found.push(format!("{place}: uses crate::{name}, which page areas may not: {}", line.trim()));
                }
            }
        }
    }
    found
}

#[test]
fn page_areas_import_only_shared_modules_never_each_other() {
    let pages = src().join("pages");
    let files: Vec<PathBuf> = rust_files(&pages).into_iter().filter(|f| f != &pages.join("mod.rs")).collect();
    assert!(files.len() > 20, "the page areas were found ({} files)", files.len());
    let all: Vec<String> = files.iter().flat_map(|f| violations(&pages, f)).collect();
    assert!(all.is_empty(), "page areas must stand alone:\n{}", all.join("\n"));
}

#[test]
fn the_boundary_check_sees_a_violation() {
    // The check itself must be able to fail: a file that imports another area.
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    fs::create_dir_all(pages.join("goals")).unwrap();
    fs::write(pages.join("plans.rs"), "use crate::pages::measures::label;\nuse crate::{AppState, store};\n").unwrap();
    fs::write(pages.join("goals/form.rs"), "use super::super::plans::x;\nuse super::list;\n").unwrap();
    fs::write(pages.join("goals/mod.rs"), "use super::plans::today; // a comment naming crate::pages::x\n").unwrap();
    let found: Vec<String> = rust_files(&pages).iter().flat_map(|f| violations(&pages, f)).collect();
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(found.iter().any(|v| v.contains("plans.rs:1") && v.contains("another page area")));
    assert!(found.iter().any(|v| v.contains("plans.rs:2") && v.contains("crate::store")));
    assert!(found.iter().any(|v| v.contains("form.rs:1")));
    assert!(found.iter().any(|v| v.contains("mod.rs:1")));
}

#[test]
fn no_web_code_makes_an_operator_scope() {
    let offenders: Vec<String> = rust_files(&src())
        .into_iter()
        .filter(|f| code_of(f).contains("OrgScope::operator"))
        .map(|f| f.display().to_string())
        .collect();
    assert!(offenders.is_empty(), "OrgScope::operator is for the command line only: {offenders:?}");
}
