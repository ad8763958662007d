//! The mapping of measures against needs: a matrix of themes × age bands × prevention
//! levels, each cell holding the measures that cover it. An empty cell is a gap;
//! a cell covered by measures of more than one service is an overlap worth a look
//! (several services doing the same thing, or not knowing of each other).

use super::{AgeBand, MeasureFields, PreventionLevel};
use crate::theme::Theme;

/// A row of the matrix: one of the county governor's themes, or one of the
/// municipality's own.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ThemeRow {
    Standard(Theme),
    Other(String),
}

/// Which measures cover each (theme, age band, prevention level).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoverageMatrix {
    /// The county governor's themes, then the municipality's own that the measures name.
    pub rows: Vec<ThemeRow>,
    /// Indexed [row][age band][level]; each holds indices into the measures given.
    cells: Vec<Vec<Vec<Vec<usize>>>>,
    /// Measures that lack a theme, an age band or a prevention level, so sit nowhere.
    pub unplaced: Vec<usize>,
}

fn index<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or(0)
}

impl CoverageMatrix {
    /// Places each measure in every cell of its themes × age bands at its level.
    pub fn of<'a>(measures: impl IntoIterator<Item = &'a MeasureFields>) -> Self {
        let measures: Vec<&MeasureFields> = measures.into_iter().collect();
        let mut own: Vec<String> =
            measures.iter().flat_map(|m| m.other_themes.iter().map(|t| t.trim().to_owned())).collect();
        own.sort_by_key(|t| t.to_lowercase());
        own.dedup_by_key(|t| t.to_lowercase());
        let rows: Vec<ThemeRow> =
            Theme::ALL.into_iter().map(ThemeRow::Standard).chain(own.into_iter().map(ThemeRow::Other)).collect();
        let (a, l) = (AgeBand::ALL.len(), PreventionLevel::ALL.len());
        let mut cells = vec![vec![vec![Vec::new(); l]; a]; rows.len()];
        let mut unplaced = Vec::new();
        for (i, m) in measures.iter().enumerate() {
            let (Some(level), false, false) =
                (m.prevention, m.themes.is_empty() && m.other_themes.is_empty(), m.age_bands.is_empty())
            else {
                unplaced.push(i);
                continue;
            };
            let li = index(PreventionLevel::ALL, &level);
            let mine = m.themes.iter().map(|t| ThemeRow::Standard(*t)).chain(m.other_themes.iter().filter_map(|t| {
                rows.iter()
                    .find(|r| matches!(r, ThemeRow::Other(o) if o.to_lowercase() == t.trim().to_lowercase()))
                    .cloned()
            }));
            for row in mine {
                let ri = index(&rows, &row);
                for band in &m.age_bands {
                    let cell = &mut cells[ri][index(AgeBand::ALL, band)][li];
                    if cell.last() != Some(&i) {
                        cell.push(i);
                    }
                }
            }
        }
        CoverageMatrix { rows, cells, unplaced }
    }

    /// The measures (indices) in one cell of a row.
    pub fn cell_of(&self, row: &ThemeRow, band: AgeBand, level: PreventionLevel) -> &[usize] {
        let ri = self.rows.iter().position(|r| r == row);
        match ri {
            Some(ri) => &self.cells[ri][index(AgeBand::ALL, &band)][index(PreventionLevel::ALL, &level)],
            None => &[],
        }
    }

    /// The measures (indices) in one cell of the county governor's themes.
    pub fn cell(&self, theme: Theme, band: AgeBand, level: PreventionLevel) -> &[usize] {
        self.cell_of(&ThemeRow::Standard(theme), band, level)
    }

    /// The cells no measure covers.
    pub fn gaps(&self) -> Vec<(ThemeRow, AgeBand, PreventionLevel)> {
        self.each().filter(|(_, found)| found.is_empty()).map(|(key, _)| key).collect()
    }

    /// How many services work in a cell: the distinct owners of the measures in it
    /// (what the coverage picture shows, 0 being a gap).
    pub fn services_in(
        &self,
        measures: &[&MeasureFields],
        row: &ThemeRow,
        band: AgeBand,
        level: PreventionLevel,
    ) -> usize {
        let mut owners: Vec<String> = self
            .cell_of(row, band, level)
            .iter()
            .filter_map(|i| measures.get(*i))
            .map(|m| m.owner.trim().to_lowercase())
            .collect();
        owners.sort_unstable();
        owners.dedup();
        owners.len()
    }

    /// The cells covered by measures of more than one owner service.
    pub fn overlaps(&self, measures: &[&MeasureFields]) -> Vec<(ThemeRow, AgeBand, PreventionLevel)> {
        self.each()
            .filter(|(_, found)| {
                let mut owners: Vec<&str> =
                    found.iter().filter_map(|i| measures.get(*i)).map(|m| m.owner.trim()).collect();
                owners.sort_unstable();
                owners.dedup();
                owners.len() > 1
            })
            .map(|(key, _)| key)
            .collect()
    }

    fn each(&self) -> impl Iterator<Item = ((ThemeRow, AgeBand, PreventionLevel), &[usize])> {
        self.rows.iter().flat_map(move |t| {
            AgeBand::ALL.iter().flat_map(move |a| {
                PreventionLevel::ALL.iter().map(move |l| ((t.clone(), *a, *l), self.cell_of(t, *a, *l)))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn measure(owner: &str, themes: &[Theme], bands: &[AgeBand], level: Option<PreventionLevel>) -> MeasureFields {
        MeasureFields {
            name: format!("{owner} tiltak"),
            owner: owner.into(),
            themes: themes.to_vec(),
            age_bands: bands.to_vec(),
            prevention: level,
            ..MeasureFields::default()
        }
    }

    #[test]
    fn cells_gaps_and_overlaps() {
        use AgeBand::*;
        use PreventionLevel::*;
        let list = [
            measure("Helsestasjonen", &[Theme::Neglect], &[Age0To5, Parents], Some(Universal)),
            measure("Barnehagen", &[Theme::Neglect], &[Age0To5], Some(Universal)),
            measure("Skolen", &[Theme::Violence], &[Age13To15], Some(Selective)),
            measure("Skolen", &[Theme::Violence], &[Age13To15], Some(Selective)),
            measure("NAV", &[], &[Parents], Some(Indicated)),
        ];
        let refs: Vec<&MeasureFields> = list.iter().collect();
        let m = CoverageMatrix::of(refs.iter().copied());
        assert_eq!(m.cell(Theme::Neglect, Age0To5, Universal), &[0, 1]);
        assert_eq!(m.cell(Theme::Neglect, Parents, Universal), &[0]);
        assert_eq!(m.unplaced, vec![4]);
        let neglect = ThemeRow::Standard(Theme::Neglect);
        assert_eq!(m.overlaps(&refs), vec![(neglect.clone(), Age0To5, Universal)], "same owner twice is no overlap");
        let gaps = m.gaps();
        assert_eq!(gaps.len(), 10 * 7 * 3 - 3);
        assert!(!gaps.contains(&(ThemeRow::Standard(Theme::Violence), Age13To15, Selective)));
        assert!(gaps.contains(&(ThemeRow::Standard(Theme::Suicide), Age16To19, Indicated)));
        assert_eq!(m.services_in(&refs, &neglect, Age0To5, Universal), 2);
        let violence = ThemeRow::Standard(Theme::Violence);
        assert_eq!(m.services_in(&refs, &violence, Age13To15, Selective), 1, "one service, two measures");
        assert_eq!(m.services_in(&refs, &violence, Age0To5, Selective), 0, "a gap");
    }

    #[test]
    fn the_municipalitys_own_themes_are_rows_of_their_own() {
        use AgeBand::*;
        use PreventionLevel::*;
        let mut bullying = measure("Skolen", &[], &[Age6To12], Some(Universal));
        bullying.other_themes = vec!["Mobbing".into()];
        let mut also = measure("Helsestasjonen", &[Theme::MentalHealth], &[Age6To12], Some(Universal));
        also.other_themes = vec!["mobbing".into(), "Skolefravær".into()];
        let list = [bullying, also];
        let refs: Vec<&MeasureFields> = list.iter().collect();
        let m = CoverageMatrix::of(refs.iter().copied());
        assert_eq!(m.rows.len(), 12, "ten standard themes and two of the municipality's own");
        assert_eq!(m.rows[10], ThemeRow::Other("Mobbing".into()));
        assert_eq!(m.cell_of(&m.rows[10], Age6To12, Universal), &[0, 1], "one row whatever the case");
        assert!(m.unplaced.is_empty(), "an own theme is enough to place a measure");
        assert!(m.overlaps(&refs).contains(&(ThemeRow::Other("Mobbing".into()), Age6To12, Universal)));
    }

    fn any_measure() -> impl Strategy<Value = MeasureFields> {
        (
            proptest::sample::subsequence(Theme::ALL.to_vec(), 0..4),
            proptest::sample::subsequence(AgeBand::ALL.to_vec(), 0..4),
            proptest::option::of(proptest::sample::select(PreventionLevel::ALL.to_vec())),
            "[a-c]",
        )
            .prop_map(|(themes, bands, level, owner)| measure(&owner, &themes, &bands, level))
    }

    proptest! {
        #[test]
        fn every_placement_is_counted_once_and_gaps_are_the_empty_cells(list in proptest::collection::vec(any_measure(), 0..40)) {
            let refs: Vec<&MeasureFields> = list.iter().collect();
            let m = CoverageMatrix::of(refs.iter().copied());
            let placed: usize = list.iter().filter(|x| x.prevention.is_some() && !x.themes.is_empty() && !x.age_bands.is_empty())
                .map(|x| x.themes.len() * x.age_bands.len()).sum();
            let counted: usize = m.each().map(|(_, found)| found.len()).sum();
            prop_assert_eq!(placed, counted);
            prop_assert_eq!(m.gaps().len(), m.each().filter(|(_, f)| f.is_empty()).count());
            prop_assert_eq!(m.unplaced.len() + list.iter().filter(|x| x.prevention.is_some() && !x.themes.is_empty() && !x.age_bands.is_empty()).count(), list.len());
            for (t, a, l) in m.overlaps(&refs) {
                let owners: std::collections::BTreeSet<&str> = m.cell_of(&t, a, l).iter().map(|i| list[*i].owner.as_str()).collect();
                prop_assert!(owners.len() > 1);
            }
        }
    }
}
