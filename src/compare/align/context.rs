//! What every step after the identical pairs reads, built once ([`Context`]): the index of
//! the old points' keys ([`Postings`]), the word weights ([`Weights`]), the holders of each
//! distinctive word ([`Holders`]), whether the drafts are in different languages, and how much
//! of one point is inside another ([`containment`]).

use super::*;

/// Marks a word hash so that it does not collide with a shingle hash in [`Postings`].
pub(super) const WORD_KEY: u64 = 0x5157_4f52_445f_4b45;

/// Which old points hold each shingle: one sorted array of (shingle, point) and a map from
/// each shingle to its stretch of it (no vector per shingle). The map is cut in
/// [`POSTINGS_SHARDS`] by the keys' first bits: each piece is built on its own, in parallel,
/// and is small enough to stay in the processor's cache while it is filled (a single map of
/// the million keys of a large draft was filled in one thread, a cache miss a key).
pub(super) struct Postings {
    pub(super) points: Vec<u32>,
    pub(super) ranges: Vec<FxHashMap<u64, (u32, u32)>>,
}

/// How many pieces the map of [`Postings`] is cut in (a power of two).
const POSTINGS_SHARDS: usize = 64;

/// The piece of the map of [`Postings`] that holds `key`: its first bits.
fn postings_shard(key: u64) -> usize {
    (key >> (64 - POSTINGS_SHARDS.ilog2())) as usize
}

/// About how many entries of a piece of [`Postings`] share a bucket ([`sort_in_buckets`]): a
/// handful, sorted in a few steps (buckets of a few dozen took 40 million instructions more
/// to sort on the large benchmark pair).
const POSTINGS_BUCKET: usize = 8;

impl Postings {
    pub(super) fn new(old: &[Features]) -> Self {
        let pieces = dealt_sorted(old.len(), |i| {
            let f = &old[i];
            let words = f.words.iter().map(|&w| w ^ WORD_KEY);
            f.shingles
                .iter()
                .copied()
                .chain(words)
                .map(move |key| (key, i as u32))
        });
        let (points, ranges) = indexed(
            pieces,
            |run, start| (start as u32, (start + run.len()) as u32),
            |point| point,
        );
        Postings { points, ranges }
    }

    /// The stretch of `points` holding a shingle's points, if any old point has it.
    pub(super) fn range(&self, shingle: u64) -> Option<(u32, u32)> {
        self.ranges[postings_shard(shingle)].get(&shingle).copied()
    }

    pub(super) fn points(&self, (start, end): (u32, u32)) -> &[u32] {
        &self.points[start as usize..end as usize]
    }
}

/// The (key, value) entries of `items` items (`entries` of each), dealt to [`POSTINGS_SHARDS`]
/// pieces by the keys' first bits ([`postings_shard`]), each piece sorted by key, then value.
/// The keys are hashes, spread evenly. They are dealt a stretch of items at a time in
/// parallel; each piece then gathers its entries and sorts them on its own
/// ([`sort_in_buckets`]), in parallel too. Dealt into one array of the million entries of a
/// large draft, in one thread, each entry went to another place of memory (a cache miss an
/// entry).
fn dealt_sorted<I: Iterator<Item = (u64, u32)>>(
    items: usize,
    entries: impl Fn(usize) -> I + Sync,
) -> Vec<Vec<(u64, u32)>> {
    let stretch = items.div_ceil(4 * rayon::current_num_threads()).max(64);
    let dealt: Vec<Vec<Vec<(u64, u32)>>> = (0..items.div_ceil(stretch))
        .into_par_iter()
        .map(|c| {
            let items = c * stretch..items.min((c + 1) * stretch);
            // A little more than a piece's share of the stretch's entries, so that few pieces
            // grow.
            let total: usize = items.clone().map(|i| entries(i).size_hint().0).sum();
            let share = total / POSTINGS_SHARDS + total / (4 * POSTINGS_SHARDS) + 16;
            let mut pieces: Vec<Vec<(u64, u32)>> = (0..POSTINGS_SHARDS)
                .map(|_| Vec::with_capacity(share))
                .collect();
            for i in items {
                for (key, value) in entries(i) {
                    pieces[postings_shard(key)].push((key, value));
                }
            }
            pieces
        })
        .collect();
    let mut by_shard: Vec<Vec<Vec<(u64, u32)>>> = (0..POSTINGS_SHARDS)
        .map(|_| Vec::with_capacity(dealt.len()))
        .collect();
    for pieces in dealt {
        for (shard, piece) in by_shard.iter_mut().zip(pieces) {
            shard.push(piece);
        }
    }
    by_shard.into_par_iter().map(sort_in_buckets).collect()
}

