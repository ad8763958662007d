//! The organisation register: the list (filter, search, sort), one organisation's
//! public page, and adding a regional body.

use askama::Template;
use axum::Form;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use forebygg_app::hearings::{self, PublicPlanLine};
use forebygg_app::organisations::{self, RegionalBodyForm};
use forebygg_app::{AppError, access, now};
use forebygg_domain::county::Part;
use forebygg_domain::{Action, OrgKind, Organisation};
use forebygg_texts::labels;
use serde::Deserialize;

use crate::AppState;
use crate::errors::PageError;
use crate::extract::{Address, Params, SignedIn, Visit};
use crate::ui::{Choice, FormErrors, Page, paths, render, render_with, type_name};
use forebygg_texts::Tr;

/// An organisation as a list row.
pub struct OrgRow {
    pub code: String,
    pub name: String,
    pub kind: String,
    pub county_code: String,
    pub county_name: String,
}

#[derive(Template)]
#[template(path = "organisations.html")]
struct ListPage {
    page: Page,
    rows: Vec<OrgRow>,
    total: usize,
    q: String,
    counties: Vec<Choice>,
    kinds: Vec<Choice>,
    sorts: Vec<Choice>,
    /// The filter form reuses the field macros, which expect an error list.
    no_errors: FormErrors,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    county: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    sort: String,
}

fn kind_label(t: Tr, kind: OrgKind) -> String {
    labels::org_kind(t, kind)
}

fn county_choices(all: &[Organisation], selected: &str) -> Vec<Choice> {
    all.iter()
        .filter(|o| o.kind == OrgKind::County)
        .map(|o| Choice {
            value: o.code.to_string(),
            label: format!("{} {}", o.code, o.name),
            selected: o.code.as_str() == selected,
        })
        .collect()
}

fn kind_choices(t: Tr, kinds: &[OrgKind], selected: &str) -> Vec<Choice> {
    kinds
        .iter()
        .map(|k| Choice { value: k.as_str().to_owned(), label: kind_label(t, *k), selected: k.as_str() == selected })
        .collect()
}

fn county_name(all: &[Organisation], org: &Organisation) -> String {
    org.county
        .as_ref()
        .and_then(|c| all.iter().find(|o| o.kind == OrgKind::County && o.code.as_str() == c.as_str()))
        .map(|o| o.name.clone())
        .unwrap_or_default()
}

fn row(t: Tr, all: &[Organisation], org: &Organisation) -> OrgRow {
    OrgRow {
        code: org.code.to_string(),
        name: org.name.clone(),
        kind: kind_label(t, org.kind),
        county_code: org.county.as_ref().map(|c| c.as_str().to_owned()).unwrap_or_default(),
        county_name: county_name(all, org),
    }
}

pub async fn list(Visit { state, ctx }: Visit, Params(q): Params<ListQuery>) -> Result<Response, PageError> {
    let t = ctx.tr();
    let all = state.store().organisations().await?;
    let needle = q.q.trim().to_lowercase();
    let mut shown: Vec<&Organisation> = all
        .iter()
        .filter(|o| q.county.is_empty() || o.county.as_ref().is_some_and(|c| c.as_str() == q.county))
        .filter(|o| q.kind.is_empty() || o.kind.as_str() == q.kind)
        .filter(|o| needle.is_empty() || o.name.to_lowercase().contains(&needle) || o.code.as_str().contains(&needle))
        .collect();
    if q.sort == "name" {
        shown.sort_by_key(|o| o.name.to_lowercase());
    }
    let counties = county_choices(&all, &q.county);
    let kinds = kind_choices(t, &OrgKind::ALL, &q.kind);
    let sorts = [("number", "sort-number"), ("name", "sort-name")]
        .into_iter()
        .map(|(value, key)| Choice {
            value: value.to_owned(),
            label: t.get(key),
            selected: (q.sort == "name") == (value == "name"),
        })
        .collect();
    Ok(render(&ListPage {
        page: Page::new(&ctx, "organisations-title"),
        total: shown.len(),
        rows: shown.into_iter().map(|o| row(t, &all, o)).collect(),
        q: q.q,
        counties,
        kinds,
        sorts,
        no_errors: FormErrors::default(),
    }))
}

