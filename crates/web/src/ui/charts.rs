//! A chart on a page: a `<figure>` with the SVG (named by its title, described by its
//! text alternative), the text alternative written out as the caption, and the data
//! table the chart is drawn from, so every figure can be read without the picture.

use forebygg_domain::document::chart::{Chart, ChartKind, escape};

/// The chart as HTML; every piece of text is escaped (the SVG escapes its own).
pub fn chart_html(chart: &Chart) -> String {
    figure_html(chart, &chart.key, &chart.title, &chart.svg(), &chart.summary)
}

/// Another picture (a map) with the table of `chart` as its alternative.
pub fn figure_html(chart: &Chart, key: &str, title: &str, svg: &str, summary: &str) -> String {
    let key = escape(key);
    // The caption comes first (a figure's caption is its first or last child): the
    // title and the text alternative, then the picture, then its table.
    let mut out = format!(
        "<figure class=\"chart\"><figcaption><p class=\"chart-title\" id=\"{key}-title\"><strong>{}</strong></p>\
         <p>{}</p></figcaption><div class=\"chart-picture\">{}</div>",
        escape(title),
        escape(summary),
        svg
    );
    out.push_str(&format!(
        "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"{key}-table\"><table class=\"ds-table\">\
         <caption id=\"{key}-table\">{} ({})</caption><thead><tr><th scope=\"col\">{}</th>",
        escape(&chart.title),
        escape(&chart.unit),
        escape(&chart.category_label)
    ));
    for s in &chart.series {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape(&s.name)));
    }
    out.push_str("</tr></thead><tbody>");
    for (i, category) in chart.categories.iter().enumerate() {
        let mine = chart.kind == ChartKind::Bar && chart.highlight == Some(i);
        out.push_str(&format!(
            "<tr{}><th scope=\"row\">{}</th>",
            if mine { " class=\"mine\"" } else { "" },
            escape(category)
        ));
        for s in &chart.series {
            let cell = s.cells.get(i);
            let text = cell.map(|c| c.text.as_str()).unwrap_or_default();
            let class = if cell.is_some_and(|c| c.value.is_none()) { " class=\"flagged\"" } else { "" };
            out.push_str(&format!("<td{class}>{}</td>", escape(text)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div></figure>");
    out
}
