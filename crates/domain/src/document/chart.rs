//! Charts of the knowledge base — a line chart of a figure over time (the municipality,
//! its county, the country) and a bar chart of the county's municipalities — as data,
//! and as SVG for every renderer: inline on the web, an image in the PDF.
//!
//! Read without colour: each series has its own dash and marker, every line and bar
//! is labelled directly with its name or value, and a value that is missing or
//! suppressed is a gap with its word (never a 0). The data table and the text
//! alternative are made from the same [`Chart`], by each renderer.

use serde::{Deserialize, Serialize};

/// A number that can be compared as data (by its bits), so documents stay `Eq`.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Figure(pub f64);

impl PartialEq for Figure {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for Figure {}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// Categories are periods; one line per series.
    Line,
    /// Categories are places; one series, one horizontal bar each.
    Bar,
}

/// One cell: the value for drawing (none when missing or suppressed) and the words shown
/// for it ("12,5" or "skjermet").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    pub value: Option<Figure>,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Series {
    pub name: String,
    /// One cell per category.
    pub cells: Vec<Cell>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chart {
    /// Unique within a page (pattern ids, headings), e.g. `ind-12-line`.
    pub key: String,
    pub kind: ChartKind,
    pub title: String,
    /// The unit, shown with the axis ("prosent", "per 1 000").
    pub unit: String,
    /// The head of the table's first column ("År", "Kommune").
    pub category_label: String,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// For a bar chart: the category that is the place itself (drawn hatched, in bold).
    pub highlight: Option<usize>,
    /// The text alternative: what the chart shows, in a sentence or two.
    pub summary: String,
    /// The axis's end when it is fixed (shares: 100), so that charts of one kind
    /// compare at a glance; else a round number above the highest value.
    #[serde(default)]
    pub scale_max: Option<Figure>,
    /// Whether tick labels use a decimal comma (Norwegian) or a point (English).
    pub decimal_comma: bool,
}

/// Line styles by series: colour (each ≥ 3:1 on white), dash, marker.
const STYLES: [(&str, &str, Marker); 3] =
    [("#1f4e79", "", Marker::Circle), ("#8a4b08", "7 4", Marker::Square), ("#4d4d4d", "2 3", Marker::Triangle)];

#[derive(Clone, Copy)]
enum Marker {
    Circle,
    Square,
    Triangle,
}

const WIDTH: f64 = 640.0;

/// The most characters on a line of a bar chart's category name.
const LABEL_CHARS: usize = 28;

