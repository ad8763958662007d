//! The built-in register of Norway's 357 municipalities and 15 counties (2024), from
//! Kartverket's map data (CC BY 4.0). Shipped inside the program.

use crate::ValidationError;
use crate::organisation::{CountyNumber, MunicipalityNumber, NewOrganisation, OrgCode, OrgKind};

const KOMMUNER_2024: &str = include_str!("../data/kommuner-2024.csv");

/// Every municipality and county of the register as organisations to store, counties
/// first, each list in number order.
pub fn organisations() -> Vec<NewOrganisation> {
    let mut counties: Vec<NewOrganisation> = Vec::new();
    let mut municipalities: Vec<NewOrganisation> = Vec::new();
    for row in rows() {
        if !counties.iter().any(|c| c.code.as_str() == row.county.as_str()) {
            counties.push(NewOrganisation {
                code: county_code(&row.county),
                kind: OrgKind::County,
                name: row.county_name.clone(),
                county: Some(row.county.clone()),
            });
        }
        municipalities.push(NewOrganisation {
            code: municipality_code(&row.number),
            kind: OrgKind::Municipality,
            name: row.name,
            county: Some(row.county),
        });
    }
    counties.sort_by(|a, b| a.code.cmp(&b.code));
    municipalities.sort_by(|a, b| a.code.cmp(&b.code));
    counties.extend(municipalities);
    counties
}

/// The municipalities of a county (two digits) as (number, name), in number order.
pub fn municipalities_of(county: &str) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> =
        rows().filter(|r| r.county.as_str() == county).map(|r| (r.number.as_str().to_owned(), r.name)).collect();
    list.sort();
    list
}

/// The name of a municipality or county of 2024 by its number, for tables and charts.
pub fn place_name(number: &str) -> Option<String> {
    rows().find_map(|r| {
        if r.number.as_str() == number {
            Some(r.name)
        } else if r.county.as_str() == number {
            Some(r.county_name)
        } else {
            None
        }
    })
}

/// A list of municipalities as people type it — numbers or names ("3421 Trysil",
/// "Trysil kommune", "Karasjok"), separated by commas, semicolons or lines — as numbers,
/// each once, in the order given. Every entry that names no municipality, or a name two
/// share (Herøy, Våler: the number decides), is refused with what was typed.
pub fn municipalities_named(text: &str) -> Result<Vec<MunicipalityNumber>, Vec<ValidationError>> {
    let all: Vec<Row> = rows().collect();
    let (mut found, mut refused) = (Vec::new(), Vec::new());
    for entry in text.split([',', ';', '\n']).map(str::trim).filter(|e| !e.is_empty()) {
        let lower = entry.to_lowercase();
        let words = lower.strip_suffix("kommune").unwrap_or(&lower).trim();
        let digits: String = words.chars().take_while(char::is_ascii_digit).collect();
        // A number may come with its name ("3421 Trysil"); then both must agree.
        let (number, name) = (digits.as_str(), words[digits.len()..].trim());
        let matches: Vec<&Row> = all
            .iter()
            .filter(|r| (number.is_empty() || r.number.as_str() == number) && (name.is_empty() || r.is_called(name)))
            .filter(|_| !(number.is_empty() && name.is_empty()))
            .collect();
        match matches.as_slice() {
            [one] if !found.contains(&one.number) => found.push(one.number.clone()),
            [_] => {}
            [] => refused.push(ValidationError::UnknownMunicipality(entry.to_owned())),
            several => refused.push(ValidationError::AmbiguousMunicipality {
                name: entry.to_owned(),
                numbers: several
                    .iter()
                    .map(|r| {
                        format!("{} ({})", r.number.as_str(), r.county_name.split(" - ").next().unwrap_or_default())
                    })
                    .collect(),
            }),
        }
    }
    if refused.is_empty() { Ok(found) } else { Err(refused) }
}

struct Row {
    number: MunicipalityNumber,
    name: String,
    county: CountyNumber,
    county_name: String,
}

impl Row {
    /// Whether a lower-case name is this municipality's, or one of its names in
    /// several languages ("Kárášjohka - Karasjok").
    fn is_called(&self, lower: &str) -> bool {
        let name = self.name.to_lowercase();
        name == lower || name.split(" - ").any(|part| part == lower)
    }
}

