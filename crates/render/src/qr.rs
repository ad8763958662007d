//! A survey's link as a QR code, for a poster: SVG (any size, crisp) and PNG. Error
//! correction level M (a poster survives a fold or a smudge), with the quiet zone of
//! four modules the standard asks for.

use forebygg_domain::document::chart::escape;
use qrcode::{Color, EcLevel, QrCode};
use resvg::tiny_skia::{self, Paint, Pixmap, Rect, Transform};

/// White modules around the code.
const QUIET: usize = 4;

/// The code's modules, dark or not, row by row, with the quiet zone; and its side.
fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let inner = code.width();
    let side = inner + 2 * QUIET;
    let colors = code.to_colors();
    let mut dark = vec![false; side * side];
    for (i, c) in colors.iter().enumerate() {
        dark[(i / inner + QUIET) * side + i % inner + QUIET] = *c == Color::Dark;
    }
    Some((side, dark))
}

/// The code as SVG, one unit per module, with `title` as its text alternative (the
/// link itself, so a reader without a camera can type it).
pub fn svg(text: &str, title: &str) -> Option<String> {
    let (side, dark) = modules(text)?;
    let mut path = String::new();
    for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
        path.push_str(&format!("M{} {}h1v1h-1z", i % side, i / side));
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" width=\"{px}\" height=\"{px}\" \
         role=\"img\" aria-labelledby=\"qr-title\" shape-rendering=\"crispEdges\"><title id=\"qr-title\">{}</title>\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>",
        escape(title),
        px = side * 8,
    ))
}

/// The code as PNG, `scale` pixels per module.
pub fn png(text: &str, scale: u32) -> Option<Vec<u8>> {
    let (side, dark) = modules(text)?;
    let size = u32::try_from(side).ok()? * scale;
    let mut pixmap = Pixmap::new(size, size)?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let mut black = Paint::default();
    black.set_color(tiny_skia::Color::BLACK);
    black.anti_alias = false;
    let s = scale as f32;
    for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
        let rect = Rect::from_xywh((i % side) as f32 * s, (i / side) as f32 * s, s, s)?;
        pixmap.fill_rect(rect, &black, Transform::identity(), None);
    }
    pixmap.encode_png().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(width: usize, height: usize, grey: impl Fn(usize, usize) -> u8) -> String {
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, grey);
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        grids[0].decode().expect("the code reads").1
    }

    const LINK: &str = "https://forebygg.example.no/s/0123456789abcdef0123456789abcdef";

    /// The PNG, decoded as a phone's camera would, reads back as the link.
    #[test]
    fn the_png_reads_back_as_the_link() {
        let bytes = png(LINK, 6).unwrap();
        let pixmap = Pixmap::decode_png(&bytes).unwrap();
        let (w, h) = (pixmap.width() as usize, pixmap.height() as usize);
        assert_eq!(w % 6, 0, "whole modules");
        let pixels = pixmap.data().to_vec();
        assert_eq!(decode(w, h, |x, y| pixels[(y * w + x) * 4]), LINK);
    }

    /// The SVG has the same modules, a quiet zone, and its title escaped.
    #[test]
    fn the_svg_draws_the_same_modules_with_its_title_escaped() {
        let svg = svg(LINK, "Skann <her> & svar").unwrap();
        assert!(svg.contains("<title id=\"qr-title\">Skann &lt;her&gt; &amp; svar</title>"), "{svg}");
        let (side, dark) = modules(LINK).unwrap();
        assert_eq!(svg.matches("h1v1h-1z").count(), dark.iter().filter(|d| **d).count());
        assert!(!dark[..QUIET * side].iter().any(|d| *d), "the top quiet zone is white");
        assert_eq!(decode(side * 4, side * 4, |x, y| if dark[(y / 4) * side + x / 4] { 0 } else { 255 }), LINK);
    }
}
