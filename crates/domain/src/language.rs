//! The three interface languages and how a browser's preference picks one.

use serde::Serialize;

use crate::people::ValidationError;

/// An interface language. Bokmål is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub enum Lang {
    #[default]
    Nb,
    Nn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// The BCP 47 tag, as used in `lang` attributes and in the message catalogues.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::Nb => "Norsk bokmål",
            Lang::Nn => "Norsk nynorsk",
            Lang::En => "English",
        }
    }

    pub fn parse(s: &str) -> Result<Lang, ValidationError> {
        Self::from_tag(s).ok_or_else(|| ValidationError::Lang(s.to_owned()))
    }

    /// Maps a language tag to one of ours: `nb`, `no` (generic Norwegian) and their
    /// regional forms to bokmål, `nn` to nynorsk, any `en` to English.
    fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "no" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the supported language the browser prefers most from an `Accept-Language`
    /// header (RFC 9110 § 12.5.4); `None` when it names none of ours.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(u32, usize, Lang)> = None;
        for (index, item) in header.split(',').enumerate() {
            let mut parts = item.split(';');
            let Some(lang) = parts.next().and_then(Self::from_tag) else {
                continue;
            };
            let quality = parts.filter_map(|p| p.trim().strip_prefix("q=")).find_map(parse_quality).unwrap_or(1000);
            if quality == 0 {
                continue;
            }
            // Higher quality wins; on a tie, the earlier entry.
            let better = match best {
                None => true,
                Some((q, i, _)) => quality > q || (quality == q && index < i),
            };
            if better {
                best = Some((quality, index, lang));
            }
        }
        best.map(|(_, _, lang)| lang)
    }
}

/// A quality value as thousandths, so that comparisons are exact.
fn parse_quality(q: &str) -> Option<u32> {
    let value: f64 = q.trim().parse().ok()?;
    (0.0..=1.0).contains(&value).then(|| (value * 1000.0).round() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn browsers_get_their_preferred_language() {
        assert_eq!(Lang::from_accept_language("nn-NO,nn;q=0.9,nb;q=0.8,en;q=0.5"), Some(Lang::Nn));
        assert_eq!(Lang::from_accept_language("en-GB,en;q=0.9"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("no"), Some(Lang::Nb));
        assert_eq!(Lang::from_accept_language("de,nb;q=0.3,nn;q=0.4"), Some(Lang::Nn));
        assert_eq!(Lang::from_accept_language("sv,da"), None);
        assert_eq!(Lang::from_accept_language("nn;q=0,en"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language(""), None);
    }

    proptest! {
        #[test]
        fn any_header_gives_an_answer_without_panicking(h in "\\PC{0,80}") {
            let _ = Lang::from_accept_language(&h);
        }

        #[test]
        fn a_language_listed_first_with_full_quality_wins(first in prop::sample::select(vec!["nb", "nn", "en"]), rest in "[a-z]{2}(;q=0\\.[0-9])?") {
            let header = format!("{first},{rest}");
            prop_assert_eq!(Lang::from_accept_language(&header).map(Lang::code), Some(first));
        }
    }
}
