//! Word-level differences between two texts, with `similar` over Unicode-aware tokens.
//!
//! Text is cut into tokens: words (letters and digits of any script, with inner apostrophes
//! and digit groups such as `600,000` kept whole; in Chinese and Japanese, written without
//! spaces, each character), runs of white space, and single punctuation marks. The token sequences are diffed with Myers' algorithm; the result is tidied so that a
//! reader sees phrases replaced rather than a confetti of tiny edits: short equal stretches
//! stranded between changes are folded into the change, and each run of changes is shown as
//! one deletion followed by one insertion.

use serde::{Deserialize, Serialize};
use std::hash::{Hash, Hasher};
use std::ops::Range;

use similar::{Algorithm, DiffTag};

use crate::script::without_spaces;

/// What may be ignored when deciding whether two texts are the same. All off by default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct TextOptions {
    /// `Ukraine` and `ukraine` are the same word.
    pub ignore_case: bool,
    /// Punctuation marks are left out of the comparison.
    pub ignore_punctuation: bool,
    /// White space is left out of the comparison (reflowed text is unchanged).
    pub ignore_whitespace: bool,
}

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits of any script.
    Word,
    /// A run of white space.
    Space,
    /// One punctuation mark or symbol.
    Punct,
}

/// Cuts `text` into word, space and punctuation tokens; their concatenation is `text`.
pub fn tokenize(text: &str) -> Vec<&str> {
    tokenize_with_kinds(text)
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

/// Like [`tokenize`], with the kind of each token.
pub fn tokenize_with_kinds(text: &str) -> Vec<(&str, TokenKind)> {
    let mut tokens = Vec::with_capacity(text.len() / 4);
    tokens.extend(tokens_of(text));
    tokens
}

/// The tokens of [`tokenize_with_kinds`] one at a time, without a vector: a caller that only
/// walks the tokens (hashing words, say) keeps no per-token memory, which matters for a giant
/// point (a 50 MB line is millions of tokens).
pub fn tokens_of(text: &str) -> Tokens<'_> {
    Tokens::new(text)
}

/// The iterator of [`tokens_of`].
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Tokens<'a> {
    /// The tokens of `text`, from its start.
    pub fn new(text: &'a str) -> Self {
        Tokens { text, at: 0 }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = (&'a str, TokenKind);

    /// Inlined into the loops over a text's tokens (every point is cut into tokens when it is
    /// weighed for alignment, and every changed row when it is diffed): most tokens are ASCII
    /// words and single spaces, read here in a tight loop over the bytes; anything else goes
    /// to `Tokens::other`. (A plain `#[inline]` left it a call, which cost as much as the
    /// reading itself.)
    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        let (start, end, kind) = self.next_range()?;
        Some((&self.text[start..end], kind))
    }
}

impl Tokens<'_> {
    /// The next token as its byte range and kind, for a caller that needs no `&str` of it
    /// (the word diff keys tokens by their bytes, without the character boundary checks of
    /// slicing a string).
    #[inline(always)]
    fn next_range(&mut self) -> Option<(usize, usize, TokenKind)> {
        let text = self.text;
        let bytes = text.as_bytes();
        let start = self.at;
        let &b = bytes.get(start)?;
        let (kind, end) = if b.is_ascii_alphanumeric() {
            let run = ascii_run(bytes, start + 1, u8::is_ascii_alphanumeric);
            // Only an apostrophe, a digit group's comma or point, or a character that is not
            // ASCII can carry the word on past its ASCII letters and digits.
            let end = match bytes.get(run) {
                Some(&c) if !c.is_ascii() || matches!(c, b'\'' | b',' | b'.') => {
                    word_end(text, run)
                }
                _ => run,
            };
            (TokenKind::Word, end)
        } else if b == b' ' {
            let run = ascii_run(bytes, start + 1, |&c| c == b' ');
            let end = match bytes.get(run) {
                Some(&c) if !c.is_ascii() || (b'\t'..=b'\r').contains(&c) => space_end(text, run),
                _ => run,
            };
            (TokenKind::Space, end)
        } else {
            self.other(start)
        };
        self.at = end;
        Some((start, end, kind))
    }
}

impl Tokens<'_> {
    /// The kind and end of the token at byte `start` that is neither an ASCII word nor
    /// spaces: punctuation, other white space, or a character that is not ASCII.
    fn other(&self, start: usize) -> (TokenKind, usize) {
        let text = self.text;
        let b = text.as_bytes()[start];
        if b < 0x80 {
            if (b'\t'..=b'\r').contains(&b) {
                (TokenKind::Space, space_end(text, start + 1))
            } else {
                (TokenKind::Punct, start + 1)
            }
        } else {
            let (c, len) = char_at(text, start);
            if without_spaces(c) {
                // A script written without spaces: each character is a word.
                (TokenKind::Word, start + len)
            } else if is_word_char(c) {
                (TokenKind::Word, word_end(text, start + len))
            } else if c.is_whitespace() {
                (TokenKind::Space, space_end(text, start + len))
            } else {
                (TokenKind::Punct, start + len)
            }
        }
    }
}

/// Where the run of bytes that `keep` holds for, from byte `i` of `bytes`, ends.
#[inline]
fn ascii_run(bytes: &[u8], mut i: usize, keep: impl Fn(&u8) -> bool) -> usize {
    while bytes.get(i).is_some_and(&keep) {
        i += 1;
    }
    i
}

/// Where the word going on at byte `i` of `text` ends.
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < text.len() {
        // Fast path: a run of ASCII letters and digits.
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i >= text.len() {
            break;
        }
        let (next, len) = char_at(text, i);
        if continues_word(next) {
            i += len;
            continue;
        }
        // Inner joiners: "Ukraine's", "м'ясо", "600,000", "1.5".
        let joined = match next {
            '\'' | '’' | 'ʼ' => text[i + len..].chars().next().is_some_and(continues_word),
            ',' | '.' => {
                bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            }
            _ => false,
        };
        if !joined {
            break;
        }
        i += len;
    }
    i
}

/// Where the white space going on at byte `i` of `text` ends.
fn space_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() && bytes[i] == b' ' {
        i += 1;
    }
    while i < text.len() {
        let (next, len) = char_at(text, i);
        if !next.is_whitespace() {
            break;
        }
        i += len;
    }
    i
}

/// The character at byte `i` and its length, with a fast path for ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = text[i..].chars().next().unwrap_or('\u{fffd}');
        (c, c.len_utf8())
    }
}

