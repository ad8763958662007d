//! The register of measures: list, add, change and remove measures of a plan, import
//! and export them as spreadsheets, and map them against the needs.

use std::collections::{HashMap, HashSet};

use forebygg_domain::county::Part;
use forebygg_domain::ids::{MeasureId, PlanId};
use forebygg_domain::measures::coverage::CoverageMatrix;
use forebygg_domain::measures::row::{CellProblem, Column, parse_row};
use forebygg_domain::measures::{Measure, MeasureFields};
use forebygg_domain::plan::Plan;
use forebygg_domain::{Action, OrgCode, OrgKind, Organisation, ValidationError};
use forebygg_import::measures::{ImportProblem, ImportedMeasure, Mapped, Problem, exact_mapping, read_measures_mapped};
use forebygg_import::{Table, read_table};

use crate::access::authorize;
use crate::{Actor, AppError, FieldErrors, ImportCount, OrgScope, Store};

/// A plan's measures, for those who may read the plan.
pub async fn list(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
) -> Result<(Plan, Vec<Measure>), AppError> {
    let scope = authorize(actor, org, Action::ReadShared(Part::Measures))?;
    let plan = store.plan(&scope, plan_id).await?;
    Ok((plan, store.measures(&scope, plan_id).await?))
}

/// A plan's register as its municipality reads it: its own measures, the measures
/// other municipalities run for it (inter-municipal cooperation, vertskommune) in
/// plans of the same type, with their host, and whom each of its own is run for.
#[derive(Clone, Debug)]
pub struct Register {
    pub plan: Plan,
    pub own: Vec<Measure>,
    /// Only for the municipality's own people: a county adviser reads what the
    /// municipality shares of its own register, not what others run for it.
    pub hosted: Vec<(Organisation, Measure)>,
    pub run_for: Vec<(MeasureId, Organisation)>,
}

impl Register {
    /// Own and hosted measures together, for the list and the coverage matrix; a
    /// hosted measure's service is named with its host ("Barnevernet (Trysil)"), so it
    /// is never counted as one of the municipality's own services.
    pub fn all(&self) -> Vec<Measure> {
        let hosted = self.hosted.iter().map(|(host, m)| {
            let mut m = m.clone();
            m.fields.owner = format!("{} ({})", m.fields.owner, host.name);
            m
        });
        self.own.iter().cloned().chain(hosted).collect()
    }

    /// The host of a measure run for this municipality; `None` for its own.
    pub fn host_of(&self, id: MeasureId) -> Option<&Organisation> {
        self.hosted.iter().find(|(_, m)| m.id == id).map(|(host, _)| host)
    }

    /// The municipalities one of its own measures is run for, by number.
    pub fn run_for(&self, id: MeasureId) -> Vec<&Organisation> {
        self.run_for.iter().filter(|(m, _)| *m == id).map(|(_, o)| o).collect()
    }
}

/// The plan's register with inter-municipal cooperation, for those who may read it.
pub async fn register(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
) -> Result<Register, AppError> {
    let scope = authorize(actor, org, Action::ReadShared(Part::Measures))?;
    let plan = store.plan(&scope, plan_id).await?;
    let own = store.measures(&scope, plan_id).await?;
    let run_for = store.measure_participants(&scope, plan_id).await?;
    let hosted =
        if actor.role_in(org).is_some() { store.hosted_measures(&scope, &plan.plan_type).await? } else { Vec::new() };
    Ok(Register { plan, own, hosted, run_for })
}

/// The municipalities one of the plan's measures is run for, by number.
pub async fn run_for(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, id): (PlanId, MeasureId),
) -> Result<Vec<Organisation>, AppError> {
    let scope = authorize(actor, org, Action::ReadShared(Part::Measures))?;
    let all = store.measure_participants(&scope, plan_id).await?;
    Ok(all.into_iter().filter(|(m, _)| *m == id).map(|(_, o)| o).collect())
}

/// Sets the municipalities a measure is run for, typed as names or numbers (see
/// `register::municipalities_named`); every entry that names none is refused and
/// nothing changes. The municipality itself is left out.
pub async fn set_participants(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, id): (PlanId, MeasureId),
    typed: &str,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let refused = |errors: Vec<ValidationError>| {
        AppError::Invalid(FieldErrors(errors.into_iter().map(|e| ("participants", e)).collect()))
    };
    let numbers = forebygg_domain::register::municipalities_named(typed).map_err(refused)?;
    let mut ids = Vec::new();
    for number in numbers {
        let code = OrgCode::parse(number.as_str()).map_err(|e| refused(vec![e]))?;
        match store.organisation(&code).await? {
            Some(o) if o.kind == OrgKind::Municipality => ids.push(o.id),
            _ => return Err(refused(vec![ValidationError::UnknownMunicipality(number.as_str().to_owned())])),
        }
    }
    Ok(store.set_measure_participants(&scope, plan_id, id, &ids).await?)
}

