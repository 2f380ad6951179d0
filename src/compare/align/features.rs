//! What alignment reads of a point: its stems, shingles, thesaurus concepts, figure shapes
//! and cognate keys ([`Features`]), the drafting formulas left out of them, and its caption.

use super::*;

/// What alignment knows of a point beyond its exact text. Empty for points already paired
/// with an identical point (they need nothing more).
#[derive(Default)]
pub(super) struct Features {
    /// Hashes of the distinct lower-cased words, sorted.
    pub(super) words: Vec<u64>,
    /// Hashes of the distinct pairs of consecutive words (shingles), sorted: far rarer than
    /// single words, so they find candidates even for points made only of common words.
    pub(super) shingles: Vec<u64>,
    /// The weight of each word in `words` (see [`Weights`]), filled once weights are known.
    pub(super) weights: Vec<f32>,
    /// The distinctive words of `words` ([`DISTINCTIVE`]) with their weights, sorted.
    pub(super) distinct: Vec<(u64, f32)>,
    /// Hashes of the runs of [`FORMULA_WORDS`] stems, sorted, until the drafts' formulas are
    /// found (`leave_out_formulas`).
    pub(super) runs: Vec<u64>,
}

impl Features {
    pub(super) fn weigh(&mut self, w: &Weights) {
        self.weights = self.words.iter().map(|&word| w.weight(word)).collect();
        self.distinct = self
            .words
            .iter()
            .zip(&self.weights)
            .filter(|&(&x, &wt)| w.distinctive(x, wt))
            .map(|(&x, &wt)| (x, wt))
            .collect();
    }

    /// How many content words ([`word_hash`]'s lowest bit) the point holds.
    pub(super) fn content_count(&self) -> usize {
        self.words.iter().filter(|&&w| w & 1 == 1).count()
    }

    pub(super) fn total(&self) -> f32 {
        self.weights.iter().sum()
    }
}

fn hash_str(s: &str) -> u64 {
    words::fx_hash(s)
}

/// Hash of the text as compared under `options`: equal hashes mean unchanged text.
pub(super) fn exact_hash(text: &str, options: &TextOptions) -> u64 {
    if *options == TextOptions::default() {
        return hash_str(text);
    }
    let mut h = FxHasher::default();
    for (token, kind) in words::tokens_of(text) {
        match kind {
            TokenKind::Word if options.ignore_case => token.to_lowercase().hash(&mut h),
            TokenKind::Space if options.ignore_whitespace || options.ignore_punctuation => {}
            TokenKind::Punct if options.ignore_punctuation => {}
            _ => token.hash(&mut h),
        }
    }
    h.finish()
}

/// Hashes of a text's distinct word stems ([`stem`](words::stem): word forms of one word are one word), and
/// of its pairs of consecutive stems when `shingles`. In Chinese and Japanese, where each
/// character is a word token, each pair of neighbouring characters is a word too
/// ([`character_pair_hash`]).
pub(super) fn features<'t>(text: &'t str, shingles: bool, cache: &mut WordCache<'t>) -> Features {
    read_features::<false>(text, shingles, |_| false, cache)
}

/// What reading a word as written gives the features: its stem's hash ([`word_hash`]), its
/// concept in the thesaurus, its figure's shape, and whether it can start a phrase of the
/// thesaurus.
#[derive(Debug, Clone, Copy)]
pub(super) struct WordRead {
    literal: u64,
    pub(super) concept: Option<u32>,
    /// The number from 1 to 90 its concept stands for (`twenty` → 20), or 0.
    pub(super) number: u8,
    pub(super) shape: Option<u64>,
    starts_phrase: bool,
}

/// Most words a [`WordCache`] keeps: past them, words are read each time (a giant text of
/// words seen once does not grow it without end).
pub(super) const CACHED_WORDS: usize = 1 << 15;

/// The words already read by one task of the feature reading ([`read_features`]), by how they
/// are written: drafts repeat their words (the large benchmark pair writes 1.5 million words
/// with 22,000 distinct ones), and a word is stemmed, hashed and looked up in the thesaurus
/// once, not each time.
#[derive(Default)]
pub(super) struct WordCache<'t> {
    /// Words of at most [`PACKED_BYTES`] bytes (nearly all), by their bytes packed in one
    /// number ([`packed`]): looked up without hashing a string or comparing two.
    pub(super) short: FxHashMap<u128, u32>,
    /// Longer words, as written.
    pub(super) index: FxHashMap<&'t str, u32>,
    pub(super) reads: Vec<WordRead>,
    /// Each cached word lower-cased for the thesaurus's phrases (`lower_into`), one after
    /// another, and where each ends: a word before or after one that starts a phrase is
    /// lower-cased once, not each time it is written.
    pub(super) lowers: String,
    pub(super) lower_ends: Vec<u32>,
    /// For each cached word, the last point ([`WordCache::point`]) that listed its features:
    /// a word written again in a point adds nothing, and is not pushed only to be sorted away.
    pub(super) listed: Vec<u32>,
    /// Counts the points read, from 1.
    pub(super) point: u32,
    pub(super) stem: String,
    pub(super) lower: String,
}

