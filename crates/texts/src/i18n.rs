//! Message catalogues (one Fluent file per language under `locales/`) and the
//! translator that templates call. Templates hold no user-facing text of their own.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
use forebygg_domain::Lang;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "nb",
        // Unicode isolation marks would end up inside HTML attributes and e-mail addresses.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<[LanguageIdentifier; 3]> = LazyLock::new(|| Lang::ALL.map(|l| langid(l.code())));

fn langid(code: &str) -> LanguageIdentifier {
    code.parse().unwrap_or_default()
}

fn id(lang: Lang) -> &'static LanguageIdentifier {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &IDS[index]
}

/// The message `key` in `lang`, with named arguments.
pub fn translate(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    if args.is_empty() {
        return LOCALES.lookup(id(lang), key);
    }
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
        args.iter().map(|(k, v)| (Cow::Owned((*k).to_owned()), value(k, v))).collect();
    LOCALES.lookup_with_args(id(lang), key, &args)
}

/// Counts are passed as numbers so the catalogues can choose plural forms; every
/// other argument as text (a municipality number like 0301 must keep its zero).
fn value<'a>(name: &str, text: &'a str) -> FluentValue<'a> {
    let numeric = matches!(name, "count" | "min" | "max" | "minutes" | "days" | "ahead" | "pages" | "percent");
    // A count that is not a number (an empty string) stays text.
    match text.parse::<f64>() {
        Ok(n) if numeric => FluentValue::from(n),
        _ => FluentValue::from(text),
    }
}

/// The message keys of one language's catalogue, for the test that keeps the three
/// catalogues in step.
pub fn catalogue_keys(lang: Lang) -> Vec<String> {
    let source = match lang {
        Lang::Nb => include_str!("../locales/nb/main.ftl"),
        Lang::Nn => include_str!("../locales/nn/main.ftl"),
        Lang::En => include_str!("../locales/en/main.ftl"),
    };
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
        .collect()
}

/// The translator handed to templates: `{{ t.get("key") }}`.
#[derive(Clone, Copy, Debug)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn get(&self, key: &str) -> String {
        translate(self.lang, key, &[])
    }

    /// A message with one argument.
    pub fn with(&self, key: &str, name: &str, value: &str) -> String {
        translate(self.lang, key, &[(name, value)])
    }
}