/// An organisation, from the address.
#[derive(Deserialize)]
pub struct OrgPath {
    code: String,
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct ShowPage {
    page: Page,
    org: OrgRow,
    is_municipality: bool,
    municipalities: Vec<OrgRow>,
    can_read_internal: bool,
    /// An adviser of the municipality's county: its plans' status and what it shares.
    adviser_reads: bool,
    /// For a regional body: its county dashboard, for its advisers.
    dashboard: Option<String>,
    /// For the municipality's members: what its county's advisers may read (name,
    /// label, shared); `can_share` for its administrators, who change it.
    sharing: Vec<(String, String, bool)>,
    can_share: bool,
    shared_saved: bool,
    /// For its members: the county's marks on the municipality (body, area and colour
    /// in words, the colour for its marker, the note).
    marks: Vec<(String, String, &'static str, String)>,
    /// The network's gatherings: the body's for its advisers, the county's for a
    /// municipality's members.
    gatherings: Option<String>,
    plans: Vec<PublicPlanView>,
}

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    #[serde(default)]
    shared: Option<String>,
}

/// A plan on the municipality's public page.
struct PublicPlanView {
    title: String,
    /// The plan's public page, when it has one.
    href: Option<String>,
    /// Type, phase and period in words.
    about: String,
    /// "On hearing until …", when a hearing is open.
    hearing: String,
    /// The adopted versions: address and name.
    adopted: Vec<(String, String)>,
}

fn public_plan_view(ctx: &crate::Ctx, org: &Organisation, line: &PublicPlanLine) -> PublicPlanView {
    let t = ctx.tr();
    let base = paths::PlanUrls::new(org.code.as_str(), line.plan.id).public();
    // The type, unless the title already says it ("Plan for forebyggende arbeid").
    let kind = type_name(ctx.lang, &line.plan.plan_type);
    let mut about: Vec<String> =
        (!kind.eq_ignore_ascii_case(line.plan.title.trim())).then_some(kind).into_iter().collect();
    about.push(labels::phase(t, line.plan.phase));
    if let Some(p) = line.plan.period {
        about.push(format!("{}–{}", p.from, p.to));
    }
    PublicPlanView {
        title: line.plan.title.clone(),
        href: line.has_page.then(|| base.clone()),
        about: about.join(" · "),
        hearing: line
            .open
            .as_ref()
            .and_then(|h| h.fields.end)
            .map(|end| t.with("org-plan-on-hearing", "deadline", &end.to_string()))
            .unwrap_or_default(),
        adopted: line
            .adopted
            .iter()
            .map(|v| (format!("{base}/versions/{}", v.id), labels::version_name(t, v)))
            .collect(),
    }
}

pub async fn show(
    Visit { state, ctx }: Visit,
    Address(OrgPath { code }): Address<OrgPath>,
    Params(q): Params<ShowQuery>,
) -> Result<Response, PageError> {
    let t = ctx.tr();
    let store = state.store();
    let org = organisations::find(store, &code).await?;
    let all = store.organisations().await?;
    let municipalities = if org.kind == OrgKind::County {
        all.iter()
            .filter(|o| o.kind == OrgKind::Municipality && o.county == org.county)
            .map(|o| row(t, &all, o))
            .collect()
    } else {
        Vec::new()
    };
    let may = |action: Action| ctx.actor.as_ref().is_some_and(|a| access::authorize(a, &org, action).is_ok());
    let can_read_internal = may(Action::ReadInternal);
    let adviser_reads = !can_read_internal && may(Action::ReadShared(Part::Status));
    let marks = match (&ctx.actor, org.kind == OrgKind::Municipality && can_read_internal) {
        (Some(actor), true) => forebygg_app::county::marks_on(store, actor, &org)
            .await?
            .into_iter()
            .map(|(body, m)| (body, labels::mark(t, &m), m.colour.as_str(), m.note))
            .collect(),
        _ => Vec::new(),
    };
    let dashboard = may(Action::AdviseCounty).then(|| format!("{}/county", paths::org(&org.code)));
    let gatherings = (may(Action::AdviseCounty) || (org.kind == OrgKind::Municipality && can_read_internal))
        .then(|| format!("{}/gatherings", paths::org(&org.code)));
    let sharing = if org.kind == OrgKind::Municipality && can_read_internal {
        Part::SHAREABLE
            .iter()
            .map(|p| (p.as_str().to_owned(), t.get(&format!("county-part-{}", p.as_str())), org.sharing.allows(*p)))
            .collect()
    } else {
        Vec::new()
    };
    let plans = if org.kind == OrgKind::Municipality {
        hearings::public_plans(store, &org, now()).await?.iter().map(|l| public_plan_view(&ctx, &org, l)).collect()
    } else {
        Vec::new()
    };
    Ok(render(&ShowPage {
        page: Page::titled(&ctx, org.name.clone()),
        org: row(t, &all, &org),
        is_municipality: org.kind == OrgKind::Municipality,
        municipalities,
        can_read_internal,
        adviser_reads,
        dashboard,
        gatherings,
        sharing,
        can_share: may(Action::ManageMembers),
        marks,
        shared_saved: q.shared.is_some(),
        plans,
    }))
}

#[derive(Template)]
#[template(path = "organisation_new.html")]
struct NewPage {
    page: Page,
    kinds: Vec<Choice>,
    counties: Vec<Choice>,
    name: String,
    errors: FormErrors,
}

pub async fn new_form(who: SignedIn) -> Result<Response, PageError> {
    new_page(&who.state, &who, &RegionalBodyForm::default(), FormErrors::default(), StatusCode::OK).await
}

async fn new_page(
    state: &AppState,
    who: &SignedIn,
    form: &RegionalBodyForm,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, PageError> {
    if !who.actor.user.site_admin {
        return Err(AppError::Forbidden.into());
    }
    let t = who.ctx.tr();
    let all = state.store().organisations().await?;
    let kinds = kind_choices(t, &OrgKind::REGIONAL, &form.kind);
    let counties = county_choices(&all, &form.county);
    Ok(render_with(
        status,
        &NewPage { page: Page::new(&who.ctx, "org-new-title"), kinds, counties, name: form.name.clone(), errors },
    ))
}

pub async fn create(who: SignedIn, Form(form): Form<RegionalBodyForm>) -> Result<Response, PageError> {
    let t = who.ctx.tr();
    match organisations::add_regional_body(who.store(), &who.actor.user, &form).await {
        Ok(org) => Ok(Redirect::to(&paths::org(&org.code)).into_response()),
        Err(AppError::Invalid(errors)) => {
            new_page(&who.state, &who, &form, FormErrors::new(t, &errors), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(AppError::Conflict { .. }) => {
            let errors = FormErrors::one("name", t.with("org-exists", "name", form.name.trim()));
            new_page(&who.state, &who, &form, errors, StatusCode::CONFLICT).await
        }
        Err(e) => Err(e.into()),
    }
}
