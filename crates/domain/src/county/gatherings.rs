//! Network gatherings (seed 000): a regional body invites the municipalities of its
//! county to physical and digital gatherings; each municipality's contact registers
//! named participants. A physical gathering takes at most a number per municipality
//! (ten in the seed) and, when it has one, a total capacity; past the total, people
//! wait in the order they came, and a cancellation moves the first waiting up. A
//! digital gathering has no cap per municipality.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use crate::ids::{GatheringId, OrgId};
use crate::people::ValidationError;
use crate::timeline::NorDate;

/// The participants per municipality a physical gathering takes unless told otherwise.
pub const DEFAULT_PER_MUNICIPALITY: u32 = 10;
/// The longest title, place, link or topic list, in characters.
pub const MAX_FIELD: usize = 2000;

/// Where a gathering happens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "form")]
pub enum Venue {
    /// In a room: the place, and how many each municipality may send.
    Physical { place: String, per_municipality: u32 },
    /// On a video call: the link (https), open to everyone the municipality invites.
    Digital { link: String },
}

impl Venue {
    pub fn form(&self) -> &'static str {
        match self {
            Venue::Physical { .. } => "physical",
            Venue::Digital { .. } => "digital",
        }
    }

    /// The cap per municipality: physical gatherings only.
    pub fn per_municipality(&self) -> Option<u32> {
        match self {
            Venue::Physical { per_municipality, .. } => Some(*per_municipality),
            Venue::Digital { .. } => None,
        }
    }
}

/// A gathering as the body planned it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GatheringFields {
    pub title: String,
    pub venue: Venue,
    /// Local time in Norway.
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    /// The programme's topics, one per entry.
    pub topics: Vec<String>,
    /// How many may attend in all; `None`: no limit.
    pub capacity: Option<u32>,
}

/// A stored gathering of a regional body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Gathering {
    pub id: GatheringId,
    pub body: OrgId,
    pub fields: GatheringFields,
}

/// A participant's place: at the gathering, or on its waiting list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Seat {
    Confirmed,
    Waiting,
}

impl Seat {
    pub fn as_str(self) -> &'static str {
        match self {
            Seat::Confirmed => "confirmed",
            Seat::Waiting => "waiting",
        }
    }

    pub fn parse(s: &str) -> Option<Seat> {
        [Seat::Confirmed, Seat::Waiting].into_iter().find(|x| x.as_str() == s)
    }
}

/// Why a registration was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SeatRefusal {
    /// The municipality has registered as many as it may send (its waiting ones too).
    #[error("the municipality has registered the {max} it may send")]
    MunicipalityFull { max: u32 },
}

/// The counts a registration is decided on, read while no other registration for the
/// same gathering can run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Taken {
    /// Confirmed participants of every municipality.
    pub confirmed: u32,
    /// The municipality's participants, confirmed and waiting.
    pub of_municipality: u32,
}

/// Where a new participant goes: refused when the municipality has its cap (its
/// waiting participants count, so promoting the first waiting never breaks a cap),
/// waiting when the gathering is full, else confirmed.
pub fn seat_for(venue: &Venue, capacity: Option<u32>, taken: Taken) -> Result<Seat, SeatRefusal> {
    if let Some(max) = venue.per_municipality()
        && taken.of_municipality >= max
    {
        return Err(SeatRefusal::MunicipalityFull { max });
    }
    Ok(match capacity {
        Some(cap) if taken.confirmed >= cap => Seat::Waiting,
        _ => Seat::Confirmed,
    })
}

/// A named participant as registered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Participant {
    pub name: String,
    /// Where the body can reach them; may be empty.
    pub email: String,
    /// Their work ("helsesykepleiar", "kommunalsjef"); may be empty.
    pub role: String,
}

/// A registration: who, for which municipality, where they sit, in which order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Registration {
    pub id: i64,
    pub gathering: GatheringId,
    pub municipality: OrgId,
    pub participant: Participant,
    pub seat: Seat,
    /// When registered (Unix seconds); the waiting list's order.
    pub registered_at: i64,
}

/// The gathering form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GatheringInput<'a> {
    pub title: &'a str,
    pub form: &'a str,
    pub place: &'a str,
    pub link: &'a str,
    pub per_municipality: &'a str,
    pub capacity: &'a str,
    pub start_date: &'a str,
    pub start_time: &'a str,
    pub end_date: &'a str,
    pub end_time: &'a str,
    pub topics: &'a str,
}

