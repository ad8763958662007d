//! Small groups protected: which counts of a survey's result table may be shown, in
//! the manner of FHI's and SSB's disclosure control.
//!
//! A published table is a question's answers (rows) by the groups of a background
//! question (columns), with its margins: each row's total over all groups, each
//! group's total, and the grand total. Rows are exclusive (one answer per respondent:
//! a single-choice or Likert question, or one option of a multiple-choice question as
//! "ticked / not ticked"), so every row and every column adds up to its margin.
//!
//! **Primary suppression** hides a count from 1 to below [`Rules::cell`], or whose rest
//! of its group (the group's total minus the count) is below it — "all but two said
//! yes" tells on the two, and "all said yes" on everyone — and the whole of a group
//! with fewer than [`Rules::group`] answers. A zero is shown: that nobody gave an
//! answer tells nothing about anyone (when everyone gave another, that one's rest is
//! zero and it is hidden, and the secondary step keeps it from being worked out).
//!
//! **Secondary suppression** then hides further counts until no hidden count can be
//! worked out from what is shown: with the sums, a line with a single hidden count
//! gives it away, and so can a pattern of several. The test is exact: a hidden count
//! can take another value, everything shown staying the same, exactly when it lies on
//! a cycle of hidden counts (alternately row and column, margins included) along which
//! one can be added to every other count and taken from the rest without leaving what
//! the reader knows of each (any two solutions differ by such cycles). [`determined`]
//! searches for one.
//!
//! **A hidden count carries its side of the threshold**: "hidden (fewer than 5)" for a
//! count below it, plain "hidden" for one at or above it (a small rest, a small group,
//! or hidden to protect another). The reader then knows each hidden count lies in
//! `0..5` or `5..`, and the secondary step protects the counts with those bounds in
//! view: two hidden counts of a line that add up to 8, both "fewer than 5", would
//! both be 4, so a third is hidden. Where even hiding everything leaves a count given
//! away by its bounds, the table's hidden counts all read plain "hidden".

use serde::{Deserialize, Serialize};

/// The thresholds, set per organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    /// The smallest count shown, and the smallest rest of a group beside a shown count.
    pub cell: u32,
    /// The fewest answers in a group for any of its counts to be shown.
    pub group: u32,
}

impl Rules {
    /// The lowest threshold an organisation may set: below it counts identify people.
    pub const MIN: u32 = 3;

    pub const DEFAULT: Rules = Rules { cell: 5, group: 20 };

    /// The rules with both thresholds raised to at least [`Rules::MIN`] and the group's
    /// to at least the cell's.
    pub fn new(cell: u32, group: u32) -> Rules {
        let cell = cell.max(Rules::MIN);
        Rules { cell, group: group.max(cell) }
    }
}

impl Default for Rules {
    fn default() -> Self {
        Rules::DEFAULT
    }
}

/// A count as published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "n", rename_all = "snake_case")]
pub enum Shown {
    Count(u32),
    /// Hidden, and fewer than the threshold it holds: "hidden (fewer than N)".
    Fewer(u32),
    /// Hidden, and not fewer than the threshold (a small rest or a small group, or to
    /// protect another count); or hidden in a table that cannot carry the bound.
    Hidden,
}

impl Shown {
    pub fn count(self) -> Option<u32> {
        match self {
            Shown::Count(n) => Some(n),
            Shown::Fewer(_) | Shown::Hidden => None,
        }
    }

    pub fn is_hidden(self) -> bool {
        self.count().is_none()
    }

    /// A hidden count's words, never 0 or blank: "skjult (færre enn 5)" or "skjult",
    /// from the catalogue's `survey-hidden-short` and `survey-fewer-than`; `None` for a
    /// shown count.
    pub fn hidden_words(self, label: &dyn Fn(&str) -> String) -> Option<String> {
        match self {
            Shown::Count(_) => None,
            Shown::Fewer(n) => Some(format!("{} ({} {n})", label("survey-hidden-short"), label("survey-fewer-than"))),
            Shown::Hidden => Some(label("survey-hidden-short")),
        }
    }
}

