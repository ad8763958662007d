//! JSON-stat 2.0, as FHI's statistics (the open API and the statistics bank) and SSB's
//! PxWeb tables give it: a cube of `value`s over the dimensions in `id` (sizes in `size`,
//! row-major, the last dimension fastest), each dimension's categories by code, the
//! place and time dimensions named by `role` (or by the names FHI and SSB use: `GEO`,
//! `Region`, `AAR`, `Tid`), the measure by `role.metric` (`MEASURE_TYPE`,
//! `ContentsCode`); missing values `null`, with the reason in `status` (or FHI's
//! `extension.status`): `..` missing, `.` cannot be computed, `:` suppressed; SSB's `-`
//! is a zero.
//!
//! All or nothing: any problem names its JSON path and nothing is returned. Codes and
//! labels are normalised as they enter (no control characters), like typed text.

use forebygg_domain::indicators::{Flag, Observation, Region, Span};
use forebygg_domain::text::normalise;
use serde_json::{Map, Value};

/// The most cells a table may have (all municipalities × 30 years × 3 genders × 20 ages
/// × 4 measures is 2.6 million).
pub const MAX_CELLS: usize = 5_000_000;

/// A table read from JSON-stat.
#[derive(Clone, Debug, PartialEq)]
pub struct StatTable {
    pub label: String,
    pub source: String,
    /// The measures' codes and labels (one empty code when the table has no metric).
    pub measures: Vec<(String, String)>,
    pub observations: Vec<Observation>,
}

/// What is wrong, and where (a JSON path such as `$.dimension.AAR.category.index`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not JSON at all: the parser's words, with line and column.
    NotJson(String),
    /// A field that must be there is not.
    Missing,
    /// A field of the wrong kind (`array`, `object`, `number`, `string`).
    NotA(&'static str),
    /// No dimension for places, or none for time.
    NoDimension(&'static str),
    /// The number of values does not fit the dimensions' sizes.
    Count {
        expected: usize,
        found: usize,
    },
    TooLarge,
    /// A place code that is not a municipality, county or the country.
    Region(String),
    /// A period that is not a year or a span of years.
    Period(String),
    /// A status symbol that is not one of `..`, `.`, `:`, `-`.
    Status(String),
}

impl std::fmt::Display for Problem {
    /// English, for the command line; the web page words problems from the catalogues.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match &self.kind {
            ProblemKind::NotJson(at) => format!("not JSON ({at})"),
            ProblemKind::Missing => "missing".to_owned(),
            ProblemKind::NotA(kind) => format!("not a JSON {kind}"),
            ProblemKind::NoDimension(role) => format!("no {role} dimension"),
            ProblemKind::Count { expected, found } => format!("{found} where the dimensions make {expected}"),
            ProblemKind::TooLarge => format!("more than {MAX_CELLS} cells"),
            ProblemKind::Region(code) => format!("'{code}' is not a municipality, county or the country"),
            ProblemKind::Period(code) => format!("'{code}' is not a year or a span of years"),
            ProblemKind::Status(symbol) => format!("status '{symbol}' is not one of .. . : -"),
        };
        write!(f, "{}: {what}", self.path)
    }
}

impl Problem {
    fn at(path: impl Into<String>, kind: ProblemKind) -> Self {
        Problem { path: path.into(), kind }
    }
}

struct Dimension {
    id: String,
    /// Category codes in index order.
    codes: Vec<String>,
    labels: Vec<String>,
}

