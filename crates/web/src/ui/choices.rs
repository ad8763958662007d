//! Options of a `<select>` (or a group of radio buttons), and the words for a coded
//! domain value.

use crate::i18n::Tr;

/// An option of a `<select>`.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One option per `(value, label)`, the one equal to `selected` marked.
pub fn choices(values: impl IntoIterator<Item = (String, String)>, selected: &str) -> Vec<Choice> {
    values.into_iter().map(|(value, label)| Choice { selected: value == selected, value, label }).collect()
}

/// The message `{prefix}-{code}`: the words for a coded value (`phase-start`,
/// `measure-status-active`…).
pub fn label(t: Tr, prefix: &str, code: &str) -> String {
    t.get(&format!("{prefix}-{code}"))
}