/// A table as published: every count shown or hidden, margins included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// Per row (answer), per group.
    pub cells: Vec<Vec<Shown>>,
    /// Per row: the answer's count over all groups.
    pub row_totals: Vec<Shown>,
    /// Per group: its number of answers.
    pub group_totals: Vec<Shown>,
    pub total: Shown,
}

/// The table with its margins as one grid: `rows + 1` by `groups + 1`, the last row the
/// groups' totals, the last column the rows' totals, the corner the grand total.
struct Grid {
    values: Vec<Vec<u32>>,
    hidden: Vec<Vec<bool>>,
    /// The cell threshold when hidden counts are published with their side of it
    /// ("fewer than N" or not), which a reader can use: each count then lies in
    /// `0..N` or `N..`. `None` when they are published as only "hidden".
    bound: Option<u32>,
}

impl Grid {
    fn new(counts: &[Vec<u32>], groups: usize) -> Grid {
        let rows = counts.len();
        let mut values = vec![vec![0_u32; groups + 1]; rows + 1];
        for (r, row) in counts.iter().enumerate() {
            for g in 0..groups {
                let c = row.get(g).copied().unwrap_or(0);
                values[r][g] = c;
                values[r][groups] += c;
                values[rows][g] += c;
                values[rows][groups] += c;
            }
        }
        Grid { hidden: vec![vec![false; groups + 1]; rows + 1], values, bound: None }
    }

    /// Whether the count at (r, c) may change by `by`, by what a reader knows of it.
    fn may_become(&self, r: usize, c: usize, by: i64) -> bool {
        let value = i64::from(self.values[r][c]);
        let next = value + by;
        match self.bound.map(i64::from) {
            Some(n) if value < n => (0..n).contains(&next),
            Some(n) => next >= n,
            None => next >= 0,
        }
    }

    fn size(&self) -> (usize, usize) {
        (self.values.len(), self.values.first().map_or(0, Vec::len))
    }

    /// Whether a cell is a margin (a total), whose sign in the line equations is the
    /// opposite of an inner count's: a row's counts minus its total is zero.
    fn is_margin(&self, r: usize, c: usize) -> bool {
        let (rows, cols) = self.size();
        (r == rows - 1) != (c == cols - 1)
    }
}

/// What may be shown of `counts` (rows by groups; a short row counts as zeros).
pub fn suppress(counts: &[Vec<u32>], rules: Rules) -> Published {
    suppress_with(counts, rules, &[], false)
}

/// As [`suppress`], with the rows' totals marked in `forced` hidden from the start
/// (`forced[rows]` the grand total): another table of the same answers hides them.
/// With `public_groups`, the groups' totals and the grand total are taken as known
/// (a multiple choice's option tables all count the same respondents, so each shows
/// them): they are never hidden to protect another count, and the other counts are
/// protected with them in view.
pub fn suppress_with(counts: &[Vec<u32>], rules: Rules, forced: &[bool], public_groups: bool) -> Published {
    let groups = counts.iter().map(Vec::len).max().unwrap_or(0);
    let rows = counts.len();
    let mut grid = Grid::new(counts, groups);
    let total = grid.values[rows][groups];
    let few = |n: u32, of: u32| (n > 0 && n < rules.cell) || of.saturating_sub(n) < rules.cell;

    // Primary: small counts, small rests, small groups (and with them their totals).
    for g in 0..=groups {
        let group_total = grid.values[rows][g];
        // A group nobody is in has nothing to tell.
        let small_group = group_total > 0 && group_total < rules.group;
        for r in 0..rows {
            grid.hidden[r][g] = group_total > 0 && (small_group || few(grid.values[r][g], group_total));
        }
        grid.hidden[rows][g] = small_group;
    }
    for (r, hide) in forced.iter().enumerate().filter(|(r, _)| *r <= rows) {
        grid.hidden[r][groups] |= *hide;
    }
    if total < rules.group {
        grid.hidden.iter_mut().flatten().for_each(|h| *h = true);
    }

    // Secondary: while a hidden count can be worked out, hide one more in its lines;
    // with each hidden count's side of the threshold known to the reader.
    grid.bound = Some(rules.cell);
    while let Some((r, c)) = first_determined(&grid) {
        if grid.hidden.iter().flatten().all(|h| *h) {
            // Everything is hidden and the bounds still give a count away: publish
            // the counts as only "hidden", without them.
            if grid.bound.take().is_some() {
                continue;
            }
            break;
        }
        match companion(&mut grid, r, c, public_groups) {
            Some((r2, c2)) => grid.hidden[r2][c2] = true,
            None => {
                // Nothing left to hide beside it: hide everything (the table is too small).
                grid.hidden.iter_mut().flatten().for_each(|h| *h = true);
            }
        }
    }

    let shown = |r: usize, c: usize| match (grid.hidden[r][c], grid.bound) {
        (false, _) => Shown::Count(grid.values[r][c]),
        (true, Some(n)) if grid.values[r][c] < n => Shown::Fewer(n),
        (true, _) => Shown::Hidden,
    };
    Published {
        cells: (0..rows).map(|r| (0..groups).map(|g| shown(r, g)).collect()).collect(),
        row_totals: (0..rows).map(|r| shown(r, groups)).collect(),
        group_totals: (0..groups).map(|g| shown(rows, g)).collect(),
        total: shown(rows, groups),
    }
}

