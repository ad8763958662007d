//! The outline of the plan: an ordered tree of chapters, each with a key that never
//! changes and is never given to another chapter. A chapter's text is kept by its key,
//! so moving, renaming, inserting or removing chapters never moves text from one chapter
//! to another; the number ("4.3") is only where the chapter stands today.
//!
//! A removed chapter (with its sub-chapters) is kept in the programme's list of removed
//! chapters, its text with it, until it is restored, forgotten, or the next version is
//! frozen.

use serde::{Deserialize, Serialize};

/// A chapter's identity. Chapters of programmes stored before keys existed get their
/// number of that day as key ("1.6"); chapters made since get `c1`, `c2`, … from the
/// programme's counter. Neither kind of key is ever reused.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ChapterKey(String);

impl ChapterKey {
    /// A key as it comes back from a form or an address: `c12` or `1.6`.
    pub fn parse(s: &str) -> Option<ChapterKey> {
        let s = s.trim();
        let ok = !s.is_empty() && s.len() <= 40 && s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'c');
        ok.then(|| ChapterKey(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn is_unset(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Display for ChapterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A chapter of the outline, with its sub-chapters in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chapter {
    /// Empty only in programmes stored before keys existed, until they are read.
    #[serde(default)]
    pub key: ChapterKey,
    pub title: String,
    #[serde(default)]
    pub children: Vec<Chapter>,
}

impl Chapter {
    /// A chapter without a key yet, for presets and tests; it gets one when the
    /// programme is stored and read ([`Outline::settle_keys`]) or keyed ([`Outline::key_new_chapters`]).
    pub fn new(title: &str, children: &[&str]) -> Chapter {
        Chapter {
            key: ChapterKey::default(),
            title: title.to_owned(),
            children: children.iter().map(|c| Chapter::leaf(c)).collect(),
        }
    }

    pub fn leaf(title: &str) -> Chapter {
        Chapter { key: ChapterKey::default(), title: title.to_owned(), children: Vec::new() }
    }

    /// This chapter's key and those of all its sub-chapters.
    pub fn keys(&self) -> Vec<ChapterKey> {
        let mut out = vec![self.key.clone()];
        for c in &self.children {
            out.extend(c.keys());
        }
        out
    }
}

/// A chapter taken out of the outline, kept with its text until the next frozen version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedChapter {
    pub chapter: Chapter,
    /// The chapter it stood under, to put it back there.
    pub parent: Option<ChapterKey>,
    /// Its number when it was removed, to recognise it.
    pub number: String,
}

/// Where a new chapter goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// Last in the outline.
    End,
    /// Last under the chapter with this key.
    Under(ChapterKey),
    /// Just before the chapter with this key, taking its number.
    Before(ChapterKey),
}

/// The outline with its removed chapters and the counter new keys are drawn from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outline {
    #[serde(rename = "outline")]
    pub chapters: Vec<Chapter>,
    #[serde(default, rename = "removed_chapters")]
    pub removed: Vec<RemovedChapter>,
    /// The number of the last key made (`c{n}`).
    #[serde(default, rename = "last_chapter_key")]
    pub last_key: u32,
}

/// Every chapter with its number ("1", "1.2") and depth, depth-first in order.
pub fn numbered(outline: &[Chapter]) -> Vec<(String, usize, &Chapter)> {
    placed(outline).into_iter().map(|p| (p.number, p.depth, p.chapter)).collect()
}

/// A chapter where it stands: its number, depth, and whether it is first or last
/// among its siblings (it cannot move further that way).
pub struct PlacedChapter<'a> {
    pub number: String,
    pub depth: usize,
    pub chapter: &'a Chapter,
    pub first: bool,
    pub last: bool,
}

/// Every chapter where it stands, depth-first in order.
pub fn placed(outline: &[Chapter]) -> Vec<PlacedChapter<'_>> {
    fn walk<'a>(chapters: &'a [Chapter], prefix: &str, depth: usize, out: &mut Vec<PlacedChapter<'a>>) {
        for (i, c) in chapters.iter().enumerate() {
            let number = if prefix.is_empty() { format!("{}", i + 1) } else { format!("{prefix}.{}", i + 1) };
            out.push(PlacedChapter {
                number: number.clone(),
                depth,
                chapter: c,
                first: i == 0,
                last: i + 1 == chapters.len(),
            });
            walk(&c.children, &number, depth + 1, out);
        }
    }
    let mut out = Vec::new();
    walk(outline, "", 0, &mut out);
    out
}