/// A cell problem as a form field's message.
fn field_error(problem: CellProblem, value: String) -> ValidationError {
    match problem {
        CellProblem::Required => ValidationError::Required,
        CellProblem::TooLong { max } => ValidationError::TooLong { max },
        CellProblem::NotADate => ValidationError::Date(value),
        CellProblem::NotAnAmount => ValidationError::Amount(value),
        CellProblem::NotACount => ValidationError::Count(value),
        CellProblem::Unknown { column } => ValidationError::OneOf { value, allowed: column.allowed_codes() },
    }
}

/// The form's fields (named by [`Column::code`]) as a measure, or messages per field.
fn parse_form<'a>(field: impl Fn(Column) -> &'a str) -> Result<MeasureFields, AppError> {
    parse_row(field).map_err(|errors| {
        AppError::Invalid(FieldErrors(
            errors.into_iter().map(|e| (e.column.code(), field_error(e.problem, e.value))).collect(),
        ))
    })
}

/// The goals a measure serves and its weight in the roll-up, as typed in the form.
#[derive(Clone, Debug, Default)]
pub struct GoalLinks {
    pub goals: Vec<String>,
    pub weight: String,
}

/// Sets the goal links (only the plan's own goals) and the weight (1–100) on a measure.
async fn link_goals(
    store: &dyn Store,
    scope: &OrgScope,
    plan_id: PlanId,
    fields: &mut MeasureFields,
    links: &GoalLinks,
) -> Result<(), AppError> {
    let weight = links.weight.trim();
    fields.weight = if weight.is_empty() {
        None
    } else {
        match weight.parse::<u32>() {
            Ok(w) if (1..=100).contains(&w) => Some(w),
            _ => return Err(AppError::invalid("weight", ValidationError::Count(weight.to_owned()))),
        }
    };
    let goals = store.goals(scope, plan_id).await?;
    fields.goals =
        goals.iter().filter(|g| links.goals.iter().any(|l| l.trim() == g.id.to_string())).map(|g| g.id).collect();
    Ok(())
}

/// Adds one measure from the form.
pub async fn create<'a>(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    field: impl Fn(Column) -> &'a str,
    links: &GoalLinks,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let mut fields = parse_form(field)?;
    link_goals(store, &scope, plan_id, &mut fields, links).await?;
    store.insert_measures(&scope, plan_id, &[fields]).await?;
    Ok(())
}

/// Changes a measure from the form.
pub async fn update<'a>(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, id): (PlanId, MeasureId),
    field: impl Fn(Column) -> &'a str,
    links: &GoalLinks,
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let mut fields = parse_form(field)?;
    link_goals(store, &scope, plan_id, &mut fields, links).await?;
    Ok(store.update_measure(&scope, plan_id, id, &fields).await?)
}

pub async fn remove(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    (plan_id, id): (PlanId, MeasureId),
) -> Result<(), AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    Ok(store.delete_measure(&scope, plan_id, id).await?)
}

fn table_of(bytes: &[u8]) -> Result<Table, AppError> {
    read_table(bytes).map_err(|e| {
        AppError::Import(vec![ImportProblem { row: 0, column: None, value: String::new(), problem: Problem::Table(e) }])
    })
}

/// Writes what an import read: rows with an id change those measures (keeping what the
/// sheet does not carry: goal links and weight), the others are added. All or none.
async fn store_imported(
    store: &dyn Store,
    scope: &OrgScope,
    plan_id: PlanId,
    existing: &[Measure],
    read: Vec<ImportedMeasure>,
) -> Result<ImportCount, AppError> {
    let by_id: HashMap<MeasureId, &Measure> = existing.iter().map(|m| (m.id, m)).collect();
    let mut new = Vec::new();
    let mut changed = Vec::new();
    for m in read {
        match m.id {
            Some(id) => {
                let mut fields = m.fields;
                let before = by_id.get(&id);
                if let Some(before) = before {
                    fields.goals.clone_from(&before.fields.goals);
                    fields.weight = before.fields.weight;
                }
                // A row as exported, not edited, is no change (and is not counted as one).
                if before.is_none_or(|b| b.fields != fields) {
                    changed.push((id, fields));
                }
            }
            None => new.push(m.fields),
        }
    }
    Ok(store.import_measures(scope, plan_id, &new, &changed).await?)
}