/// The index of [`Postings`] and of [`Holders`] from the sorted pieces of [`dealt_sorted`]:
/// the entries' values (`value` of each) of all pieces in one array, and per piece a map from
/// each key to what `stretch` makes of its run of entries and where the run starts in that
/// array. The pieces are mapped in parallel, each map sized once (no rehashing as it grows).
pub(super) fn indexed<V: Send>(
    pieces: Vec<Vec<(u64, u32)>>,
    stretch: impl Fn(&[(u64, u32)], usize) -> V + Sync,
    value: impl Fn(u32) -> u32 + Sync,
) -> (Vec<u32>, Vec<FxHashMap<u64, V>>) {
    let mut offset = 0;
    let offsets: Vec<usize> = pieces
        .iter()
        .map(|piece| {
            let at = offset;
            offset += piece.len();
            at
        })
        .collect();
    let built: Vec<(Vec<u32>, FxHashMap<u64, V>)> = pieces
        .into_par_iter()
        .zip(offsets)
        .map(|(entries, mut start)| {
            let keys = entries.chunk_by(|a, b| a.0 == b.0).count();
            let mut map = FxHashMap::with_capacity_and_hasher(keys, Default::default());
            for run in entries.chunk_by(|a, b| a.0 == b.0) {
                map.insert(run[0].0, stretch(run, start));
                start += run.len();
            }
            (entries.into_iter().map(|e| value(e.1)).collect(), map)
        })
        .collect();
    let mut values = Vec::with_capacity(offset);
    let mut maps = Vec::with_capacity(built.len());
    for (v, map) in built {
        values.extend(v);
        maps.push(map);
    }
    (values, maps)
}