/// Longest word (in bytes) that [`packed`] packs.
pub(super) const PACKED_BYTES: usize = 15;

/// The bytes of a word of at most [`PACKED_BYTES`] bytes as one number, the first byte lowest,
/// with its length in the highest byte: two words pack alike only when they are the same. Read
/// in a few overlapping loads of 8, 4 or 1 bytes, not byte by byte.
#[inline]
pub(super) fn packed(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    let n = b.len();
    let load8 = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().expect("eight bytes"));
    let load4 = |at: usize| u32::from_le_bytes(b[at..at + 4].try_into().expect("four bytes"));
    let (lo, hi) = match n {
        // The last eight bytes overlap the first eight: only those after them are kept.
        8..=PACKED_BYTES => (
            load8(0),
            load8(n - 8).checked_shr(8 * (16 - n) as u32).unwrap_or(0),
        ),
        4..=7 => (
            u64::from(load4(0))
                | u64::from(load4(n - 4).checked_shr(8 * (8 - n) as u32).unwrap_or(0)) << 32,
            0,
        ),
        1..=3 => (
            u64::from(b[0])
                | u64::from(b[n / 2]) << (8 * (n / 2))
                | u64::from(b[n - 1]) << (8 * (n - 1)),
            0,
        ),
        0 => (0, 0),
        _ => return None,
    };
    Some(u128::from(lo) | u128::from(hi) << 64 | (n as u128) << 120)
}

impl<'t> WordCache<'t> {
    /// What reading `token` gives, and its place in the cache (`None` once the cache is full
    /// and the word is not in it).
    #[inline]
    pub(super) fn read(
        &mut self,
        token: &'t str,
        thesaurus: &Thesaurus,
    ) -> (WordRead, Option<u32>) {
        let key = packed(token);
        let found = match key {
            Some(key) => self.short.get(&key),
            None => self.index.get(token),
        };
        if let Some(&k) = found {
            return (self.reads[k as usize], Some(k));
        }
        self.read_new(token, key, thesaurus)
    }

    #[cold]
    fn read_new(
        &mut self,
        token: &'t str,
        key: Option<u128>,
        thesaurus: &Thesaurus,
    ) -> (WordRead, Option<u32>) {
        stem_into(token, &mut self.stem);
        thesaurus::lower_into(token, &mut self.lower);
        let concept = thesaurus.concept(&self.lower);
        let read = WordRead {
            literal: word_hash(&self.stem),
            concept,
            number: concept
                .and_then(|c| thesaurus.number(c))
                .filter(|&v| v <= 90)
                .map_or(0, |v| v as u8),
            shape: figure_shape_hash(token),
            starts_phrase: thesaurus.starts_phrase(&self.lower),
        };
        if self.reads.len() >= CACHED_WORDS {
            return (read, None);
        }
        let k = self.reads.len() as u32;
        match key {
            Some(key) => self.short.insert(key, k),
            None => self.index.insert(token, k),
        };
        self.reads.push(read);
        self.lowers.push_str(&self.lower);
        self.lower_ends.push(self.lowers.len() as u32);
        self.listed.push(0);
        (read, Some(k))
    }

    /// `token` lower-cased as the thesaurus reads it (`lower_into`): from the cache when it
    /// holds the word (`k`), else written into `buf`.
    pub(super) fn lower<'a>(&'a self, token: &str, k: Option<u32>, buf: &'a mut String) -> &'a str {
        match k {
            Some(k) => {
                let k = k as usize;
                let start = if k == 0 {
                    0
                } else {
                    self.lower_ends[k - 1] as usize
                };
                &self.lowers[start..self.lower_ends[k] as usize]
            }
            None => {
                thesaurus::lower_into(token, buf);
                buf
            }
        }
    }

    /// Whether the word at `k` is listed for the first time in the point being read (a word
    /// not in the cache always is), marking it listed.
    #[inline]
    fn first_in_point(&mut self, k: Option<u32>) -> bool {
        let Some(k) = k else { return true };
        let listed = &mut self.listed[k as usize];
        let first = *listed != self.point;
        *listed = self.point;
        first
    }
}

