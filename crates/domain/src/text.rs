//! Text as it enters the system: from forms, the API and imports. Control characters
//! other than tab and newline are removed (a NUL or an escape has no business in a plan
//! and breaks XML, PDF/UA, CSV and calendar files downstream), and so are U+FFFE and
//! U+FFFF, which XML cannot hold; line endings become `\n`,
//! and the text is put in Unicode NFC so that "å" is one character however it was typed.
//! Every output still escapes for its own format; this only keeps what is stored clean.

use std::borrow::Cow;

use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

/// A character that is removed: C0 and C1 controls and DEL, except tab and newline,
/// and the two noncharacters XML cannot hold at all (U+FFFE, U+FFFF).
fn unwanted(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n') || c == '\u{FFFE}' || c == '\u{FFFF}'
}

/// The text as stored: without control characters (tab and newline kept), `\r\n` and
/// a lone `\r` as `\n`, in NFC. Borrows when nothing changes.
pub fn normalise(s: &str) -> Cow<'_, str> {
    let clean = !s.chars().any(unwanted) && is_nfc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes;
    if clean {
        return Cow::Borrowed(s);
    }
    let lines = s.replace("\r\n", "\n").replace('\r', "\n");
    Cow::Owned(lines.chars().filter(|c| !unwanted(*c)).nfc().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn controls_go_line_endings_unify_and_letters_compose() {
        assert_eq!(
            normalise("Trygg\u{0} skole\u{1b}[31m\r\nny linje\rtredje\u{7f}\u{85}"),
            "Trygg skole[31m\nny linje\ntredje"
        );
        assert_eq!(normalise("a\u{30a}"), "å", "a + ring above is å");
        assert_eq!(normalise("ikke\u{FFFE} XML\u{FFFF}"), "ikke XML");
        assert_eq!(normalise("Tab\tog\nlinje"), "Tab\tog\nlinje");
        assert!(matches!(normalise("Helt vanlig tekst – æøå"), Cow::Borrowed(_)));
    }

    proptest! {
        #[test]
        fn the_result_is_clean_and_normalising_again_changes_nothing(s in any::<String>()) {
            let once = normalise(&s).into_owned();
            prop_assert!(!once.chars().any(unwanted));
            prop_assert!(!once.contains('\r'));
            let twice = normalise(&once).into_owned();
            prop_assert_eq!(twice, once);
        }
    }
}