/// The entries of one piece of [`Postings`] (keys that share their first bits, spread evenly
/// below them), dealt in `parts`, gathered and sorted: their next bits cut them into buckets
/// of about [`POSTINGS_BUCKET`], in key order (one counting pass, then each entry put in its
/// bucket), and each bucket is sorted on its own. Sorting them in one piece cost a few times
/// more.
fn sort_in_buckets(parts: Vec<Vec<(u64, u32)>>) -> Vec<(u64, u32)> {
    let len: usize = parts.iter().map(Vec::len).sum();
    let bits = (len / POSTINGS_BUCKET).max(1).ilog2().min(20);
    if bits == 0 {
        let mut entries = parts.concat();
        entries.sort_unstable();
        return entries;
    }
    let shard_bits = POSTINGS_SHARDS.ilog2();
    let bucket = |key: u64| (key << shard_bits >> (64 - bits)) as usize;
    let mut starts = vec![0usize; (1 << bits) + 1];
    for e in parts.iter().flatten() {
        starts[bucket(e.0) + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let mut sorted: Vec<(u64, u32)> = vec![(0, 0); len];
    let mut next = starts.clone();
    for &e in parts.iter().flatten() {
        let at = &mut next[bucket(e.0)];
        sorted[*at] = e;
        *at += 1;
    }
    drop(parts);
    for w in starts.windows(2) {
        sorted[w[0]..w[1]].sort_unstable();
    }
    sorted
}

/// Fewest other points left over on each side for a pair on a term no other point holds to
/// be judged against them (`Grouping::outscored`); with fewer, it is not paired.
pub const TERM_RIVALS: usize = 2;

/// Word weights: inverse document frequency over the points still to be aligned.
pub(super) struct Weights {
    pub(super) weight: FxHashMap<u64, f32>,
    /// The weight of a word no sampled point has.
    unseen: f32,
    /// The least weight of a distinctive word (see [`DISTINCTIVE`]).
    pub(super) distinctive: f32,
}

/// Fewest unmatched points to estimate word weights from; below it, all old points are used.
pub const MIN_WEIGHT_SAMPLE: usize = 256;

impl Weights {
    /// Document frequencies over `points` (the unmatched points of both drafts: the ones
    /// alignment must tell apart), or over every old point when there are fewer than
    /// [`MIN_WEIGHT_SAMPLE`] of them (small drafts, or drafts that barely changed).
    pub(super) fn new<'a>(
        points: impl Iterator<Item = &'a Features> + Clone,
        old: &[&str],
    ) -> Self {
        let all_old: Vec<Features>;
        let sample: Vec<&Features> = if points.clone().count() >= MIN_WEIGHT_SAMPLE {
            points.collect()
        } else {
            all_old = old
                .par_iter()
                .map_init(WordCache::default, |cache, t| features(t, false, cache))
                .collect();
            all_old.iter().collect()
        };
        // Document frequencies, turned into weights in place (one map, no second one).
        let mut weight: FxHashMap<u64, f32> = FxHashMap::default();
        for f in &sample {
            for &w in &f.words {
                *weight.entry(w).or_default() += 1.0;
            }
        }
        let n = sample.len() as f32;
        for d in weight.values_mut() {
            *d = (1.0 + n / (1.0 + *d)).ln();
        }
        let unseen = (1.0 + n).ln();
        // A word in a single sampled point is distinctive however few points there are.
        let single = (1.0 + n / 2.0).ln() * 0.999;
        Weights {
            weight,
            unseen,
            distinctive: (DISTINCTIVE * unseen).min(single),
        }
    }

    pub(super) fn weight(&self, word: u64) -> f32 {
        self.weight.get(&word).copied().unwrap_or(self.unseen)
    }

    /// Whether a word (by its [`word_hash`]) of this weight is distinctive (see
    /// [`DISTINCTIVE`]).
    pub(super) fn distinctive(&self, word: u64, weight: f32) -> bool {
        word & 1 == 1 && weight >= self.distinctive
    }
}

/// What every step after the first reads, built once for drafts whose identical points are
/// `matches`: the other points' features (stems, shingles, weights, distinctive words), the
/// index of the unmatched old points' keys, the holders of each distinctive word and the
/// captions. Runs `steps` with it and the matches.
pub(super) fn in_context<'t, R>(
    old: &'t [&'t str],
    new: &[&str],
    matches: &mut Matches,
    steps: impl FnOnce(&Context<'_>, &mut Matches) -> R,
) -> R {
    // Names and international words are read by their consonants only between drafts in
    // different languages (in one language, their stems already meet).
    let identical = matches.old.iter().filter(|m| m.is_some()).count();
    let other_languages = other_languages_beside(old, new, identical);
    let (old_f, new_f, weights, postings) = weigh_points(old, new, matches, other_languages);
    let old_totals: Vec<f32> = old_f.iter().map(Features::total).collect();
    let new_totals: Vec<f32> = new_f.iter().map(Features::total).collect();
    let (holders, captions) =
        rayon::join(|| Holders::new(&old_f, &new_f), || Captions::new(old, new));
    let ctx = Context {
        old_texts: old,
        new_texts: new,
        nouns_capitalized: [nouns_capitalized(old), nouns_capitalized(new)],
        other_languages,
        weights: &weights,
        old: &old_f,
        new: &new_f,
        old_totals: &old_totals,
        new_totals: &new_totals,
        holders: &holders,
        captions: &captions,
        postings: &postings,
    };
    steps(&ctx, matches)
}

/// Words read inside sentences to tell whether a draft capitalises its nouns.
const CAPITALS_SAMPLE: usize = 4000;

