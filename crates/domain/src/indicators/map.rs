//! A county's municipalities on a map, coloured by an indicator: four classes by the
//! county's quartiles, each with its own shade *and* pattern (plain, dots, stripes,
//! cross-hatch), a missing or suppressed figure white with a dashed border and its
//! word, the place itself outlined — so the map reads without colour. The borders are
//! Kartverket's (CC BY 4.0; `data/kommuner-2024-map.json`, the outer rings of
//! `kommuner-2024-S.geojson` rounded to 0.001°). The sorted table beside it is the
//! map's text alternative (the bar chart's table).

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::OnceLock;

use super::compare::percentile;
use crate::document::chart::escape;

const BORDERS: &str = include_str!("../../data/kommuner-2024-map.json");

type Rings = Vec<Vec<[f64; 2]>>;

fn borders() -> &'static HashMap<String, Rings> {
    static MAP: OnceLock<HashMap<String, Rings>> = OnceLock::new();
    // The shipped file is checked by the tests; a broken one gives an empty map.
    MAP.get_or_init(|| serde_json::from_str(BORDERS).unwrap_or_default())
}

/// A length in tenths of a pixel, written as pixels with one decimal ("12.3").
struct Tenths(i64);

impl std::fmt::Display for Tenths {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{sign}{}.{}", self.0.abs() / 10, self.0.abs() % 10)
    }
}

/// Where a map puts its shapes: its west and north edge, the east–west squeeze and
/// the scale.
#[derive(Clone, Copy)]
struct Frame {
    west: f64,
    north: f64,
    squeeze: f64,
    scale: f64,
}

/// A municipality's outline as SVG path data in a frame. The same map is drawn again
/// and again (a county dashboard, an indicator's page), so each outline is kept once
/// drawn, per frame; the store is emptied when it grows past a few counties' worth.
fn path(number: &str, rings: &Rings, frame: Frame) -> std::sync::Arc<str> {
    type Key = (String, [u64; 4]);
    static DRAWN: OnceLock<std::sync::Mutex<HashMap<Key, std::sync::Arc<str>>>> = OnceLock::new();
    let key = (number.to_owned(), [frame.west, frame.north, frame.squeeze, frame.scale].map(f64::to_bits));
    let drawn = DRAWN.get_or_init(Default::default);
    if let Some(d) = drawn.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return d;
    }
    // Points are written to a tenth of a pixel; one that lands where the last one did
    // adds nothing to the drawing and is left out, and each is written in place.
    let mut d = String::new();
    for ring in rings.iter() {
        let mut last = None;
        for [lon, lat] in ring {
            let x = ((lon - frame.west) * frame.squeeze * frame.scale * 10.0).round() as i64;
            let y = ((frame.north - lat) * frame.scale * 10.0).round() as i64;
            if last == Some((x, y)) {
                continue;
            }
            let command = if last.is_none() { 'M' } else { 'L' };
            last = Some((x, y));
            let _ = write!(d, "{command}{} {}", Tenths(x), Tenths(y));
        }
        d.push('Z');
    }
    let d: std::sync::Arc<str> = d.into();
    if let Ok(mut m) = drawn.lock() {
        if m.len() > 2000 {
            m.clear();
        }
        m.insert(key, d.clone());
    }
    d
}

/// The shades (light to dark, each darker than the last) and pattern ids by class.
const CLASSES: [(&str, &str); 4] = [("#cfe0f0", ""), ("#b7cde3", "dots"), ("#6f9bc6", "lines"), ("#2f5f8f", "cross")];

/// One municipality on the map: number, name, value (none when missing or
/// suppressed) and the words for it.
pub struct Area<'a> {
    pub number: &'a str,
    pub name: &'a str,
    pub value: Option<f64>,
    pub text: &'a str,
}

