//! The knowledge base (C8): statistics tables imported into an organisation's
//! indicators, put on today's municipalities on the way in.

use forebygg_domain::ids::IndicatorId;
use forebygg_domain::indicators::compare::{Comparison, Direction, compare, shown_in};
use forebygg_domain::indicators::figures::{About, Figures};
use forebygg_domain::indicators::renumbering::{Renumbered, renumber};
use forebygg_domain::indicators::{Observation, Region, is_count};
use forebygg_domain::theme::Theme;
use forebygg_domain::{Action, OrgKind, Organisation, ValidationError, register};
use forebygg_import::jsonstat::{self, Problem};
use forebygg_import::stattable::{self, Column};

use crate::access::authorize;
use crate::store::indicators::{Indicator, IndicatorKey, IndicatorMeta};
use crate::{Actor, AppError, FieldErrors, OrgScope, Store};

/// What an import did.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportReport {
    pub indicators: usize,
    pub observations: usize,
    /// What the renumbering could not place, or placed with a remark (its
    /// `observations` are empty: they were stored).
    pub places: Renumbered,
}

/// A table read and stored, refused as a whole with every problem, or a sheet whose
/// columns must be mapped first.
#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    Stored(ImportReport),
    Refused(Vec<Problem>),
    /// A spreadsheet refused, every problem with its row and column.
    RefusedSheet(Vec<stattable::Problem>),
    /// A spreadsheet whose header was not recognised: the row, its cells and the guess.
    Mapping {
        row: usize,
        headers: Vec<String>,
        suggested: Vec<Column>,
    },
}

/// The steps of an import, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Reading,
    Renumbering,
    Storing,
}

/// One measure of a table read, before renumbering: code, label and figures.
struct Measure {
    label: String,
    code: String,
    code_label: String,
    observations: Vec<Observation>,
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
    let source = source.map(str::to_owned).filter(|s| !s.trim().is_empty()).unwrap_or(table.source.clone());
    let measures = table
        .measures
        .iter()
        .map(|(code, label)| Measure {
            label: table.label.clone(),
            code: code.clone(),
            code_label: label.clone(),
            observations: table.observations.iter().filter(|o| o.measure == *code).cloned().collect(),
        })
        .collect();
    store_measures(store, scope, &source, measures, progress).await
}

/// Whether the bytes are JSON (JSON-stat) rather than a spreadsheet.
pub fn is_json(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// The key a sheet's header is remembered under for a source.
fn remembered_key(source: &str, header: &str) -> String {
    format!("statistics|{}|{}", source.trim().to_lowercase(), header.trim().to_lowercase())
}

/// Imports a spreadsheet of statistics (FHI's CSV, Ungdata, Bufdir, or any sheet with
/// its columns mapped). `mapping` is the user's choice per column of the header row;
/// without it, a header recognised by name is read, a sheet mapped before for the same
/// source is read with that mapping, and any other asks for one. A mapping that reads
/// is remembered for the source.
pub async fn import_sheet(
    store: &dyn Store,
    scope: &OrgScope,
    bytes: &[u8],
    source: &str,
    mapping: Option<(usize, &[Column])>,
    progress: &mut (dyn FnMut(Step) + Send),
) -> Result<Imported, AppError> {
    progress(Step::Reading);
    let names: Vec<(String, String)> =
        register::organisations().into_iter().map(|o| (o.code.as_str().to_owned(), o.name)).collect();
    let title = if source.trim().is_empty() { "Tabell".to_owned() } else { source.trim().to_owned() };
    let mut chosen = mapping.map(|(row, columns)| (row, columns.to_vec()));
    let mut outcome = stattable::read(bytes, mapping, &names, &title);
    if let Ok(stattable::Outcome::Mapping { row, headers, .. }) = outcome.clone()
        && chosen.is_none()
    {
        let remembered = store.header_mappings(scope).await?;
        let known: Option<Vec<Column>> = headers
            .iter()
            .map(|h| {
                let key = remembered_key(source, h);
                remembered.iter().find(|(k, _)| *k == key).map(|(_, code)| Column::from_code(code))
            })
            .collect();
        if let Some(columns) = known {
            outcome = stattable::read(bytes, Some((row, &columns)), &names, &title);
            chosen = Some((row, columns));
        }
    }
    let sheet = match outcome {
        Ok(stattable::Outcome::Read(sheet)) => sheet,
        Ok(stattable::Outcome::Mapping { row, headers, suggested }) => {
            return Ok(Imported::Mapping { row, headers, suggested });
        }
        Err(problems) => return Ok(Imported::RefusedSheet(problems)),
    };
    if let Some((row, columns)) = &chosen {
        let headers = forebygg_import::read_table(bytes).ok().map(|t| {
            let mut lines = vec![(t.header_row, t.headers)];
            lines.extend(t.rows);
            lines.into_iter().find(|(r, _)| r == row).map(|(_, h)| h).unwrap_or_default()
        });
        let pairs: Vec<(String, String)> = headers
            .unwrap_or_default()
            .iter()
            .zip(columns)
            .map(|(h, c)| (remembered_key(source, h), c.code().to_owned()))
            .collect();
        store.remember_header_mappings(scope, &pairs).await?;
    }
    let measures = sheet
        .into_iter()
        .map(|i| Measure { label: i.label, code: i.measure.clone(), code_label: i.unit, observations: i.observations })
        .collect();
    store_measures(store, scope, &title, measures, progress).await
}

/// Puts each measure's figures on today's municipalities and stores them all in one
/// transaction.
async fn store_measures(
    store: &dyn Store,
    scope: &OrgScope,
    source: &str,
    measures: Vec<Measure>,
    progress: &mut (dyn FnMut(Step) + Send),
) -> Result<Imported, AppError> {
    progress(Step::Renumbering);
    let mut places = Renumbered::default();
    let mut data: Vec<(IndicatorKey, Vec<Observation>)> = Vec::new();
    for m in measures {
        let counted = is_count(&m.code, &m.code_label);
        let placed = renumber(m.observations, |_| counted);
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
        let key =
            IndicatorKey { source: source.to_owned(), label: m.label, measure: m.code, measure_label: m.code_label };
        data.push((key, placed.observations));
    }
    progress(Step::Storing);
    let observations = store.import_indicators(scope, &data).await?;
    Ok(Imported::Stored(ImportReport { indicators: data.len(), observations, places }))
}

/// The organisation's indicators, by source, table and measure.
pub async fn list(store: &dyn Store, actor: &Actor, org: &Organisation) -> Result<Vec<Indicator>, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    Ok(store.indicators(&scope).await?)
}