/// Whether `c` may go on a word of a spaced script: a letter or digit not written without
/// spaces (a Chinese character after a Latin word starts a word of its own).
#[inline]
fn continues_word(c: char) -> bool {
    is_word_char(c) && !without_spaces(c)
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Longest stem kept of a word: word forms of one word share their first few letters and
/// differ in their endings (`guarantee` / `guaranteed`, `Верховна` / `Верховною`), so the
/// comparison looks at the start of each word only. Six letters keep apart most different
/// words of one root family that matter (`commission` / `committee`) and leave out the
/// endings of cases, numbers, tenses and voices in English, Ukrainian and Russian.
pub const STEM_LETTERS: usize = 6;

/// Stems are never cut below this many letters (`рада` / `ради` / `радою` keep `рад`).
pub const MIN_STEM_LETTERS: usize = 3;

/// The stem of a word, for comparing word forms of any language without a word list: the word
/// without an English verb ending (`-ing`, `-ed`), lower-cased, cut to [`STEM_LETTERS`]
/// letters, then stripped of trailing vowels (Latin and Cyrillic, with the soft sign and `й`)
/// and of a trailing Latin `s` (plurals), down to [`MIN_STEM_LETTERS`]. Words with a digit
/// (figures, dates) are kept whole: `600,000` and `600,500` are different figures.
///
/// `guarantee`, `guarantees`, `guaranteed` → `guarant`... cut to `guaran`; `force` and
/// `forces` → `forc`; `ратифікує` and `ратифікується` → `ратиф`.
pub fn stem(word: &str) -> String {
    let mut out = String::new();
    stem_into(word, &mut out);
    out
}

/// [`stem`] written into `out` (cleared first), so that a caller stemming many words reuses
/// one buffer.
pub fn stem_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        stem_ascii(word, out);
    } else {
        stem_chars(word, out);
    }
}

/// [`stem_into`] for any word, character by character.
fn stem_chars(word: &str, out: &mut String) {
    out.clear();
    let word = without_elision(word);
    if word.bytes().any(|b| b.is_ascii_digit()) {
        out.extend(word.chars().flat_map(char::to_lowercase));
        return;
    }
    let word = without_inflection(word);
    let mut letters = 0;
    if word.is_ascii() {
        for b in word.bytes().take(STEM_LETTERS) {
            out.push(b.to_ascii_lowercase() as char);
        }
        letters = out.len();
    } else {
        for c in word.chars().flat_map(char::to_lowercase).take(STEM_LETTERS) {
            out.push(c);
            letters += 1;
        }
    }
    // `’` and `'` inside a word (`зобов’язання`) are letters for this purpose; one left at the
    // end of the cut is not.
    while out.ends_with(['\'', '’', 'ʼ']) {
        out.pop();
        letters -= 1;
    }
    while letters > MIN_STEM_LETTERS && out.chars().next_back().is_some_and(is_ending_letter) {
        out.pop();
        letters -= 1;
    }
    if letters >= ALTERNATION_LETTERS {
        close_syllable_vowel(out);
    }
}

/// [`stem_into`] for a word of ASCII letters (most words of most drafts), byte by byte: the
/// same stem, without decoding characters. Only `'` can be an apostrophe here, and no letter
/// is the Ukrainian `і` that `close_syllable_vowel` reads.
fn stem_ascii(word: &str, out: &mut String) {
    let word = if word.as_bytes().contains(&b'\'') {
        without_elision(word)
    } else {
        word
    };
    let bytes = word.as_bytes();
    if bytes.iter().any(u8::is_ascii_digit) {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    let word = without_inflection(word);
    out.push_str(&word[..word.len().min(STEM_LETTERS)]);
    out.make_ascii_lowercase();
    while out.ends_with('\'') {
        out.pop();
    }
    while out.len() > MIN_STEM_LETTERS
        && matches!(
            out.as_bytes()[out.len() - 1],
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b's'
        )
    {
        out.pop();
    }
}

/// Fewest letters left of a word once [`without_inflection`] takes its ending off.
const INFLECTED_ROOT_LETTERS: usize = 4;

/// An ASCII word without the ending of an English verb form, `-ing` or `-ed` (after a plural
/// `-s`), when [`INFLECTED_ROOT_LETTERS`] letters are left: `failing` and `fails` meet at
/// `fail`, `settled` and `settle` at `settl`, where cutting both to their first
/// [`STEM_LETTERS`] letters would leave `failin` beside `fail`.
fn without_inflection(word: &str) -> &str {
    let ends = |word: &str, suffix: &str| {
        let (w, x) = (word.as_bytes(), suffix.as_bytes());
        w.len() >= x.len() + INFLECTED_ROOT_LETTERS
            && w[w.len() - x.len()..].eq_ignore_ascii_case(x)
    };
    let word = if ends(word, "ings") {
        &word[..word.len() - 1]
    } else {
        word
    };
    if ends(word, "ing") {
        &word[..word.len() - 3]
    } else if ends(word, "ed") {
        &word[..word.len() - 2]
    } else {
        word
    }
}

/// Elided articles, pronouns, prepositions and conjunctions of French and Italian, as written
/// before an apostrophe (`l'accord`, `d'équipes`, `qu'elle`, `jusqu'au`, `dell'Unione`,
/// `quest'anno`), lower-cased.
const ELIDED: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    "un", "dell", "nell", "sull", "dall", "all", "coll", "quell", "quest", "bell", "sant",
];

/// The word after an elided article or particle of French or Italian ([`ELIDED`]: `l'accord`,
/// `d'équipes`, `qu'elle`, `dell'Unione` → `accord`, `équipes`, `elle`, `Unione`): the word
/// itself, so that `l'accord` and `accord` are one word. Any other word before an apostrophe
/// stays (`EU's`, `it's`, `Bill's`, `don't`, `o'clock`), and so does one in another script
/// (Ukrainian `п'ять`).
fn without_elision(word: &str) -> &str {
    let Some(at) = word.find(['\'', '’', 'ʼ']) else {
        return word;
    };
    let (head, rest) = (&word[..at], &word[at..]);
    let after = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
    let elided = head.len() <= 6
        && head.is_ascii()
        && ELIDED.contains(&head.to_ascii_lowercase().as_str())
        && after.chars().next().is_some_and(char::is_alphabetic);
    if elided { after } else { word }
}

/// Shortest stem whose closed last syllable is read through `close_syllable_vowel`: shorter
/// ones are mostly function words (`від` "from" is not `вод`, water).
pub const ALTERNATION_LETTERS: usize = 4;

/// Ukrainian writes `і` for `о` (and `е`) in a closed last syllable, and the `о` comes back
/// when an ending opens it: `міст` / `мосту` (bridge), `вартість` / `вартості` (cost),
/// `Сторін` / `Сторони` (of the Parties). A stem whose last vowel is a Ukrainian `і`
/// followed only by consonants reads it as `о`, so that the forms meet. Other scripts have no
/// such letter (the Latin `i` is another character) and are left alone.
fn close_syllable_vowel(stem: &mut String) {
    let Some((at, last_vowel)) = stem
        .char_indices()
        .rev()
        .find(|&(_, c)| is_ending_letter(c))
    else {
        return;
    };
    if last_vowel == 'і' && at + 'і'.len_utf8() < stem.len() {
        stem.replace_range(at..at + 'і'.len_utf8(), "о");
    }
}

/// Letters that inflectional endings are mostly made of: vowels of the Latin and Cyrillic
/// scripts, the soft and hard signs, `й`, and the Latin plural `s`.
fn is_ending_letter(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 's'
            | 'а'
            | 'е'
            | 'и'
            | 'і'
            | 'ї'
            | 'о'
            | 'у'
            | 'ю'
            | 'я'
            | 'є'
            | 'ь'
            | 'ъ'
            | 'й'
            | 'ы'
            | 'э'
            | 'ё'
    )
}