fn first_determined(grid: &Grid) -> Option<(usize, usize)> {
    let (rows, cols) = grid.size();
    (0..rows).flat_map(|r| (0..cols).map(move |c| (r, c))).find(|&(r, c)| grid.hidden[r][c] && determined(grid, r, c))
}

/// The count to hide so that the hidden count at (r, c) can no longer be worked out:
/// of the shown counts whose hiding alone frees it, counts before totals and the
/// smallest non-zero first (it gives the lines room to vary while losing the least);
/// else the better of the best pair that does (the other follows in the next round);
/// else a shown count of its own row or column.
fn companion(grid: &mut Grid, r: usize, c: usize, public_groups: bool) -> Option<(usize, usize)> {
    let (rows, cols) = grid.size();
    let public = |r2: usize| public_groups && r2 == rows - 1;
    let cost = |grid: &Grid, (r2, c2): (usize, usize)| {
        (u32::from(grid.is_margin(r2, c2)), u32::from(grid.values[r2][c2] == 0), grid.values[r2][c2])
    };
    let mut shown: Vec<(usize, usize)> = (0..rows)
        .flat_map(|r2| (0..cols).map(move |c2| (r2, c2)))
        .filter(|&(r2, c2)| !grid.hidden[r2][c2] && !public(r2))
        .collect();
    shown.sort_by_key(|&cell| (cost(grid, cell), cell));
    let frees = |grid: &mut Grid, cells: &[(usize, usize)]| {
        cells.iter().for_each(|&(r2, c2)| grid.hidden[r2][c2] = true);
        let freed = !determined(grid, r, c);
        cells.iter().for_each(|&(r2, c2)| grid.hidden[r2][c2] = false);
        freed
    };
    if let Some(single) = shown.iter().copied().find(|cell| frees(grid, &[*cell])) {
        return Some(single);
    }
    type Cost = (u32, u32, u32);
    type At = (usize, usize);
    let mut pairs: Vec<(Cost, At, At)> = Vec::new();
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            let (ca, cb) = (cost(grid, *a), cost(grid, *b));
            pairs.push(((ca.0 + cb.0, ca.1 + cb.1, ca.2 + cb.2), *a, *b));
        }
    }
    pairs.sort();
    if let Some((_, a, _)) = pairs.into_iter().find(|(_, a, b)| frees(grid, &[*a, *b])) {
        return Some(a);
    }
    shown.into_iter().find(|&(r2, c2)| r2 == r || c2 == c)
}