/// The list holding the chapter with `key`, and its index there.
fn find_mut<'a>(list: &'a mut Vec<Chapter>, key: &ChapterKey) -> Option<(&'a mut Vec<Chapter>, usize)> {
    if let Some(i) = list.iter().position(|c| &c.key == key) {
        return Some((list, i));
    }
    list.iter_mut().find_map(|c| find_mut(&mut c.children, key))
}

fn find<'a>(list: &'a [Chapter], key: &ChapterKey) -> Option<&'a Chapter> {
    list.iter().find_map(|c| if &c.key == key { Some(c) } else { find(&c.children, key) })
}

/// The key of the chapter whose children hold `key` (None at the top level).
fn parent_of(list: &[Chapter], key: &ChapterKey) -> Option<Option<ChapterKey>> {
    if list.iter().any(|c| &c.key == key) {
        return Some(None);
    }
    list.iter().find_map(|c| {
        if c.children.iter().any(|x| &x.key == key) { Some(Some(c.key.clone())) } else { parent_of(&c.children, key) }
    })
}

/// How deep chapters may nest: 1.2.3.4.
pub const MAX_DEPTH: usize = 4;
/// The longest chapter title.
pub const MAX_TITLE_CHARS: usize = 200;

/// A title as typed, without control characters and surrounding space.
fn clean_title(title: &str) -> Result<String, OutlineError> {
    let cleaned: String = title.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() {
        return Err(OutlineError::Empty);
    }
    if cleaned.chars().count() > MAX_TITLE_CHARS {
        return Err(OutlineError::TooLong);
    }
    Ok(cleaned.to_owned())
}

/// How many levels the deepest chapter of `list` stands at (1 for a flat list).
fn depth(list: &[Chapter]) -> usize {
    list.iter().map(|c| 1 + depth(&c.children)).max().unwrap_or(0)
}

/// Why an outline edit could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutlineError {
    /// No chapter (or removed chapter) has that key (any more).
    NotFound,
    /// The title is empty.
    Empty,
    /// The title is longer than [`MAX_TITLE_CHARS`].
    TooLong,
    /// Chapters would nest deeper than [`MAX_DEPTH`].
    TooDeep,
    /// The chapter is already first or last among its siblings.
    CannotMove,
}

impl Outline {
    pub fn new(chapters: Vec<Chapter>) -> Outline {
        Outline { chapters, removed: Vec::new(), last_key: 0 }
    }

    /// An outline whose chapters take their numbers as keys (presets).
    pub fn settled(chapters: Vec<Chapter>) -> Outline {
        let mut o = Outline::new(chapters);
        o.settle_keys();
        o
    }

    /// Gives every chapter stored without a key its number as key: the number it had
    /// when its text was written, which is how texts were kept before keys existed.
    /// Done when a programme is read, before anything can move.
    pub fn settle_keys(&mut self) {
        fn walk(chapters: &mut [Chapter], prefix: &str) {
            for (i, c) in chapters.iter_mut().enumerate() {
                let number = if prefix.is_empty() { format!("{}", i + 1) } else { format!("{prefix}.{}", i + 1) };
                if c.key.is_unset() {
                    c.key = ChapterKey(number.clone());
                }
                walk(&mut c.children, &number);
            }
        }
        walk(&mut self.chapters, "");
    }

    fn next_key(&mut self) -> ChapterKey {
        self.last_key += 1;
        ChapterKey(format!("c{}", self.last_key))
    }

    /// Gives chapters that came without a key (from the API, say) new keys.
    pub fn key_new_chapters(&mut self) {
        fn walk(chapters: &mut [Chapter], last: &mut u32) {
            for c in chapters {
                if c.key.is_unset() {
                    *last += 1;
                    c.key = ChapterKey(format!("c{last}"));
                }
                walk(&mut c.children, last);
            }
        }
        walk(&mut self.chapters, &mut self.last_key);
    }

    /// Every key in the outline and among the removed chapters.
    pub fn all_keys(&self) -> Vec<ChapterKey> {
        self.chapters.iter().chain(self.removed.iter().map(|r| &r.chapter)).flat_map(Chapter::keys).collect()
    }

    pub fn contains(&self, key: &ChapterKey) -> bool {
        find(&self.chapters, key).is_some()
    }

    /// The number a chapter stands at today.
    pub fn number_of(&self, key: &ChapterKey) -> Option<String> {
        numbered(&self.chapters).into_iter().find(|(_, _, c)| &c.key == key).map(|(n, _, _)| n)
    }