/// Share of words two texts have in common, counted over the bag of their words (order does
/// not matter) and over word stems ([`stem`], so that a word kept in another form counts as
/// kept): 2 × common / (words of `a` + words of `b`), in [0, 1]; 1 when neither has a word.
pub fn bag_similarity(a: &str, b: &str) -> f32 {
    bag_of_tokens(&tokenize_with_kinds(a), &tokenize_with_kinds(b))
}

/// [`bag_similarity`] of two texts already cut into tokens.
fn bag_of_tokens(a: &[(&str, TokenKind)], b: &[(&str, TokenKind)]) -> f32 {
    let mut buf = String::new();
    let mut stems = |t: &[(&str, TokenKind)]| -> Vec<u64> {
        let mut v: Vec<u64> = t
            .iter()
            .filter(|&&(_, k)| k == TokenKind::Word)
            .map(|&(w, _)| {
                stem_into(w, &mut buf);
                fx_hash(&buf)
            })
            .collect();
        v.sort_unstable();
        v
    };
    let (a, b) = (stems(a), stems(b));
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    (2 * common_sorted(&a, &b)) as f32 / total as f32
}

/// How many items two sorted lists have in common (with multiplicity: an item twice in both
/// counts twice), in one merge-like pass; branch-free, since which list steps on depends on
/// data the CPU cannot predict.
pub(crate) fn common_sorted(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

/// The 64-bit hash of a string that the comparison's indexes and keys use (FxHash: fast, and
/// the same in every run).
#[inline]
pub(crate) fn fx_hash(s: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

/// Is a number as written a year: four digits from 1900 to 2100? (Whether it reads as one in
/// its sentence, not an amount, is the caller's to say.)
pub fn is_year(raw: &str) -> bool {
    raw.len() == 4 && raw.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// The kind of a token produced by [`tokenize`].
pub fn token_kind(token: &str) -> TokenKind {
    match token.chars().next() {
        Some(c) if c.is_alphanumeric() => TokenKind::Word,
        Some(c) if c.is_whitespace() => TokenKind::Space,
        _ => TokenKind::Punct,
    }
}

/// Whether a span of a diff is common to both sides, only in the old, or only in the new text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpanKind {
    /// In both texts.
    Equal,
    /// Only in the old text.
    Delete,
    /// Only in the new text.
    Insert,
}

/// A stretch of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Equal, deleted or inserted.
    #[serde(rename = "op")]
    pub kind: SpanKind,
    /// The text: the new side's for an equal span.
    pub text: String,
    /// For an equal span only: the old side's text when it differs from `text` (possible only
    /// when case, punctuation or white space is ignored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_text: Option<String>,
}

impl Span {
    fn new(kind: SpanKind, text: String) -> Self {
        Span {
            kind,
            text,
            old_text: None,
        }
    }

    /// This span's text as it stands in the old draft (empty for an insertion).
    pub fn old_side(&self) -> &str {
        match self.kind {
            SpanKind::Equal => self.old_text.as_deref().unwrap_or(&self.text),
            SpanKind::Delete => &self.text,
            SpanKind::Insert => "",
        }
    }

    /// This span's text as it stands in the new draft (empty for a deletion).
    pub fn new_side(&self) -> &str {
        match self.kind {
            SpanKind::Delete => "",
            _ => &self.text,
        }
    }
}

/// A word diff with its similarity.
#[derive(Debug, Clone, PartialEq)]
pub struct WordDiff {
    /// The spans in reading order. Old text = equal + delete spans; new text = equal + insert.
    pub spans: Vec<Span>,
    /// Share of words common to both sides, in any order and in any word form
    /// ([`bag_similarity`]): 2 × common words / (old words + new words), in [0, 1]; 1 for two
    /// texts without words.
    pub similarity: f32,
    /// Share of words kept in the same order (the longest common subsequence of words, before
    /// stranded words are folded into changes): 2 × common / (old words + new words), in
    /// [0, 1]; 1 for two texts without words. Unlike `similarity` it tells two points written
    /// from the same stock phrases in another order apart from one point reworded.
    pub kept_in_order: f32,
}

impl WordDiff {
    /// True when nothing was deleted or inserted.
    pub fn is_unchanged(&self) -> bool {
        self.spans.iter().all(|s| s.kind == SpanKind::Equal)
    }
}

/// The comparison key of a token, or `None` when the options leave it out. Keys are 64-bit
/// hashes (cheap to compare in the diff); equal keys of unequal texts are caught afterwards.
fn key(token: &str, kind: TokenKind, options: &TextOptions) -> Option<u64> {
    let hash = fx_hash;
    match kind {
        TokenKind::Space if options.ignore_whitespace || options.ignore_punctuation => None,
        TokenKind::Punct if options.ignore_punctuation => None,
        TokenKind::Word if options.ignore_case && token.chars().any(char::is_uppercase) => {
            Some(hash(&token.to_lowercase()))
        }
        _ => Some(hash(token)),
    }
}

/// The comparison key of the token at bytes `start..end` of `bytes`, compared exactly. A token
/// of up to 7 bytes (most words, and every space and punctuation mark) is keyed by its bytes
/// and its length packed in 64 bits: no hashing, and no two such tokens share a key. A longer
/// one is keyed by its hash with the top byte set (a packed key's top byte is its length, 1 to
/// 7), so that it never takes a short token's key; equal keys of unequal texts are caught
/// after the diff, as with [`key`].
#[inline]
fn exact_key(bytes: &[u8], start: usize, end: usize) -> u64 {
    let len = end - start;
    if len >= 8 {
        let mut h = rustc_hash::FxHasher::default();
        h.write(&bytes[start..end]);
        return h.finish() | (0xff << 56);
    }
    // The token's bytes as the low bytes of a word: read 8 bytes from its start, or those
    // ending at its end near the end of the text, or byte by byte in a text under 8 bytes.
    let packed = if let Some(w) = bytes.get(start..start + 8) {
        u64::from_le_bytes(w.try_into().unwrap_or_default()) & ((1 << (8 * len)) - 1)
    } else if end >= 8 {
        u64::from_le_bytes(bytes[end - 8..end].try_into().unwrap_or_default()) >> (64 - 8 * len)
    } else {
        bytes[start..end]
            .iter()
            .rev()
            .fold(0, |w, &b| (w << 8) | u64::from(b))
    };
    packed | ((len as u64) << 56)
}

/// A token that takes part in the comparison: where it stands in its text, and whether it is
/// a word.
#[derive(Debug, Clone, Copy)]
struct Compared {
    start: usize,
    end: usize,
    word: bool,
}

/// One side of a diff: its text and the tokens compared (all of them, or those the options
/// keep), cut and keyed ([`exact_key`], or [`key`] with options) in one pass over the text:
/// most rows diffed are short and exact, and a vector of every token and a second pass to key
/// them cost as much as reading the text.
struct Side<'a> {
    text: &'a str,
    tokens: Vec<Compared>,
    /// How many of the compared tokens are words (the options never leave a word out).
    words: usize,
}