/// Imports a statistics table as someone who edits the organisation's plans.
/// JSON-stat or a spreadsheet, by its first bytes; `mapping` as for [`import_sheet`].
pub async fn import(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    bytes: &[u8],
    source: Option<&str>,
    mapping: Option<(usize, &[Column])>,
) -> Result<Imported, AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    if is_json(bytes) {
        import_json_stat(store, &scope, bytes, source, &mut |_| {}).await
    } else {
        import_sheet(store, &scope, bytes, source.unwrap_or_default(), mapping, &mut |_| {}).await
    }
}

/// The place an organisation's figures are about, and the municipalities of its county
/// (number, name): a municipality itself; a county, or a regional body of a county, the
/// county; a national body the country.
pub fn place_of(org: &Organisation) -> (Region, Vec<(String, String)>) {
    let county = org.county.as_ref().map(|c| c.as_str().to_owned());
    let neighbours = county.as_deref().map(register::municipalities_of).unwrap_or_default();
    let place = match (org.kind, county) {
        (OrgKind::Municipality, _) => Region::Municipality(org.code.as_str().to_owned()),
        (_, Some(county)) => Region::County(county),
        (_, None) => Region::Country,
    };
    (place, neighbours)
}

/// One indicator compared: the organisation against its county and the country.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub indicator: Indicator,
    pub place: Region,
    /// The county's municipalities by number and name.
    pub neighbours: Vec<(String, String)>,
    pub comparison: Comparison,
}

pub(crate) async fn compared_in(
    store: &dyn Store,
    scope: &OrgScope,
    org: &Organisation,
    indicator: Indicator,
) -> Result<Compared, AppError> {
    let (place, neighbours) = place_of(org);
    // The place, its county and the country in every period; the county's
    // municipalities only in the period compared (a few dozen rows, not thousands).
    let mut own_regions = vec!["0".to_owned()];
    if let Some(county) = &org.county {
        own_regions.push(county.as_str().to_owned());
    }
    if let Region::Municipality(code) = &place {
        own_regions.push(code.clone());
    }
    let numbers: Vec<String> = neighbours.iter().map(|(n, _)| n.clone()).collect();
    let others: Vec<String> = numbers.iter().filter(|n| !own_regions.contains(n)).cloned().collect();
    let mut observations = store.observations_of(scope, indicator.id, &own_regions).await?;
    let rest = match shown_in(&observations, &place) {
        (breakdown, Some(period)) => store.observations_at(scope, indicator.id, &others, &breakdown, period).await?,
        (_, None) => store.observations_of(scope, indicator.id, &others).await?,
    };
    observations.extend(rest);
    let comparison = compare(&observations, &place, &numbers, indicator.meta.direction);
    Ok(Compared { indicator, place, neighbours, comparison })
}