/// [`features()`], with the runs of [`FORMULA_WORDS`] stems ([`Features::runs`]) when `RUNS`;
/// the words for which `left_out` (given the word's place among the text's words, from 0) is
/// true are left out, and so is a shingle of two such words. (Generic, so that the common
/// case pays for neither.)
pub(super) fn read_features<'t, const RUNS: bool>(
    text: &'t str,
    shingles: bool,
    left_out: impl Fn(usize) -> bool,
    cache: &mut WordCache<'t>,
) -> Features {
    // A point of ordinary length is its whole capacity at once; a giant one (a document on one
    // line) is made distinct whenever its lists fill up (`push_distinct`), so that memory goes
    // with its distinct words, not with its length.
    let capacity = (text.len() / 5).min(1 << 16);
    let mut words: Vec<u64> = Vec::with_capacity(capacity);
    let mut pairs: Vec<u64> = Vec::with_capacity(if shingles { capacity } else { 0 });
    let mut runs: Vec<u64> = Vec::with_capacity(if RUNS { capacity } else { 0 });
    let mut last = [0u64; FORMULA_WORDS];
    let thesaurus = Thesaurus::active();
    // The word before (as written), if it can start a phrase of the thesaurus, and the two
    // words lower-cased for the phrase's look-up.
    let mut phrase_first: Option<(&str, Option<u32>)> = None;
    let (mut first_lower, mut second_lower) = (String::new(), String::new());
    let mut prev: Option<u64> = None;
    let mut prev_out = false;
    // The character before, when it and the current one are of a script written without
    // spaces with nothing between them: the two make a content unit (`停火`, ceasefire).
    let mut unspaced: Option<&str> = None;
    // The tens of a number written in words (`twenty`), when the next word may be its units
    // (`twenty-eight`, `двадцять вісім`): the two are also read as the figure (`28`).
    let mut tens: Option<u8> = None;
    // The figure before, when only a space stands between it and this word: a word of scale
    // after it (`600 тисяч`, `100 billion`) makes the whole figure (`600,000`).
    let mut figure: Option<&str> = None;
    let mut n = 0;
    cache.point += 1;
    for (token, kind) in words::tokens_of(text) {
        if kind != TokenKind::Word {
            unspaced = None;
            if tens.is_some() && !(kind == TokenKind::Space || token == "-") {
                tens = None;
            }
            if kind != TokenKind::Space {
                figure = None;
            }
            continue;
        }
        // (Not its shape: `$100 billion` and `$800 billion` are no one figure changed, as
        // two figures of six digits are that no other point has, `600,000` and `800,000`.)
        if let Some(whole) = figure.take().and_then(|f| scaled_figure(f, token))
            && !left_out(n)
        {
            push_distinct(&mut words, word_hash(&whole));
        }
        if token.starts_with(|c: char| c.is_ascii_digit()) {
            figure = Some(token);
        }
        let out = left_out(n);
        n += 1;
        if script::starts_without_spaces(token) {
            if let Some(before) = unspaced
                && !out
            {
                push_distinct(&mut words, character_pair_hash(before, token));
            }
            unspaced = Some(token);
        } else {
            unspaced = None;
        }
        let (read, k) = cache.read(token, thesaurus);
        let literal = read.literal;
        let phrase = phrase_first.and_then(|(first, first_k)| {
            thesaurus.phrase(
                cache.lower(first, first_k, &mut first_lower),
                cache.lower(token, k, &mut second_lower),
            )
        });
        phrase_first = read.starts_phrase.then_some((token, k));
        if RUNS {
            last.rotate_left(1);
            last[FORMULA_WORDS - 1] = literal;
            if n >= FORMULA_WORDS {
                push_distinct(&mut runs, run_hash(&last));
            }
        }
        if shingles
            && let Some(prev) = prev
            && !(out && prev_out)
        {
            push_distinct(
                &mut pairs,
                prev.rotate_left(17) ^ literal.wrapping_mul(0x9E37_79B9_7F4A_7C15),
            );
        }
        prev = Some(literal);
        prev_out = out;
        if out {
            continue;
        }
        // A word of the thesaurus counts as its concept; shingles stay literal (they say the
        // words came in the same order, which synonyms do not).
        let h = read.concept.map_or(literal, concept_hash);
        // A two-word phrase of the thesaurus adds its concept; its words stay.
        if let Some(c) = phrase {
            push_distinct(&mut words, concept_hash(c));
        }
        // The word's own hashes are listed once a point (sorting would drop them again).
        if cache.first_in_point(k) {
            push_distinct(&mut words, h);
            if let Some(shape) = read.shape {
                push_distinct(&mut words, shape);
            }
        }
        if let Some(t) = tens
            && (1..=9).contains(&read.number)
        {
            push_distinct(&mut words, word_hash(&(t + read.number).to_string()));
        }
        tens = (read.number >= 20 && read.number.is_multiple_of(10)).then_some(read.number);
    }
    for list in [&mut words, &mut pairs, &mut runs] {
        list.sort_unstable();
        list.dedup();
    }
    Features {
        words,
        shingles: pairs,
        runs,
        ..Features::default()
    }
}