/// `text` in lines of at most `width` characters, broken between words (a longer word
/// has a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Writes a number the chart's way: at most one decimal, comma or point.
pub fn number(value: f64, decimal_comma: bool) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let s = if rounded.fract() == 0.0 { format!("{rounded:.0}") } else { format!("{rounded:.1}") };
    let s = if s == "-0" { "0".to_owned() } else { s };
    // Thousands grouped from 10 000 (a no-break space in Norwegian, a comma in English).
    let (sign, rest) = s.split_at(usize::from(s.starts_with('-')));
    let (whole, fraction) = rest.split_once('.').map_or((rest, None), |(w, f)| (w, Some(f)));
    let separator = if decimal_comma { '\u{a0}' } else { ',' };
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if whole.len() > 4 && i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    let (minus, point) = if decimal_comma { ("−", ",") } else { ("-", ".") };
    let sign = if sign.is_empty() { "" } else { minus };
    match fraction {
        Some(f) => format!("{sign}{grouped}{point}{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Text escaped for XML and HTML (both the SVG and the page around it).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A round step for about four ticks up to `max`.
fn nice_step(max: f64) -> f64 {
    if max <= 0.0 || !max.is_finite() {
        return 1.0;
    }
    let raw = max / 4.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(raw);
    step.max(f64::MIN_POSITIVE)
}

impl Chart {
    fn values(&self) -> impl Iterator<Item = f64> + '_ {
        self.series.iter().flat_map(|s| s.cells.iter().filter_map(|c| c.value.map(|f| f.0)))
    }

    /// The axis from 0 (or the lowest negative value) to a round number above the highest.
    fn axis(&self) -> (f64, f64, f64) {
        let max = self.values().fold(self.scale_max.map_or(0.0, |f| f.0), f64::max);
        let min = self.values().fold(0.0f64, f64::min);
        let step = nice_step((max - min).max(max.abs()).max(1e-9));
        let top = (max / step).ceil().max(1.0) * step;
        let bottom = (min / step).floor().min(0.0) * step;
        (bottom, top, step)
    }

    /// The chart as a standalone SVG document (`role="img"`, named by its title, the
    /// summary as its description).
    pub fn svg(&self) -> String {
        match self.kind {
            ChartKind::Line => self.line_svg(),
            ChartKind::Bar => self.bar_svg(),
        }
    }

    fn open(&self, height: f64, out: &mut String) {
        out.push_str(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" \
             height=\"{height}\" role=\"img\" aria-label=\"{}\" font-family=\"sans-serif\" font-size=\"13\">\
             <title>{}</title><desc>{}</desc>",
            escape(&self.title),
            escape(&self.title),
            escape(&self.summary)
        ));
    }

    fn line_svg(&self) -> String {
        let (lo, hi, step) = self.axis();
        // Room for the widest tick label (about 7.5 units a character at size 13).
        let widest = [lo, hi].iter().map(|v| number(*v, self.decimal_comma).chars().count()).max().unwrap_or(0);
        let (left, right, top, bottom) = ((widest as f64 * 7.5 + 12.0).max(56.0), 150.0, 24.0, 58.0);
        let height = 318.0;
        let plot_w = WIDTH - left - right;
        let plot_h = height - top - bottom;
        let n = self.categories.len().max(1);
        let x = |i: usize| if n == 1 { left + plot_w / 2.0 } else { left + plot_w * i as f64 / (n - 1) as f64 };
        let y = |v: f64| top + plot_h * (1.0 - (v - lo) / (hi - lo));
        let mut out = String::new();
        self.open(height, &mut out);
        out.push_str(&format!(
            "<text x=\"{left}\" y=\"14\" font-size=\"12\" fill=\"#333\">{}</text>",
            escape(&self.unit)
        ));
        let mut tick = lo;
        while tick <= hi + step / 2.0 {
            let ty = y(tick);
            out.push_str(&format!(
                "<line x1=\"{left}\" x2=\"{:.1}\" y1=\"{ty:.1}\" y2=\"{ty:.1}\" stroke=\"#d0d0d0\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#333\">{}</text>",
                left + plot_w,
                left - 6.0,
                ty + 4.0,
                number(tick, self.decimal_comma)
            ));
            tick += step;
        }
        // Every category's label when there is room, else every k-th counted back from
        // the last (so the latest period is always labelled and none collide).
        let widest = self.categories.iter().map(|c| c.chars().count()).max().unwrap_or(4) as f64;
        let every = ((n as f64 * (widest * 7.5 + 12.0)) / plot_w).ceil().max(1.0) as usize;
        for (i, c) in self.categories.iter().enumerate() {
            if (n - 1 - i).is_multiple_of(every) {
                out.push_str(&format!(
                    "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#333\">{}</text>",
                    x(i),
                    height - bottom + 18.0,
                    escape(c)
                ));
            }
        }
        let mut labels: Vec<(f64, String, &str)> = Vec::new();
        for (s, series) in self.series.iter().enumerate() {
            let (colour, dash, marker) = STYLES[s % STYLES.len()];
            // Runs of values; a missing or suppressed cell breaks the line.
            let mut path = String::new();
            let mut pen_down = false;
            for (i, cell) in series.cells.iter().enumerate() {
                match cell.value {
                    Some(v) => {
                        path.push_str(&format!("{}{:.1} {:.1} ", if pen_down { "L" } else { "M" }, x(i), y(v.0)));
                        pen_down = true;
                    }
                    None => pen_down = false,
                }
            }
            let dash = if dash.is_empty() { String::new() } else { format!(" stroke-dasharray=\"{dash}\"") };
            out.push_str(&format!(
                "<path d=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\"{dash}/>",
                path.trim()
            ));
            for (i, cell) in series.cells.iter().enumerate() {
                let (cx, cy) = match cell.value {
                    Some(v) => (x(i), y(v.0)),
                    None => continue,
                };
                let shape = match marker {
                    Marker::Circle => format!("<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"4\" fill=\"{colour}\""),
                    Marker::Square => {
                        format!(
                            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"8\" fill=\"{colour}\"",
                            cx - 4.0,
                            cy - 4.0
                        )
                    }
                    Marker::Triangle => format!(
                        "<path d=\"M{cx:.1} {:.1} L{:.1} {:.1} L{:.1} {:.1} Z\" fill=\"{colour}\"",
                        cy - 5.0,
                        cx - 5.0,
                        cy + 4.0,
                        cx + 5.0,
                        cy + 4.0
                    ),
                };
                out.push_str(&format!(
                    "{shape}><title>{}, {}: {}</title></{}>",
                    escape(&series.name),
                    escape(&self.categories[i.min(self.categories.len().saturating_sub(1))]),
                    escape(&cell.text),
                    match marker {
                        Marker::Circle => "circle",
                        Marker::Square => "rect",
                        Marker::Triangle => "path",
                    }
                ));
            }
            if let Some((i, v)) = series.cells.iter().enumerate().rev().find_map(|(i, c)| c.value.map(|v| (i, v.0))) {
                labels.push((y(v), format!("{} {}", series.name, series.cells[i].text), colour));
            }
        }
        // Direct labels at the right, pushed apart so none overlaps.
        labels.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut last = f64::MIN;
        for (ly, text, colour) in labels {
            let ly = ly.max(last + 15.0);
            last = ly;
            out.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"{colour}\" font-weight=\"bold\">{}</text>",
                left + plot_w + 8.0,
                ly + 4.0,
                escape(&text)
            ));
        }
        // The place's own gaps are said where they are: the word above the axis (the
        // other series' gaps are in the table).
        if let Some(series) = self.series.first() {
            for (i, cell) in series.cells.iter().enumerate() {
                if cell.value.is_none() && i < self.categories.len() {
                    out.push_str(&format!(
                        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\" font-style=\"italic\" \
                         fill=\"#1f4e79\">{}</text>",
                        x(i),
                        height - bottom + 38.0,
                        escape(&cell.text)
                    ));
                }
            }
        }
        out.push_str(&format!(
            "<line x1=\"{left}\" x2=\"{left}\" y1=\"{top}\" y2=\"{:.1}\" stroke=\"#333\"/></svg>",
            height - bottom
        ));
        out
    }

    fn bar_svg(&self) -> String {
        let Some(series) = self.series.first() else { return String::new() };
        // Each category's name in lines that fit the room left of the bars (about 7
        // units a character at size 13), the widest line setting that room.
        let names: Vec<Vec<String>> = self.categories.iter().map(|n| wrap(n, LABEL_CHARS)).collect();
        let widest = names.iter().flatten().map(|l| l.chars().count()).max().unwrap_or(0);
        let (left, right, top) = ((widest as f64 * 7.0 + 12.0).clamp(60.0, 220.0), 70.0, 24.0);
        let rows: Vec<f64> = names.iter().map(|lines| (lines.len() as f64 * 16.0 + 4.0).max(20.0)).collect();
        let height = top + rows.iter().sum::<f64>() + 10.0;
        let (lo, hi, _) = self.axis();
        let plot_w = WIDTH - left - right;
        let x = |v: f64| left + plot_w * (v - lo) / (hi - lo);
        let mut out = String::new();
        self.open(height, &mut out);
        out.push_str(&format!(
            "<defs><pattern id=\"{}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
             patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#1f4e79\"/>\
             <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\"/></pattern></defs>",
            escape(&self.key)
        ));
        out.push_str(&format!(
            "<text x=\"{left}\" y=\"14\" font-size=\"12\" fill=\"#333\">{}</text>",
            escape(&self.unit)
        ));
        let mut row_top = top;
        for (i, (lines, cell)) in names.iter().zip(&series.cells).enumerate() {
            let mine = self.highlight == Some(i);
            let weight = if mine { " font-weight=\"bold\"" } else { "" };
            let spans: String = lines
                .iter()
                .enumerate()
                .map(|(k, l)| {
                    format!(
                        "<tspan x=\"{:.1}\" dy=\"{}\">{}</tspan>",
                        left - 6.0,
                        if k == 0 { 0 } else { 16 },
                        escape(l)
                    )
                })
                .collect();
            out.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#222\"{weight}>{spans}</text>",
                left - 6.0,
                row_top + 14.0,
            ));
            // The bar beside the middle of its name.
            let by = row_top + (rows[i] - 20.0) / 2.0;
            row_top += rows[i];
            match cell.value {
                Some(v) => {
                    let (x0, x1) = (x(0.0_f64.max(lo)), x(v.0));
                    let fill = if mine { format!("url(#{}-hatch)", escape(&self.key)) } else { "#9db7d1".to_owned() };
                    out.push_str(&format!(
                        "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"14\" fill=\"{fill}\" stroke=\"#1f4e79\"/>\
                         <text x=\"{:.1}\" y=\"{:.1}\" fill=\"#222\"{weight}>{}</text>",
                        x0.min(x1),
                        by + 3.0,
                        (x1 - x0).abs().max(1.0),
                        x0.max(x1) + 4.0,
                        by + 14.0,
                        escape(&cell.text)
                    ));
                }
                None => out.push_str(&format!(
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-style=\"italic\" fill=\"#222\">{}</text>",
                    left + 4.0,
                    by + 14.0,
                    escape(&cell.text)
                )),
            }
        }
        out.push_str("</svg>");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(v: Option<f64>, text: &str) -> Cell {
        Cell { value: v.map(Figure), text: text.into() }
    }

    fn line() -> Chart {
        Chart {
            key: "c1".into(),
            kind: ChartKind::Line,
            title: "Trives på skolen <&>".into(),
            unit: "prosent".into(),
            category_label: "År".into(),
            categories: vec!["2021".into(), "2022".into(), "2023".into()],
            series: vec![
                Series {
                    name: "Engerdal".into(),
                    cells: vec![cell(Some(80.0), "80"), cell(None, "skjermet"), cell(Some(75.5), "75,5")],
                },
                Series {
                    name: "Innlandet".into(),
                    cells: vec![cell(Some(85.0), "85"), cell(Some(84.0), "84"), cell(Some(83.0), "83")],
                },
                Series {
                    name: "Landet".into(),
                    cells: vec![cell(Some(86.0), "86"), cell(None, "mangler"), cell(Some(85.0), "85")],
                },
            ],
            highlight: None,
            summary: "Engerdal ligger under fylket.".into(),
            decimal_comma: true,
            scale_max: None,
        }
    }

    #[test]
    fn a_line_chart_names_itself_breaks_at_gaps_and_labels_directly() {
        let svg = line().svg();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("role=\"img\" aria-label=\"Trives på skolen &lt;&amp;&gt;\""), "{svg}");
        assert!(svg.contains("<desc>Engerdal ligger under fylket.</desc>"));
        assert!(svg.contains(">skjermet</text>"), "a suppressed value is said, not drawn as 0");
        assert!(!svg.contains(">0</text><text"), "no zero drawn for a gap");
        assert!(svg.contains(">Engerdal 75,5</text>"), "the line's last value labelled with its name");
        assert!(svg.contains("stroke-dasharray=\"7 4\""), "series differ by dash, not colour alone");
        // Engerdal's line breaks at 2022: two moves, no line through the gap.
        let engerdal_path = svg.split("<path d=\"").nth(1).unwrap();
        assert_eq!(engerdal_path.split('"').next().unwrap().matches('M').count(), 2);
    }

    #[test]
    fn period_labels_never_collide_and_the_latest_is_always_labelled() {
        let periods: Vec<String> = (2015..=2022).map(|y| format!("{y}–{}", y + 2)).collect();
        let chart = Chart {
            categories: periods.clone(),
            series: vec![Series { name: "E".into(), cells: periods.iter().map(|_| cell(Some(1.0), "1")).collect() }],
            ..line()
        };
        let svg = chart.svg();
        let shown: Vec<usize> =
            periods.iter().enumerate().filter(|(_, p)| svg.contains(&format!(">{p}</text>"))).map(|(i, _)| i).collect();
        assert_eq!(shown.last(), Some(&7), "{shown:?}");
        assert!(shown.windows(2).all(|w| w[1] - w[0] >= 2), "no neighbours labelled side by side: {shown:?}");
    }

    #[test]
    fn a_bar_chart_hatches_the_place_and_writes_every_value() {
        let chart = Chart {
            key: "c2".into(),
            kind: ChartKind::Bar,
            categories: vec!["Trysil".into(), "Engerdal".into(), "Rendalen".into()],
            series: vec![Series {
                name: "2023".into(),
                cells: vec![cell(Some(12.0), "12"), cell(Some(20.0), "20"), cell(None, "skjermet")],
            }],
            highlight: Some(1),
            ..line()
        };
        let svg = chart.svg();
        assert!(svg.contains("url(#c2-hatch)"));
        assert_eq!(svg.matches("url(#c2-hatch)").count(), 1, "only the place itself is hatched");
        assert!(svg.contains(">20</text>") && svg.contains(">12</text>"));
        assert!(svg.contains("font-style=\"italic\" fill=\"#222\">skjermet</text>"));
    }

    /// A long answer is broken into lines beside its bar, never cut at the edge; a
    /// chart of shares runs to 100 however small its largest share.
    #[test]
    fn long_names_wrap_and_shares_run_to_a_hundred() {
        let long = "Verken enig eller uenig, eller vet ikke helt sikkert";
        let chart = Chart {
            key: "c3".into(),
            kind: ChartKind::Bar,
            categories: vec![long.into(), "Enig".into()],
            series: vec![Series { name: "%".into(), cells: vec![cell(Some(10.0), "10 %"), cell(Some(30.0), "30 %")] }],
            highlight: None,
            scale_max: Some(Figure(100.0)),
            ..line()
        };
        assert_eq!(wrap(long, LABEL_CHARS), vec!["Verken enig eller uenig,", "eller vet ikke helt sikkert"]);
        let svg = chart.svg();
        assert!(
            svg.contains(">Verken enig eller uenig,</tspan>") && svg.contains(">eller vet ikke helt sikkert</tspan>")
        );
        // The room left of the bars holds the widest line (27 characters).
        let left: f64 = 27.0 * 7.0 + 12.0;
        assert!(svg.contains(&format!("<tspan x=\"{:.1}\"", left - 6.0)), "{svg}");
        // 30 of a 0–100 axis: three tenths of the plot's width.
        let plot = WIDTH - left - 70.0;
        assert!(svg.contains(&format!("width=\"{:.1}\"", plot * 0.3)), "{svg}");
    }

    #[test]
    fn numbers_are_written_the_readers_way() {
        assert_eq!(number(12.345, true), "12,3");
        assert_eq!(number(12.0, true), "12");
        assert_eq!(number(-1.25, true), "−1,3");
        assert_eq!(number(-1.25, false), "-1.3");
        assert_eq!(number(1_623_884.0, true), "1\u{a0}623\u{a0}884", "grouped in thousands");
        assert_eq!(number(1_623_884.0, false), "1,623,884");
        assert_eq!(number(2500.0, true), "2500", "four digits stay together");
        assert_eq!(number(-12_345.54, true), "−12\u{a0}345,5");
        assert_eq!(nice_step(100.0), 25.0);
        assert_eq!(nice_step(7.0), 2.0);
    }
}