impl<'a> Side<'a> {
    /// The side of `text`, and the keys of its compared tokens.
    fn new(text: &'a str, options: &TextOptions) -> (Self, Vec<u64>) {
        // About one token in three bytes in prose (a word and a space); a little more, so
        // that a row seldom outgrows it.
        let capacity = text.len() / 3 + 8;
        let mut tokens = Vec::with_capacity(capacity);
        let mut keys = Vec::with_capacity(capacity);
        let mut words = 0;
        if *options == TextOptions::default() {
            // Every token, keyed by its bytes ([`exact_key`]): one tight loop, as most
            // comparisons are exact.
            let bytes = text.as_bytes();
            let mut all = Tokens::new(text);
            while let Some((start, end, kind)) = all.next_range() {
                let word = kind == TokenKind::Word;
                words += usize::from(word);
                tokens.push(Compared { start, end, word });
                keys.push(exact_key(bytes, start, end));
            }
        } else {
            let mut at = 0;
            for (t, kind) in tokens_of(text) {
                let (start, end) = (at, at + t.len());
                at = end;
                if let Some(key) = key(t, kind, options) {
                    let word = kind == TokenKind::Word;
                    words += usize::from(word);
                    tokens.push(Compared { start, end, word });
                    keys.push(key);
                }
            }
        }
        (
            Side {
                text,
                tokens,
                words,
            },
            keys,
        )
    }

    /// Byte offset where the op range starting at compared token `k` begins: the first op
    /// takes any left-out tokens before it; a range ending at the last compared token takes
    /// the left-out tokens after it.
    fn offset(&self, k: usize) -> usize {
        if k == 0 {
            return 0;
        }
        match self.tokens.get(k) {
            Some(t) => t.start,
            None => self.text.len(),
        }
    }

    /// How many words the compared tokens of `range` hold.
    fn words_in(&self, range: std::ops::Range<usize>) -> usize {
        self.tokens[range].iter().filter(|t| t.word).count()
    }

    /// Pushes the stem hash of every word among the compared tokens of `range` to `stems`.
    fn stems_in(&self, range: std::ops::Range<usize>, buf: &mut String, stems: &mut Vec<u64>) {
        for t in &self.tokens[range] {
            if t.word {
                stem_into(&self.text[t.start..t.end], buf);
                stems.push(fx_hash(buf));
            }
        }
    }
}

/// Most bytes (old and new text together) diffed word by word: 1 MiB, some hundred times the
/// longest provision of a real draft. Above it (a whole document on one line, a quote nested
/// thousands deep) the diff is coarse, to keep time and memory within a small multiple of the
/// text: the common start and end of the two texts, kept whole tokens, and between them one
/// deletion and one insertion; `similarity` is counted as always (over word stems, in a map of
/// the distinct ones), and `kept_in_order` over the words of the common start and end.
pub const MAX_WORD_DIFF_BYTES: usize = 1 << 20;

/// Diffs two texts word by word ([`MAX_WORD_DIFF_BYTES`]: the bound above which the diff is
/// coarse).
pub fn diff(old: &str, new: &str, options: &TextOptions) -> WordDiff {
    if old == new {
        return WordDiff {
            spans: if old.is_empty() {
                Vec::new()
            } else {
                vec![Span::new(SpanKind::Equal, old.to_owned())]
            },
            similarity: 1.0,
            kept_in_order: 1.0,
        };
    }
    if old.len() + new.len() > MAX_WORD_DIFF_BYTES {
        return coarse_diff(old, new);
    }
    if *options == TextOptions::default()
        && let Some(d) = trimmed_diff(old, new)
    {
        return d;
    }
    diff_parts(old, new, options).finish()
}

/// Shortest stretch, counted in white-space boundaries, of the common start and end of two
/// texts that [`trimmed_diff`] leaves in the middle it diffs. The diff tidies an insertion by
/// sliding it along equal tokens (`similar`'s compaction), which may carry it into the
/// common start or end; with this margin kept, it is seen whether it did.
const TRIM_MARGIN: usize = 3;

/// The word diff of two texts (compared exactly) computed on their changed middle only: their
/// common start and end, cut at white space and less a margin ([`TRIM_MARGIN`]), are neither
/// cut into tokens nor handed to Myers' algorithm, which for a row with one word changed is
/// most of the work. `None` when the texts have no such start or end, or when the diff of the
/// middle changed its first or last token (an insertion slid into the margin, or a hash
/// collision): then only the whole texts give the same diff.
///
/// The result is the same as that of the whole texts: Myers (in `similar`) takes the common
/// start and end off itself before searching, and its compaction slides changes only along
/// equal tokens, which stop within the margin whenever the middle starts and ends with an
/// equal span.
fn trimmed_diff(old: &str, new: &str) -> Option<WordDiff> {
    let (start, end) = common_edges(old, new);
    if start == 0 && end == 0 {
        return None;
    }
    let mut parts = diff_parts(
        &old[start..old.len() - end],
        &new[start..new.len() - end],
        &TextOptions::default(),
    );
    let first = parts.pieces.first()?;
    let last = parts.pieces.last()?;
    if (start > 0 && first.kind != SpanKind::Equal) || (end > 0 && last.kind != SpanKind::Equal) {
        return None;
    }
    // The pieces of the whole texts: the middle's moved to where it stands in them, its first
    // and last (equal) pieces stretched over the common start and end, as one equal operation
    // of the whole would have written them.
    for piece in &mut parts.pieces {
        piece.old = piece.old.start + start..piece.old.end + start;
        piece.new = piece.new.start + start..piece.new.end + start;
    }
    parts.pieces[0].old.start = 0;
    parts.pieces[0].new.start = 0;
    let last = parts.pieces.len() - 1;
    parts.pieces[last].old.end = old.len();
    parts.pieces[last].new.end = new.len();
    (parts.old, parts.new) = (old, new);
    let kept = word_count(&old[..start]) + word_count(&old[old.len() - end..]);
    parts.common_words += kept;
    parts.same_words += kept;
    parts.old_words += kept;
    parts.new_words += kept;
    Some(parts.finish())
}

/// How many words (tokens of [`TokenKind::Word`]) `text` has.
fn word_count(text: &str) -> usize {
    tokens_of(text).filter(|t| t.1 == TokenKind::Word).count()
}

/// Whether byte `at` of `text` is a token boundary seen from white space: the byte before it
/// is ASCII white space (only ever part of a space token) and the character at it is not
/// white space (so the space token ends there), or it is the end of the text. The tokens
/// before such a boundary depend on the bytes before it only, and those after it on the
/// bytes after it only.
fn space_boundary(text: &str, at: usize) -> bool {
    at > 0
        && matches!(text.as_bytes()[at - 1], b' ' | b'\t'..=b'\r')
        && text[at..].chars().next().is_none_or(|c| !c.is_whitespace())
}

