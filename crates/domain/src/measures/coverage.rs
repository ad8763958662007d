//! The mapping of measures against needs: a matrix of themes × age bands × prevention
//! levels, each cell holding the measures that cover it. An empty cell is a gap;
//! a cell covered by measures of more than one service is an overlap worth a look
//! (several services doing the same thing, or not knowing of each other).

use super::{AgeBand, MeasureFields, PreventionLevel};
use crate::theme::Theme;

/// Which measures cover each (theme, age band, prevention level).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoverageMatrix {
    /// Indexed [theme][age band][level]; each holds indices into the measures given.
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
        let (t, a, l) = (Theme::ALL.len(), AgeBand::ALL.len(), PreventionLevel::ALL.len());
        let mut cells = vec![vec![vec![Vec::new(); l]; a]; t];
        let mut unplaced = Vec::new();
        for (i, m) in measures.into_iter().enumerate() {
            let Some(level) = m.prevention else {
                unplaced.push(i);
                continue;
            };
            if m.themes.is_empty() || m.age_bands.is_empty() {
                unplaced.push(i);
                continue;
            }
            let li = index(PreventionLevel::ALL, &level);
            for theme in &m.themes {
                let ti = index(&Theme::ALL, theme);
                for band in &m.age_bands {
                    cells[ti][index(AgeBand::ALL, band)][li].push(i);
                }
            }
        }
        CoverageMatrix { cells, unplaced }
    }

    /// The measures (indices) in one cell.
    pub fn cell(&self, theme: Theme, band: AgeBand, level: PreventionLevel) -> &[usize] {
        &self.cells[index(&Theme::ALL, &theme)][index(AgeBand::ALL, &band)][index(PreventionLevel::ALL, &level)]
    }

    /// The cells no measure covers.
    pub fn gaps(&self) -> Vec<(Theme, AgeBand, PreventionLevel)> {
        self.each().filter(|(_, found)| found.is_empty()).map(|(key, _)| key).collect()
    }

    /// The cells covered by measures of more than one owner service.
    pub fn overlaps(&self, measures: &[&MeasureFields]) -> Vec<(Theme, AgeBand, PreventionLevel)> {
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

    fn each(&self) -> impl Iterator<Item = ((Theme, AgeBand, PreventionLevel), &[usize])> {
        Theme::ALL.into_iter().flat_map(move |t| {
            AgeBand::ALL
                .iter()
                .flat_map(move |a| PreventionLevel::ALL.iter().map(move |l| ((t, *a, *l), self.cell(t, *a, *l))))
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
        assert_eq!(m.overlaps(&refs), vec![(Theme::Neglect, Age0To5, Universal)], "same owner twice is no overlap");
        let gaps = m.gaps();
        assert_eq!(gaps.len(), 10 * 7 * 3 - 3);
        assert!(!gaps.contains(&(Theme::Violence, Age13To15, Selective)));
        assert!(gaps.contains(&(Theme::Suicide, Age16To19, Indicated)));
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
                let owners: std::collections::BTreeSet<&str> = m.cell(t, a, l).iter().map(|i| list[*i].owner.as_str()).collect();
                prop_assert!(owners.len() > 1);
            }
        }
    }
}