/// Share of the words inside sentences written with a capital above which a draft
/// capitalises its nouns: German drafts write 31-36% so, English ones 18% in the corpora and
/// up to 26% in an agreement of many defined terms (`the Parties`, `the Commission`), other
/// languages less.
const NOUN_CAPITALS: f32 = 0.29;

/// Whether the draft capitalises its nouns, as German does, read from its first words inside
/// sentences ([`CAPITALS_SAMPLE`], [`NOUN_CAPITALS`]): then a word written with a capital is
/// as likely a term of the subject as a name (`Partnerschaftskomitee`, `Jahresprogramm`).
pub(super) fn nouns_capitalized(texts: &[&str]) -> bool {
    let (mut inside, mut capitals) = (0usize, 0usize);
    for text in texts {
        let mut starts = true;
        for (token, kind) in words::tokens_of(text) {
            match kind {
                TokenKind::Punct if matches!(token, "." | "!" | "?" | ":" | ";") => starts = true,
                TokenKind::Word if token.starts_with(char::is_alphabetic) => {
                    if !starts {
                        inside += 1;
                        capitals += usize::from(token.starts_with(char::is_uppercase));
                    }
                    starts = false;
                }
                _ => {}
            }
        }
        if inside >= CAPITALS_SAMPLE {
            break;
        }
    }
    inside > 0 && capitals as f32 > NOUN_CAPITALS * inside as f32
}

/// Words read from each draft to tell whether the two are written in different languages
/// ([`other_languages`]).
pub const LANGUAGE_SAMPLE: usize = 20_000;

/// Fewest words a draft's sample needs for its language to be told.
pub const LANGUAGE_MIN_WORDS: usize = 40;

/// Share of a draft's words (counted each time written) that the other draft also writes
/// somewhere, below which, either way, the two are in different languages. A language's
/// function words (`the`, `of`, `shall`; `і`, `на`, `що`) are a third to a half of what it
/// writes, and any draft in that language writes them: two drafts in one language share 44-88%
/// in the realistic corpora (26-30% in a review's probes: a complete rewording, legal English
/// made plain, Ukrainian with Russianisms); a draft and its translation 0-15% (English
/// against German, French, Polish, Ukrainian, Russian or Greek; Russian against Ukrainian or
/// Belarusian; Spanish against Italian). Languages closer than that (Czech and Slovak, Spanish
/// and Portuguese, Danish and Norwegian: 26-36% and more) are read as one: their stems meet.
pub const SAME_LANGUAGE_SHARE: f32 = 0.2;

/// Whether the old and the new draft are written in different languages (a draft and its
/// translation, a counter-draft in the other party's language): of either draft's words
/// (over its first [`LANGUAGE_SAMPLE`]), counted each time written, fewer than
/// [`SAME_LANGUAGE_SHARE`] are words the other draft writes. Then nothing but figures, names
/// and the thesaurus's concepts can pair two points, and a point reported removed may be a
/// translation of one reported added. Drafts too short to tell ([`LANGUAGE_MIN_WORDS`]) are
/// taken as one language.
pub fn other_languages(old: &[&str], new: &[&str]) -> bool {
    let sample = |texts: &[&str]| -> FxHashMap<String, usize> {
        let mut counts: FxHashMap<String, usize> = FxHashMap::default();
        let mut read = 0;
        'texts: for text in texts {
            for (token, kind) in words::tokens_of(text) {
                if kind == TokenKind::Word && token.chars().all(char::is_alphabetic) {
                    *counts.entry(token.to_lowercase()).or_default() += 1;
                    read += 1;
                    if read == LANGUAGE_SAMPLE {
                        break 'texts;
                    }
                }
            }
        }
        if read < LANGUAGE_MIN_WORDS {
            counts.clear();
        }
        counts
    };
    let (a, b) = rayon::join(|| sample(old), || sample(new));
    let share = |from: &FxHashMap<String, usize>, other: &FxHashMap<String, usize>| {
        let all: usize = from.values().sum();
        let found: usize = from
            .iter()
            .filter(|(w, _)| other.contains_key(*w))
            .map(|(_, &n)| n)
            .sum();
        (all > 0).then(|| found as f32 / all as f32)
    };
    match (share(&a, &b), share(&b, &a)) {
        (Some(x), Some(y)) => x.min(y) < SAME_LANGUAGE_SHARE,
        _ => false,
    }
}