/// The byte lengths of the common start and end of `old` and `new` that [`trimmed_diff`]
/// leaves out: the common bytes cut back to a white-space boundary ([`space_boundary`]) in
/// both texts, less [`TRIM_MARGIN`] more such boundaries; 0 where there are not enough.
fn common_edges(old: &str, new: &str) -> (usize, usize) {
    let (a, b) = (old.as_bytes(), new.as_bytes());
    let same = common_prefix(a, b);
    let mut boundaries = (1..=same)
        .rev()
        .filter(|&at| space_boundary(old, at) && space_boundary(new, at));
    let start = boundaries.nth(TRIM_MARGIN).unwrap_or(0);
    // The common end is looked for after the common start, so that the two never overlap.
    let same_end = common_suffix(&a[same..], &b[same..]);
    let first = old.len() - same_end;
    let end = (first + 1..=old.len())
        .filter(|&at| space_boundary(old, at))
        .nth(TRIM_MARGIN)
        .map_or(0, |at| old.len() - at);
    (start, end)
}

/// The length of the common start of two byte strings, compared 16 bytes at a time.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    const CHUNK: usize = 16;
    let whole = a
        .chunks_exact(CHUNK)
        .zip(b.chunks_exact(CHUNK))
        .take_while(|(x, y)| x == y)
        .count()
        * CHUNK;
    whole
        + a[whole..]
            .iter()
            .zip(&b[whole..])
            .take_while(|(x, y)| x == y)
            .count()
}

/// The length of the common end of two byte strings.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    const CHUNK: usize = 16;
    let whole = a
        .rchunks_exact(CHUNK)
        .zip(b.rchunks_exact(CHUNK))
        .take_while(|(x, y)| x == y)
        .count()
        * CHUNK;
    whole
        + a[..a.len() - whole]
            .iter()
            .rev()
            .zip(b[..b.len() - whole].iter().rev())
            .take_while(|(x, y)| x == y)
            .count()
}

/// A stretch of a word diff before it is tidied: its kind and where it stands in the two texts
/// (a deletion's range in the new text and an insertion's in the old are unused, `0..0`). The
/// spans' text is copied out once, when the diff is tidied ([`Parts::finish`]): a run of
/// changes is one stretch of each text, so pieces are joined by joining ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Piece {
    kind: SpanKind,
    old: Range<usize>,
    new: Range<usize>,
    /// For an equal piece: whether its old text is its new text (it may differ only when case,
    /// punctuation or white space is ignored).
    same: bool,
}

impl Piece {
    /// A deletion of `old`.
    fn delete(old: Range<usize>) -> Self {
        Piece {
            kind: SpanKind::Delete,
            old,
            new: 0..0,
            same: false,
        }
    }

    /// An insertion of `new`.
    fn insert(new: Range<usize>) -> Self {
        Piece {
            kind: SpanKind::Insert,
            old: 0..0,
            new,
            same: false,
        }
    }
}

/// A word diff before it is tidied, with the counts its similarities are worked out from.
struct Parts<'a> {
    old: &'a str,
    new: &'a str,
    pieces: Vec<Piece>,
    /// Words in equal spans (old side).
    common_words: usize,
    /// Words in equal spans written the same on both sides.
    same_words: usize,
    /// Stem hashes of the other words of each side.
    deleted: Vec<u64>,
    inserted: Vec<u64>,
    /// Words of each side.
    old_words: usize,
    new_words: usize,
}

impl Parts<'_> {
    /// The similarities, and the spans tidied.
    fn finish(mut self) -> WordDiff {
        // The bag of stems ([`bag_similarity`]) without stemming the equal stretches again:
        // their words are the same text on both sides, so the stems the two texts share are
        // those words and the stems that the other words share.
        self.deleted.sort_unstable();
        self.inserted.sort_unstable();
        let total = self.old_words + self.new_words;
        let (similarity, kept_in_order) = if total == 0 {
            (1.0, 1.0)
        } else {
            let common_stems = self.same_words + common_sorted(&self.deleted, &self.inserted);
            (
                (2 * common_stems) as f32 / total as f32,
                (2 * self.common_words) as f32 / total as f32,
            )
        };
        let (old, new) = (self.old, self.new);
        let spans = tidy(self.pieces, old, new)
            .into_iter()
            .map(|p| match p.kind {
                SpanKind::Equal => Span {
                    kind: SpanKind::Equal,
                    text: new[p.new].to_owned(),
                    old_text: (!p.same).then(|| old[p.old].to_owned()),
                },
                SpanKind::Delete => Span::new(SpanKind::Delete, old[p.old].to_owned()),
                SpanKind::Insert => Span::new(SpanKind::Insert, new[p.new].to_owned()),
            })
            .collect();
        WordDiff {
            spans,
            similarity,
            kept_in_order,
        }
    }
}

/// The word diff of two different texts, token by token, untidied.
fn diff_parts<'a>(old: &'a str, new: &'a str, options: &TextOptions) -> Parts<'a> {
    let (o, old_keys) = Side::new(old, options);
    let (n, new_keys) = Side::new(new, options);
    let ops = similar::capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys);
    let exact = *options == TextOptions::default();

    let mut pieces = Vec::with_capacity(ops.len() * 2);
    let mut common_words = 0usize;
    // The words of the equal stretches written the same on both sides, and the stems of the
    // other words, for `similarity`.
    let mut same_words = 0usize;
    let (mut buf, mut deleted, mut inserted) = (String::new(), Vec::new(), Vec::new());
    let last = ops.len().saturating_sub(1);
    for (k, op) in ops.iter().enumerate() {
        let (or, nr) = (op.old_range(), op.new_range());
        let (o_end, n_end) = if k == last {
            (old.len(), new.len())
        } else {
            (o.offset(or.end), n.offset(nr.end))
        };
        let old_at = o.offset(or.start).min(o_end)..o_end;
        let new_at = n.offset(nr.start).min(n_end)..n_end;
        // Equal keys with unequal text are possible only through the options (or, without
        // options, a hash collision: then it is a change).
        let same = op.tag() == DiffTag::Equal && old[old_at.clone()] == new[new_at.clone()];
        if op.tag() == DiffTag::Equal && (same || !exact) {
            let words = o.words_in(or.clone());
            common_words += words;
            if same {
                same_words += words;
            } else {
                // Equal by the options only (`ΟΔΟΣ` and `οδος` ignoring case): their stems
                // are compared as the deleted and inserted words' are.
                o.stems_in(or.clone(), &mut buf, &mut deleted);
                n.stems_in(nr.clone(), &mut buf, &mut inserted);
            }
            pieces.push(Piece {
                kind: SpanKind::Equal,
                old: old_at,
                new: new_at,
                same,
            });
        } else {
            o.stems_in(or.clone(), &mut buf, &mut deleted);
            n.stems_in(nr.clone(), &mut buf, &mut inserted);
            if !old_at.is_empty() {
                pieces.push(Piece::delete(old_at.clone()));
            }
            if !new_at.is_empty() {
                pieces.push(Piece::insert(new_at));
            }
        }
    }
    if ops.is_empty() && (!old.is_empty() || !new.is_empty()) {
        // Nothing significant on either side: what is there is equal by the options.
        pieces.push(Piece {
            kind: SpanKind::Equal,
            old: 0..old.len(),
            new: 0..new.len(),
            same: old == new,
        });
    }
    Parts {
        old,
        new,
        pieces,
        common_words,
        same_words,
        deleted,
        inserted,
        old_words: o.words,
        new_words: n.words,
    }
}