/// Reads a JSON-stat 2.0 dataset.
pub fn read(bytes: &[u8]) -> Result<StatTable, Vec<Problem>> {
    let json: Value = serde_json::from_slice(bytes).map_err(|e| {
        vec![Problem::at("$", ProblemKind::NotJson(format!("line {}, column {}", e.line(), e.column())))]
    })?;
    // PxWeb may wrap the dataset: {"dataset": {...}}.
    let root = json.get("dataset").filter(|d| d.is_object()).unwrap_or(&json);
    let root_path = if std::ptr::eq(root, &json) { "$" } else { "$.dataset" };
    let Some(root) = root.as_object() else { return Err(vec![Problem::at(root_path, ProblemKind::NotA("object"))]) };
    let mut problems = Vec::new();
    let dims = dimensions(root, root_path, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let role = |name: &str| -> Vec<String> {
        root.get("role")
            .and_then(|r| r.get(name))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
            .unwrap_or_default()
    };
    let find = |role_ids: Vec<String>, names: &[&str]| {
        dims.iter()
            .position(|d| role_ids.contains(&d.id))
            .or_else(|| dims.iter().position(|d| names.iter().any(|n| d.id.eq_ignore_ascii_case(n))))
    };
    let geo = find(role("geo"), &["GEO", "Region", "KOKkommuneregion0000"]);
    let time = find(role("time"), &["AAR", "Tid", "year"]);
    let metric = find(role("metric"), &["MEASURE_TYPE", "ContentsCode"]);
    let (Some(geo), Some(time)) = (geo, time) else {
        let missing = if geo.is_none() { "geo" } else { "time" };
        return Err(vec![Problem::at(format!("{root_path}.role"), ProblemKind::NoDimension(missing))]);
    };
    let regions: Vec<Option<Region>> = dims[geo].codes.iter().map(|c| Region::parse(c)).collect();
    for (code, region) in dims[geo].codes.iter().zip(&regions) {
        if region.is_none() {
            problems.push(Problem::at(
                format!("{root_path}.dimension.{}.category.index", dims[geo].id),
                ProblemKind::Region(code.clone()),
            ));
        }
    }
    let periods: Vec<Option<Span>> = dims[time].codes.iter().map(|c| Span::parse(c)).collect();
    for (code, period) in dims[time].codes.iter().zip(&periods) {
        if period.is_none() {
            problems.push(Problem::at(
                format!("{root_path}.dimension.{}.category.index", dims[time].id),
                ProblemKind::Period(code.clone()),
            ));
        }
    }
    let total = dims.iter().try_fold(1usize, |n, d| n.checked_mul(d.codes.len()).filter(|n| *n <= MAX_CELLS));
    let Some(total) = total else { return Err(vec![Problem::at(format!("{root_path}.size"), ProblemKind::TooLarge)]) };
    let values = cells(root, root_path, "value", total, &mut problems);
    let status = match root.get("status").or_else(|| root.get("extension").and_then(|e| e.get("status"))) {
        Some(_) => cells(root, root_path, "status", total, &mut problems),
        None => vec![Value::Null; total],
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut observations = Vec::with_capacity(total);
    let mut index = vec![0usize; dims.len()];
    for cell in 0..total {
        let symbol = status[cell].as_str().map(str::trim).filter(|s| !s.is_empty());
        let (value, flag) = match (&values[cell], symbol) {
            (_, Some("-")) => (Some(0.0), None),
            (Value::Number(n), None) => (n.as_f64(), None),
            (Value::Number(n), Some(s)) => match Flag::from_symbol(s) {
                // A number with a flag: the flag wins (the number is a placeholder).
                Some(flag) => (None, Some(flag)),
                None => (n.as_f64(), None),
            },
            (Value::Null, None) => (None, Some(Flag::Missing)),
            (Value::String(s), _) if Flag::from_symbol(s).is_some() => (None, Flag::from_symbol(s)),
            (Value::String(s), _) if s.trim() == "-" => (Some(0.0), None),
            (Value::Null, Some(s)) => match Flag::from_symbol(s) {
                Some(flag) => (None, Some(flag)),
                None => {
                    problems
                        .push(Problem::at(format!("{root_path}.status[{cell}]"), ProblemKind::Status(s.to_owned())));
                    (None, None)
                }
            },
            _ => {
                problems.push(Problem::at(format!("{root_path}.value[{cell}]"), ProblemKind::NotA("number")));
                (None, None)
            }
        };
        if let (Some(region), Some(period)) = (&regions[index[geo]], periods[index[time]]) {
            observations.push(Observation {
                region: region.clone(),
                period,
                breakdown: dims
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != geo && *i != time && Some(*i) != metric)
                    .map(|(i, d)| (d.id.clone(), d.codes[index[i]].clone()))
                    .collect(),
                measure: metric.map(|m| dims[m].codes[index[m]].clone()).unwrap_or_default(),
                value: value.filter(|v| v.is_finite()),
                flag,
            });
        }
        // The next cell: the last dimension fastest.
        for d in (0..dims.len()).rev() {
            index[d] += 1;
            if index[d] < dims[d].codes.len() {
                break;
            }
            index[d] = 0;
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let text = |k: &str| normalise(root.get(k).and_then(Value::as_str).unwrap_or_default()).into_owned();
    Ok(StatTable {
        label: text("label"),
        source: text("source"),
        measures: match metric {
            Some(m) => dims[m].codes.iter().cloned().zip(dims[m].labels.iter().cloned()).collect(),
            None => vec![(String::new(), text("label"))],
        },
        observations,
    })
}

fn dimensions(root: &Map<String, Value>, root_path: &str, problems: &mut Vec<Problem>) -> Vec<Dimension> {
    let Some(ids) = root.get("id") else {
        problems.push(Problem::at(format!("{root_path}.id"), ProblemKind::Missing));
        return Vec::new();
    };
    let Some(ids) = ids.as_array() else {
        problems.push(Problem::at(format!("{root_path}.id"), ProblemKind::NotA("array")));
        return Vec::new();
    };
    let sizes = root.get("size").and_then(Value::as_array);
    let Some(dimension) = root.get("dimension").and_then(Value::as_object) else {
        problems.push(Problem::at(format!("{root_path}.dimension"), ProblemKind::Missing));
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let Some(id) = id.as_str() else {
            problems.push(Problem::at(format!("{root_path}.id[{i}]"), ProblemKind::NotA("string")));
            continue;
        };
        let path = format!("{root_path}.dimension.{id}.category");
        let Some(category) = dimension.get(id).and_then(|d| d.get("category")).and_then(Value::as_object) else {
            problems.push(Problem::at(path, ProblemKind::Missing));
            continue;
        };
        let labels = category.get("label").and_then(Value::as_object);
        let codes: Vec<String> = match category.get("index") {
            Some(Value::Array(codes)) => {
                codes.iter().filter_map(Value::as_str).map(|c| normalise(c).into_owned()).collect()
            }
            Some(Value::Object(index)) => {
                let mut pairs: Vec<(u64, &String)> = Vec::new();
                for (code, pos) in index {
                    match pos.as_u64() {
                        Some(p) => pairs.push((p, code)),
                        None => problems.push(Problem::at(format!("{path}.index.{code}"), ProblemKind::NotA("number"))),
                    }
                }
                pairs.sort();
                pairs.into_iter().map(|(_, c)| normalise(c).into_owned()).collect()
            }
            // One category: the index may be left out.
            None => labels
                .filter(|l| l.len() == 1)
                .map(|l| l.keys().map(|c| normalise(c).into_owned()).collect())
                .unwrap_or_default(),
            Some(_) => {
                problems.push(Problem::at(format!("{path}.index"), ProblemKind::NotA("object")));
                continue;
            }
        };
        let size = sizes.and_then(|s| s.get(i)).and_then(Value::as_u64);
        if codes.is_empty() || size.is_some_and(|s| s != codes.len() as u64) {
            problems.push(Problem::at(
                format!("{root_path}.size[{i}]"),
                ProblemKind::Count { expected: codes.len(), found: size.unwrap_or(0) as usize },
            ));
            continue;
        }
        let labels = codes
            .iter()
            .map(|c| normalise(labels.and_then(|l| l.get(c)).and_then(Value::as_str).unwrap_or(c)).into_owned())
            .collect();
        out.push(Dimension { id: id.to_owned(), codes, labels });
    }
    out
}

/// `value` or `status`: an array of every cell, an object of some cells by position
/// (the rest empty), or for status one string for all.
fn cells(
    root: &Map<String, Value>,
    root_path: &str,
    name: &str,
    total: usize,
    problems: &mut Vec<Problem>,
) -> Vec<Value> {
    let field = root.get(name).or_else(|| root.get("extension").and_then(|e| e.get(name)));
    let path = format!("{root_path}.{name}");
    match field {
        Some(Value::Array(items)) if items.len() == total => items.clone(),
        Some(Value::Array(items)) => {
            problems.push(Problem::at(path, ProblemKind::Count { expected: total, found: items.len() }));
            Vec::new()
        }
        Some(Value::Object(sparse)) => {
            let mut out = vec![Value::Null; total];
            for (k, v) in sparse {
                match k.parse::<usize>().ok().filter(|i| *i < total) {
                    Some(i) => out[i] = v.clone(),
                    None => problems
                        .push(Problem::at(format!("{path}.{k}"), ProblemKind::Count { expected: total, found: 0 })),
                }
            }
            out
        }
        Some(Value::String(s)) if name == "status" => vec![Value::String(s.clone()); total],
        None if name == "value" => {
            problems.push(Problem::at(path, ProblemKind::Missing));
            Vec::new()
        }
        _ => {
            problems.push(Problem::at(path, ProblemKind::NotA("array")));
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// An FHI table as the statistics API gives it: Engerdal, Innlandet and the country,
    /// three three-year periods, both genders and all, a count and a rate; Engerdal's
    /// girls suppressed, one rate that cannot be computed, one missing.
    fn fhi() -> String {
        let mut values = Vec::new();
        let mut status = serde_json::Map::new();
        let mut cell = 0;
        for geo in ["3425", "34", "0"] {
            for _year in 0..3 {
                for gender in ["0", "1", "2"] {
                    for measure in ["TELLER", "RATE"] {
                        let v = match (geo, gender, measure) {
                            ("3425", "2", _) => {
                                status.insert(cell.to_string(), ":".into());
                                Value::Null
                            }
                            _ => serde_json::json!(12.5 + cell as f64),
                        };
                        values.push(v);
                        cell += 1;
                    }
                }
            }
        }
        values[6] = Value::Null; // Engerdal, 2021_2023, all genders, TELLER: missing
        status.insert("13".into(), ".".into()); // Engerdal, 2022_2024, all, RATE
        values[13] = Value::Null;
        serde_json::json!({
            "version": "2.0",
            "class": "dataset",
            "label": "Mobbing, 10. trinn",
            "source": "Folkehelseinstituttet",
            "id": ["GEO", "AAR", "KJONN", "MEASURE_TYPE"],
            "size": [3, 3, 3, 2],
            "role": {"geo": ["GEO"], "time": ["AAR"], "metric": ["MEASURE_TYPE"]},
            "dimension": {
                "GEO": {"category": {"index": {"3425": 0, "34": 1, "0": 2},
                                      "label": {"3425": "Engerdal", "34": "Innlandet", "0": "Hele landet"}}},
                "AAR": {"category": {"index": ["2020_2022", "2021_2023", "2022_2024"]}},
                "KJONN": {"category": {"index": {"0": 0, "1": 1, "2": 2}}},
                "MEASURE_TYPE": {"category": {"index": {"TELLER": 0, "RATE": 1},
                                               "label": {"TELLER": "Antall", "RATE": "Prosent"}}}
            },
            "value": values,
            "extension": {"status": status}
        })
        .to_string()
    }

    fn find<'a>(t: &'a StatTable, region: &Region, period: &str, gender: &str, measure: &str) -> &'a Observation {
        t.observations
            .iter()
            .find(|o| {
                o.region == *region
                    && o.period.label() == period
                    && o.breakdown == [("KJONN".to_owned(), gender.to_owned())]
                    && o.measure == measure
            })
            .unwrap()
    }

    #[test]
    fn an_fhi_table_reads_with_its_flags_and_spans() {
        let t = read(fhi().as_bytes()).unwrap();
        assert_eq!(t.observations.len(), 54);
        assert_eq!(t.label, "Mobbing, 10. trinn");
        assert_eq!(t.measures, [("TELLER".into(), "Antall".into()), ("RATE".into(), "Prosent".into())]);
        let engerdal = Region::Municipality("3425".into());
        let girls = find(&t, &engerdal, "2020–2022", "2", "RATE");
        assert_eq!((girls.value, girls.flag), (None, Some(Flag::Suppressed)), "suppressed, never 0");
        let missing = find(&t, &engerdal, "2021–2023", "0", "TELLER");
        assert_eq!((missing.value, missing.flag), (None, Some(Flag::Missing)));
        let cannot = find(&t, &engerdal, "2022–2024", "0", "RATE");
        assert_eq!((cannot.value, cannot.flag), (None, Some(Flag::NotComputable)));
        let county = find(&t, &Region::County("34".into()), "2020–2022", "0", "TELLER");
        assert_eq!((county.value, county.flag), (Some(12.5 + 18.0), None));
        assert!(t.observations.iter().any(|o| o.region == Region::Country));
    }

    /// An SSB table from PxWeb: population by region and year, `K-` prefixed regions,
    /// one status for a cell, the dash that is a zero, a dataset wrapper.
    #[test]
    fn an_ssb_table_reads_with_prefixed_regions_and_the_dash() {
        let json = serde_json::json!({"dataset": {
            "version": "2.0", "class": "dataset", "label": "Befolkning", "source": "Statistisk sentralbyrå",
            "id": ["Region", "ContentsCode", "Tid"],
            "size": [2, 1, 2],
            "role": {"time": ["Tid"], "geo": ["Region"], "metric": ["ContentsCode"]},
            "dimension": {
                "Region": {"category": {"index": {"K-3425": 0, "K-0434": 1}}},
                "ContentsCode": {"category": {"label": {"Personer1": "Personer"}}},
                "Tid": {"category": {"index": {"2019": 0, "2024": 1}}}
            },
            "value": [null, 1243, 1302, null],
            "status": {"0": "-", "3": ".."}
        }});
        let t = read(json.to_string().as_bytes()).unwrap();
        let values: Vec<(String, String, Option<f64>, Option<Flag>)> = t
            .observations
            .iter()
            .map(|o| {
                let Region::Municipality(code) = &o.region else { panic!() };
                (code.clone(), o.period.label(), o.value, o.flag)
            })
            .collect();
        assert_eq!(
            values,
            [
                ("3425".into(), "2019".into(), Some(0.0), None),
                ("3425".into(), "2024".into(), Some(1243.0), None),
                ("0434".into(), "2019".into(), Some(1302.0), None),
                ("0434".into(), "2024".into(), None, Some(Flag::Missing)),
            ]
        );
        assert_eq!(t.observations[0].measure, "Personer1");
    }

    #[test]
    fn labels_and_codes_enter_without_control_characters() {
        let mut table: Value = serde_json::from_str(&fhi()).unwrap();
        table["label"] = serde_json::json!("Mobbing\u{0007}, 10. trinn");
        table["dimension"]["MEASURE_TYPE"]["category"]["label"]["RATE"] = serde_json::json!("Pro\u{0000}sent");
        let t = read(table.to_string().as_bytes()).unwrap();
        assert!(!t.label.contains('\u{7}') && t.label.contains("Mobbing"), "{:?}", t.label);
        assert!(t.measures.iter().all(|(_, l)| !l.contains('\u{0}')), "{:?}", t.measures);
    }

    #[test]
    fn problems_name_their_json_path_and_nothing_is_read() {
        let mut bad: Value = serde_json::from_str(&fhi()).unwrap();
        bad["dimension"]["GEO"]["category"]["index"] = serde_json::json!({"3425": 0, "EAK": 1, "0": 2});
        bad["dimension"]["AAR"]["category"]["index"] = serde_json::json!(["2020_2022", "2021/23", "2022_2024"]);
        let problems = read(bad.to_string().as_bytes()).unwrap_err();
        assert_eq!(
            problems,
            [
                Problem::at("$.dimension.GEO.category.index", ProblemKind::Region("EAK".into())),
                Problem::at("$.dimension.AAR.category.index", ProblemKind::Period("2021/23".into())),
            ]
        );
        let mut short: Value = serde_json::from_str(&fhi()).unwrap();
        short["value"].as_array_mut().unwrap().pop();
        assert_eq!(
            read(short.to_string().as_bytes()).unwrap_err(),
            [Problem::at("$.value", ProblemKind::Count { expected: 54, found: 53 })]
        );
        let mut no_time: Value = serde_json::from_str(&fhi()).unwrap();
        no_time["role"] = serde_json::json!({});
        no_time["id"] = serde_json::json!(["GEO", "PERIODE", "KJONN", "MEASURE_TYPE"]);
        no_time["dimension"]["PERIODE"] = no_time["dimension"]["AAR"].clone();
        assert_eq!(read(no_time.to_string().as_bytes()).unwrap_err()[0].kind, ProblemKind::NoDimension("time"));
        let not_json = read(b"{\"id\": [").unwrap_err();
        assert!(matches!(&not_json[0].kind, ProblemKind::NotJson(at) if at.starts_with("line 1")), "{not_json:?}");
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = read(&bytes);
        }

        /// A real table with one byte changed anywhere: read or refused, never a panic.
        #[test]
        fn a_damaged_table_never_panics(at in 0usize..3000, byte in any::<u8>()) {
            let mut bytes = fhi().into_bytes();
            let at = at % bytes.len();
            bytes[at] = byte;
            let _ = read(&bytes);
        }
    }
}