/// Words in a run that, written in [`FORMULA_POINTS`] points of one draft or more, is a
/// drafting formula of that draft (`no later than thirty days after the signature of this
/// Agreement`, `у строк не пізніше ніж тридцять днів з дня`): how its provisions are written,
/// not what they are about. Six words: a shorter run repeated in a few points is often a
/// subject's own wording (`The Tenant shall pay a` in a lease's clauses on rent and deposit).
pub const FORMULA_WORDS: usize = 6;

/// Fewest points of one draft writing a run of [`FORMULA_WORDS`] for it to be a formula. Two
/// points also repeat a sentence on one subject (a provision and its exception).
pub const FORMULA_POINTS: u32 = 3;

/// Fewest content words (`word_hash`) a point must keep for its formulas to be left out of
/// its words (`leave_out_formulas`): a point that is mostly formula keeps it all.
pub const FORMULA_KEEPS: usize = 4;

/// The hash of a run of [`FORMULA_WORDS`] stem hashes.
fn run_hash(run: &[u64; FORMULA_WORDS]) -> u64 {
    run.iter().fold(0x243F_6A88_85A3_08D3, |h, &x| {
        h.rotate_left(23) ^ x.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    })
}

/// Which words of `text` (by their position among its words) lie in a run of
/// [`FORMULA_WORDS`] that `formulas` holds.
fn formula_positions(text: &str, formulas: &FxHashSet<u64>) -> Vec<bool> {
    let mut stem = String::new();
    let literals: Vec<u64> = words::tokens_of(text)
        .filter(|&(_, kind)| kind == TokenKind::Word)
        .map(|(token, _)| {
            stem_into(token, &mut stem);
            word_hash(&stem)
        })
        .collect();
    let mut out = vec![false; literals.len()];
    for start in 0..literals.len().saturating_sub(FORMULA_WORDS - 1) {
        let run: &[u64; FORMULA_WORDS] = literals[start..start + FORMULA_WORDS]
            .try_into()
            .expect("a run of FORMULA_WORDS words");
        if formulas.contains(&run_hash(run)) {
            out[start..start + FORMULA_WORDS].fill(true);
        }
    }
    out
}

/// The drafts' formulas ([`FORMULA_WORDS`], [`FORMULA_POINTS`]). In every point that writes
/// one, the words only the formula has are left out of its features (its shingles inside the
/// formula too), so that two points are not paired, or joined as parts of a merge or split,
/// for a formula they share; unless the point would keep fewer than [`FORMULA_KEEPS`] content
/// words. Only for drafts with fewer than [`MIN_WEIGHT_SAMPLE`] points left to align: there a
/// formula's words, in three points of twenty, weigh as rare words (see [`DISTINCTIVE`]); in
/// longer drafts a formula written often weighs little already, and a run of six words found
/// in a few of thousands of points is as often chance as a formula.
pub(super) fn leave_out_formulas(texts: [&[&str]; 2], sides: [&mut [Features]; 2]) {
    let mut count: FxHashMap<u64, [u32; 2]> = FxHashMap::default();
    for (side, points) in sides.iter().enumerate() {
        for f in points.iter() {
            for &r in &f.runs {
                count.entry(r).or_default()[side] += 1;
            }
        }
    }
    let formulas: FxHashSet<u64> = count
        .into_iter()
        .filter(|(_, n)| n.iter().any(|&n| n >= FORMULA_POINTS))
        .map(|(r, _)| r)
        .collect();
    for (side, points) in sides.into_iter().enumerate() {
        points.par_iter_mut().enumerate().for_each(|(p, f)| {
            let runs = std::mem::take(&mut f.runs);
            if formulas.is_empty() || !runs.iter().any(|r| formulas.contains(r)) {
                return;
            }
            let positions = formula_positions(texts[side][p], &formulas);
            let kept = read_features::<false>(
                texts[side][p],
                true,
                |n| positions.get(n).copied().unwrap_or(false),
                &mut WordCache::default(),
            );
            if kept.content_count() >= FORMULA_KEEPS {
                *f = kept;
            }
        });
    }
}

/// Fewest digits of a figure whose shape counts (`figure_shape_hash`): thousands and more.
/// Smaller figures (days, per cents, `$100 billion`) are too many of one shape: the bundled
/// 28-point plan's frozen assets (`$100 billion`) were paired with the 20-point plan's
/// recovery funds (`$800 billion`), hiding their removal.
pub const FIGURE_DIGITS: usize = 4;