/// The diff of two texts too long to diff word by word (see [`MAX_WORD_DIFF_BYTES`]): their
/// common start and end (whole tokens, compared exactly), and the middle of each as one
/// deletion and one insertion. Memory: the spans' copy of the text, and a map of the distinct
/// word stems.
fn coarse_diff(old: &str, new: &str) -> WordDiff {
    // Common start, token by token.
    let (mut start, mut start_words) = (0, 0);
    for (a, b) in tokens_of(old).zip(tokens_of(new)) {
        if a != b {
            break;
        }
        start += a.0.len();
        start_words += usize::from(a.1 == TokenKind::Word);
    }
    // Common end, byte by byte within what is left, then forward to a token boundary: just
    // after a white space (a boundary whatever the tokens around it).
    let (old_rest, new_rest) = (&old[start..], &new[start..]);
    let mut common = old_rest
        .bytes()
        .rev()
        .zip(new_rest.bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    // The same bytes on both sides: a character boundary in one is one in the other.
    while !old_rest.is_char_boundary(old_rest.len() - common) {
        common -= 1;
    }
    let tail = &old_rest[old_rest.len() - common..];
    let first = tail.chars().next().is_some_and(is_word_char);
    let splits = |rest: &str| {
        first
            && rest[..rest.len() - common]
                .chars()
                .next_back()
                .is_some_and(is_word_char)
    };
    let end_len = if splits(old_rest) || splits(new_rest) {
        after_space(tail)
    } else {
        common
    };
    let end = &tail[tail.len() - end_len..];
    let end_words = tokens_of(end).filter(|t| t.1 == TokenKind::Word).count();
    let old_mid = &old_rest[..old_rest.len() - end_len];
    let new_mid = &new_rest[..new_rest.len() - end_len];
    let mut spans = Vec::with_capacity(4);
    if start > 0 {
        spans.push(Span::new(SpanKind::Equal, old[..start].to_owned()));
    }
    if !old_mid.is_empty() {
        spans.push(Span::new(SpanKind::Delete, old_mid.to_owned()));
    }
    if !new_mid.is_empty() {
        spans.push(Span::new(SpanKind::Insert, new_mid.to_owned()));
    }
    if !end.is_empty() {
        spans.push(Span::new(SpanKind::Equal, end.to_owned()));
    }
    let (old_stems, old_words) = stem_counts(old);
    let (new_stems, new_words) = stem_counts(new);
    let total = old_words + new_words;
    let common_stems: usize = old_stems
        .iter()
        .map(|(h, &n)| n.min(new_stems.get(h).copied().unwrap_or(0)) as usize)
        .sum();
    let share = |n: usize| {
        if total == 0 {
            1.0
        } else {
            (2 * n) as f32 / total as f32
        }
    };
    WordDiff {
        spans,
        similarity: share(common_stems),
        kept_in_order: share(start_words + end_words),
    }
}

/// The length of the end of `tail` that starts just after its first white space (the whole of
/// `tail` would split a token; none of it when it holds no white space).
fn after_space(tail: &str) -> usize {
    tail.char_indices()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(at, c)| tail.len() - at - c.len_utf8())
}

/// How many times each word stem ([`stem`], hashed) occurs in `text`, and its number of words.
fn stem_counts(text: &str) -> (rustc_hash::FxHashMap<u64, u32>, usize) {
    let mut counts = rustc_hash::FxHashMap::default();
    let mut words = 0;
    let mut buf = String::new();
    for (token, kind) in tokens_of(text) {
        if kind == TokenKind::Word {
            stem_into(token, &mut buf);
            *counts.entry(fx_hash(&buf)).or_insert(0u32) += 1;
            words += 1;
        }
    }
    (counts, words)
}

/// Folds short equal stretches stranded between changes into the change, then writes every
/// run of changes as one deletion followed by one insertion. `old` and `new` are the texts the
/// pieces' ranges are in.
fn tidy(pieces: Vec<Piece>, old: &str, new: &str) -> Vec<Piece> {
    let mut pieces = pieces;
    loop {
        let before = pieces.len();
        pieces = fold_stranded(pieces, old, new);
        coalesce(&mut pieces);
        if pieces.len() == before {
            return pieces;
        }
    }
}

/// An equal piece between two changes is stranded when it holds at most one word and is
/// shorter than the changes on both sides of it (e.g. `" the "` between two rewritten
/// phrases): it is read as deleted and inserted again.
fn fold_stranded(pieces: Vec<Piece>, old: &str, new: &str) -> Vec<Piece> {
    // The size of each change in characters (0 for an equal piece), and the size of the run
    // of changes starting just after each piece.
    let n = pieces.len();
    let mut sizes = vec![(0usize, 0usize); n];
    let (mut del, mut ins) = (0, 0);
    for (p, (size, after)) in pieces.iter().zip(&mut sizes).rev() {
        *after = del.max(ins);
        match p.kind {
            SpanKind::Equal => (del, ins) = (0, 0),
            SpanKind::Delete => {
                *size = old[p.old.clone()].chars().count();
                del += *size;
            }
            SpanKind::Insert => {
                *size = new[p.new.clone()].chars().count();
                ins += *size;
            }
        }
    }
    // With the size of the run of changes ending just before each piece, the stranded ones.
    let mut stranded = Vec::new();
    let (mut del, mut ins) = (0, 0);
    for (k, (p, &(size, after))) in pieces.iter().zip(&sizes).enumerate() {
        let limit = del.max(ins).min(after);
        match p.kind {
            SpanKind::Equal => {
                let text = &new[p.new.clone()];
                if p.same
                    && limit > 0
                    && text.len() <= limit * 4
                    && text.chars().count() <= limit
                    && tokens_of(text)
                        .filter(|&(t, _)| token_kind(t) == TokenKind::Word)
                        .count()
                        <= 1
                {
                    stranded.push(k);
                }
                (del, ins) = (0, 0);
            }
            SpanKind::Delete => del += size,
            SpanKind::Insert => ins += size,
        }
    }
    if stranded.is_empty() {
        return pieces;
    }
    let mut out = Vec::with_capacity(n + stranded.len());
    let mut stranded = stranded.into_iter().peekable();
    for (k, p) in pieces.into_iter().enumerate() {
        if stranded.next_if_eq(&k).is_some() {
            out.push(Piece::delete(p.old));
            out.push(Piece::insert(p.new));
        } else {
            out.push(p);
        }
    }
    out
}