/// [`other_languages`], for drafts of which `identical` points were paired as identical:
/// drafts with half their points the same are in one language, whatever they say, and are not
/// read for it (a translation may keep a few points of figures or names only as they were).
fn other_languages_beside(old: &[&str], new: &[&str], identical: usize) -> bool {
    !(identical > 0 && identical * 2 >= old.len().min(new.len())) && other_languages(old, new)
}

/// The features of every point not paired as identical (those get empty ones), weighed by
/// the word weights of the points still to be aligned, and the index of the old points' keys
/// for the candidate voting (built while the weights are counted: neither needs the other).
/// With `cognates` (drafts in different languages), each point's words also count by their
/// cognate keys ([`cognate_key`]).
fn weigh_points(
    old: &[&str],
    new: &[&str],
    matches: &Matches,
    cognates: bool,
) -> (Vec<Features>, Vec<Features>, Weights, Postings) {
    let left = matches
        .old
        .iter()
        .chain(&matches.new)
        .filter(|m| m.is_none());
    let formulas = left.count() < MIN_WEIGHT_SAMPLE;
    let features_of = |texts: &[&str], matched: &[Option<usize>]| -> Vec<Features> {
        texts
            .par_iter()
            .zip(matched)
            .map_init(WordCache::default, |cache, (t, m)| {
                if m.is_some() {
                    Features::default()
                } else {
                    if formulas {
                        read_features::<true>(t, true, |_| false, cache)
                    } else {
                        features(t, true, cache)
                    }
                }
            })
            .collect()
    };
    let (mut old_f, mut new_f) = rayon::join(
        || features_of(old, &matches.old),
        || features_of(new, &matches.new),
    );
    if formulas {
        leave_out_formulas([old, new], [&mut old_f, &mut new_f]);
    }
    if cognates {
        for (texts, features) in [(old, &mut old_f), (new, &mut new_f)] {
            features
                .par_iter_mut()
                .zip(texts.par_iter())
                .filter(|(f, _)| !f.words.is_empty())
                .for_each(|(f, t)| {
                    f.words.extend(cognate_keys(t));
                    f.words.sort_unstable();
                    f.words.dedup();
                });
        }
    }
    let unmatched = |f: &&Features| !f.words.is_empty();
    let (postings, weights) = rayon::join(
        || Postings::new(&old_f),
        || {
            Weights::new(
                old_f
                    .iter()
                    .filter(unmatched)
                    .chain(new_f.iter().filter(unmatched)),
                old,
            )
        },
    );
    old_f
        .par_iter_mut()
        .chain(new_f.par_iter_mut())
        .for_each(|f| f.weigh(&weights));
    (old_f, new_f, weights, postings)
}

/// What every step after the identical pairs knows of the two drafts: the points' features
/// (empty for points paired as identical), the word weights, the points' total word weights,
/// and which points hold each distinctive word.
pub(super) struct Context<'a> {
    /// The texts of the old points.
    old_texts: &'a [&'a str],
    /// Whether each draft capitalises its nouns (German): a capital then names nothing
    /// ([`nouns_capitalized`], [`Context::lower_terms`]).
    pub(super) nouns_capitalized: [bool; 2],
    /// The texts of the new points.
    new_texts: &'a [&'a str],
    /// The drafts are in different languages ([`other_languages_beside`]): their words were
    /// also read by their consonants ([`cognate_key`]).
    pub(super) other_languages: bool,
    pub(super) weights: &'a Weights,
    pub(super) old: &'a [Features],
    pub(super) new: &'a [Features],
    pub(super) old_totals: &'a [f32],
    pub(super) new_totals: &'a [f32],
    pub(super) holders: &'a Holders,
    pub(super) captions: &'a Captions,
    /// The index of the old points' stems and shingles, for the candidate voting.
    pub(super) postings: &'a Postings,
}