/// One indicator of the organisation, compared.
pub async fn compared(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: IndicatorId,
) -> Result<Compared, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    let indicator = store
        .indicators(&scope)
        .await?
        .into_iter()
        .find(|i| i.id == id)
        .ok_or_else(|| AppError::NotFound(format!("indicator {}", id.get())))?;
    compared_in(store, &scope, org, indicator).await
}

/// Every indicator of the organisation compared (for the challenge picture and the
/// plan document's generated blocks), in the order of the list.
pub async fn compared_all(store: &dyn Store, scope: &OrgScope, org: &Organisation) -> Result<Vec<Compared>, AppError> {
    let mut all = Vec::new();
    for indicator in store.indicators(scope).await? {
        all.push(compared_in(store, scope, org, indicator).await?);
    }
    Ok(all)
}

/// The indicator form as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct MetaForm {
    pub unit: String,
    pub direction: String,
    pub theme: String,
    pub position: String,
}

impl MetaForm {
    pub fn of(meta: &IndicatorMeta) -> Self {
        MetaForm {
            unit: meta.unit.clone(),
            direction: meta.direction.as_str().to_owned(),
            theme: meta.theme.map(|t| t.as_str().to_owned()).unwrap_or_default(),
            position: meta.position.map(|p| p.to_string()).unwrap_or_default(),
        }
    }

    pub fn parse(&self) -> Result<IndicatorMeta, FieldErrors> {
        let mut errors = FieldErrors::default();
        let unit = self.unit.trim();
        if unit.chars().count() > 60 {
            errors.add("unit", ValidationError::TooLong { max: 60 });
        }
        let direction = Direction::parse(self.direction.trim());
        if direction.is_none() {
            errors.add("direction", ValidationError::Required);
        }
        let theme = match self.theme.trim() {
            "" => None,
            t => {
                let theme = Theme::parse(t);
                if theme.is_none() {
                    errors.add("theme", ValidationError::Required);
                }
                theme
            }
        };
        let position = match self.position.trim() {
            "" => None,
            p => match p.parse::<i32>() {
                Ok(n) if (1..=99).contains(&n) => Some(n),
                _ => {
                    errors.add("position", ValidationError::Count(p.to_owned()));
                    None
                }
            },
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(IndicatorMeta { unit: unit.to_owned(), direction: direction.unwrap_or_default(), theme, position })
    }
}

/// Sets what an indicator means to the plan.
pub async fn set_meta(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    id: IndicatorId,
    form: &MetaForm,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let meta = form.parse().map_err(AppError::Invalid)?;
    Ok(store.set_indicator_meta(&scope, id, &meta).await?)
}

/// The organisation's saved challenge picture (its own words), if any.
pub async fn challenge_picture(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
) -> Result<Option<String>, AppError> {
    let scope = authorize(actor, org, Action::ReadInternal)?;
    Ok(store.challenge_picture(&scope).await?)
}

/// Saves the challenge picture as written (the draft edited).
pub async fn save_challenge_picture(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    text: &str,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    if text.chars().count() > 50_000 {
        return Err(AppError::Invalid(FieldErrors(vec![("text", ValidationError::TooLong { max: 50_000 })])));
    }
    Ok(store.set_challenge_picture(&scope, text.trim()).await?)
}

/// An indicator's name: the table's title, with the measure when the table has several
/// and the measure says more than the unit shown beside it.
pub fn title(key: &IndicatorKey, unit: &str) -> String {
    let measure = key.measure_label.trim();
    if key.measure.is_empty()
        || measure.is_empty()
        || measure.eq_ignore_ascii_case(key.label.trim())
        || measure.eq_ignore_ascii_case(unit.trim())
    {
        key.label.clone()
    } else {
        format!("{} ({measure})", key.label)
    }
}

/// The compared indicator with names for its places; `country` is the word for Norway.
pub fn figures(c: &Compared, country: &str) -> Figures {
    let name = |n: &str| {
        c.neighbours
            .iter()
            .find(|(code, _)| code == n)
            .map(|(_, name)| name.clone())
            .or_else(|| register::place_name(n))
            .unwrap_or_else(|| n.to_owned())
    };
    let about = About {
        key: format!("ind-{}", c.indicator.id.get()),
        title: title(&c.indicator.key, &c.indicator.meta.unit),
        source: c.indicator.key.source.clone(),
        unit: c.indicator.meta.unit.clone(),
        theme: c.indicator.meta.theme,
    };
    Figures::new(about, &c.place, &c.comparison, &name, country)
}
