//! A chart's SVG drawn as PNG for Word, which shows no SVG without a PNG beside it.
//! Drawn with the fonts typst ships (the PDF's own), so no system font is needed and
//! the picture looks the same on every machine.

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

/// Pixels per SVG unit: twice the chart's size, so it stays sharp when printed.
const SCALE: f32 = 2.0;

fn options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut fonts = usvg::fontdb::Database::new();
        for font in typst_assets::fonts() {
            fonts.load_font_data(font.to_vec());
        }
        fonts.set_sans_serif_family("Libertinus Serif");
        fonts.set_serif_family("Libertinus Serif");
        usvg::Options { fontdb: Arc::new(fonts), ..usvg::Options::default() }
    })
}

/// A drawn picture: the PNG and the SVG's own size (CSS pixels, 96 to the inch).
pub struct Png {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// The SVG as PNG on white; `None` when it cannot be read (the chart's table and text
/// alternative still carry every figure).
pub fn png(svg: &str) -> Option<Png> {
    let tree = usvg::Tree::from_str(svg, options()).ok()?;
    let size = tree.size();
    let mut pixmap =
        tiny_skia::Pixmap::new((size.width() * SCALE).ceil() as u32, (size.height() * SCALE).ceil() as u32)?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::from_scale(SCALE, SCALE), &mut pixmap.as_mut());
    let bytes = pixmap.encode_png().ok()?;
    Some(Png { bytes, width: size.width().ceil() as u32, height: size.height().ceil() as u32 })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text is drawn with the shipped fonts: a chart with a word has dark pixels where
    /// the word is, and the picture has the SVG's size at twice the scale.
    #[test]
    fn a_chart_is_drawn_with_its_text() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 40\" width=\"200\" height=\"40\" \
                   font-family=\"sans-serif\" font-size=\"20\"><text x=\"4\" y=\"28\" fill=\"#000\">skjermet</text></svg>";
        let drawn = png(svg).expect("drawn");
        assert_eq!((drawn.width, drawn.height), (200, 40));
        let pixmap = tiny_skia::Pixmap::decode_png(&drawn.bytes).unwrap();
        assert_eq!((pixmap.width(), pixmap.height()), (400, 80));
        let dark = pixmap.pixels().iter().filter(|p| p.red() < 100).count();
        assert!(dark > 200, "the word is drawn: {dark} dark pixels");
        assert!(png(svg.replace("skjermet", "").as_str()).is_some());
        assert!(png("<svg").is_none(), "not an SVG");
    }
}