impl Context<'_> {
    /// Whether point `p` of side `part` and point `q` of the other side have a content word in
    /// common (a stem of [`CONTENT_LETTERS`] or more, or a figure: see [`word_hash`]), however
    /// common it is.
    pub(super) fn share_content(&self, part: Side, p: usize, q: usize) -> bool {
        let (i, j) = if part == 0 { (p, q) } else { (q, p) };
        self.content_shared(i, j, 1) > 0
    }

    /// How many content words (their hash's lowest bit set, [`word_hash`]) old point `i` and
    /// new point `j` share, counting up to `enough`.
    pub(super) fn content_shared(&self, i: usize, j: usize, enough: usize) -> usize {
        let (a, b) = (&self.old[i].words, &self.new[j].words);
        let (mut x, mut y, mut shared) = (0, 0, 0);
        while x < a.len() && y < b.len() && shared < enough {
            match a[x].cmp(&b[y]) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    shared += usize::from(a[x] & 1 == 1);
                    (x, y) = (x + 1, y + 1);
                }
            }
        }
        shared
    }

    /// How many content words (as [`Context::content_shared`] counts them) point `i` of
    /// `side` (0 old, 1 new) holds.
    pub(super) fn content_count(&self, side: Side, i: usize) -> usize {
        let points = if side == 0 { &self.old } else { &self.new };
        points[i].content_count()
    }

    /// Whether old point `i` and new point `j` share a distinctive word that no other point
    /// of either draft holds, and that old point `i` writes at least once without a capital
    /// (in lower case, or in a script without case): a term of its subject, not a name. Names
    /// of parties, capitals and bodies are actors that any provision may mention (`Washington
    /// and Moscow prolong their arms-control treaties`, `Kyiv and Washington move toward a
    /// free-trade agreement`).
    pub(super) fn unique_term(&self, i: usize, j: usize) -> bool {
        let unique: Vec<u64> = self.old[i]
            .distinct
            .iter()
            .map(|&(x, _)| x)
            .filter(|&x| self.holders.of(x, 0) == [i as u32] && self.holders.of(x, 1) == [j as u32])
            .collect();
        self.written_lower(i, &unique)
    }

    /// Whether old point `i` writes one of `terms` (word hashes, see [`features()`]) at least
    /// once without a capital (in lower case, as a figure, or in a script without case): a
    /// term of its subject, not only a name.
    pub(super) fn written_lower(&self, i: usize, terms: &[u64]) -> bool {
        self.lower_terms(0, i, terms) > 0
    }

    /// How many of `terms` point `p` of side `part` writes at least once without a capital
    /// (see [`Context::written_lower`]), or at all in a draft that capitalises its nouns.
    pub(super) fn lower_terms(&self, part: Side, p: usize, terms: &[u64]) -> usize {
        if terms.is_empty() {
            return 0;
        }
        let text = if part == 0 {
            self.old_texts[p]
        } else {
            self.new_texts[p]
        };
        let mut found: Vec<u64> = Vec::new();
        let mut stem = String::new();
        let mut reader = Reader::new(Thesaurus::active());
        for (token, kind) in words::tokens_of(text) {
            if kind != TokenKind::Word
                || (token.starts_with(char::is_uppercase) && !self.nouns_capitalized[part])
            {
                continue;
            }
            stem_into(token, &mut stem);
            let read = reader.word(token);
            let hashes = [
                Some(word_hash(&stem)),
                figure_shape_hash(token),
                read.word.map(concept_hash),
                read.phrase.map(concept_hash),
            ];
            for h in hashes.into_iter().flatten() {
                if terms.contains(&h) && !found.contains(&h) {
                    found.push(h);
                }
            }
        }
        found.len()
    }

    /// Measures old point `i` against new point `j` ([`judge`]).
    pub(super) fn judge(&self, i: usize, j: usize) -> Judged {
        judge(
            self.weights,
            &self.old[i],
            self.old_totals[i],
            &self.new[j],
            self.new_totals[j],
        )
    }
}

