//! The knowledge base (C8): statistics tables imported into an organisation's
//! indicators, put on today's municipalities on the way in.

use forebygg_domain::indicators::renumbering::{Renumbered, renumber};
use forebygg_domain::indicators::{Observation, is_count};
use forebygg_import::jsonstat::{self, Problem};

use crate::store::indicators::IndicatorKey;
use crate::{AppError, OrgScope, Store};

/// What an import did.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportReport {
    pub indicators: usize,
    pub observations: usize,
    /// What the renumbering could not place, or placed with a remark (its
    /// `observations` are empty: they were stored).
    pub places: Renumbered,
}

/// A table read and stored, or refused as a whole with every problem.
#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    Stored(ImportReport),
    Refused(Vec<Problem>),
}

/// The steps of an import, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Reading,
    Renumbering,
    Storing,
}

/// Imports a JSON-stat table (FHI, SSB) into the organisation: one indicator per
/// measure, its observations on today's municipalities; nothing is stored when the file
/// has any problem. `source` names the publisher when the file does not.
pub async fn import_json_stat(
    store: &dyn Store,
    scope: &OrgScope,
    bytes: &[u8],
    source: Option<&str>,
    progress: &mut (dyn FnMut(Step) + Send),
) -> Result<Imported, AppError> {
    progress(Step::Reading);
    let table = match jsonstat::read(bytes) {
        Ok(table) => table,
        Err(problems) => return Ok(Imported::Refused(problems)),
    };
    progress(Step::Renumbering);
    let source = source.map(str::to_owned).filter(|s| !s.trim().is_empty()).unwrap_or(table.source.clone());
    let mut places = Renumbered::default();
    let mut data: Vec<(IndicatorKey, Vec<Observation>)> = Vec::new();
    for (code, label) in &table.measures {
        let of_measure: Vec<Observation> = table.observations.iter().filter(|o| o.measure == *code).cloned().collect();
        let counted = is_count(code, label);
        let placed = renumber(of_measure, |_| counted);
        for (list, found) in [
            (&mut places.unknown, placed.unknown),
            (&mut places.divided, placed.divided),
            (&mut places.not_added, placed.not_added),
        ] {
            for code in found {
                if !list.contains(&code) {
                    list.push(code);
                }
            }
        }
        for split in placed.split {
            if !places.split.contains(&split) {
                places.split.push(split);
            }
        }
        let key = IndicatorKey {
            source: source.clone(),
            label: table.label.clone(),
            measure: code.clone(),
            measure_label: label.clone(),
        };
        data.push((key, placed.observations));
    }
    progress(Step::Storing);
    let observations = store.import_indicators(scope, &data).await?;
    Ok(Imported::Stored(ImportReport { indicators: data.len(), observations, places }))
}
