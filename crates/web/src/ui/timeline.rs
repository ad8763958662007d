//! The timeline picture (SVG) of a plan's activities.
//!
//! The picture is readable without colour: done activities are hatched and say "done"
//! in words, planned ones are outlined and say "planned"; it has a title and a
//! description, and the activity table beside it holds the same data as text.

use askama::Template;
use forebygg_domain::plan::{Activity, ActivityFinding, Plan};
use forebygg_domain::timeline::NorDate;

use forebygg_texts::Tr;

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
    forebygg_texts::translate(
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
