//! How a browser sends a form, for the use cases' input types that web forms
//! deserialise into directly.

use serde::{Deserialize, Deserializer};

/// A checkbox: sent (with whatever value) when ticked, left out when not — so any value
/// means yes. Use with `#[serde(default, deserialize_with = "checkbox")]`.
pub fn checkbox<'de, D: Deserializer<'de>>(sent: D) -> Result<bool, D::Error> {
    String::deserialize(sent).map(|_| true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Debug, PartialEq)]
    struct Ticked {
        #[serde(default, deserialize_with = "checkbox")]
        done: bool,
    }

    #[test]
    fn a_checkbox_is_ticked_when_sent_whatever_its_value() {
        let read = |json: &str| serde_json::from_str::<Ticked>(json).unwrap();
        assert_eq!(read(r#"{"done": "on"}"#), Ticked { done: true });
        assert_eq!(read(r#"{"done": ""}"#), Ticked { done: true });
        assert_eq!(read("{}"), Ticked { done: false });
    }
}