/// The shipped file is checked by the tests below, so a malformed row cannot reach a
/// release; rows that fail to parse are skipped rather than aborting start-up.
fn rows() -> impl Iterator<Item = Row> {
    csv::Reader::from_reader(KOMMUNER_2024.as_bytes()).into_records().filter_map(Result::ok).filter_map(|r| {
        Some(Row {
            number: MunicipalityNumber::parse(r.get(0)?).ok()?,
            name: r.get(1)?.to_owned(),
            county: CountyNumber::parse(r.get(2)?).ok()?,
            county_name: r.get(3)?.to_owned(),
        })
    })
}

fn county_code(n: &CountyNumber) -> OrgCode {
    // Two digits always form a valid code.
    OrgCode::parse(n.as_str()).unwrap_or_else(|_| unreachable!("county numbers are digits"))
}

fn municipality_code(n: &MunicipalityNumber) -> OrgCode {
    OrgCode::parse(n.as_str()).unwrap_or_else(|_| unreachable!("municipality numbers are digits"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_has_357_municipalities_and_15_counties() {
        let lines = KOMMUNER_2024.lines().count() - 1;
        assert_eq!(rows().count(), lines, "every row of the shipped file parses");
        let orgs = organisations();
        let m = orgs.iter().filter(|o| o.kind == OrgKind::Municipality).count();
        let c = orgs.iter().filter(|o| o.kind == OrgKind::County).count();
        assert_eq!((m, c), (357, 15));
    }

    #[test]
    fn engerdal_is_in_innlandet() {
        let orgs = organisations();
        let engerdal = orgs.iter().find(|o| o.code.as_str() == "3425").unwrap();
        assert_eq!(engerdal.name, "Engerdal");
        assert_eq!(engerdal.county.as_ref().unwrap().as_str(), "34");
        let innlandet = orgs.iter().find(|o| o.code.as_str() == "34").unwrap();
        assert_eq!(innlandet.name, "Innlandet");
        let of_innlandet = municipalities_of("34");
        assert_eq!(of_innlandet.len(), 46);
        assert!(of_innlandet.contains(&("3425".to_owned(), "Engerdal".to_owned())));
        assert_eq!(place_name("3425").as_deref(), Some("Engerdal"));
        assert_eq!(place_name("34").as_deref(), Some("Innlandet"));
        assert_eq!(place_name("9999"), None);
    }

    #[test]
    fn every_municipality_lies_in_its_numbers_county() {
        for o in organisations().iter().filter(|o| o.kind == OrgKind::Municipality) {
            assert_eq!(&o.code.as_str()[..2], o.county.as_ref().unwrap().as_str());
        }
    }

    #[test]
    fn municipalities_are_found_by_number_or_name_as_typed() {
        let numbers = |text: &str| {
            municipalities_named(text).map(|n| n.iter().map(|n| n.as_str().to_owned()).collect::<Vec<_>>())
        };
        assert_eq!(numbers("Trysil, 3422; engerdal KOMMUNE\n3421 Trysil").unwrap(), ["3421", "3422", "3425"]);
        assert_eq!(numbers("Karasjok").unwrap(), ["5610"], "a part of a name in several languages");
        assert_eq!(numbers("  ,  ").unwrap(), Vec::<String>::new());
        assert_eq!(numbers("1515 Herøy").unwrap(), ["1515"], "the number decides");
        let refused = numbers("Herøy, Atlantis, 9999, 3421 Engerdal").unwrap_err();
        assert_eq!(refused.len(), 4, "{refused:?}");
        assert!(
            matches!(&refused[0], ValidationError::AmbiguousMunicipality { name, numbers }
                if name == "Herøy" && numbers == &["1515 (Møre og Romsdal)", "1818 (Nordland)"]),
            "{refused:?}"
        );
        assert_eq!(refused[1], ValidationError::UnknownMunicipality("Atlantis".into()));
        assert_eq!(refused[2], ValidationError::UnknownMunicipality("9999".into()));
        assert_eq!(
            refused[3],
            ValidationError::UnknownMunicipality("3421 Engerdal".into()),
            "number and name disagree"
        );
    }
}
