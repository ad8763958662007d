//! The timeline picture (SVG) and the calendar file (iCalendar) of a plan's activities.
//!
//! The picture is readable without colour: done activities are hatched and say "done"
//! in words, planned ones are outlined and say "planned"; it has a title and a
//! description, and the activity table beside it holds the same data as text.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use forebygg_app::plans;
use forebygg_domain::plan::{Activity, ActivityFinding, Plan};
use forebygg_domain::timeline::NorDate;
use icalendar::{Calendar, Component, EventLike, EventStatus};

use crate::errors::app_error;
use crate::i18n::Tr;
use crate::pages::signed_in_at;
use crate::{AppState, Ctx};

const WIDTH: i64 = 760;
const AXIS_LEFT: i64 = 10;
const ROW: i64 = 46;
const TOP: i64 = 40;

pub struct Tick {
    pub x: i64,
    pub label: String,
}

pub struct Bar {
    pub y: i64,
    pub text_y: i64,
    pub x: i64,
    pub width: i64,
    /// A single day is drawn as a diamond: its points.
    pub diamond: Option<String>,
    pub label: String,
    pub done: bool,
}

#[derive(Template)]
#[template(path = "timeline.svg")]
struct TimelineSvg {
    id: String,
    title: String,
    description: String,
    width: i64,
    height: i64,
    ticks: Vec<Tick>,
    bars: Vec<Bar>,
    axis_y: i64,
}

/// The timeline of a plan's activities as an SVG element.
pub fn timeline_svg(t: Tr, plan: &Plan, activities: &[(Activity, Vec<ActivityFinding>)]) -> String {
    let dates: Vec<NorDate> =
        activities.iter().flat_map(|(a, _)| [Some(a.fields.start), a.fields.end]).flatten().collect();
    let (Some(first), Some(last)) = (dates.iter().min().copied(), dates.iter().max().copied()) else {
        return String::new();
    };
    let span = first.days_until(last).max(1);
    let x = |d: NorDate| AXIS_LEFT + first.days_until(d) * (WIDTH - 2 * AXIS_LEFT) / span;
    let bars: Vec<Bar> = activities
        .iter()
        .enumerate()
        .map(|(i, (a, _))| {
            let f = &a.fields;
            let y = TOP + i as i64 * ROW;
            let (x0, x1) = (x(f.start), x(f.end.unwrap_or(f.start)));
            let status = t.get(if f.done { "timeline-done" } else { "timeline-planned" });
            let dates = match f.end {
                Some(end) if end != f.start => format!("{}–{}", f.start, end),
                _ => f.start.to_string(),
            };
            let bar_y = y + 18;
            Bar {
                y: bar_y,
                text_y: y + 12,
                x: x0,
                width: (x1 - x0).max(4),
                diamond: (x1 - x0 < 4).then(|| {
                    let cx = x0.clamp(AXIS_LEFT + 7, WIDTH - AXIS_LEFT - 7);
                    format!("{},{} {},{} {},{} {},{}", cx, bar_y, cx + 7, bar_y + 7, cx, bar_y + 14, cx - 7, bar_y + 7)
                }),
                label: format!("{} ({dates}) – {status}", f.title),
                done: f.done,
            }
        })
        .collect();
    let mut ticks = Vec::new();
    let mut month =
        chrono::NaiveDate::from_ymd_opt(first.year(), first.0.format("%m").to_string().parse().unwrap_or(1), 1);
    while let Some(m) = month {
        let d = NorDate(m);
        if d > last {
            break;
        }
        if d >= first {
            ticks.push(Tick { x: x(d), label: m.format("%m.%Y").to_string() });
        }
        month = m.checked_add_months(chrono::Months::new(1));
    }
    // Label at most about ten months so that they do not overlap.
    let step = ticks.len().div_ceil(10).max(1);
    let ticks = ticks.into_iter().enumerate().filter(|(i, _)| i % step == 0).map(|(_, t)| t).collect();
    let done = activities.iter().filter(|(a, _)| a.fields.done).count();
    let height = TOP + bars.len() as i64 * ROW + 10;
    let svg = TimelineSvg {
        id: format!("timeline-{}", plan.id),
        title: t.with("timeline-title", "plan", &plan.title),
        description: timeline_description(t, activities.len(), done, first, last),
        width: WIDTH,
        height,
        axis_y: TOP - 14,
        ticks,
        bars,
    };
    svg.render().unwrap_or_default()
}

fn timeline_description(t: Tr, total: usize, done: usize, first: NorDate, last: NorDate) -> String {
    crate::i18n::translate(
        t.lang,
        "timeline-description",
        &[
            ("count", &total.to_string()),
            ("done", &done.to_string()),
            ("first", &first.to_string()),
            ("last", &last.to_string()),
        ],
    )
}

pub async fn svg(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match plans::view(state.store(), actor, &org, id).await {
        Ok(view) => {
            let body = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
                timeline_svg(ctx.tr(), &view.plan, &view.activities).replacen(
                    "<svg ",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" ",
                    1
                )
            );
            ([(CONTENT_TYPE, "image/svg+xml; charset=utf-8")], body).into_response()
        }
        Err(e) => app_error(&ctx, e),
    }
}

/// The plan's activities and hearing deadlines as an iCalendar file (RFC 5545): whole
/// days in the Norwegian time zone, importable by Outlook and Google Calendar.
pub fn ics(t: Tr, org_code: &str, plan: &Plan, activities: &[(Activity, Vec<ActivityFinding>)]) -> String {
    let mut calendar = Calendar::new();
    calendar.name(&plan.title).timezone("Europe/Oslo");
    let stamp = chrono::DateTime::from_timestamp(forebygg_app::now(), 0).unwrap_or_default();
    for (a, _) in activities {
        let f = &a.fields;
        let end = f.end.unwrap_or(f.start);
        let mut description = vec![t.get(&format!("activity-{}", f.kind.as_str()))];
        if let Some(body) = f.body {
            description.push(t.get(&format!("body-{}", body.as_str())));
        }
        if !f.responsible.is_empty() {
            description.push(f.responsible.clone());
        }
        description.push(t.get(if f.done { "timeline-done" } else { "timeline-planned" }));
        let mut event = icalendar::Event::new();
        event
            .uid(&format!("forebygg-{org_code}-{}-activity-{}", plan.id, a.id))
            .timestamp(stamp)
            .summary(&f.title)
            .description(&description.join(" · "))
            .starts(f.start.0)
            .ends(end.0 + chrono::Duration::days(1))
            .status(if f.done { EventStatus::Confirmed } else { EventStatus::Tentative });
        calendar.push(event.done());
        if f.kind.is_hearing()
            && let Some(deadline) = f.end
        {
            let mut due = icalendar::Event::new();
            due.uid(&format!("forebygg-{org_code}-{}-deadline-{}", plan.id, a.id))
                .timestamp(stamp)
                .summary(&t.with("calendar-deadline", "title", &f.title))
                .all_day(deadline.0);
            calendar.push(due.done());
        }
    }
    calendar.done().to_string()
}

pub async fn calendar(State(state): State<AppState>, ctx: Ctx, Path((code, id)): Path<(String, i64)>) -> Response {
    let (actor, org) = match signed_in_at(&state, &ctx, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match plans::view(state.store(), actor, &org, id).await {
        Ok(view) => (
            [
                (CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
                (CONTENT_DISPOSITION, format!("attachment; filename=\"plan-{id}.ics\"")),
            ],
            ics(ctx.tr(), org.code.as_str(), &view.plan, &view.activities),
        )
            .into_response(),
        Err(e) => app_error(&ctx, e),
    }
}