/// The shape of a large figure ([`FIGURE_DIGITS`]) as a word of its own (`600,000` and
/// `800,000` are both `ddd,ddd`), content that may be distinctive: a point whose figure was
/// changed as it was rewritten (`capped at 600,000 personnel` → `an army 800,000 strong`)
/// still holds a figure of that size and form, which few other points hold. Years are left
/// out: every point may name one, and dates are compared as written.
pub(super) fn figure_shape_hash(token: &str) -> Option<u64> {
    if token.bytes().filter(u8::is_ascii_digit).count() < FIGURE_DIGITS || words::is_year(token) {
        return None;
    }
    let mut h = FxHasher::default();
    "\u{3}figure".hash(&mut h);
    for c in token.chars() {
        if c.is_ascii_digit() { 'd' } else { c }.hash(&mut h);
    }
    Some((h.finish() & !1) | 1)
}

/// Words of scale after a figure, lower-cased, with their factor: whole words by their start
/// and one of [`SCALE_ENDINGS`] (`тисяч`, `тисячі`; `million`, `millions`; not `тисячоліття`,
/// `millionaire`, `millionth`, `мільйонер`), abbreviations as written (`тис`, `млн`, `млрд`,
/// `bn`; not `тиск`).
const SCALE_WORDS: &[(&str, bool, u64)] = &[
    ("thousand", true, 1_000),
    ("тисяч", true, 1_000),
    ("тысяч", true, 1_000),
    ("тис", false, 1_000),
    ("тыс", false, 1_000),
    ("million", true, 1_000_000),
    ("мільйон", true, 1_000_000),
    ("миллион", true, 1_000_000),
    ("млн", false, 1_000_000),
    ("mln", false, 1_000_000),
    ("billion", true, 1_000_000_000),
    ("мільярд", true, 1_000_000_000),
    ("миллиард", true, 1_000_000_000),
    ("млрд", false, 1_000_000_000),
    ("bn", false, 1_000_000_000),
];

/// Endings a word of scale may have after its start in [`SCALE_WORDS`] (English plural,
/// Ukrainian and Russian cases).
const SCALE_ENDINGS: &[&str] = &["", "s", "а", "и", "і", "у", "ы", "ів", "ов", "ах", "ами"];