/// Whether the hidden count at (r, c) has only one value consistent with everything
/// shown: no cycle through it along which it can move by one (see the module's doc).
///
/// In the grid's line equations an inner count and the corner take sign +1 and the
/// margins −1, so that every row and column sums to zero. Moving the count by +1 in
/// those terms, the walk continues from its column to another hidden cell of that
/// column taking −1, then along that cell's row taking +1, and so on, until it comes
/// back to the count's row with a −1. A step is allowed when the real count it
/// changes does not go below zero.
fn determined(grid: &Grid, r: usize, c: usize) -> bool {
    !(can_move(grid, r, c, 1) || can_move(grid, r, c, -1))
}

fn can_move(grid: &Grid, r0: usize, c0: usize, step: i64) -> bool {
    let (rows, cols) = grid.size();
    let fits = |r: usize, c: usize, change: i64| {
        let sign = if grid.is_margin(r, c) { -1 } else { 1 };
        grid.may_become(r, c, change * sign)
    };
    if !fits(r0, c0, step) {
        return false;
    }
    // Breadth-first over lines: from a column, a cell of it takes -step, leading to its
    // row; from a row, a cell of it takes +step, leading to its column. The cell
    // (r0, c0) itself is not used again.
    let mut seen_rows = vec![false; rows];
    let mut seen_cols = vec![false; cols];
    let mut queue = std::collections::VecDeque::from([(false, c0)]);
    seen_cols[c0] = true;
    while let Some((is_row, line)) = queue.pop_front() {
        if is_row {
            if line == r0 {
                return true;
            }
            for (c, seen) in seen_cols.iter_mut().enumerate() {
                if (line, c) != (r0, c0) && grid.hidden[line][c] && !*seen && fits(line, c, step) {
                    *seen = true;
                    queue.push_back((false, c));
                }
            }
        } else {
            for (r, seen) in seen_rows.iter_mut().enumerate() {
                if (r, line) != (r0, c0) && grid.hidden[r][line] && !*seen && fits(r, line, -step) {
                    *seen = true;
                    queue.push_back((true, r));
                }
            }
        }
    }
    false
}