    /// Adds a chapter; returns its key.
    pub fn add(&mut self, place: &Place, title: &str) -> Result<ChapterKey, OutlineError> {
        let title = clean_title(title)?;
        let title = title.as_str();
        match place {
            Place::End => {}
            Place::Under(key) | Place::Before(key) if !self.contains(key) => return Err(OutlineError::NotFound),
            Place::Under(key) => {
                let level = self.number_of(key).map_or(0, |n| n.split('.').count());
                if level + 1 > MAX_DEPTH {
                    return Err(OutlineError::TooDeep);
                }
            }
            Place::Before(_) => {}
        }
        let key = self.next_key();
        let chapter = Chapter { key: key.clone(), title: title.to_owned(), children: Vec::new() };
        match place {
            Place::End => self.chapters.push(chapter),
            Place::Under(parent) => {
                let (list, i) = find_mut(&mut self.chapters, parent).ok_or(OutlineError::NotFound)?;
                list[i].children.push(chapter);
            }
            Place::Before(next) => {
                let (list, i) = find_mut(&mut self.chapters, next).ok_or(OutlineError::NotFound)?;
                list.insert(i, chapter);
            }
        }
        Ok(key)
    }

    pub fn rename(&mut self, key: &ChapterKey, title: &str) -> Result<(), OutlineError> {
        let title = clean_title(title)?;
        let (list, i) = find_mut(&mut self.chapters, key).ok_or(OutlineError::NotFound)?;
        list[i].title = title;
        Ok(())
    }

    /// Moves a chapter one place up or down among its siblings.
    pub fn move_by_one(&mut self, key: &ChapterKey, up: bool) -> Result<(), OutlineError> {
        let (list, i) = find_mut(&mut self.chapters, key).ok_or(OutlineError::NotFound)?;
        match (up, i) {
            (true, i) if i > 0 => list.swap(i, i - 1),
            (false, i) if i + 1 < list.len() => list.swap(i, i + 1),
            _ => return Err(OutlineError::CannotMove),
        }
        Ok(())
    }

    /// Takes a chapter (with its sub-chapters) out of the outline into the removed list.
    pub fn remove(&mut self, key: &ChapterKey) -> Result<(), OutlineError> {
        let number = self.number_of(key).ok_or(OutlineError::NotFound)?;
        let parent = parent_of(&self.chapters, key).ok_or(OutlineError::NotFound)?;
        let (list, i) = find_mut(&mut self.chapters, key).ok_or(OutlineError::NotFound)?;
        let chapter = list.remove(i);
        self.removed.push(RemovedChapter { chapter, parent, number });
        Ok(())
    }

    /// Puts a removed chapter back: last under the chapter it stood under, or last in
    /// the outline when that chapter is gone too.
    pub fn restore(&mut self, key: &ChapterKey) -> Result<(), OutlineError> {
        let i = self.removed.iter().position(|r| &r.chapter.key == key).ok_or(OutlineError::NotFound)?;
        let removed = self.removed.remove(i);
        match removed.parent.as_ref().and_then(|p| find_mut(&mut self.chapters, p)) {
            Some((list, i)) => list[i].children.push(removed.chapter),
            None => self.chapters.push(removed.chapter),
        }
        Ok(())
    }

    /// Drops a removed chapter for good; returns the keys whose texts go with it.
    pub fn forget(&mut self, key: &ChapterKey) -> Result<Vec<ChapterKey>, OutlineError> {
        let i = self.removed.iter().position(|r| &r.chapter.key == key).ok_or(OutlineError::NotFound)?;
        Ok(self.removed.remove(i).chapter.keys())
    }

    /// Drops every removed chapter (when a version is frozen); returns their keys.
    pub fn forget_all(&mut self) -> Vec<ChapterKey> {
        self.removed.drain(..).flat_map(|r| r.chapter.keys()).collect()
    }

    /// Takes a whole new outline (the API's replace): chapters that name a key this
    /// outline knows keep it (once), every other chapter gets a new key, and chapters
    /// left out go to the removed list with their texts.
    pub fn replace(&mut self, chapters: Vec<Chapter>) -> Result<(), OutlineError> {
        if depth(&chapters) > MAX_DEPTH {
            return Err(OutlineError::TooDeep);
        }
        fn clean(list: &mut [Chapter]) -> Result<(), OutlineError> {
            for c in list {
                c.title = clean_title(&c.title)?;
                clean(&mut c.children)?;
            }
            Ok(())
        }
        let mut chapters = chapters;
        clean(&mut chapters)?;
        let known = self.all_keys();
        let mut seen = std::collections::HashSet::new();
        fn clear_unknown(list: &mut [Chapter], known: &[ChapterKey], seen: &mut std::collections::HashSet<ChapterKey>) {
            for c in list {
                if !known.contains(&c.key) || !seen.insert(c.key.clone()) {
                    c.key = ChapterKey::default();
                }
                clear_unknown(&mut c.children, known, seen);
            }
        }
        let mut incoming = chapters;
        clear_unknown(&mut incoming, &known, &mut seen);
        let old = std::mem::replace(&mut self.chapters, incoming);
        self.removed.retain(|r| !seen.contains(&r.chapter.key));
        for (number, _, c) in numbered(&old) {
            if !seen.contains(&c.key) && !self.removed.iter().any(|r| r.chapter.keys().contains(&c.key)) {
                let mut kept = c.clone();
                kept.children.clear();
                self.removed.push(RemovedChapter { chapter: kept, parent: None, number });
            }
        }
        self.key_new_chapters();
        Ok(())
    }
}