/// The figure `number` and the word of scale after it ([`SCALE_WORDS`]) make, written as a
/// figure in full with commas between thousands (`600 тисяч`, `1,5 млрд` → `600,000`,
/// `1,500,000,000`), as another rendering of the point writes it: its stem then meets that
/// rendering's. `None` when `word` is no word of scale, or `number` is no whole
/// number or one with a decimal part of one or two digits.
pub(super) fn scaled_figure(number: &str, word: &str) -> Option<String> {
    // (Every word after a figure comes here: most start with no scale word's letter.)
    let first = word.chars().next()?.to_lowercase().next()?;
    if !"tmbтм".contains(first) {
        return None;
    }
    let lower = word.to_lowercase();
    let factor = SCALE_WORDS.iter().find_map(|&(w, prefix, f)| {
        let fits = if prefix {
            lower
                .strip_prefix(w)
                .is_some_and(|ending| SCALE_ENDINGS.contains(&ending))
        } else {
            lower == w
        };
        fits.then_some(f)
    })?;
    let (whole, fraction) = match number.split_once([',', '.']) {
        Some((w, f)) if (1..=2).contains(&f.len()) => (w, f),
        Some(_) => return None,
        None => (number, ""),
    };
    if whole.is_empty()
        || whole.len() > 4
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let digits: u64 = format!("{whole}{fraction}").parse().ok()?;
    let value = digits.checked_mul(factor)? / 10u64.pow(fraction.len() as u32);
    let plain = value.to_string();
    let mut out = String::with_capacity(plain.len() + plain.len() / 3);
    for (k, c) in plain.chars().enumerate() {
        if k > 0 && (plain.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    Some(out)
}

/// Pushes `h`; a full list is first sorted and made distinct, and grows only when that left it
/// more than half full.
fn push_distinct(list: &mut Vec<u64>, h: u64) {
    if list.len() == list.capacity() && list.len() >= 1 << 16 {
        list.sort_unstable();
        list.dedup();
        if list.len() > list.capacity() / 2 {
            list.reserve(list.capacity());
        }
    }
    list.push(h);
}

/// Shortest stem that may be distinctive: function words (articles, prepositions,
/// conjunctions, particles) of English, Ukrainian and Russian are mostly of one to three
/// letters, and in a short draft how few points hold a word cannot tell them from names. A word
/// with a digit (a figure) may be distinctive however short.
pub const CONTENT_LETTERS: usize = 4;

/// The hash of a word stem, its lowest bit set when the word may be distinctive: its stem has
/// [`CONTENT_LETTERS`] letters or more, or it has a digit. Function words (articles,
/// prepositions, conjunctions, particles) of English, Ukrainian and Russian are mostly of one
/// to three letters; in a short draft, how few points hold a word cannot tell them from names.
pub(super) fn word_hash(stem: &str) -> u64 {
    let content =
        stem.chars().count() >= CONTENT_LETTERS || stem.chars().any(|c| c.is_ascii_digit());
    (hash_str(stem) & !1) | u64::from(content)
}

/// The hash of two neighbouring characters of a script written without spaces
/// ([`script::without_spaces`]): content that may be distinctive, like a long stem. Such a
/// script's single characters are short words ([`word_hash`]) that never are: most Chinese
/// words are two characters, and one character is shared by many of them.
fn character_pair_hash(first: &str, second: &str) -> u64 {
    let mut h = FxHasher::default();
    "\u{2}pair".hash(&mut h);
    first.hash(&mut h);
    second.hash(&mut h);
    let content = !(grammar(first) || grammar(second));
    (h.finish() & !1) | u64::from(content)
}

/// Characters that mostly do grammar's work, so that a pair holding one is no content (as
/// words of one to three letters are not, see [`CONTENT_LETTERS`]): Japanese hiragana
/// (particles and endings: `るものとする`, "shall"), and the commonest Chinese function
/// characters (particles, prepositions, conjunctions, modal and demonstrative words: `的`,
/// `应`, `当`, `可`, `以`, `和`, `本`, `该`, ...). Two points sharing `双方应当` ("the
/// parties shall") share no content.
fn grammar(character: &str) -> bool {
    const FUNCTION: &str = "的了着过在是和与或及等对为以于其之而将应当由按向并从被把可须得各该本此这那不也都就所如若则即已又且但因因此仍";
    character
        .chars()
        .next()
        .is_some_and(|c| ('\u{3040}'..='\u{309f}').contains(&c) || FUNCTION.contains(c))
}

/// The hash of a thesaurus concept ([`Thesaurus::concept`]): a word that a drafter may use for
/// another of its line is read as the line, so synonyms and translations meet. A concept is
/// content that may be distinctive, like a long stem.
pub(super) fn concept_hash(concept: u32) -> u64 {
    (hash_str("\u{1}concept") ^ (u64::from(concept) + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15)) | 1
}

/// Fewest letters of a word for it to have a cognate key ([`cognate_key`]).
pub const COGNATE_LETTERS: usize = 6;

/// Consonants of a word's skeleton that make its cognate key ([`cognate_key`]).
pub const COGNATE_CONSONANTS: usize = 4;

/// A word's consonant skeleton, the same for a name or an international word in any of the
/// languages a draft and its translation are written in (`Zaporizhzhia`, `Запорізької`;
/// `ratification`, `ратифікації`, `Ratifikation`; `sanctions`, `Sanktionen`, `санкцій`):
/// Cyrillic transliterated, accents and umlauts dropped, the consonants that languages spell
/// apart for one sound made one (`c`/`k`/`q`, `g`/`h`, `s`/`z`/`ts`/`x`, `v`/`w`, `-tion`),
/// vowels and doubled letters left out, its first [`COGNATE_CONSONANTS`]. `None` for a word
/// of fewer than [`COGNATE_LETTERS`] letters or a shorter skeleton.
pub fn cognate_key(word: &str) -> Option<String> {
    if word.chars().count() < COGNATE_LETTERS || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let mut latin = String::with_capacity(word.len() * 2);
    for c in word.chars().flat_map(char::to_lowercase) {
        let t: &str = match c {
            'а' | 'á' | 'à' | 'â' | 'ä' | 'ą' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ґ' => "g",
            'д' => "d",
            'е' | 'є' | 'ё' | 'э' | 'é' | 'è' | 'ê' | 'ë' | 'ę' => "e",
            'ж' | 'ż' | 'ź' => "z",
            'з' => "z",
            'и' | 'і' | 'ї' | 'й' | 'ы' | 'í' | 'î' | 'ï' => "i",
            'к' => "k",
            'л' | 'ł' => "l",
            'м' => "m",
            'н' | 'ñ' | 'ń' => "n",
            'о' | 'ó' | 'ô' | 'ö' => "o",
            'п' => "p",
            'р' => "r",
            'с' | 'ś' | 'ß' => "s",
            'т' => "t",
            'у' | 'ú' | 'ù' | 'û' | 'ü' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "ts",
            'ч' | 'ć' | 'ç' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ю' => "iu",
            'я' => "ia",
            'ь' | 'ъ' | '\'' | '’' => "",
            _ => {
                latin.push(c);
                continue;
            }
        };
        latin.push_str(t);
    }
    let bytes = latin.as_bytes();
    let mut skeleton = String::new();
    let mut i = 0;
    while i < bytes.len() && skeleton.len() < COGNATE_CONSONANTS {
        let rest = &bytes[i..];
        let vowel_next = |k: usize| rest.get(k).is_some_and(|b| b"aeiouy".contains(b));
        let (class, used) = match rest {
            [b'p', b'h', ..] => (Some('f'), 2),
            [b't', b'h', ..] => (Some('t'), 2),
            [b'c', b'h', ..] | [b'c', b'k', ..] | [b'q', b'u', ..] => (Some('k'), 2),
            [b'k', b'h', ..] => (Some('h'), 2),
            [b't', b's', ..] | [b's', b'h', ..] | [b'z', b'h', ..] => (Some('s'), 2),
            [b't', b'i', ..] if vowel_next(2) => (Some('s'), 1),
            [b, ..] => (
                match b {
                    b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'j' => None,
                    b'c' | b'k' | b'q' => Some('k'),
                    b'g' | b'h' => Some('h'),
                    b's' | b'z' | b'x' => Some('s'),
                    b'w' | b'v' => Some('v'),
                    b if b.is_ascii_lowercase() => Some(*b as char),
                    _ => None,
                },
                1,
            ),
            [] => (None, 1),
        };
        if let Some(class) = class
            && !skeleton.ends_with(class)
        {
            skeleton.push(class);
        }
        i += used;
    }
    (skeleton.len() == COGNATE_CONSONANTS).then_some(skeleton)
}

/// The hashes of the cognate keys ([`cognate_key`]) of a text's words: content that may be
/// distinctive, kept apart from stems and concepts.
pub(super) fn cognate_keys(text: &str) -> Vec<u64> {
    let mut keys: Vec<u64> = words::tokens_of(text)
        .filter(|&(_, kind)| kind == TokenKind::Word)
        .filter_map(|(token, _)| cognate_key(token))
        .map(|key| hash_str(&format!("\u{3}cognate {key}")) | 1)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Most words in a point's caption (see `caption`): a heading names a subject in a few
/// words ("Register of landlords."); a longer first sentence is the point's content.
pub const CAPTION_WORDS: usize = 6;

/// A point's caption, as the hashes of its stems ([`word_hash`]), in order: the words before the
/// first full stop at the start of the point, or of its first line when it is a heading of its
/// own ([`caption_line`]: `Recesso` over `Ciascuna parte può recedere …`), or in the brackets
/// that open it ([`bracketed_caption`]), when there are at most [`CAPTION_WORDS`] of them and
/// text follows (`Register of landlords. Nobody may let
/// ...`). Drafting often keeps a provision's heading while rewriting its body, and names
/// another provision another way.
pub(super) fn caption(text: &str) -> Option<Vec<u64>> {
    let head_len = caption_line(text)
        .or_else(|| bracketed_caption(text))
        .or_else(|| caption_stop(text))?;
    let head = &text[..head_len];
    let rest = text[head_len + 1..].trim();
    if rest.is_empty() || head.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut words = Vec::new();
    let mut stem = String::new();
    for (token, kind) in Tokens::new(head) {
        if kind == TokenKind::Word {
            stem_into(token, &mut stem);
            words.push(word_hash(&stem));
        }
    }
    (1..=CAPTION_WORDS).contains(&words.len()).then_some(words)
}

/// Most bytes of a point's first line read as its caption ([`caption_line`]).
const CAPTION_LINE_BYTES: usize = 80;

/// Where a point's first line ends when it is a heading of its own (an article's rubric,
/// `Recesso` or `(Recesso)`, over its text): a short line that ends no sentence or clause,
/// over a line that starts one with a capital. A sentence wrapped after a few words goes on
/// in small letters.
pub(super) fn caption_line(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let end = memchr::memchr(b'\n', &bytes[..bytes.len().min(CAPTION_LINE_BYTES)])?;
    let head = text[..end].trim();
    let rest = text[end + 1..].trim_start();
    if head.is_empty() || !rest.starts_with(char::is_uppercase) {
        return None;
    }
    // (A sentence wrapped where German capitalises the next noun, `Die Vertragsparteien
    // unterstützen die` over `Fischer am Grenzsee …`, ends with a little word.)
    let little_last = head
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.chars().count() <= LITTLE_LETTERS && w.chars().all(char::is_lowercase));
    (!head.ends_with(['.', ',', ';', ':', '!', '?']) && !little_last && !status_tag(head))
        .then_some(end)
}

/// Most letters of a little word (an article, a preposition) that ends a wrapped line, not a
/// caption ([`caption_line`]).
const LITTLE_LETTERS: usize = 4;

/// Marks a drafter sets before a point on where it stands, not what it is about (`(Pending)`,
/// `(Nuevo)`, `(Placeholder)`), lower-cased: no caption ([`caption_line`],
/// [`bracketed_caption`]).
const STATUS_TAGS: &[&str] = &[
    "pending",
    "agreed",
    "not agreed",
    "new",
    "placeholder",
    "deleted",
    "reserved",
    "bracketed",
    "tbc",
    "tbd",
    "open",
    "closed",
    "option",
    "alternative",
    "proposal",
    "compromise",
    "nuevo",
    "nueva",
    "pendiente",
    "acordado",
    "nouveau",
    "nouvelle",
    "en suspens",
    "neu",
    "offen",
    "nuovo",
    "nuova",
    "новий",
    "нова",
    "новый",
    "новая",
    "узгоджено",
    "согласовано",
];

/// Is the caption (in brackets or not) only a drafter's mark on the point's status
/// ([`STATUS_TAGS`])?
fn status_tag(head: &str) -> bool {
    let bare = head
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    STATUS_TAGS.contains(&bare.as_str())
}

/// Where a point's caption in brackets ends when its text runs on after it (`(Recesso) Il
/// recesso …`, an article's rubric as Italian sets it, joined to its text): a bracket at the
/// start closing within [`CAPTION_LINE_BYTES`], a word of four letters at least inside (not
/// an item's `(a)` or `(iii)`), and text after it starting with a capital.
pub(super) fn bracketed_caption(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('(')?;
    let close = inner
        .bytes()
        .take(CAPTION_LINE_BYTES)
        .position(|b| b == b')')?;
    let worded = inner[..close]
        .split_whitespace()
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        && !status_tag(&inner[..close]);
    let rest = inner[close + 1..].trim_start();
    (worded && rest.starts_with(char::is_uppercase)).then_some(1 + close)
}

/// Where the first of a text's first [`CAPTION_WORDS`] words (parted by white space) that ends
/// with a full stop has it, if one does. Only the first few words can be a caption: it bails
/// out before scanning a long sentence. Every point of both drafts is asked, so text in ASCII
/// is read byte by byte; at the first other byte, the words are read as characters
/// ([`caption_stop_chars`]).
pub(super) fn caption_stop(text: &str) -> Option<usize> {
    // `char::is_whitespace` of an ASCII character.
    let space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    let bytes = text.as_bytes();
    let mut i = 0;
    for _ in 0..CAPTION_WORDS {
        while i < bytes.len() && space(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            return None;
        }
        while i < bytes.len() && !space(bytes[i]) {
            if !bytes[i].is_ascii() {
                return caption_stop_chars(text);
            }
            i += 1;
        }
        if bytes[i - 1] == b'.' {
            return Some(i - 1);
        }
    }
    None
}

/// [`caption_stop`] for any text, character by character.
pub(super) fn caption_stop_chars(text: &str) -> Option<usize> {
    text.split_whitespace()
        .take(CAPTION_WORDS)
        .find(|word| word.ends_with('.'))
        .map(|word| word.as_ptr() as usize - text.as_ptr() as usize + word.len() - 1)
}

/// The captions ([`caption`]) of the points of both drafts.
pub(super) struct Captions {
    pub(super) of: [Vec<Option<Vec<u64>>>; 2],
}

impl Captions {
    pub(super) fn new(old: &[&str], new: &[&str]) -> Self {
        let of = |texts: &[&str]| texts.par_iter().map(|t| caption(t)).collect();
        Captions {
            of: [of(old), of(new)],
        }
    }

    /// The (old, new) points that begin with the same caption, which no other point of either
    /// draft has.
    pub(super) fn unique_pairs(&self) -> Vec<(usize, usize)> {
        // Each caption: how many points of each side have it, and the last one.
        let mut seen: FxHashMap<&[u64], [(u32, usize); 2]> = FxHashMap::default();
        for (side, captions) in self.of.iter().enumerate() {
            for (p, caption) in captions.iter().enumerate() {
                if let Some(words) = caption {
                    let e = &mut seen.entry(words.as_slice()).or_default()[side];
                    e.0 += 1;
                    e.1 = p;
                }
            }
        }
        let mut pairs: Vec<(usize, usize)> = seen
            .values()
            .filter(|[o, n]| o.0 == 1 && n.0 == 1)
            .map(|[o, n]| (o.1, n.1))
            .collect();
        pairs.sort_unstable();
        pairs
    }
}
