//! Options of a `<select>` (or a group of radio buttons). The words for domain values
//! come from `forebygg_texts::labels`.

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
