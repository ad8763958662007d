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
    let numeric = matches!(
        name,
        "count"
            | "min"
            | "max"
            | "minutes"
            | "days"
            | "ahead"
            | "pages"
            | "files"
            | "percent"
            | "half"
            | "quarter"
            | "confirmed"
            | "waiting"
            | "mine"
            | "all"
            | "inputs"
            | "versions"
            | "cancelled"
            | "blanked"
            | "promoted"
    );
    // A count that is not a number (an empty string) stays text.
    match text.parse::<f64>() {
        Ok(n) if numeric => FluentValue::from(n),
        _ => FluentValue::from(text),
    }
}

fn catalogue_source(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => include_str!("../locales/nb/main.ftl"),
        Lang::Nn => include_str!("../locales/nn/main.ftl"),
        Lang::En => include_str!("../locales/en/main.ftl"),
    }
}

/// The message keys of one language's catalogue, for the test that keeps the three
/// catalogues in step.
pub fn catalogue_keys(lang: Lang) -> Vec<String> {
    let source = catalogue_source(lang);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Variables that count things: the words around them change with the number.
    const COUNTS: [&str; 5] = ["count", "days", "minutes", "pages", "files"];
    /// Numbers that stand alone, where no word follows them: "(av 12)".
    const BARE_NUMBERS: [&str; 3] = ["inputs-of-total", "org-municipalities", "coverage-more"];

    /// Each message of a catalogue: its key and its whole text (continuation lines too).
    fn messages(lang: Lang) -> Vec<(String, String)> {
        let mut found: Vec<(String, String)> = Vec::new();
        for line in catalogue_source(lang).lines() {
            if line.starts_with(|c: char| c.is_ascii_lowercase())
                && let Some((key, text)) = line.split_once(" = ")
            {
                found.push((key.to_owned(), text.to_owned()));
            } else if line.starts_with(' ')
                && let Some((_, text)) = found.last_mut()
            {
                text.push('\n');
                text.push_str(line);
            }
        }
        found
    }

    #[test]
    fn every_message_with_a_count_chooses_its_plural_form() {
        let mut bare = Vec::new();
        for lang in Lang::ALL {
            for (key, text) in messages(lang) {
                for var in COUNTS {
                    let used = text.contains(&format!("{{ ${var} }}"));
                    let selects = text.contains(&format!("{{ ${var} ->"));
                    if used && !selects && !BARE_NUMBERS.contains(&key.as_str()) {
                        bare.push(format!("{}: {key} uses ${var} without a plural selector", lang.code()));
                    }
                }
            }
        }
        assert!(bare.is_empty(), "{bare:#?}");
    }

    #[test]
    fn one_is_singular_in_every_language() {
        let one = |lang, key: &str| translate(lang, key, &[("count", "1")]);
        assert_eq!(one(Lang::Nb, "evaluation-overdue"), "forfalt for én dag siden");
        assert_eq!(one(Lang::Nn, "evaluation-overdue"), "forfall for éin dag sidan");
        assert_eq!(one(Lang::En, "evaluation-overdue"), "overdue by one day");
        assert_eq!(translate(Lang::En, "evaluation-overdue", &[("count", "3")]), "overdue by 3 days");
        assert_eq!(translate(Lang::Nb, "pdf-done", &[("pages", "1")]), "PDF-filen er klar (én side).");
    }
}
