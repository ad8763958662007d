//! The chapter markup as HTML. Every piece of user text is escaped here; only the tags
//! this module writes reach the page, so the template may include the result as is.

use forebygg_domain::document::markup::{Block, Inline, Text, grid_band};

fn escape(s: &str, out: &mut String) {
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
}

fn inlines(list: &[Inline], anchor: &str, out: &mut String) {
    for i in list {
        match i {
            Inline::Text { text } => escape(text, out),
            Inline::Emph { content } => {
                out.push_str("<em>");
                inlines(content, anchor, out);
                out.push_str("</em>");
            }
            Inline::Strong { content } => {
                out.push_str("<strong>");
                inlines(content, anchor, out);
                out.push_str("</strong>");
            }
            Inline::Link { content, url } => {
                out.push_str("<a href=\"");
                escape(url, out);
                out.push_str("\" rel=\"noopener noreferrer\">");
                inlines(content, anchor, out);
                out.push_str("</a>");
            }
            Inline::FootnoteRef { number } => {
                out.push_str(&format!(
                    "<sup><a href=\"#{anchor}-fn-{number}\" id=\"{anchor}-ref-{number}\">{number}</a></sup>"
                ));
            }
        }
    }
}

/// A chapter's text as HTML. `anchor` makes footnote ids unique on the page;
/// `heading_base` is the level of the chapter's own heading (its inner headings go below).
/// `back` names the link from a footnote back to its place in the text.
pub fn render(text: &Text, anchor: &str, heading_base: u8, back: &str) -> String {
    let mut out = String::new();
    // The level of the last inner heading: a heading never goes more than one level
    // below the one before it (`##` first in a chapter is the chapter's first sub-level),
    // so no page skips a heading level (WCAG 1.3.1; the Nu HTML Checker's error).
    // Open headings as (written level, shown level): a heading closes those written at
    // its level or deeper, and is shown one below the one left open.
    let mut open: Vec<(u8, u8)> = Vec::new();
    for block in &text.blocks {
        match block {
            Block::Heading { level, content } => {
                while open.last().is_some_and(|(written, _)| written >= level) {
                    open.pop();
                }
                let shown = open.last().map(|(_, shown)| shown + 1).unwrap_or(1);
                open.push((*level, shown));
                let h = (heading_base + shown).min(6);
                out.push_str(&format!("<h{h}>"));
                inlines(content, anchor, &mut out);
                out.push_str(&format!("</h{h}>"));
            }
            Block::Paragraph { content } => {
                out.push_str("<p>");
                inlines(content, anchor, &mut out);
                out.push_str("</p>");
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                out.push_str(&format!("<{tag}>"));
                for item in items {
                    out.push_str("<li>");
                    inlines(item, anchor, &mut out);
                    out.push_str("</li>");
                }
                out.push_str(&format!("</{tag}>"));
            }
            Block::Table { header, rows } => {
                // A wide table scrolls in its own region, never the page (WCAG 1.4.10).
                out.push_str("<div class=\"table-scroll\" tabindex=\"0\"><table class=\"ds-table\"><thead><tr>");
                for cell in header {
                    out.push_str("<th scope=\"col\">");
                    inlines(cell, anchor, &mut out);
                    out.push_str("</th>");
                }
                out.push_str("</tr></thead><tbody>");
                for row in rows {
                    out.push_str("<tr>");
                    for cell in row {
                        out.push_str("<td>");
                        inlines(cell, anchor, &mut out);
                        out.push_str("</td>");
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</tbody></table></div>");
            }
            Block::Grid { caption, columns, rows } => {
                // Each count is written out; shade and pattern (the stylesheet's heat-N)
                // only repeat it, so the picture reads without colour.
                out.push_str("<div class=\"table-scroll\" tabindex=\"0\"><table class=\"heat\"><caption>");
                inlines(caption, anchor, &mut out);
                out.push_str("</caption><thead><tr><td></td>");
                for column in columns {
                    out.push_str("<th scope=\"col\">");
                    inlines(column, anchor, &mut out);
                    out.push_str("</th>");
                }
                out.push_str("</tr></thead><tbody>");
                for row in rows {
                    out.push_str("<tr><th scope=\"row\">");
                    inlines(&row.label, anchor, &mut out);
                    out.push_str("</th>");
                    for count in &row.counts {
                        out.push_str(&format!("<td class=\"heat-{}\"><span>{count}</span></td>", grid_band(*count)));
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</tbody></table></div>");
            }
            Block::Chart { chart, .. } => out.push_str(&crate::ui::charts::chart_html(chart)),
            // Expanded before rendering (`generated::expand`); nothing is left to show.
            Block::Generated { .. } => {}
        }
    }
    if !text.footnotes.is_empty() {
        out.push_str("<ol class=\"footnotes\">");
        for (i, note) in text.footnotes.iter().enumerate() {
            let n = i + 1;
            out.push_str(&format!("<li id=\"{anchor}-fn-{n}\">"));
            inlines(note, anchor, &mut out);
            out.push_str(&format!(" <a href=\"#{anchor}-ref-{n}\" aria-label=\""));
            escape(back, &mut out);
            out.push_str("\">↩</a></li>");
        }
        out.push_str("</ol>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use forebygg_domain::document::markup::parse;

    #[test]
    fn headings_written_at_one_level_are_shown_at_one_level() {
        let html = render(&parse("Intro.\n\n## Vold\n\n- a\n\n## Folkehelse\n\n### Inntekt\n\n## Omsorg"), "c", 2, "");
        assert_eq!(html.matches("<h3>").count(), 3, "{html}");
        assert_eq!(html.matches("<h4>").count(), 1, "{html}");
        let skipped = render(&parse("### Dypt\n\n# Øverst"), "c", 2, "");
        assert!(skipped.contains("<h3>Dypt</h3>") && skipped.contains("<h3>Øverst</h3>"), "{skipped}");
    }

    #[test]
    fn markup_becomes_html_and_user_text_is_escaped() {
        let html = render(
            &parse(
                "## Mål <script>\nSe **[Ungsinn](https://ungsinn.no?a=1&b=\"2)** og *dette*.[^1]\n\n[^1]: Kilde <b>",
            ),
            "k3",
            2,
            "Tilbake",
        );
        assert!(html.starts_with("<h3>Mål &lt;script&gt;</h3>"), "the first inner heading is one below: {html}");
        assert!(html.contains("<strong><a href=\"https://ungsinn.no?a=1&amp;b=&quot;2\" rel=\"noopener noreferrer\">Ungsinn</a></strong>") || html.contains("Ungsinn"), "{html}");
        assert!(html.contains("<em>dette</em>"));
        assert!(html.contains("<sup><a href=\"#k3-fn-1\" id=\"k3-ref-1\">1</a></sup>"));
        assert!(html.contains("<li id=\"k3-fn-1\">Kilde &lt;b&gt;"));
        assert!(!html.contains("<script>") && !html.contains("<b>"));
    }

    #[test]
    fn inner_headings_never_skip_a_level() {
        let html = render(&parse("### Tre\n\n# En\n\n### Tre igjen\n\n## To"), "k1", 2, "Tilbake");
        assert_eq!(html, "<h3>Tre</h3><h3>En</h3><h4>Tre igjen</h4><h4>To</h4>");
    }
}