/// A time of day as Norwegians write it: `9`, `09:00`, `9.00`, `0900`.
pub fn parse_time(s: &str) -> Result<NaiveTime, ValidationError> {
    let t = s.trim();
    let err = || ValidationError::Time(t.to_owned());
    let (h, m) = match t.split_once([':', '.']) {
        Some((h, m)) => (h, m),
        None if t.len() == 4 => t.split_at(2),
        None => (t, "0"),
    };
    let h: u32 = h.parse().map_err(|_| err())?;
    let m: u32 = m.parse().map_err(|_| err())?;
    NaiveTime::from_hms_opt(h, m, 0).ok_or_else(err)
}

/// A date and a time of day; either left empty is required, not wrongly written.
fn date_and_time(date: &str, time: &str) -> (Result<NaiveDate, ValidationError>, Result<NaiveTime, ValidationError>) {
    let required = |s: &str| if s.trim().is_empty() { Err(ValidationError::Required) } else { Ok(()) };
    (required(date).and_then(|_| NorDate::parse(date).map(|d| d.0)), required(time).and_then(|_| parse_time(time)))
}

fn whole(s: &str) -> Result<Option<u32>, ValidationError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<u32>() {
        Ok(n) if n > 0 => Ok(Some(n)),
        _ => Err(ValidationError::Count(s.to_owned())),
    }
}

fn text(s: &str, field: &'static str, errors: &mut Vec<(&'static str, ValidationError)>) -> String {
    let s = s.trim();
    if s.chars().count() > MAX_FIELD {
        errors.push((field, ValidationError::TooLong { max: MAX_FIELD }));
    }
    s.to_owned()
}

impl GatheringFields {
    /// Checks a typed gathering, naming each field that is wrong.
    pub fn parse(i: &GatheringInput<'_>) -> Result<GatheringFields, Vec<(&'static str, ValidationError)>> {
        let mut errors = Vec::new();
        let title = text(i.title, "title", &mut errors);
        if title.is_empty() || title.chars().count() > 200 {
            errors.push(("title", ValidationError::Title));
        }
        let venue = match i.form {
            "physical" => {
                let place = text(i.place, "place", &mut errors);
                if place.is_empty() {
                    errors.push(("place", ValidationError::Required));
                }
                let per = match whole(i.per_municipality) {
                    Ok(n) => n.unwrap_or(DEFAULT_PER_MUNICIPALITY),
                    Err(e) => {
                        errors.push(("per_municipality", e));
                        DEFAULT_PER_MUNICIPALITY
                    }
                };
                Some(Venue::Physical { place, per_municipality: per })
            }
            "digital" => {
                let link = text(i.link, "link", &mut errors);
                if !link.starts_with("https://") || link.contains(char::is_whitespace) {
                    errors.push(("link", ValidationError::Link(link.clone())));
                }
                Some(Venue::Digital { link })
            }
            other => {
                errors.push((
                    "form",
                    ValidationError::OneOf { value: other.to_owned(), allowed: "physical, digital".into() },
                ));
                None
            }
        };
        let capacity = whole(i.capacity).unwrap_or_else(|e| {
            errors.push(("capacity", e));
            None
        });
        let mut moment = |date: &str, time: &str, date_field, time_field| {
            let (d, t) = date_and_time(date, time);
            match (d, t) {
                (Ok(d), Ok(t)) => Some(d.and_time(t)),
                (d, t) => {
                    if let Err(e) = d {
                        errors.push((date_field, e));
                    }
                    if let Err(e) = t {
                        errors.push((time_field, e));
                    }
                    None
                }
            }
        };
        let starts = moment(i.start_date, i.start_time, "start_date", "start_time");
        // An end date left empty is the start's day (whose error, if any, is the
        // start date's).
        let ends = if i.end_date.trim().is_empty() {
            let start_day = NorDate::parse(i.start_date).map(|d| d.0).ok();
            match (start_day, parse_time(i.end_time)) {
                (Some(day), Ok(t)) => Some(day.and_time(t)),
                (_, Err(_)) => {
                    let e = if i.end_time.trim().is_empty() {
                        ValidationError::Required
                    } else {
                        ValidationError::Time(i.end_time.trim().to_owned())
                    };
                    errors.push(("end_time", e));
                    None
                }
                (None, Ok(_)) => None,
            }
        } else {
            moment(i.end_date, i.end_time, "end_date", "end_time")
        };
        if let (Some(s), Some(e)) = (starts, ends)
            && e <= s
        {
            errors.push(("end_time", ValidationError::EndBeforeStart));
        }
        let topics: Vec<String> = text(i.topics, "topics", &mut errors)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        match (venue, starts, ends) {
            (Some(venue), Some(starts), Some(ends)) if errors.is_empty() => {
                Ok(GatheringFields { title, venue, starts, ends, topics, capacity })
            }
            _ => Err(errors),
        }
    }
}