#[cfg(test)]
// Indexes read as the table's coordinates here.
#[allow(clippy::needless_range_loop)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const H: Shown = Shown::Hidden;
    fn n(v: u32) -> Shown {
        Shown::Count(v)
    }

    #[test]
    fn large_counts_are_all_shown() {
        let p = suppress(&[vec![30, 25], vec![20, 40]], Rules::DEFAULT);
        assert_eq!(p.cells, vec![vec![n(30), n(25)], vec![n(20), n(40)]]);
        assert_eq!(
            (p.row_totals.clone(), p.group_totals.clone(), p.total),
            (vec![n(55), n(60)], vec![n(50), n(65)], n(115))
        );
    }

    /// One small count in a column would be its total minus the others: a second count
    /// of that column goes too, and of its row, so neither sum gives them away.
    #[test]
    fn a_lone_small_count_takes_others_with_it() {
        let p = suppress(&[vec![3, 30], vec![40, 25], vec![30, 35]], Rules::DEFAULT);
        assert_eq!(p.cells[0][0], Shown::Fewer(5), "3 is below 5");
        let hidden_in_column = p.cells.iter().filter(|row| row[0].is_hidden()).count();
        assert!(hidden_in_column >= 2, "{p:?}");
        let hidden_in_row = p.cells[0].iter().chain([&p.row_totals[0]]).filter(|s| s.is_hidden()).count();
        assert!(hidden_in_row >= 2, "{p:?}");
        assert_eq!(p.total, n(163));
    }

    #[test]
    fn a_small_group_and_a_small_rest_are_hidden() {
        // The second group has 12 answers (< 20): all of it hidden, total too.
        let p = suppress(&[vec![30, 6], vec![25, 6]], Rules::DEFAULT);
        assert!(p.cells.iter().all(|row| row[1] == H) && p.group_totals[1] == H, "{p:?}");
        // All but three in a group answered the same: both counts hidden, the three as
        // "fewer than 5", the 47 as plainly hidden.
        let p = suppress(&[vec![47, 30], vec![3, 30]], Rules::DEFAULT);
        assert_eq!((p.cells[0][0], p.cells[1][0]), (H, Shown::Fewer(5)), "{p:?}");
        // Fewer answers in all than a group needs: nothing shown.
        let p = suppress(&[vec![5, 6], vec![3, 4]], Rules::DEFAULT);
        assert_eq!(p.total, H);
        assert!(p.cells.iter().flatten().all(|s| s.is_hidden()));
    }

    /// Two hidden counts of a line adding up to 8, both "fewer than 5", would both be
    /// 4: the bounds are part of what is published, so a third count is hidden.
    #[test]
    fn the_bounds_of_hidden_counts_are_taken_into_account() {
        // Never 61, sometimes 17, often 4, always 4: 86 in all.
        let p = suppress(&[vec![61], vec![17], vec![4], vec![4]], Rules::DEFAULT);
        assert_eq!((p.row_totals[2], p.row_totals[3]), (Shown::Fewer(5), Shown::Fewer(5)), "{p:?}");
        assert!(p.row_totals[1].is_hidden(), "17 hidden too, else 4 and 4 follow: {p:?}");
        assert_eq!(p.row_totals[1], H, "17 is not fewer than 5");
    }

    #[test]
    fn thresholds_never_go_below_three() {
        assert_eq!(Rules::new(1, 2), Rules { cell: 3, group: 3 });
        assert_eq!(Rules::new(5, 4), Rules { cell: 5, group: 5 });
    }

    /// Whether a reader may take `value` for the count published as `shown`: its
    /// value if shown, else its side of the threshold, with plain "hidden" read as at
    /// least `floor` (the threshold, or 0 for a table published without bounds).
    fn allowed(shown: Shown, value: u32, floor: u32) -> bool {
        match shown {
            Shown::Count(n) => value == n,
            Shown::Fewer(n) => value < n,
            Shown::Hidden => value >= floor,
        }
    }

    /// Every table consistent with what is published: the hidden counts' values that
    /// give the shown counts and margins and keep every hidden count on its published
    /// side of the threshold, with a grand total of at most `bound`.
    fn consistent_tables(p: &Published, bound: u32, floor: u32) -> Vec<Vec<Vec<u32>>> {
        let rows = p.cells.len();
        let groups = p.group_totals.len();
        let hidden: Vec<(usize, usize)> = (0..rows)
            .flat_map(|r| (0..groups).map(move |g| (r, g)))
            .filter(|&(r, g)| p.cells[r][g].is_hidden())
            .collect();
        let table: Vec<Vec<u32>> =
            p.cells.iter().map(|row| row.iter().map(|s| s.count().unwrap_or(0)).collect()).collect();
        let mut found = Vec::new();
        let mut stack = vec![(0_usize, table)];
        let row_sum = |t: &Vec<Vec<u32>>, r: usize| t[r].iter().sum::<u32>();
        let col_sum = |t: &Vec<Vec<u32>>, g: usize| t.iter().map(|row| row[g]).sum::<u32>();
        let all_sum = |t: &Vec<Vec<u32>>| t.iter().flatten().sum::<u32>();
        while let Some((i, table)) = stack.pop() {
            if i == hidden.len() {
                let ok = (0..rows).all(|r| allowed(p.row_totals[r], row_sum(&table, r), floor))
                    && (0..groups).all(|g| allowed(p.group_totals[g], col_sum(&table, g), floor))
                    && allowed(p.total, all_sum(&table), floor);
                if ok {
                    found.push(table);
                }
                continue;
            }
            let (r, g) = hidden[i];
            let room = bound.saturating_sub(all_sum(&table));
            // The last hidden count is fixed by a shown total.
            let values: Vec<u32> = match (i + 1 == hidden.len(), p.total.count()) {
                (true, Some(_)) => vec![room],
                _ => (0..=room).collect(),
            };
            for v in values.into_iter().filter(|v| allowed(p.cells[r][g], *v, floor)) {
                let mut next = table.clone();
                next[r][g] = v;
                let over = p.row_totals[r].count().is_some_and(|t| row_sum(&next, r) > t)
                    || p.group_totals[g].count().is_some_and(|t| col_sum(&next, g) > t);
                if !over {
                    stack.push((i + 1, next));
                }
            }
        }
        found
    }

    fn shapes() -> impl Strategy<Value = Vec<Vec<u32>>> {
        prop_oneof![Just((2, 2)), Just((2, 3)), Just((3, 2))]
            .prop_flat_map(|(rows, groups)| prop::collection::vec(prop::collection::vec(0_u32..8, groups), rows))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// By brute force over every table consistent with what is shown: each hidden
        /// count (inner or margin) has at least two possible values, and what is shown
        /// is the truth and keeps the primary rule; also when the groups' totals are
        /// public (a multiple choice's option tables).
        #[test]
        fn no_hidden_count_can_be_worked_out(counts in shapes(), public in any::<bool>(), cell in 3_u32..6) {
            let rules = Rules { cell, group: 6 };
            let (rows, groups) = (counts.len(), counts[0].len());
            let p = suppress_with(&counts, rules, &[], public);
            let grid = Grid::new(&counts, groups);
            let total = grid.values[rows][groups];
            for r in 0..rows {
                for g in 0..groups {
                    prop_assert!(p.cells[r][g].count().is_none_or(|v| v == counts[r][g]));
                    let group = grid.values[rows][g];
                    let small = counts[r][g] > 0 && counts[r][g] < cell;
                    prop_assert!(p.cells[r][g].is_hidden() || group == 0 || (!small && group - counts[r][g] >= cell && group >= 6));
                }
            }
            if total < rules.group {
                prop_assert!(p.cells.iter().flatten().chain(&p.row_totals).chain(&p.group_totals).all(|s| s.is_hidden()));
                prop_assert!(p.total.is_hidden());
            }
            // Each hidden count's label is true of it; a reader takes plain "hidden" as
            // "not fewer" unless the table is published without bounds (then some
            // count below the threshold reads plain "hidden").
            let mut labelled: Vec<(Shown, u32)> = Vec::new();
            for r in 0..=rows {
                for g in 0..=groups {
                    let s = match (r == rows, g == groups) {
                        (false, false) => p.cells[r][g],
                        (false, true) => p.row_totals[r],
                        (true, false) => p.group_totals[g],
                        (true, true) => p.total,
                    };
                    labelled.push((s, grid.values[r][g]));
                }
            }
            prop_assert!(labelled.iter().all(|(s, v)| !matches!(s, Shown::Fewer(n) if *v >= *n || *n != cell)));
            let bounded = labelled.iter().all(|(s, v)| *s != Shown::Hidden || *v >= cell);
            let floor = if bounded { cell } else { 0 };
            prop_assert!(bounded || labelled.iter().all(|(s, _)| !matches!(s, Shown::Fewer(_))), "bounds on some and not others");
            // Beyond a hidden total, one more than the truth is room enough for the
            // alternative the exact test promises (it moves a count by one).
            let tables = consistent_tables(&p, p.total.count().unwrap_or(total + 1), floor);
            prop_assert!(tables.contains(&counts), "the truth is among them");
            let values = |f: &dyn Fn(&Vec<Vec<u32>>) -> u32| {
                let mut v: Vec<u32> = tables.iter().map(f).collect();
                v.sort_unstable();
                v.dedup();
                v.len()
            };
            for r in 0..rows {
                for g in 0..groups {
                    if p.cells[r][g] .is_hidden() {
                        prop_assert!(values(&|t| t[r][g]) >= 2, "cell {},{} of {:?} worked out: {:?}", r, g, counts, p);
                    }
                }
                if p.row_totals[r] .is_hidden() {
                    prop_assert!(values(&|t| t[r].iter().sum()) >= 2, "row {} of {:?}: {:?}", r, counts, p);
                }
            }
            for g in 0..groups {
                if p.group_totals[g] .is_hidden() {
                    prop_assert!(values(&|t| t.iter().map(|row| row[g]).sum()) >= 2, "group {} of {:?}: {:?}", g, counts, p);
                }
            }
            if p.total .is_hidden() {
                prop_assert!(values(&|t| t.iter().flatten().sum()) >= 2, "total of {:?}: {:?}", counts, p);
            }
        }
    }
}
