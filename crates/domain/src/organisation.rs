//! Organisations: municipalities, counties and the regional bodies that support them.

use crate::ids::OrgId;
use serde::Serialize;

use crate::people::ValidationError;

/// What kind of organisation this is. Municipalities and counties come from the shipped
/// register; the regional bodies are added by a site administrator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Municipality,
    County,
    /// Statsforvalteren (the county governor), one per county.
    CountyGovernor,
    /// KS, the municipalities' own organisation.
    Ks,
    /// Regional competence centres such as KORUS, RVTS, RKBU, NAPHA.
    CompetenceCentre,
    Other,
}

impl OrgKind {
    pub const ALL: [OrgKind; 6] = [
        OrgKind::Municipality,
        OrgKind::County,
        OrgKind::CountyGovernor,
        OrgKind::Ks,
        OrgKind::CompetenceCentre,
        OrgKind::Other,
    ];

    /// The kinds a site administrator may add; the others come from the register.
    pub const REGIONAL: [OrgKind; 4] =
        [OrgKind::CountyGovernor, OrgKind::Ks, OrgKind::CompetenceCentre, OrgKind::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Municipality => "municipality",
            OrgKind::County => "county",
            OrgKind::CountyGovernor => "county_governor",
            OrgKind::Ks => "ks",
            OrgKind::CompetenceCentre => "competence_centre",
            OrgKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<OrgKind> {
        OrgKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn is_regional(self) -> bool {
        OrgKind::REGIONAL.contains(&self)
    }
}

/// A four-digit municipality number (kommunenummer), e.g. `3425` for Engerdal.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct MunicipalityNumber(String);

impl MunicipalityNumber {
    pub fn parse(s: &str) -> Result<Self, ValidationError> {
        let s = s.trim();
        if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(s.to_owned()))
        } else {
            Err(ValidationError::MunicipalityNumber(s.to_owned()))
        }
    }

    /// The county number is the first two digits.
    pub fn county(&self) -> CountyNumber {
        CountyNumber(self.0[..2].to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A two-digit county number (fylkesnummer), e.g. `34` for Innlandet.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct CountyNumber(String);

impl CountyNumber {
    pub fn parse(s: &str) -> Result<Self, ValidationError> {
        let s = s.trim();
        if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(s.to_owned()))
        } else {
            Err(ValidationError::CountyNumber(s.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The public identifier of an organisation in URLs and on the command line: the
/// municipality number, the county number, or a slug made from a regional body's name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct OrgCode(String);

impl OrgCode {
    /// Accepts what a URL or a user may give: digits, lowercase ASCII letters and `-`.
    pub fn parse(s: &str) -> Result<Self, ValidationError> {
        let s = s.trim();
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'-');
        if ok { Ok(Self(s.to_owned())) } else { Err(ValidationError::OrgCode(s.to_owned())) }
    }

    /// A slug from a name: Norwegian letters are spelled out (æ→ae, ø→o, å→a), anything
    /// else that is not a letter or digit becomes a single `-`.
    pub fn slug_from_name(name: &str) -> Result<Self, ValidationError> {
        let mut slug = String::new();
        for ch in name.to_lowercase().chars() {
            let mapped: &str = match ch {
                'æ' => "ae",
                'ø' | 'ö' => "o",
                'å' | 'á' | 'ä' => "a",
                c if c.is_ascii_alphanumeric() => {
                    slug.push(c);
                    continue;
                }
                _ => "-",
            };
            if mapped == "-" {
                if !slug.is_empty() && !slug.ends_with('-') {
                    slug.push('-');
                }
            } else {
                slug.push_str(mapped);
            }
        }
        let slug = slug.trim_end_matches('-');
        let slug: String = slug.chars().take(60).collect();
        // A slug that is all digits would be mistaken for a municipality or county.
        if slug.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ValidationError::OrgCode(name.to_owned()));
        }
        Self::parse(slug.trim_end_matches('-'))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for OrgCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An organisation as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Organisation {
    pub id: OrgId,
    pub code: OrgCode,
    pub kind: OrgKind,
    pub name: String,
    /// The county the organisation belongs to or serves; `None` for national bodies.
    pub county: Option<CountyNumber>,
    /// For a municipality: what the advisers of its county may read beyond the status
    /// line.
    pub sharing: crate::county::Sharing,
}

/// An organisation about to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewOrganisation {
    pub code: OrgCode,
    pub kind: OrgKind,
    pub name: String,
    pub county: Option<CountyNumber>,
}

impl NewOrganisation {
    /// A regional body added by a site administrator; its code is made from its name.
    pub fn regional(kind: OrgKind, name: &str, county: Option<CountyNumber>) -> Result<Self, ValidationError> {
        if !kind.is_regional() {
            return Err(ValidationError::OrgKind);
        }
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            return Err(ValidationError::OrgName);
        }
        if kind == OrgKind::CountyGovernor && county.is_none() {
            return Err(ValidationError::CountyRequired);
        }
        Ok(Self { code: OrgCode::slug_from_name(name)?, kind, name: name.to_owned(), county })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn municipality_number_needs_four_digits() {
        assert!(MunicipalityNumber::parse("3425").is_ok());
        assert!(MunicipalityNumber::parse("342").is_err());
        assert!(MunicipalityNumber::parse("34a5").is_err());
        let n = MunicipalityNumber::parse(" 0301 ").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(n.county().as_str(), "03");
    }

    #[test]
    fn slugs_spell_out_norwegian_letters() {
        let slug = OrgCode::slug_from_name("Statsforvaltaren i Møre og Romsdal").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(slug.as_str(), "statsforvaltaren-i-more-og-romsdal");
        let slug = OrgCode::slug_from_name("KORUS Øst — Ålesund").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(slug.as_str(), "korus-ost-alesund");
        assert!(OrgCode::slug_from_name("3425").is_err());
        assert!(OrgCode::slug_from_name("!!!").is_err());
    }

    #[test]
    fn county_governor_needs_a_county() {
        assert_eq!(
            NewOrganisation::regional(OrgKind::CountyGovernor, "Statsforvalteren", None),
            Err(ValidationError::CountyRequired)
        );
        assert_eq!(NewOrganisation::regional(OrgKind::Municipality, "Ny kommune", None), Err(ValidationError::OrgKind));
    }
}
