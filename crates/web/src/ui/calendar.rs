//! What every calendar file (iCalendar, RFC 5545) the web gives out shares: its header
//! and line folding.

use icalendar::Calendar;

/// A calendar with its version, product and scale, and nothing in it yet.
pub fn empty() -> Calendar {
    let mut calendar = Calendar::empty();
    for (key, value) in [("VERSION", "2.0"), ("PRODID", "-//forebygg//forebygg//NO"), ("CALSCALE", "GREGORIAN")] {
        calendar.append_property(icalendar::Property::new(key, value));
    }
    calendar
}

/// Folds every content line at 75 octets, counting the space that starts a
/// continuation line (RFC 5545 § 3.1), on character boundaries. The library folds at
/// 75 octets after that space, which makes continuation lines 76 octets long.
pub fn fold(ics: &str) -> String {
    let mut out = String::with_capacity(ics.len() + ics.len() / 20);
    for line in ics.replace("\r\n ", "").split_terminator("\r\n") {
        let mut room = 75;
        for c in line.chars() {
            if c.len_utf8() > room {
                out.push_str("\r\n ");
                room = 74;
            }
            out.push(c);
            room -= c.len_utf8();
        }
        out.push_str("\r\n");
    }
    out
}