/// Which points hold each distinctive word ([`Features::distinct`]): one index, built once,
/// for every step that looks for points on the same subject (`unique_terms`,
/// `Grouping::pair_leftovers`, `far_candidates`), instead of one per step.
pub(super) struct Holders {
    /// The old points then the new points holding each distinctive word, ascending, word after
    /// word.
    pub(super) points: Vec<u32>,
    /// For each distinctive word, where its old points start, where its new points start and
    /// where they end in `points`; in pieces by the words' first bits, as [`Postings`], and
    /// built the same way, in parallel.
    pub(super) of: Vec<FxHashMap<u64, (u32, u32, u32)>>,
}

/// Marks a new point among the holders' entries while they are sorted ([`Holders::new`]): the
/// old points of a word come first.
const NEW_HOLDER: u32 = 1 << 31;

impl Holders {
    pub(super) fn new(old: &[Features], new: &[Features]) -> Self {
        let pieces = dealt_sorted(old.len() + new.len(), |p| {
            let (f, value) = match p.checked_sub(old.len()) {
                None => (&old[p], p as u32),
                Some(j) => (&new[j], j as u32 | NEW_HOLDER),
            };
            f.distinct.iter().map(move |&(x, _)| (x, value))
        });
        // A word's old points come first among its entries, then its new points.
        let (points, of) = indexed(
            pieces,
            |run, start| {
                let olds = run.partition_point(|e| e.1 & NEW_HOLDER == 0);
                let ends = (start + olds, start + run.len());
                (start as u32, ends.0 as u32, ends.1 as u32)
            },
            |value| value & !NEW_HOLDER,
        );
        Holders { points, of }
    }

    /// The points of `side` holding distinctive word `word`.
    pub(super) fn of(&self, word: u64, side: Side) -> &[u32] {
        match self.of[postings_shard(word)].get(&word) {
            Some(&(old, new, _)) if side == 0 => &self.points[old as usize..new as usize],
            Some(&(_, new, end)) => &self.points[new as usize..end as usize],
            None => &[],
        }
    }

    /// For every distinctive word, the old points and the new points holding it.
    pub(super) fn all(&self) -> impl Iterator<Item = [&[u32]; 2]> {
        self.of
            .iter()
            .flat_map(|of| of.values())
            .map(|&(old, new, end)| {
                [
                    &self.points[old as usize..new as usize],
                    &self.points[new as usize..end as usize],
                ]
            })
    }
}

/// How much of `part` is in `whole`: the share of `part`'s word weight found in `whole`, and
/// the share found in `whole` but in none of `others` (the points already matched to `whole`),
/// so that a point whose words the existing match already explains does not join it.
pub(super) fn containment(
    w: &Weights,
    part: &[u64],
    part_total: f32,
    whole: &[u64],
    others: &[&[u64]],
) -> (f32, f32) {
    let mut inside = 0.0;
    let mut gain = 0.0;
    for &word in part {
        if whole.binary_search(&word).is_ok() {
            let wt = w.weight(word);
            inside += wt;
            if !others.iter().any(|o| o.binary_search(&word).is_ok()) {
                gain += wt;
            }
        }
    }
    let total = part_total.max(f32::MIN_POSITIVE);
    (inside / total, gain / total)
}

/// The words (sorted) of each of `points`, one side's members of a group.
pub(super) fn group_words<'f>(features: &'f [Features], points: &[usize]) -> Vec<&'f [u64]> {
    points
        .iter()
        .map(|&o| features[o].words.as_slice())
        .collect()
}

/// The distinctive words of `part` that `whole` holds and none of `others` does: what `part`
/// brings to a match whose parts so far are `others` (a merge's or a split's).
pub(super) fn brought<'a>(
    part: &'a Features,
    whole: &'a [u64],
    others: &'a [&[u64]],
) -> impl Iterator<Item = u64> + 'a {
    part.distinct.iter().map(|&(x, _)| x).filter(move |x| {
        whole.binary_search(x).is_ok() && !others.iter().any(|o| o.binary_search(x).is_ok())
    })
}