/// Imports a spreadsheet into a plan: all rows or, at the first problem, none. Rows
/// with an export's id change those measures, unless `as_new` (every row is added,
/// the id column left out: another plan's export copied into this one).
pub async fn import(
    store: &dyn Store,
    scope: &OrgScope,
    plan_id: PlanId,
    bytes: &[u8],
    as_new: bool,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<ImportCount, AppError> {
    let table = table_of(bytes)?;
    let existing = store.measures(scope, plan_id).await?;
    let ids: HashSet<MeasureId> = existing.iter().map(|m| m.id).collect();
    let mapping: Vec<Mapped> = table
        .headers
        .iter()
        .map(|h| match exact_mapping(h) {
            Some(Mapped::Id) if as_new => Mapped::Ignored,
            Some(m) => m,
            None => Mapped::Unknown,
        })
        .collect();
    let read = read_measures_mapped(&table, &mapping, &|id| ids.contains(&id), progress).map_err(AppError::Import)?;
    store_imported(store, scope, plan_id, &existing, read).await
}

/// What an import through the web came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportOutcome {
    Imported(ImportCount),
    /// Some headers are neither the template's nor remembered: the user is asked what
    /// each header means, with a suggestion for each (`Mapped::Ignored`: leave it out).
    Mapping {
        headers: Vec<String>,
        suggested: Vec<Mapped>,
    },
}

/// A header as remembered: trimmed, lower case.
fn header_key(header: &str) -> String {
    header.trim().trim_start_matches('\u{feff}').trim().to_lowercase()
}

/// Imports for a signed-in user who may edit the organisation's plans. Headers are the
/// template's, remembered from an earlier mapping, or mapped now by `chosen` (a column
/// code per header, "" to leave it out); a mapping is remembered once its import
/// succeeds. All rows or none.
pub async fn import_as(
    store: &dyn Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: PlanId,
    bytes: &[u8],
    chosen: Option<&[String]>,
) -> Result<ImportOutcome, AppError> {
    let scope = authorize(actor, org, Action::EditPlans)?;
    let table = table_of(bytes)?;
    let remembered = store.header_mappings(&scope).await?;
    let recall = |header: &str| {
        let key = header_key(header);
        remembered.iter().find(|(h, _)| *h == key).map(|(_, code)| Mapped::from_code(code))
    };
    let mapping: Vec<Mapped> = match chosen {
        Some(codes) => table
            .headers
            .iter()
            .enumerate()
            .map(|(i, _)| codes.get(i).map_or(Mapped::Unknown, |code| Mapped::from_code(code)))
            .collect(),
        None => {
            let known: Vec<Option<Mapped>> = table
                .headers
                .iter()
                .map(|h| match (exact_mapping(h), recall(h)) {
                    (Some(m), _) => Some(m),
                    (None, Some(Mapped::Unknown)) => None,
                    (None, Some(m)) => Some(m),
                    (None, None) if h.trim().is_empty() => Some(Mapped::Ignored),
                    (None, None) => None,
                })
                .collect();
            if known.iter().any(Option::is_none) {
                let suggested = table
                    .headers
                    .iter()
                    .map(|h| {
                        exact_mapping(h).unwrap_or_else(|| {
                            recall(h).unwrap_or_else(|| Column::suggest(h).map_or(Mapped::Ignored, Mapped::To))
                        })
                    })
                    .collect();
                return Ok(ImportOutcome::Mapping { headers: table.headers.clone(), suggested });
            }
            known.into_iter().flatten().collect()
        }
    };
    let existing = store.measures(&scope, plan_id).await?;
    let ids: HashSet<MeasureId> = existing.iter().map(|m| m.id).collect();
    let read =
        read_measures_mapped(&table, &mapping, &|id| ids.contains(&id), &mut |_, _| {}).map_err(AppError::Import)?;
    let count = store_imported(store, &scope, plan_id, &existing, read).await?;
    if chosen.is_some() {
        let pairs: Vec<(String, String)> = table
            .headers
            .iter()
            .zip(&mapping)
            .filter(|(h, _)| !h.trim().is_empty() && exact_mapping(h).is_none())
            .map(|(h, m)| (header_key(h), m.code().to_owned()))
            .collect();
        store.remember_header_mappings(&scope, &pairs).await?;
    }
    Ok(ImportOutcome::Imported(count))
}

/// The coverage of the measures that pass `keep`, with those measures.
pub fn coverage(measures: &[Measure], keep: impl Fn(&MeasureFields) -> bool) -> (Vec<&Measure>, CoverageMatrix) {
    let kept: Vec<&Measure> = measures.iter().filter(|m| keep(&m.fields)).collect();
    let matrix = CoverageMatrix::of(kept.iter().map(|m| &m.fields));
    (kept, matrix)
}