/// The chapters of the outline in order, each with its number, depth and the text kept
/// under its key (if any): the one place texts meet chapters.
pub fn with_texts<'a, T>(
    chapters: &'a [Chapter],
    texts: &'a [T],
    key_of: impl Fn(&T) -> &str,
) -> Vec<(String, usize, &'a Chapter, Option<&'a T>)> {
    numbered(chapters)
        .into_iter()
        .map(|(number, depth, c)| {
            let text = texts.iter().find(|t| key_of(t) == c.key.as_str());
            (number, depth, c, text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    fn outline() -> Outline {
        Outline::settled(vec![
            Chapter::new("Bakgrunn", &["Føringer", "Mål"]),
            Chapter::new("Samhandling", &[]),
            Chapter::new("Tiltak", &[]),
        ])
    }

    fn key(s: &str) -> ChapterKey {
        ChapterKey::parse(s).unwrap()
    }

    fn titles(o: &Outline) -> Vec<String> {
        numbered(&o.chapters).into_iter().map(|(n, _, c)| format!("{n} {} [{}]", c.title, c.key)).collect()
    }

    #[test]
    fn stored_chapters_get_their_number_as_key_and_new_ones_a_fresh_key() {
        let mut o = outline();
        assert_eq!(
            titles(&o),
            ["1 Bakgrunn [1]", "1.1 Føringer [1.1]", "1.2 Mål [1.2]", "2 Samhandling [2]", "3 Tiltak [3]"]
        );
        o.move_by_one(&key("1.2"), true).unwrap();
        assert_eq!(o.add(&Place::Before(key("1.2")), "Visjon"), Ok(key("c1")));
        o.settle_keys();
        assert_eq!(
            titles(&o),
            [
                "1 Bakgrunn [1]",
                "1.1 Visjon [c1]",
                "1.2 Mål [1.2]",
                "1.3 Føringer [1.1]",
                "2 Samhandling [2]",
                "3 Tiltak [3]"
            ],
            "settling again changes nothing once keys are set"
        );
        assert_eq!(o.move_by_one(&key("1"), true), Err(OutlineError::CannotMove));
        assert_eq!(o.add(&Place::Under(key("9")), "x"), Err(OutlineError::NotFound));
        assert_eq!(o.add(&Place::End, "  "), Err(OutlineError::Empty));
        assert_eq!(o.add(&Place::End, &"x".repeat(201)), Err(OutlineError::TooLong));
        let key = o.add(&Place::End, "Tab\tog\u{0}null\u{1b}").unwrap();
        assert_eq!(o.chapters.last().map(|c| c.title.as_str()), Some("Tab og null"), "control characters go");
        let mut under = key;
        for _ in 1..MAX_DEPTH {
            under = o.add(&Place::Under(under), "Dypere").unwrap();
        }
        assert_eq!(o.add(&Place::Under(under), "For dypt"), Err(OutlineError::TooDeep));
        let mut deep = vec![Chapter::new("1", &[])];
        for _ in 0..MAX_DEPTH {
            deep = vec![Chapter { key: ChapterKey::default(), title: "Nivå".into(), children: deep }];
        }
        assert_eq!(o.replace(deep), Err(OutlineError::TooDeep));
    }

    #[test]
    fn a_removed_chapter_keeps_its_key_and_comes_back_under_its_parent() {
        let mut o = outline();
        o.remove(&key("1.1")).unwrap();
        assert_eq!(o.removed[0].number, "1.1");
        assert_eq!(o.removed[0].parent, Some(key("1")));
        let new = o.add(&Place::Under(key("1")), "Føringer").unwrap();
        assert_ne!(new, key("1.1"), "a new chapter in the same place is a new chapter");
        o.restore(&key("1.1")).unwrap();
        assert_eq!(o.chapters[0].children.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(), ["1.2", "c1", "1.1"]);
        o.remove(&key("1")).unwrap();
        assert_eq!(o.forget_all().len(), 4, "a chapter goes with its sub-chapters");
    }

    #[test]
    fn replacing_keeps_known_keys_and_keeps_what_was_left_out() {
        let mut o = outline();
        let mut incoming = vec![Chapter::new("Ny", &[]), o.chapters[2].clone()];
        incoming[1].title = "Tiltak og virkemidler".into();
        o.replace(incoming).unwrap();
        assert_eq!(titles(&o), ["1 Ny [c1]", "2 Tiltak og virkemidler [3]"]);
        assert_eq!(o.removed.iter().map(|r| r.number.as_str()).collect::<Vec<_>>(), ["1", "1.1", "1.2", "2"]);
    }

    #[derive(Clone, Debug)]
    enum Op {
        Add(usize, u8, String),
        Rename(usize, String),
        Move(usize, bool),
        Remove(usize),
        Restore(usize),
        Forget(usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (any::<usize>(), 0u8..3, "[a-z]{1,6}").prop_map(|(i, p, t)| Op::Add(i, p, t)),
            (any::<usize>(), "[a-z]{1,6}").prop_map(|(i, t)| Op::Rename(i, t)),
            (any::<usize>(), any::<bool>()).prop_map(|(i, up)| Op::Move(i, up)),
            any::<usize>().prop_map(Op::Remove),
            any::<usize>().prop_map(Op::Restore),
            any::<usize>().prop_map(Op::Forget),
        ]
    }

    proptest! {
        /// Every text stays with the chapter it was written for, whatever is done to the
        /// outline; no key is ever given to a second chapter.
        #[test]
        fn texts_follow_their_chapters_through_any_edits(ops in prop::collection::vec(op(), 0..40)) {
            let mut o = outline();
            // The model: each chapter identity's title, and the text written for it.
            let mut title_of: HashMap<ChapterKey, String> =
                numbered(&o.chapters).into_iter().map(|(_, _, c)| (c.key.clone(), c.title.clone())).collect();
            let mut texts: Vec<(String, String)> = title_of.keys().map(|k| (k.to_string(), format!("tekst for {k}"))).collect();
            let mut ever: Vec<ChapterKey> = title_of.keys().cloned().collect();
            for op in ops {
                let keys: Vec<ChapterKey> = numbered(&o.chapters).into_iter().map(|(_, _, c)| c.key.clone()).collect();
                let pick = |i: usize| keys.get(i % keys.len().max(1)).cloned();
                match op {
                    Op::Add(i, p, title) => {
                        let place = match (p, pick(i)) {
                            (1, Some(k)) => Place::Under(k),
                            (2, Some(k)) => Place::Before(k),
                            _ => Place::End,
                        };
                        let new = match o.add(&place, &title) {
                            Ok(new) => new,
                            // Under a chapter at the deepest level: refused, nothing changed.
                            Err(OutlineError::TooDeep) => continue,
                            Err(e) => return Err(TestCaseError::fail(format!("{e:?}"))),
                        };
                        prop_assert!(!ever.contains(&new), "key {} given twice", new);
                        ever.push(new.clone());
                        texts.push((new.to_string(), format!("tekst for {new}")));
                        title_of.insert(new, title);
                    }
                    Op::Rename(i, title) => if let Some(k) = pick(i) {
                        o.rename(&k, &title).unwrap();
                        title_of.insert(k, title);
                    },
                    Op::Move(i, up) => if let Some(k) = pick(i) { let _ = o.move_by_one(&k, up); },
                    Op::Remove(i) => if let Some(k) = pick(i) { o.remove(&k).unwrap(); },
                    Op::Restore(i) => if !o.removed.is_empty() {
                        let k = o.removed[i % o.removed.len()].chapter.key.clone();
                        o.restore(&k).unwrap();
                    },
                    Op::Forget(i) => if !o.removed.is_empty() {
                        let k = o.removed[i % o.removed.len()].chapter.key.clone();
                        let gone = o.forget(&k).unwrap();
                        texts.retain(|(t, _)| !gone.iter().any(|g| g.as_str() == t));
                    },
                }
                for (_, _, chapter, text) in with_texts(&o.chapters, &texts, |t| t.0.as_str()) {
                    prop_assert_eq!(&title_of[&chapter.key], &chapter.title);
                    let text = text.map(|t| t.1.clone());
                    prop_assert_eq!(text, Some(format!("tekst for {}", chapter.key)));
                }
                let all = o.all_keys();
                let unique: std::collections::HashSet<_> = all.iter().collect();
                prop_assert_eq!(unique.len(), all.len(), "every key once, in the outline or the removed list");
            }
        }
    }
}
