//! How responsibility is divided between the services (barnevernsloven § 15-1 asks the
//! plan to say it): for every measure, which service owns it and which take part.

use super::MeasureFields;

/// A service's part in a measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Owner,
    Partner,
}

/// Measures (rows, in the order given) × services (columns, by name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponsibilityMatrix {
    pub services: Vec<String>,
    /// For each measure, its part per service (aligned with `services`).
    pub rows: Vec<Vec<Option<Part>>>,
}

impl ResponsibilityMatrix {
    pub fn of(measures: &[&MeasureFields]) -> Self {
        let mut services: Vec<String> = measures
            .iter()
            .flat_map(|m| std::iter::once(&m.owner).chain(&m.partners))
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        services.sort_by_key(|s| s.to_lowercase());
        services.dedup();
        let rows = measures
            .iter()
            .map(|m| {
                services
                    .iter()
                    .map(|s| {
                        if m.owner.trim() == s {
                            Some(Part::Owner)
                        } else if m.partners.iter().any(|p| p.trim() == s) {
                            Some(Part::Partner)
                        } else {
                            None
                        }
                    })
                    .collect()
            })
            .collect();
        ResponsibilityMatrix { services, rows }
    }

    /// For each service: how many measures it owns and in how many it takes part.
    pub fn totals(&self) -> Vec<(usize, usize)> {
        (0..self.services.len())
            .map(|i| {
                let count = |part: Part| self.rows.iter().filter(|r| r[i] == Some(part)).count();
                (count(Part::Owner), count(Part::Partner))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn m(owner: &str, partners: &[&str]) -> MeasureFields {
        MeasureFields {
            owner: owner.into(),
            partners: partners.iter().map(|p| (*p).to_owned()).collect(),
            ..MeasureFields::default()
        }
    }

    #[test]
    fn owners_and_partners_per_service() {
        let list = [m("Skolen", &["Helsestasjonen", "PPT"]), m("Helsestasjonen", &["Skolen"]), m("NAV", &[])];
        let refs: Vec<&MeasureFields> = list.iter().collect();
        let r = ResponsibilityMatrix::of(&refs);
        assert_eq!(r.services, ["Helsestasjonen", "NAV", "PPT", "Skolen"]);
        assert_eq!(r.rows[0], [Some(Part::Partner), None, Some(Part::Partner), Some(Part::Owner)]);
        assert_eq!(r.totals(), [(1, 1), (1, 0), (0, 1), (1, 1)]);
    }

    proptest! {
        #[test]
        fn every_measure_has_exactly_one_owner_column(owners in proptest::collection::vec("[a-d]", 0..20), partner in "[a-f]") {
            let list: Vec<MeasureFields> = owners.iter().map(|o| m(o, &[partner.as_str()])).collect();
            let refs: Vec<&MeasureFields> = list.iter().collect();
            let r = ResponsibilityMatrix::of(&refs);
            for row in &r.rows {
                prop_assert_eq!(row.iter().filter(|p| **p == Some(Part::Owner)).count(), 1);
            }
            let owned: usize = r.totals().iter().map(|(o, _)| o).sum();
            prop_assert_eq!(owned, list.len());
        }
    }
}