/// Joins adjacent pieces of a kind, and orders each run of changes as delete then insert, in
/// place. The deletions of a run are one stretch of the old text, and its insertions one of
/// the new text (the pieces cover both texts in order), so a run is the span from its first
/// piece to its last on each side.
fn coalesce(pieces: &mut Vec<Piece>) {
    fn join(run: &mut Option<Range<usize>>, next: Range<usize>) {
        *run = Some(match run.take() {
            Some(run) => {
                debug_assert_eq!(run.end, next.start);
                run.start..next.end
            }
            None => next,
        });
    }
    // Each run written takes the place of at least as many pieces as it holds, so the pieces
    // kept are written over the ones already read.
    let mut kept = 0;
    let (mut del, mut ins) = (None, None);
    let flush =
        |pieces: &mut Vec<Piece>, kept: &mut usize, del: &mut Option<_>, ins: &mut Option<_>| {
            if let Some(old) = del.take() {
                pieces[*kept] = Piece::delete(old);
                *kept += 1;
            }
            if let Some(new) = ins.take() {
                pieces[*kept] = Piece::insert(new);
                *kept += 1;
            }
        };
    for k in 0..pieces.len() {
        let p = pieces[k].clone();
        match p.kind {
            SpanKind::Delete => join(&mut del, p.old),
            SpanKind::Insert => join(&mut ins, p.new),
            SpanKind::Equal => {
                flush(pieces, &mut kept, &mut del, &mut ins);
                match kept.checked_sub(1).map(|last| &mut pieces[last]) {
                    Some(prev) if prev.kind == SpanKind::Equal && prev.same && p.same => {
                        prev.old.end = p.old.end;
                        prev.new.end = p.new.end;
                    }
                    _ => {
                        pieces[kept] = p;
                        kept += 1;
                    }
                }
            }
        }
    }
    flush(pieces, &mut kept, &mut del, &mut ins);
    pieces.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words for the property tests: cases, plurals, Greek with its final sigma, Cyrillic,
    /// figures and punctuation.
    const WORDS: &[&str] = &[
        "The", "the", "THE", "road", "Roads", "roads", "ΟΔΟΣ", "οδος", "Οδός", "рада", "Ради",
        "РАДА", "600,000", "1.5", "l'accord", "accord", "EU's", ",", ".", "—", "(a)",
    ];

    proptest::proptest! {
        /// The byte-wise stem of an ASCII word is the character-wise one: letters of either
        /// case, digits, apostrophes (elided articles, possessives) and hyphens, any length.
        /// A row's similarity, worked out from its diff, is the bag of stems of the two whole
        /// texts, whatever the options: words of any case and script, figures, punctuation.
        #[test]
        fn the_similarity_from_the_diff_is_the_bag_of_stems(
            a in proptest::collection::vec(proptest::sample::select(WORDS), 0..14),
            b in proptest::collection::vec(proptest::sample::select(WORDS), 0..14),
            case in proptest::bool::ANY,
            punctuation in proptest::bool::ANY,
        ) {
            let (a, b) = (a.join(" "), b.join(" "));
            let options = TextOptions {
                ignore_case: case,
                ignore_punctuation: punctuation,
                ..TextOptions::default()
            };
            proptest::prop_assert_eq!(diff(&a, &b, &options).similarity, bag_similarity(&a, &b));
        }

        /// The diff of the changed middle ([`trimmed_diff`]) is the diff of the whole texts:
        /// texts of a few repeated words, where insertions slide far along equal tokens.
        #[test]
        fn the_diff_of_the_middle_is_the_diff_of_the_whole(
            a in proptest::collection::vec(proptest::sample::select(&["a", "b", "a b", "c", ",", "\n", " "][..]), 0..40),
            edits in proptest::collection::vec((0usize..40, 0usize..3, proptest::sample::select(&["a", "b", "x", "a b", ",", " "][..])), 1..4),
        ) {
            let old = a.join(" ");
            let mut words: Vec<&str> = a.clone();
            for &(at, op, w) in &edits {
                let at = at.min(words.len());
                match op {
                    0 => words.insert(at, w),
                    1 if at < words.len() => { words.remove(at); }
                    _ if at < words.len() => words[at] = w,
                    _ => words.push(w),
                }
            }
            let new = words.join(" ");
            let whole = diff_parts(&old, &new, &TextOptions::default()).finish();
            proptest::prop_assert_eq!(diff(&old, &new, &TextOptions::default()), whole);
        }

        /// Exact keys tell tokens apart as their texts do, wherever a token stands in its text
        /// (the packed bytes of a short token are read from its start, from its end, or one by
        /// one): short tokens never share a key, equal tokens always do.
        #[test]
        fn exact_keys_are_equal_for_equal_tokens_only(
            a in "[ab ,]{1,10}",
            b in "[ab ,]{1,10}",
            (before, after) in ("[xy]{0,9}", "[xy]{0,9}"),
        ) {
            let text = format!("{before}{a}{after}{b}");
            let key_a = exact_key(text.as_bytes(), before.len(), before.len() + a.len());
            let at = text.len() - b.len();
            let key_b = exact_key(text.as_bytes(), at, text.len());
            proptest::prop_assert_eq!(key_a, exact_key(a.as_bytes(), 0, a.len()));
            if a.len() < 8 || b.len() < 8 {
                proptest::prop_assert_eq!(key_a == key_b, a == b);
            } else if a == b {
                proptest::prop_assert_eq!(key_a, key_b);
            }
        }

        #[test]
        fn ascii_stems_are_the_stems_of_characters(word in "[A-Za-z0-9'-]{0,14}") {
            let (mut fast, mut chars) = (String::new(), String::new());
            stem_ascii(&word, &mut fast);
            stem_chars(&word, &mut chars);
            proptest::prop_assert_eq!(fast, chars);
        }
    }

    fn render(d: &WordDiff) -> String {
        d.spans
            .iter()
            .map(|s| match s.kind {
                SpanKind::Equal => s.text.clone(),
                SpanKind::Delete => format!("[-{}-]", s.text),
                SpanKind::Insert => format!("{{+{}+}}", s.text),
            })
            .collect()
    }

    #[test]
    fn tokens_keep_words_numbers_and_apostrophes_whole() {
        assert_eq!(
            tokenize("Ukraine's army: 600,000 (1.5%)."),
            [
                "Ukraine's",
                " ",
                "army",
                ":",
                " ",
                "600,000",
                " ",
                "(",
                "1.5",
                "%",
                ")",
                "."
            ]
        );
        assert_eq!(tokenize("м'ясо, Україна"), ["м'ясо", ",", " ", "Україна"]);
        assert_eq!(tokenize("end."), ["end", "."]);
    }

    #[test]
    fn chinese_and_japanese_characters_are_words_of_their_own() {
        assert_eq!(
            tokenize("第1条 双方停火。"),
            ["第", "1", "条", " ", "双", "方", "停", "火", "。"]
        );
        // Latin letters and digits beside them stay whole words.
        assert_eq!(tokenize("COVID疫情"), ["COVID", "疫", "情"]);
        assert_eq!(tokenize("NATO's立场"), ["NATO's", "立", "场"]);
        assert_eq!(
            tokenize("ひらがなカナ"),
            ["ひ", "ら", "が", "な", "カ", "ナ"]
        );
        // Korean puts spaces between its words: they stay whole.
        assert_eq!(tokenize("휴전 협정"), ["휴전", " ", "협정"]);
        // One figure changed is one character replaced, not the sentence.
        let d = diff(
            "战俘应在三十日内交换。",
            "战俘应在六十日内交换。",
            &TextOptions::default(),
        );
        assert_eq!(render(&d), "战俘应在[-三-]{+六+}十日内交换。");
    }

    #[test]
    fn changed_number_is_one_word_replaced() {
        let d = diff(
            "capped at 600,000 troops",
            "capped at 800,000 troops",
            &TextOptions::default(),
        );
        assert_eq!(render(&d), "capped at [-600,000-]{+800,000+} troops");
        assert!((d.similarity - 0.75).abs() < 1e-6);
    }

    #[test]
    fn cyrillic_words_are_diffed_as_words() {
        let d = diff(
            "Сторони обмінюються полоненими.",
            "Сторони негайно обмінюються всіма полоненими.",
            &TextOptions::default(),
        );
        assert_eq!(
            render(&d),
            "Сторони {+негайно +}обмінюються {+всіма +}полоненими."
        );
    }

    #[test]
    fn stranded_short_equal_is_folded_into_the_change() {
        let d = diff(
            "shall withdraw the forces promptly",
            "must remove the troops promptly",
            &TextOptions::default(),
        );
        assert_eq!(
            render(&d),
            "[-shall withdraw the forces-]{+must remove the troops+} promptly"
        );
    }

    #[test]
    fn ignore_options_make_texts_equal_but_keep_both_sides() {
        let options = TextOptions {
            ignore_case: true,
            ignore_punctuation: true,
            ignore_whitespace: true,
        };
        let d = diff(
            "The Parties, shall  agree.",
            "the parties shall agree",
            &options,
        );
        assert!(d.is_unchanged(), "{:?}", d.spans);
        let old: String = d.spans.iter().map(Span::old_side).collect();
        let new: String = d.spans.iter().map(Span::new_side).collect();
        assert_eq!(old, "The Parties, shall  agree.");
        assert_eq!(new, "the parties shall agree");
    }

    #[test]
    fn stems_join_word_forms_of_any_language() {
        for (a, b) in [
            ("guarantee", "guaranteed"),
            ("guarantees", "guarantee"),
            ("force", "forces"),
            ("failing", "fails"),
            ("settled", "settle"),
            ("proceedings", "proceed"),
            ("Верховна", "Верховною"),
            ("ратифікує", "ратифікується"),
            ("рада", "радою"),
            ("угода", "угоду"),
            ("сторони", "сторонами"),
            // A closed last syllable writes `і` for `о`.
            ("міст", "мосту"),
            ("вартість", "вартості"),
            ("Сторін", "Сторони"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_ne!(stem("600,000"), stem("600,500"));
        assert_ne!(stem("commission"), stem("committee"));
        // An ending is taken off only where a root of four letters is left.
        assert_ne!(stem("during"), stem("dur"));
        assert_ne!(stem("bring"), stem("br"));
        // A short function word is not read through the alternation; a Latin `i` never is.
        assert_ne!(stem("від"), stem("вода"));
        assert_ne!(stem("limit"), stem("limot"));
    }

    #[test]
    fn an_elided_article_is_not_part_of_the_word() {
        for (a, b) in [
            ("l'accord", "accord"),
            ("d'équipes", "équipe"),
            ("L’Union", "Union"),
            ("qu'elle", "elle"),
            ("dell'Unione", "Unione"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        // A later apostrophe, or one in a Cyrillic word, is part of the word: the possessives
        // of short names are not one word.
        assert_eq!(stem("Ukraine's"), stem("Ukraine"));
        assert_ne!(stem("п'ять"), stem("ять"));
        assert_ne!(stem("don't"), stem("t"));
        assert_ne!(stem("EU's"), stem("UK's"));
        assert_ne!(stem("Bill's"), stem("it's"));
    }

    #[test]
    fn share_of_words_kept_ignores_order() {
        // Three of seven words kept (one in another case), in another order.
        let d = diff(
            "Сторони негайно обмінюються всіма полоненими без умов.",
            "Полонених обмінюють сторони негайно, за списками.",
            &TextOptions::default(),
        );
        assert!(d.similarity > 0.4, "{}", d.similarity);
        assert!((bag_similarity("a b c d", "d c b a") - 1.0).abs() < 1e-6);
        // Kept in order: only the words the diff keeps.
        let d = diff("a b c d", "d c b a", &TextOptions::default());
        assert!(d.kept_in_order < 0.5, "{}", d.kept_in_order);
        let d = diff(
            "capped at 600,000 troops",
            "capped at 800,000 troops",
            &TextOptions::default(),
        );
        assert!((d.kept_in_order - 0.75).abs() < 1e-6);
    }

    #[test]
    fn empty_sides() {
        let d = diff("", "Added text.", &TextOptions::default());
        assert_eq!(render(&d), "{+Added text.+}");
        assert_eq!(d.similarity, 0.0);
        assert!(diff("", "", &TextOptions::default()).spans.is_empty());
    }

    /// A text of `n` words drawn from a few, a paragraph of a giant one-line draft.
    fn giant(n: usize) -> String {
        let words = ["army", "border", "treaty", "peace", "of", "the", "and", "a"];
        (0..n)
            .map(|k| words[k * 7 % words.len()])
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn sides(d: &WordDiff) -> (String, String) {
        (
            d.spans.iter().map(Span::old_side).collect(),
            d.spans.iter().map(Span::new_side).collect(),
        )
    }

    #[test]
    fn a_giant_pair_is_diffed_coarsely_around_its_change() {
        let old = giant(300_000);
        assert!(old.len() > MAX_WORD_DIFF_BYTES / 2);
        let mid = old.len() / 2 + old[old.len() / 2..].find(' ').unwrap();
        let new = format!("{} Crimea{}", &old[..mid], &old[mid..]);
        let d = diff(&old, &new, &TextOptions::default());
        // Common start, the change, common end: and never the whole text as changed.
        let kinds: Vec<SpanKind> = d.spans.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [SpanKind::Equal, SpanKind::Insert, SpanKind::Equal]);
        assert!(d.spans[1].text.len() < 40, "{:?}", d.spans[1].text);
        assert!(d.spans[1].text.contains("Crimea"));
        assert_eq!(sides(&d), (old.clone(), new.clone()));
        assert!(d.similarity > 0.99 && d.kept_in_order > 0.99);
        // A change inside a word at the end's edge takes the whole word into the change.
        let new = format!("{}x{}", &old[..mid], &old[mid + 1..]);
        let d = diff(&old, &new, &TextOptions::default());
        assert_eq!(sides(&d), (old.clone(), new.clone()));
        let changed: Vec<&Span> = d
            .spans
            .iter()
            .filter(|s| s.kind != SpanKind::Equal)
            .collect();
        assert_eq!(changed.len(), 2);
        assert!(
            changed.iter().all(|s| s.text.trim().len() > 1),
            "{changed:?}"
        );
        // Different texts: all changed, and the share of words says how different.
        let other = giant(300_000).replace("treaty", "accord");
        let d = diff(&old, &other, &TextOptions::default());
        assert_eq!(sides(&d), (old.clone(), other.clone()));
        assert!((d.similarity - 0.875).abs() < 0.01, "{}", d.similarity);
    }

    #[test]
    fn a_giant_pair_with_multibyte_text_is_cut_at_character_boundaries() {
        let old = "Україна ".repeat(80_000);
        let new = format!(
            "{}Крим {}",
            &old[..old.len() / 2 - 7],
            &old[old.len() / 2 - 7..]
        );
        assert!(old.len() + new.len() > MAX_WORD_DIFF_BYTES);
        let d = diff(&old, &new, &TextOptions::default());
        assert_eq!(sides(&d), (old, new));
    }
}