/// The map as SVG, or `None` when no municipality has borders. `legend` gives the words
/// for the classes' ranges' "to" and the flagged ("skjermet eller mangler").
pub fn county_map(
    key: &str,
    title: &str,
    areas: &[Area<'_>],
    me: Option<&str>,
    flagged: &str,
    summary: &str,
) -> Option<String> {
    let shapes: Vec<(&Area<'_>, &Rings)> =
        areas.iter().filter_map(|a| borders().get(a.number).map(|r| (a, r))).collect();
    if shapes.is_empty() {
        return None;
    }
    let points = shapes.iter().flat_map(|(_, rings)| rings.iter().flatten());
    let (mut west, mut east, mut south, mut north) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for [lon, lat] in points {
        west = west.min(*lon);
        east = east.max(*lon);
        south = south.min(*lat);
        north = north.max(*lat);
    }
    // Equirectangular, shrunk east–west by the cosine of the middle latitude.
    let squeeze = ((south + north) / 2.0).to_radians().cos();
    let (w, h) = ((east - west) * squeeze, north - south);
    let width = 480.0;
    let scale = width / w.max(1e-9);
    let height = (h * scale).max(1.0);
    let legend_h = 24.0 * 5.0 + 10.0;
    let total_h = height + legend_h;
    let values: Vec<f64> = areas.iter().filter_map(|a| a.value).collect();
    let cuts = [percentile(&values, 0.25), percentile(&values, 0.5), percentile(&values, 0.75)];
    let class = |v: f64| cuts.iter().filter(|c| v > **c).count();
    let k = escape(key);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {total_h:.0}\" width=\"{width}\" height=\"{total_h:.0}\" \
         role=\"img\" aria-label=\"{}\" font-family=\"sans-serif\" font-size=\"13\"><title>{}</title><desc>{}</desc><defs>\
         <pattern id=\"{k}-dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"{}\"/>\
         <circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"#1f3f5f\"/></pattern>\
         <pattern id=\"{k}-lines\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"6\" height=\"6\" fill=\"{}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1f3f5f\" stroke-width=\"1.5\"/></pattern>\
         <pattern id=\"{k}-cross\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"{}\"/>\
         <path d=\"M0 0L6 6M6 0L0 6\" stroke=\"#ffffff\" stroke-width=\"1\"/></pattern></defs>",
        escape(title),
        escape(title),
        escape(summary),
        CLASSES[1].0,
        CLASSES[2].0,
        CLASSES[3].0
    );
    let fill = |c: usize| {
        let (shade, pattern) = CLASSES[c];
        if pattern.is_empty() { shade.to_owned() } else { format!("url(#{k}-{pattern})") }
    };
    let mut mine = String::new();
    for (area, rings) in &shapes {
        let d = path(area.number, rings, Frame { west, north, squeeze, scale });
        let (paint, dash) = match area.value {
            Some(v) => (fill(class(v)), ""),
            None => ("#ffffff".to_owned(), " stroke-dasharray=\"3 2\""),
        };
        let shape = format!(
            "<path d=\"{d}\" fill=\"{paint}\" stroke=\"#333\" stroke-width=\"0.6\"{dash}><title>{}: {}</title></path>",
            escape(area.name),
            escape(area.text)
        );
        if me == Some(area.number) {
            // Drawn last, on top, with a thick outline.
            mine = shape
                .replace("stroke-width=\"0.6\"", "stroke-width=\"3\"")
                .replace("stroke=\"#333\"", "stroke=\"#000\"");
        } else {
            out.push_str(&shape);
        }
    }
    out.push_str(&mine);
    // The legend: each class's swatch and range, and the flagged.
    let number = |v: f64| crate::document::chart::number(v, true);
    let low = values.iter().copied().fold(f64::MAX, f64::min);
    let high = values.iter().copied().fold(f64::MIN, f64::max);
    // Each class holds the values above the cut before it, up to and with its own cut:
    // "7,1–7,9", "> 7,9–8,9", …, so a boundary value belongs to one class only.
    let bounds = [low, cuts[0], cuts[1], cuts[2], high];
    // A class no value falls in is left out ("0 – 0" says nothing), and a class of one
    // value says it once.
    let mut row = 0;
    for c in 0..4 {
        if !values.iter().any(|v| class(*v) == c) {
            continue;
        }
        let y = height + 10.0 + 24.0 * row as f64;
        row += 1;
        let range = match c {
            0 if bounds[0] == bounds[1] => number(bounds[0]),
            0 => format!("{} – {}", number(bounds[0]), number(bounds[1])),
            _ => format!("&gt; {} – {}", number(bounds[c]), number(bounds[c + 1])),
        };
        out.push_str(&format!(
            "<rect x=\"4\" y=\"{y:.0}\" width=\"28\" height=\"18\" fill=\"{}\" stroke=\"#333\"/>\
             <text x=\"40\" y=\"{:.0}\" fill=\"#222\">{range}</text>",
            fill(c),
            y + 14.0,
        ));
    }
    let y = height + 10.0 + 96.0;
    out.push_str(&format!(
        "<rect x=\"4\" y=\"{y:.0}\" width=\"28\" height=\"18\" fill=\"#ffffff\" stroke=\"#333\" stroke-dasharray=\"3 2\"/>\
         <text x=\"40\" y=\"{:.0}\" fill=\"#222\">{}</text><text x=\"{:.0}\" y=\"{:.0}\" text-anchor=\"end\" font-size=\"10\" \
         fill=\"#555\">© Kartverket</text></svg>",
        y + 14.0,
        escape(flagged),
        width - 4.0,
        total_h - 4.0
    ));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_municipality_of_2024_has_borders() {
        assert_eq!(borders().len(), 357);
        for (number, _) in crate::register::municipalities_of("34") {
            assert!(borders().contains_key(&number), "{number}");
        }
    }

    #[test]
    fn the_map_shades_and_patterns_by_quartile_and_marks_the_place_and_the_flagged() {
        let list = crate::register::municipalities_of("34");
        let texts: Vec<String> = (0..list.len()).map(|i| i.to_string()).collect();
        let areas: Vec<Area<'_>> = list
            .iter()
            .enumerate()
            .map(|(i, (n, name))| Area {
                number: n,
                name,
                value: if n == "3425" { None } else { Some(i as f64) },
                text: if n == "3425" { "skjermet" } else { &texts[i] },
            })
            .collect();
        let svg =
            county_map("m1", "Mobbet <i>", &areas, Some("3425"), "skjermet eller mangler", "Sortert tabell under.")
                .unwrap();
        assert!(svg.contains("aria-label=\"Mobbet &lt;i&gt;\""));
        assert_eq!(svg.matches("</title></path>").count(), 46, "one shape per municipality of Innlandet");
        assert!(svg.contains("<title>Engerdal: skjermet</title>"));
        assert!(svg.contains("stroke-width=\"3\""), "the place itself outlined");
        assert!(svg.contains("url(#m1-dots)") && svg.contains("url(#m1-cross)"), "classes differ by pattern");
        assert!(svg.contains("© Kartverket"));
        assert_eq!(svg.matches(">&gt; ").count(), 3, "a boundary value belongs to one class: {svg}");
        assert!(county_map("m", "t", &[], None, "", "").is_none());
    }

    #[test]
    fn the_legend_leaves_out_classes_no_municipality_falls_in() {
        // Counts where most are 0: the quartile cuts coincide.
        let list = crate::register::municipalities_of("34");
        let areas: Vec<Area<'_>> = list
            .iter()
            .enumerate()
            .map(|(i, (n, name))| Area { number: n, name, value: Some(if i < 40 { 0.0 } else { 2.0 }), text: "" })
            .collect();
        let svg = county_map("m2", "Forfalte tiltak", &areas, None, "mangler", "").unwrap();
        assert!(!svg.contains("0 – 0"), "{svg}");
        assert!(svg.contains(">0</text>") && svg.contains(">&gt; 0 – 2</text>"), "{svg}");
        assert_eq!(svg.matches("stroke=\"#333\"/><text").count(), 2, "two classes hold values");
    }
}