/// The registration form, as typed.
pub fn participant(name: &str, email: &str, role: &str) -> Result<Participant, Vec<(&'static str, ValidationError)>> {
    let mut errors = Vec::new();
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        errors.push(("name", ValidationError::PersonName));
    }
    let email = email.trim();
    let email = if email.is_empty() {
        String::new()
    } else {
        match crate::Email::parse(email) {
            Ok(e) => e.as_str().to_owned(),
            Err(e) => {
                errors.push(("email", e));
                String::new()
            }
        }
    };
    let role = role.trim();
    if role.chars().count() > 200 {
        errors.push(("role", ValidationError::TooLong { max: 200 }));
    }
    if errors.is_empty() {
        Ok(Participant { name: name.to_owned(), email, role: role.to_owned() })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn physical(per: u32) -> Venue {
        Venue::Physical { place: "Hamar".into(), per_municipality: per }
    }

    #[test]
    fn a_municipality_at_its_cap_is_refused_and_a_full_gathering_has_a_waiting_list() {
        let taken = |confirmed, of_municipality| Taken { confirmed, of_municipality };
        assert_eq!(seat_for(&physical(10), Some(40), taken(39, 9)), Ok(Seat::Confirmed));
        assert_eq!(seat_for(&physical(10), Some(40), taken(40, 9)), Ok(Seat::Waiting));
        assert_eq!(seat_for(&physical(10), Some(40), taken(3, 10)), Err(SeatRefusal::MunicipalityFull { max: 10 }));
        let digital = Venue::Digital { link: "https://teams.example/x".into() };
        assert_eq!(seat_for(&digital, None, taken(500, 120)), Ok(Seat::Confirmed), "no cap on digital");
        assert_eq!(seat_for(&digital, Some(100), taken(100, 1)), Ok(Seat::Waiting));
    }

    #[test]
    fn times_are_read_as_norwegians_write_them() {
        for (s, h, m) in [("9", 9, 0), ("09:00", 9, 0), ("9.30", 9, 30), ("1530", 15, 30)] {
            assert_eq!(parse_time(s), Ok(NaiveTime::from_hms_opt(h, m, 0).unwrap()), "{s}");
        }
        assert!(parse_time("25:00").is_err());
        assert!(parse_time("kl ni").is_err());
    }

    #[test]
    fn the_form_names_every_wrong_field_and_a_physical_gathering_defaults_to_ten() {
        let ok = GatheringFields::parse(&GatheringInput {
            title: "Fysisk samling 1",
            form: "physical",
            place: "Hamar",
            start_date: "25.01.2027",
            start_time: "11:30",
            end_date: "26.01.27",
            end_time: "12:30",
            topics: "Rammer for planarbeid\n\n Kartlegging og analyse ",
            ..Default::default()
        })
        .unwrap();
        assert_eq!(ok.venue.per_municipality(), Some(DEFAULT_PER_MUNICIPALITY));
        assert_eq!(ok.topics, vec!["Rammer for planarbeid", "Kartlegging og analyse"]);
        assert_eq!(ok.ends.date(), NaiveDate::from_ymd_opt(2027, 1, 26).unwrap());
        let bad = GatheringFields::parse(&GatheringInput {
            form: "digital",
            link: "teams",
            capacity: "-3",
            start_date: "31.02.2027",
            start_time: "9",
            end_time: "8",
            ..Default::default()
        })
        .unwrap_err();
        let fields: Vec<&str> = bad.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, vec!["title", "link", "capacity", "start_date"], "an empty end date is the start's");
        let empty = GatheringFields::parse(&GatheringInput { form: "physical", ..Default::default() }).unwrap_err();
        assert!(empty.contains(&("start_date", ValidationError::Required)), "{empty:?}");
        assert!(empty.contains(&("end_time", ValidationError::Required)), "{empty:?}");
        assert!(!empty.iter().any(|(f, _)| *f == "end_date"), "optional: {empty:?}");
        let early = GatheringFields::parse(&GatheringInput {
            title: "Digital samling",
            form: "digital",
            link: "https://teams.example/m",
            start_date: "15.03.2027",
            start_time: "15:00",
            end_time: "9:00",
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(early, vec![("end_time", ValidationError::EndBeforeStart)]);
    }

    #[test]
    fn a_participant_needs_a_name_and_a_real_address_when_one_is_given() {
        assert_eq!(participant(" Kari Nordmann ", "", "helsesykepleiar").unwrap().name, "Kari Nordmann");
        let errors = participant("", "ikke-epost", "").unwrap_err();
        assert_eq!(errors.iter().map(|(f, _)| *f).collect::<Vec<_>>(), vec!["name", "email"]);
    }
}
