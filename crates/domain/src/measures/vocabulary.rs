//! The fixed vocabularies of a measure: age bands, prevention level, level of work,
//! status and funding. Each value has a stable code (stored, used in the API) and a
//! bokmål word (written in spreadsheets), and is also recognised by other words —
//! nynorsk, English, those hand-made spreadsheets use.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal | $word:literal $(| $alias:literal)*),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $code)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The value for its code or a Norwegian word for it, in any case.
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim().to_lowercase().replace('–', "-");
                $( if s == $code || s == $word $(|| s == $alias)* { return Some($name::$variant); } )+
                None
            }

            /// The bokmål word for the value, as the spreadsheet is written (its
            /// headers are bokmål too) and read back.
            pub fn norwegian(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// What may be written, for messages: the codes.
            pub fn codes() -> String {
                Self::ALL.iter().map(|v| v.code()).collect::<Vec<_>>().join(", ")
            }
        }
    };
}

vocabulary!(
    /// Who a measure is for.
    AgeBand {
        Age0To5 => "0-5" | "0-5 år" | "0-5 years",
        Age6To12 => "6-12" | "6-12 år" | "6-12 years",
        Age13To15 => "13-15" | "13-15 år" | "13-15 years",
        Age16To19 => "16-19" | "16-19 år" | "16-19 years",
        Age20To25 => "20-25" | "20-25 år" | "20-25 years",
        Parents => "parents" | "foreldre" | "foreldre/familier" | "familier" | "føresette" | "foreldre og familier"
            | "foreldre og familiar" | "parents and families",
        Staff => "staff" | "ansatte" | "tilsette",
    }
);

impl AgeBand {
    /// The ages a numeric band covers.
    fn ages(self) -> Option<(u8, u8)> {
        Some(match self {
            AgeBand::Age0To5 => (0, 5),
            AgeBand::Age6To12 => (6, 12),
            AgeBand::Age13To15 => (13, 15),
            AgeBand::Age16To19 => (16, 19),
            AgeBand::Age20To25 => (20, 25),
            AgeBand::Parents | AgeBand::Staff => return None,
        })
    }

    /// A target group as a sheet writes it: one of the register's bands, or the sheet's
    /// own band or age (`16-18`, `10–14 år`, `15`) as every band of the register it
    /// overlaps (`16-18` → 16–19; `10-14` → 6–12 and 13–15). `None` when it is neither.
    pub fn parse_overlapping(s: &str) -> Option<Vec<AgeBand>> {
        if let Some(band) = AgeBand::parse(s) {
            return Some(vec![band]);
        }
        let s = s.trim().to_lowercase().replace('–', "-");
        let s = s.strip_suffix("år").unwrap_or(&s).trim();
        let (from, to) = match s.split_once('-') {
            Some((a, b)) => (a.trim().parse::<u8>().ok()?, b.trim().parse::<u8>().ok()?),
            None => {
                let age = s.parse::<u8>().ok()?;
                (age, age)
            }
        };
        if from > to {
            return None;
        }
        let bands: Vec<AgeBand> =
            AgeBand::ALL.iter().copied().filter(|b| b.ages().is_some_and(|(lo, hi)| from <= hi && lo <= to)).collect();
        (!bands.is_empty()).then_some(bands)
    }
}

vocabulary!(
    /// Universal (everyone), selective (groups at risk) or indicated (those who
    /// already show signs).
    PreventionLevel {
        Universal => "universal" | "universell" | "universell forebygging" | "universell førebygging"
            | "universal prevention",
        Selective => "selective" | "selektiv" | "selektiv forebygging" | "selektiv førebygging"
            | "selective prevention",
        Indicated => "indicated" | "indisert" | "indikert" | "indisert forebygging" | "indisert førebygging"
            | "indicated prevention",
    }
);

vocabulary!(
    /// Where the work happens, as in "Tenk Sammen" and BTI.
    WorkLevel {
        National => "national" | "nasjonalt" | "nasjonal",
        Municipal => "municipal" | "kommunalt" | "kommunal",
        Service => "service" | "tjeneste" | "teneste" | "tenestenivå" | "tjenestenivå",
        Individual => "individual" | "individ" | "individnivå",
    }
);

vocabulary!(
    MeasureStatus {
        Existing => "existing" | "eksisterende" | "eksisterande",
        Proposed => "proposed" | "foreslått" | "føreslått",
        Running => "running" | "pågår" | "i gang",
        Paused => "paused" | "pauset" | "satt på pause" | "sett på pause",
        Ended => "ended" | "avsluttet" | "avslutta",
    }
);

vocabulary!(
    /// How a measure is paid for.
    Funding {
        WithinBudget => "within_budget" | "innenfor ramme" | "innanfor ramme" | "ramme" | "budsjett"
            | "within the budget",
        EarmarkedGrant => "earmarked_grant" | "øremerket tilskudd" | "øyremerkt tilskot" | "tilskudd" | "tilskot"
            | "earmarked grant",
    }
);

impl MeasureStatus {
    /// Whether the measure is (or was meant to be) at work, so its evaluation is due.
    pub fn is_active(self) -> bool {
        matches!(self, MeasureStatus::Existing | MeasureStatus::Running | MeasureStatus::Paused)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_norwegian_words_are_both_understood() {
        assert_eq!(AgeBand::parse(" 13–15 "), Some(AgeBand::Age13To15));
        assert_eq!(AgeBand::parse("Foreldre"), Some(AgeBand::Parents));
        assert_eq!(AgeBand::parse_overlapping("16-18"), Some(vec![AgeBand::Age16To19]));
        assert_eq!(AgeBand::parse_overlapping("10–14 år"), Some(vec![AgeBand::Age6To12, AgeBand::Age13To15]));
        assert_eq!(AgeBand::parse_overlapping("15"), Some(vec![AgeBand::Age13To15]));
        assert_eq!(AgeBand::parse_overlapping("foreldre"), Some(vec![AgeBand::Parents]));
        for bad in ["30-40", "18-16", "tenåringer", ""] {
            assert_eq!(AgeBand::parse_overlapping(bad), None, "{bad}");
        }
        assert_eq!(PreventionLevel::parse("Indisert"), Some(PreventionLevel::Indicated));
        assert_eq!(MeasureStatus::parse("PÅGÅR"), Some(MeasureStatus::Running));
        assert_eq!(Funding::parse("øremerket tilskudd"), Some(Funding::EarmarkedGrant));
        assert_eq!(WorkLevel::parse("planet"), None);
        for band in AgeBand::ALL {
            assert_eq!(AgeBand::parse(band.code()), Some(*band));
        }
        assert_eq!(PreventionLevel::codes(), "universal, selective, indicated");
        assert_eq!(Funding::EarmarkedGrant.norwegian(), "øremerket tilskudd");
        for band in AgeBand::ALL {
            assert_eq!(AgeBand::parse(band.norwegian()), Some(*band), "the word reads back");
        }
        let json = serde_json::to_string(&AgeBand::Age0To5).unwrap();
        assert_eq!(json, "\"0-5\"");
        assert_eq!(serde_json::from_str::<AgeBand>(&json).unwrap(), AgeBand::Age0To5);
    }
}
