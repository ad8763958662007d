//! The timeline picture (SVG, drawn by `ui::timeline_svg`) and the calendar file
//! (iCalendar) of a plan's activities, as files of their own.

use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use forebygg_app::plans;
use forebygg_domain::plan::{Activity, ActivityFinding, Plan};
use forebygg_texts::labels;
use icalendar::{Component, EventLike, EventStatus};

use crate::errors::PageError;
use crate::extract::PlanAccess;
use crate::ui::{calendar, timeline_svg};
use forebygg_texts::Tr;

pub async fn svg(at: PlanAccess) -> Result<Response, PageError> {
    let view = plans::view(at.store(), &at.actor, &at.org, at.id()).await?;
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
        timeline_svg(at.ctx.tr(), &view.plan, &view.activities).replacen(
            "<svg ",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" ",
            1
        )
    );
    Ok(([(CONTENT_TYPE, "image/svg+xml; charset=utf-8")], body).into_response())
}

/// The plan's activities and hearing deadlines as an iCalendar file (RFC 5545): whole
/// days in the Norwegian time zone, importable by Outlook and Google Calendar.
pub fn ics(t: Tr, org_code: &str, plan: &Plan, activities: &[(Activity, Vec<ActivityFinding>)]) -> String {
    let mut calendar = calendar::empty();
    // The calendar's name is not a TEXT value the library escapes: a line break in the
    // title would end the line and break the file, so the name is made one line.
    let name: String = plan.title.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    calendar.name(&name).timezone("Europe/Oslo");
    let stamp = chrono::DateTime::from_timestamp(forebygg_app::now(), 0).unwrap_or_default();
    for (a, _) in activities {
        let f = &a.fields;
        let end = f.end.unwrap_or(f.start);
        let mut description = vec![labels::activity_kind(t, f.kind)];
        if let Some(body) = f.body {
            description.push(labels::body(t, body));
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
                .starts(deadline.0)
                // A whole day ends where the next begins (RFC 5545: DTEND is exclusive).
                .ends(deadline.0 + chrono::Duration::days(1));
            calendar.push(due.done());
        }
    }
    calendar::fold(&calendar.done().to_string())
}

pub async fn calendar(at: PlanAccess) -> Result<Response, PageError> {
    let view = plans::view(at.store(), &at.actor, &at.org, at.id()).await?;
    Ok((
        [
            (CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
            (CONTENT_DISPOSITION, format!("attachment; filename=\"plan-{}.ics\"", at.id())),
        ],
        ics(at.ctx.tr(), at.org.code.as_str(), &view.plan, &view.activities),
    )
        .into_response())
}
