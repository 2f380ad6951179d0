//! What changed in substance between the two sides of a row: figures, parties, obligations,
//! negations, conditions and time limits ([`Finding`]), from lexicons in `assets/substance.ron`.
//!
//! A word diff says which words changed; a reader of a negotiated text wants to know what that
//! means: a cap of 600,000 became 800,000, Europe is no longer a party to a pact, "will" became
//! "may", a "not" disappeared, a condition was added, "within 100 days" became "as soon as
//! possible". Each side of a row is read once into tokens; one longest-match pass over a
//! lexicon index finds the terms; the findings compare what each side holds:
//!
//! - **figures**: numbers with their unit or noun (`600,000 personnel`, `$100 billion`, `50%`,
//!   dates), matched old to new by the noun, else by their class (money, percent, date);
//! - **parties**: names from the gazetteer (any language, inflected forms by stem) and runs of
//!   capitalised words headed by an institution word ("Joint Monitoring Commission"), or
//!   acronyms;
//! - **obligations**: a modal or commitment verb replaced by one of the other strength
//!   (`will` to `may`: weakened), a weak one added to or dropped from a clause that is still
//!   there, and legal-force terms (`legally binding`, `ratified`, `guarantee` against
//!   `assurance`, `de jure` against `de facto`) added or dropped;
//! - **negations**: more or fewer negations in a clause that is on both sides (clauses are
//!   paired by their content words);
//! - **conditions**: `if`, `unless`, `provided that`, ... clauses without a counterpart on the
//!   other side;
//! - **deadlines**: durations, dated limits and vague limits ("as soon as possible") that
//!   differ.
//!
//! ```
//! use clausewise::compare::substance::{Change, Detector, Kind};
//!
//! let found = Detector::bundled().detect(
//!     "Ukraine's armed forces are capped at 600,000 personnel.",
//!     "Ukraine's armed forces are kept at 800,000 personnel in peacetime.",
//! );
//! assert_eq!(found[0].kind, Kind::Figure);
//! assert_eq!(found[0].change, Change::Changed);
//! assert_eq!(found[0].old.as_deref(), Some("600,000 personnel"));
//! assert_eq!(found[0].new.as_deref(), Some("800,000 personnel"));
//! ```

use std::borrow::Cow;
use std::hash::Hasher;
use std::path::Path;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

use super::words::{self, Span, SpanKind};
use super::{Comparison, Row};

/// The bundled lexicons (RON).
pub const DEFAULT_LEXICON: &str = include_str!("../../assets/substance.ron");

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A number with its unit or noun: amounts, percentages, counts, dates.
    Figure,
    /// A named actor: a country, an organisation, a body.
    Party,
    /// The force of a commitment: modal verbs and legal-force terms.
    Obligation,
    /// A negation in a clause.
    Negation,
    /// A condition or exception.
    Condition,
    /// A time limit or duration.
    Deadline,
}

impl Kind {
    /// Every kind, in the order reports list them.
    pub const ALL: [Kind; 6] = [
        Kind::Figure,
        Kind::Party,
        Kind::Obligation,
        Kind::Negation,
        Kind::Condition,
        Kind::Deadline,
    ];

    /// The lower-case name used in JSON and on screen (`"figure"`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Figure => "figure",
            Kind::Party => "party",
            Kind::Obligation => "obligation",
            Kind::Negation => "negation",
            Kind::Condition => "condition",
            Kind::Deadline => "deadline",
        }
    }

    /// `n` findings of this kind in words: "1 figure", "3 parties".
    pub fn counted(self, n: usize) -> String {
        let plural = match self {
            Kind::Party => "parties",
            Kind::Figure => "figures",
            Kind::Obligation => "obligations",
            Kind::Negation => "negations",
            Kind::Condition => "conditions",
            Kind::Deadline => "deadlines",
        };
        if n == 1 {
            format!("1 {}", self.name())
        } else {
            format!("{n} {plural}")
        }
    }

    /// A heading for a group of findings of this kind ("Figures").
    pub fn heading(self) -> &'static str {
        match self {
            Kind::Figure => "Figures",
            Kind::Party => "Parties and institutions",
            Kind::Obligation => "Obligations and legal force",
            Kind::Negation => "Negations",
            Kind::Condition => "Conditions and exceptions",
            Kind::Deadline => "Deadlines and durations",
        }
    }
}

/// How the thing a finding is about changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// Only in the new text.
    Added,
    /// Only in the old text.
    Removed,
    /// A different value in the new text.
    Changed,
    /// A stronger commitment in the new text.
    Strengthened,
    /// A weaker commitment in the new text.
    Weakened,
}

impl Change {
    /// The lower-case name used in JSON and on screen (`"weakened"`).
    pub fn name(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Changed => "changed",
            Change::Strengthened => "strengthened",
            Change::Weakened => "weakened",
        }
    }
}

/// One change of substance in a row. In JSON:
/// `{"kind": "figure", "change": "changed", "old": "600,000 personnel", "new": "800,000 personnel"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Finding {
    /// What it is about.
    pub kind: Kind,
    /// How it changed.
    pub change: Change,
    /// The old text of it, as written (for a negation, the clause); `None` when absent.
    pub old: Option<String>,
    /// The new text of it, as written; `None` when absent.
    pub new: Option<String>,
}

impl Finding {
    fn new(kind: Kind, change: Change, old: Option<String>, new: Option<String>) -> Self {
        Finding {
            kind,
            change,
            old,
            new,
        }
    }

    /// The finding in plain words: `figure changed: 600,000 personnel → 800,000 personnel`,
    /// `party removed: Europe`, `obligation weakened: will → may`.
    pub fn describe(&self) -> String {
        let head = format!("{} {}", self.kind.name(), self.change.name());
        match (&self.old, &self.new) {
            (Some(o), Some(n)) => format!("{head}: {o} → {n}"),
            (Some(t), None) | (None, Some(t)) => format!("{head}: {t}"),
            (None, None) => head,
        }
    }
}

/// A name and the ways texts write it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    /// What findings show ("Russia", "billion", "day").
    pub name: String,
    /// Its forms: words or phrases, a trailing `*` for a stem.
    pub forms: Vec<String>,
}

/// The terms of one language. Every list may be left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Language {
    /// A code for the language ("en", "uk").
    pub code: String,
    /// Modal and commitment verbs of binding force ("shall", "зобов'язується").
    pub strong: Vec<String>,
    /// Modal verbs of option, wish or expectation ("may", "може").
    pub weak: Vec<String>,
    /// Terms that give a provision legal force ("legally binding", "ratif*").
    pub binding: Vec<String>,
    /// Terms of political force only ("assurance*", "de facto").
    pub non_binding: Vec<String>,
    /// Negations ("not", "не").
    pub negation: Vec<String>,
    /// Words that open a condition or exception ("if", "за умови").
    pub condition: Vec<String>,
    /// Words before a time figure that make it a limit or period ("within", "протягом").
    pub limit: Vec<String>,
    /// Words before a time figure that make it a start ("after", "після").
    pub after: Vec<String>,
    /// Time limits without a figure ("as soon as possible").
    pub vague_time: Vec<String>,
    /// Phrases that hold a term's words but mean none of them ("not less than").
    pub neutral: Vec<String>,
    /// Words that make the number after them a reference ("Article").
    pub reference: Vec<String>,
    /// Words for amounts ("billion").
    pub multipliers: Vec<Named>,
    /// Currencies ("$", "dollars").
    pub currencies: Vec<Named>,
    /// Percent signs and words.
    pub percent: Vec<String>,
    /// Units of time ("days").
    pub time_units: Vec<Named>,
    /// Month names, named by their number.
    pub months: Vec<Named>,
    /// Numbers written as words, named by their value.
    pub number_words: Vec<Named>,
    /// Head words of institutions ("council").
    pub institutions: Vec<String>,
    /// Capitalised words that are not names ("Treaty"; a form in capitals matches only
    /// capitals).
    pub not_names: Vec<String>,
    /// Words too common to pair clauses by.
    pub stopwords: Vec<String>,
}

/// The lexicons: per language, the terms; and the gazetteer of parties.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Lexicon {
    /// Terms per language (all are used on every text).
    pub languages: Vec<Language>,
    /// Parties and institutions.
    pub parties: Vec<Named>,
}

impl Lexicon {
    /// The bundled lexicon (`assets/substance.ron`), parsed once. A test checks that it parses,
    /// so the built-in fallback (a small English lexicon) is never used by a build whose tests
    /// pass.
    pub fn bundled() -> &'static Lexicon {
        static BUNDLED: OnceLock<Lexicon> = OnceLock::new();
        BUNDLED.get_or_init(|| Lexicon::from_ron(DEFAULT_LEXICON).unwrap_or_else(|_| fallback()))
    }

    /// Parses a lexicon written in RON (the format of `assets/substance.ron`).
    pub fn from_ron(text: &str) -> Result<Lexicon, ron::error::SpannedError> {
        ron::from_str(text)
    }

    /// Reads a lexicon file; the error names the file.
    pub fn load(path: &Path) -> crate::Result<Lexicon> {
        // Only a regular file, read within the review files' size limit.
        let bytes = crate::fsutil::read_regular(path, crate::review::MAX_REVIEW_SIZE)?;
        let text = String::from_utf8_lossy(&bytes);
        Lexicon::from_ron(&text).map_err(|e| crate::Error::MalformedLexicon {
            path: path.to_owned(),
            message: e.to_string(),
        })
    }
}

/// A minimal English lexicon, should the bundled one fail to parse.
fn fallback() -> Lexicon {
    let v = |words: &[&str]| words.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
    Lexicon {
        languages: vec![Language {
            code: "en".to_owned(),
            strong: v(&["shall", "must", "will", "agrees to", "is to"]),
            weak: v(&["may", "should", "could", "intends to", "is expected to"]),
            binding: v(&["legally binding", "ratif*", "guarant*", "de jure"]),
            non_binding: v(&["assurance*", "de facto"]),
            negation: v(&["not", "no", "never", "without"]),
            condition: v(&["if", "unless", "provided that", "subject to", "except"]),
            limit: v(&["within", "by", "no later than", "until", "for"]),
            after: v(&["after", "from"]),
            vague_time: v(&["as soon as possible", "immediately", "without delay"]),
            percent: v(&["%", "per cent", "percent"]),
            time_units: ["day", "week", "month", "year"]
                .iter()
                .map(|u| Named {
                    name: (*u).to_owned(),
                    forms: vec![(*u).to_owned(), format!("{u}s")],
                })
                .collect(),
            ..Language::default()
        }],
        parties: Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tk {
    Word,
    Number,
    Symbol,
    Comma,
    Break,
}

#[derive(Debug, Clone)]
struct Token<'t> {
    kind: Tk,
    start: usize,
    end: usize,
    /// Lower case, apostrophes unified (borrowed from the text when it already is).
    lower: Cow<'t, str>,
    /// As written.
    exact: &'t str,
}

impl Token<'_> {
    fn upper_initial(&self) -> bool {
        self.exact.chars().next().is_some_and(char::is_uppercase)
    }

    fn all_caps(&self) -> bool {
        let mut letters = 0;
        for c in self.exact.chars() {
            if c.is_alphabetic() {
                if !c.is_uppercase() {
                    return false;
                }
                letters += 1;
            }
        }
        letters >= 2
    }

    fn is_term_word(&self) -> bool {
        matches!(self.kind, Tk::Word | Tk::Number | Tk::Symbol)
    }
}

fn unify(c: char) -> char {
    match c {
        '’' | 'ʼ' | '‘' | '`' => '\'',
        _ => c,
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The character at byte `i` of `text` and its length in bytes (`None` at the end).
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some((char::from(b), 1))
    } else {
        text.get(i..)?.chars().next().map(|c| (c, c.len_utf8()))
    }
}

/// Whether the character at byte `i` passes `f` (false at the end).
#[inline]
fn char_is(text: &str, i: usize, f: impl Fn(char) -> bool) -> bool {
    char_at(text, i).is_some_and(|(c, _)| f(c))
}

/// The end of the number whose first digit ends at byte `j`: digit groups joined by `,` or
/// `.` ("600,000", "1.5", "01.03.2026") or by a space before three digits ("600 000"), or a
/// time of day ("06:00", "6:30").
fn number_end(text: &str, mut j: usize) -> usize {
    let start = j - 1;
    let mut group = 1;
    while let Some((d, len)) = char_at(text, j) {
        if d.is_ascii_digit() {
            j += 1;
            group += 1;
        } else if d == ':'
            && j - start <= 2
            && (1..3).all(|k| char_is(text, j + k, |e| e.is_ascii_digit()))
            && !char_is(text, j + 3, |e| e.is_ascii_digit())
        {
            // A time of day (`06:00`, `6:30`): one figure, not two numbers.
            j += 3;
            break;
        } else if matches!(d, ',' | '.') && char_is(text, j + 1, |e| e.is_ascii_digit()) {
            j += 2;
            group = 1;
        } else if is_space(d)
            && group <= 3
            && (0..3).all(|k| char_is(text, j + len + k, |e| e.is_ascii_digit()))
            && !char_is(text, j + len + 3, |e| {
                e.is_ascii_digit() || e.is_alphabetic()
            })
        {
            j += len + 3;
            group = 3;
        } else {
            break;
        }
    }
    j
}

/// The end of the word whose first letter ends at byte `j`: letters and digits, with inner
/// apostrophes, hyphens and dots before a letter ("Ukraine's", "non-aggression", "U.S").
fn word_end(text: &str, mut j: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // Fast path: a run of ASCII letters and digits.
        while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
        }
        let Some((d, len)) = char_at(text, j) else {
            break;
        };
        if d.is_alphanumeric() {
            j += len;
        } else if matches!(d, '\'' | '’' | 'ʼ' | '-' | '.')
            && let Some((_, next)) = char_at(text, j + len).filter(|(e, _)| e.is_alphabetic())
        {
            j += len + next;
        } else {
            break;
        }
    }
    j
}

impl<'t> Token<'t> {
    /// The token of kind `kind` at bytes `start..end` of `text`; its lower-case form is
    /// borrowed from the text unless it has capitals or curly apostrophes.
    fn at(kind: Tk, text: &'t str, start: usize, end: usize) -> Token<'t> {
        let raw = &text[start..end];
        // One pass over the bytes; characters only when there is a non-ASCII one.
        let plain = match raw
            .bytes()
            .find(|b| !b.is_ascii() || b.is_ascii_uppercase() || *b == b'`')
        {
            None => true,
            Some(b) if b.is_ascii() => false,
            Some(_) => raw
                .chars()
                .all(|c| !c.is_uppercase() && !matches!(c, '’' | 'ʼ' | '‘' | '`')),
        };
        let lower = if plain {
            Cow::Borrowed(raw)
        } else if raw.is_ascii() {
            // Most capitalised words are ASCII: lower-cased a byte at a time, the one ASCII
            // apostrophe to unify replaced only when present (the same text as below).
            let mut lower = raw.to_ascii_lowercase();
            if lower.contains('`') {
                lower = lower.replace('`', "'");
            }
            Cow::Owned(lower)
        } else {
            Cow::Owned(
                raw.chars()
                    .map(unify)
                    .flat_map(char::to_lowercase)
                    .collect(),
            )
        };
        Token {
            kind,
            start,
            end,
            lower,
            exact: raw,
        }
    }

    /// A token whose lower-case form is the text itself: numbers, signs, commas and breaks,
    /// which hold no capital and no apostrophe ([`number_end`] takes digits, separators and
    /// spaces only; `№` and the currency signs are no capitals).
    fn plain(kind: Tk, text: &'t str, start: usize, end: usize) -> Token<'t> {
        let raw = &text[start..end];
        Token {
            kind,
            start,
            end,
            lower: Cow::Borrowed(raw),
            exact: raw,
        }
    }
}

/// [`ASCII_WORD`]: a letter or digit.
const ALNUM: u8 = 1;
/// [`ASCII_WORD`]: a capital letter.
const CAPITAL: u8 = 2;

/// Per byte: [`ALNUM`] for an ASCII letter or digit, with [`CAPITAL`] for a capital; 0 for
/// any other byte (a byte of a multi-byte character among them). One look-up a letter where
/// two range tests were.
const ASCII_WORD: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = if c.is_ascii_uppercase() {
                ALNUM | CAPITAL
            } else {
                ALNUM
            };
        }
        b += 1;
    }
    t
};

/// Splits text into words, numbers ("600,000", "600 000", "1.5", "01.03.2026"), currency and
/// percent signs, commas and clause breaks (`. ; : ! ?` before a space, line breaks). One pass
/// over the bytes; a token allocates only for a lower-case form that differs from the text.
fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            // Most of a text is ASCII: its bytes are told apart without decoding a character.
            match b {
                // A space, the commonest character, is no token.
                b' ' => i += 1,
                b'0'..=b'9' => {
                    let end = number_end(text, i + 1);
                    out.push(Token::plain(Tk::Number, text, i, end));
                    i = end;
                }
                b'a'..=b'z' | b'A'..=b'Z' => {
                    // The run of ASCII letters and digits, noting a capital on the way: a word
                    // that ends with it needs no second look for capitals or apostrophes.
                    let mut run = i + 1;
                    let mut seen = ASCII_WORD[usize::from(b)];
                    while let Some(&d) = bytes.get(run) {
                        let class = ASCII_WORD[usize::from(d)];
                        if class == 0 {
                            break;
                        }
                        seen |= class;
                        run += 1;
                    }
                    let upper = seen & CAPITAL != 0;
                    // The word goes on past the run ("Ukraine's", "non-aggression", a letter
                    // beyond ASCII) only at an apostrophe, a hyphen, a dot or a byte of a
                    // multi-byte character: `word_end` from the run's end is then its end from
                    // the first letter. Any other byte ends it there.
                    let end = match bytes.get(run) {
                        Some(&d) if !d.is_ascii() || matches!(d, b'\'' | b'-' | b'.') => {
                            word_end(text, run)
                        }
                        _ => run,
                    };
                    out.push(if end > run {
                        Token::at(Tk::Word, text, i, end)
                    } else if upper {
                        let raw = &text[i..end];
                        Token {
                            kind: Tk::Word,
                            start: i,
                            end,
                            lower: Cow::Owned(raw.to_ascii_lowercase()),
                            exact: raw,
                        }
                    } else {
                        Token::plain(Tk::Word, text, i, end)
                    });
                    i = end;
                }
                b'\n' | b';' | b'!' | b'?' => {
                    out.push(Token::plain(Tk::Break, text, i, i + 1));
                    i += 1;
                }
                b'.' | b':' if char_at(text, i + 1).is_none_or(|(d, _)| d.is_whitespace()) => {
                    out.push(Token::plain(Tk::Break, text, i, i + 1));
                    i += 1;
                }
                b',' => {
                    out.push(Token::plain(Tk::Comma, text, i, i + 1));
                    i += 1;
                }
                b'$' | b'%' => {
                    out.push(Token::plain(Tk::Symbol, text, i, i + 1));
                    i += 1;
                }
                _ => i += 1,
            }
            continue;
        }
        let Some((c, len)) = char_at(text, i) else {
            break;
        };
        if c.is_alphabetic() {
            let end = word_end(text, i + len);
            out.push(Token::at(Tk::Word, text, i, end));
            i = end;
        } else {
            if matches!(c, '€' | '£' | '₴' | '№') {
                out.push(Token::plain(Tk::Symbol, text, i, i + len));
            }
            i += len;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Lexicon index

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Term {
    Strong,
    Weak,
    Binding(u32),
    NonBinding(u32),
    Negation,
    Condition,
    Limit,
    After,
    Vague,
    Neutral,
    Reference,
    Multiplier(u32),
    Currency(u32),
    Percent,
    TimeUnit(u32),
    Month(u32),
    NumberWord(u32),
    Party(u32),
}

#[derive(Debug)]
struct PWord {
    text: String,
    prefix: bool,
}

#[derive(Debug)]
struct Pattern {
    words: Vec<PWord>,
    exact_case: bool,
    term: Term,
}

/// A term found in a text: tokens `start..end` and every term of that length there.
#[derive(Debug, Clone)]
struct Hit {
    start: usize,
    end: usize,
    terms: [Term; MAX_TERMS],
    n: u8,
}

/// At most this many terms of one length are kept at one place ("may": weak, a month).
const MAX_TERMS: usize = 4;

impl Hit {
    fn terms(&self) -> &[Term] {
        &self.terms[..self.n as usize]
    }

    fn has(&self, f: impl Fn(Term) -> bool) -> bool {
        self.terms().iter().any(|&t| f(t))
    }

    fn find<T>(&self, f: impl Fn(Term) -> Option<T>) -> Option<T> {
        self.terms().iter().find_map(|&t| f(t))
    }

    /// A negation that is not part of a neutral phrase.
    fn is_negation(&self) -> bool {
        self.has(|t| t == Term::Negation) && !self.has(|t| t == Term::Neutral)
    }
}

/// A word list entry: a word, or a stem with a trailing `*`.
#[derive(Debug, Default)]
struct WordSet {
    exact: FxHashSet<String>,
    stems: Vec<String>,
}

impl WordSet {
    fn add(&mut self, word: &str) {
        let w = word.trim().to_lowercase();
        match w.strip_suffix('*') {
            Some(stem) if !stem.is_empty() => self.stems.push(stem.to_owned()),
            _ => {
                self.exact.insert(w);
            }
        }
    }

    fn contains(&self, lower: &str) -> bool {
        self.exact.contains(lower) || self.stems.iter().any(|s| lower.starts_with(s.as_str()))
    }
}

/// The lexicons compiled for matching. Build one with [`Detector::new`], or use the bundled
/// one ([`Detector::bundled`]).
#[derive(Debug)]
pub struct Detector {
    patterns: Vec<Pattern>,
    /// Patterns whose first word is a whole word, by the hash of that word in lower case.
    by_word: FxHashMap<u64, Vec<u32>>,
    /// Patterns whose first word is a stem (`ratif*`), by its first two characters (one for
    /// a stem of one character).
    by_stem: FxHashMap<u64, Vec<u32>>,
    /// Whether a stem of one character is in `by_stem`.
    short_stems: bool,
    /// A bit per first two characters of a pattern ([`key_of`] its first word), so that a
    /// word no pattern starts like is passed over at once.
    starts_seen: Box<[u64; KEY_BITS / 64]>,
    /// A bit per key of `by_word` and of `by_stem` (folded), so that most words, which
    /// start no term, are passed over without a look-up.
    keys_seen: Box<[u64; KEY_BITS / 64]>,
    /// Display names of multipliers, currencies, units, months, number words and parties.
    names: Vec<String>,
    institutions: WordSet,
    not_names: WordSet,
    not_names_caps: FxHashSet<String>,
    stopwords: FxHashSet<String>,
    /// This detector's own number, which a thread's cache of content words
    /// ([`Detector::content_word`]) belongs to.
    id: u64,
}

/// Bits in [`Detector::keys_seen`].
const KEY_BITS: usize = 1 << 14;

/// The bit of a key in [`Detector::keys_seen`].
fn key_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50) as usize
}

/// The index key of a word: its first two characters (one for a one-character word).
#[inline]
fn key_of(word: &str) -> u64 {
    if let [a, b, ..] = *word.as_bytes()
        && a.is_ascii()
        && b.is_ascii()
    {
        return (u64::from(a) << 32) | u64::from(b);
    }
    key_of_chars(word)
}

/// [`key_of`] character by character, for a word that does not start with two ASCII bytes:
/// out of line, so that the common case is inlined small.
#[inline(never)]
fn key_of_chars(word: &str) -> u64 {
    let mut c = word.chars();
    let a = c.next().map_or(0, u64::from);
    let b = c.next().map_or(0, u64::from);
    (a << 32) | b
}

impl Detector {
    /// The detector of the bundled lexicon, built once.
    pub fn bundled() -> &'static Detector {
        static BUNDLED: OnceLock<Detector> = OnceLock::new();
        BUNDLED.get_or_init(|| Detector::new(Lexicon::bundled()))
    }

    /// Compiles a lexicon.
    pub fn new(lexicon: &Lexicon) -> Detector {
        let mut d = Detector {
            patterns: Vec::new(),
            by_word: FxHashMap::default(),
            by_stem: FxHashMap::default(),
            short_stems: false,
            starts_seen: Box::new([0; KEY_BITS / 64]),
            keys_seen: Box::new([0; KEY_BITS / 64]),
            names: Vec::new(),
            institutions: WordSet::default(),
            not_names: WordSet::default(),
            not_names_caps: FxHashSet::default(),
            stopwords: FxHashSet::default(),
            id: {
                static DETECTORS: std::sync::atomic::AtomicU64 =
                    std::sync::atomic::AtomicU64::new(0);
                DETECTORS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
        };
        let mut legal: FxHashMap<String, u32> = FxHashMap::default();
        for lang in &lexicon.languages {
            for (list, term) in [
                (&lang.strong, Term::Strong),
                (&lang.weak, Term::Weak),
                (&lang.negation, Term::Negation),
                (&lang.condition, Term::Condition),
                (&lang.limit, Term::Limit),
                (&lang.after, Term::After),
                (&lang.vague_time, Term::Vague),
                (&lang.neutral, Term::Neutral),
                (&lang.reference, Term::Reference),
                (&lang.percent, Term::Percent),
            ] {
                for form in list {
                    d.add(form, term, false);
                }
            }
            for (list, strong) in [(&lang.binding, true), (&lang.non_binding, false)] {
                for form in list {
                    let next = legal.len() as u32;
                    let id = *legal.entry(form.to_lowercase()).or_insert(next);
                    let term = if strong {
                        Term::Binding(id)
                    } else {
                        Term::NonBinding(id)
                    };
                    d.add(form, term, false);
                }
            }
            for (list, make) in [
                (&lang.multipliers, Term::Multiplier as fn(u32) -> Term),
                (&lang.currencies, Term::Currency),
                (&lang.time_units, Term::TimeUnit),
                (&lang.months, Term::Month),
                (&lang.number_words, Term::NumberWord),
            ] {
                for named in list {
                    let id = d.name_id(&named.name);
                    for form in &named.forms {
                        d.add(form, make(id), true);
                    }
                }
            }
            for w in &lang.institutions {
                d.institutions.add(w);
            }
            for w in &lang.not_names {
                if Token::all_caps_str(w) {
                    d.not_names_caps.insert(w.clone());
                } else {
                    d.not_names.add(w);
                }
            }
            for w in &lang.stopwords {
                d.stopwords.insert(w.to_lowercase());
            }
        }
        for named in &lexicon.parties {
            let id = d.name_id(&named.name);
            for form in &named.forms {
                d.add(form, Term::Party(id), true);
            }
        }
        d
    }

    fn name_id(&mut self, name: &str) -> u32 {
        match self.names.iter().position(|n| n == name) {
            Some(k) => k as u32,
            None => {
                self.names.push(name.to_owned());
                (self.names.len() - 1) as u32
            }
        }
    }

    /// Adds a pattern; with `caps_exact`, a form in capitals matches only capitals.
    fn add(&mut self, form: &str, term: Term, caps_exact: bool) {
        let exact_case = caps_exact && Token::all_caps_str(form);
        let words: Vec<PWord> = tokenize(form)
            .into_iter()
            .filter(Token::is_term_word)
            .map(|t| {
                let text = if exact_case {
                    t.exact.to_owned()
                } else {
                    t.lower.into_owned()
                };
                // A trailing `*` is not a word character: see whether the form had one.
                let prefix = form[t.end..].starts_with('*');
                PWord { text, prefix }
            })
            .collect();
        let Some(first) = words.first() else { return };
        let lower = first.text.to_lowercase();
        let id = self.patterns.len() as u32;
        let key = if first.prefix {
            self.short_stems |= lower.chars().count() < 2;
            let key = key_of(&lower);
            self.by_stem.entry(key).or_default().push(id);
            key
        } else {
            let key = words::fx_hash(&lower);
            self.by_word.entry(key).or_default().push(id);
            key
        };
        let bit = key_bit(key);
        self.keys_seen[bit / 64] |= 1 << (bit % 64);
        let bit = key_bit(key_of(&lower));
        self.starts_seen[bit / 64] |= 1 << (bit % 64);
        self.patterns.push(Pattern {
            words,
            exact_case,
            term,
        });
    }

    fn pattern_len(&self, p: &Pattern, toks: &[Token], i: usize) -> Option<usize> {
        for (k, w) in p.words.iter().enumerate() {
            let t = toks.get(i + k).filter(|t| t.is_term_word())?;
            let s: &str = if p.exact_case { t.exact } else { &t.lower };
            let ok = if w.prefix {
                s.starts_with(w.text.as_str())
            } else {
                *s == w.text
            };
            if !ok {
                return None;
            }
        }
        Some(p.words.len())
    }

    /// Longest-match pass: at each token the longest pattern wins (every term of that length
    /// is kept), and its tokens are consumed.
    fn scan(&self, toks: &[Token]) -> Vec<Hit> {
        let mut hits = Vec::with_capacity(toks.len() / 4 + 1);
        let mut i = 0;
        while let Some(t) = toks.get(i) {
            if !t.is_term_word() {
                i += 1;
                continue;
            }
            // Candidates: the patterns that start with this word, or with a stem of it.
            let two = key_of(&t.lower);
            let one = two & !0xffff_ffff;
            if !(bit_set(&self.starts_seen, two)
                || (self.short_stems && bit_set(&self.starts_seen, one)))
            {
                i += 1;
                continue;
            }
            let mut best = Best::default();
            // The lists one after the other, in this order (whole word, then stems), each
            // looked up only when its key's bit is set.
            if let Some(list) = self.list(&self.by_word, words::fx_hash(&t.lower)) {
                self.try_patterns(list, toks, i, &mut best);
            }
            if let Some(list) = self.list(&self.by_stem, two) {
                self.try_patterns(list, toks, i, &mut best);
            }
            if self.short_stems
                && one != two
                && let Some(list) = self.list(&self.by_stem, one)
            {
                self.try_patterns(list, toks, i, &mut best);
            }
            if best.len > 0 {
                hits.push(Hit {
                    start: i,
                    end: i + best.len,
                    terms: best.terms,
                    n: best.n as u8,
                });
                i += best.len;
            } else {
                i += 1;
            }
        }
        hits
    }

    /// The patterns of `map` under `key`, when [`Detector::keys_seen`] has its bit.
    #[inline]
    fn list<'d>(&self, map: &'d FxHashMap<u64, Vec<u32>>, key: u64) -> Option<&'d [u32]> {
        if bit_set(&self.keys_seen, key) {
            map.get(&key).map(Vec::as_slice)
        } else {
            None
        }
    }

    /// Tries the patterns `ids` at token `i`, keeping in `best` the longest match and every
    /// term of that length.
    #[inline]
    fn try_patterns(&self, ids: &[u32], toks: &[Token], i: usize, best: &mut Best) {
        for &id in ids {
            let p = &self.patterns[id as usize];
            if let Some(len) = self.pattern_len(p, toks, i) {
                if len > best.len {
                    best.len = len;
                    best.n = 0;
                }
                if len == best.len && best.n < MAX_TERMS && !best.terms[..best.n].contains(&p.term)
                {
                    best.terms[best.n] = p.term;
                    best.n += 1;
                }
            }
        }
    }
}

/// The longest match found so far at a token ([`Detector::scan`]).
struct Best {
    len: usize,
    terms: [Term; MAX_TERMS],
    n: usize,
}

impl Default for Best {
    fn default() -> Self {
        Best {
            len: 0,
            terms: [Term::Neutral; MAX_TERMS],
            n: 0,
        }
    }
}

/// Whether the bit of `key` ([`key_bit`]) is set in `bits`.
#[inline]
fn bit_set(bits: &[u64; KEY_BITS / 64], key: u64) -> bool {
    let bit = key_bit(key);
    bits[bit / 64] & (1 << (bit % 64)) != 0
}

impl Token<'_> {
    fn all_caps_str(s: &str) -> bool {
        let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    }
}

// ---------------------------------------------------------------------------------------------
// One side of a row

const NONE: u32 = u32::MAX;

struct Side<'t> {
    text: &'t str,
    toks: Vec<Token<'t>>,
    hits: Vec<Hit>,
    /// Per token: the hit that starts there.
    hit_at: Vec<u32>,
    /// Per token: the hit that covers it.
    covered: Vec<u32>,
    /// Per token: its clause.
    clause_of: Vec<u32>,
    /// Clauses as token ranges.
    clauses: Vec<(usize, usize)>,
}

impl<'t> Side<'t> {
    fn new(det: &Detector, text: &'t str) -> Side<'t> {
        let toks = tokenize(text);
        let hits = det.scan(&toks);
        let mut hit_at = vec![NONE; toks.len()];
        let mut covered = vec![NONE; toks.len()];
        for (h, hit) in hits.iter().enumerate() {
            hit_at[hit.start] = h as u32;
            for c in &mut covered[hit.start..hit.end] {
                *c = h as u32;
            }
        }
        let mut clauses = Vec::new();
        let mut clause_of = vec![0; toks.len()];
        let mut start = 0;
        for (i, t) in toks.iter().enumerate() {
            clause_of[i] = clauses.len() as u32;
            if t.kind == Tk::Break {
                if i > start {
                    clauses.push((start, i));
                }
                start = i + 1;
                clause_of[i] = clauses.len() as u32;
            }
        }
        if toks.len() > start {
            clauses.push((start, toks.len()));
        }
        Side {
            text,
            toks,
            hits,
            hit_at,
            covered,
            clause_of,
            clauses,
        }
    }

    fn hit(&self, i: usize) -> Option<&Hit> {
        self.hit_at
            .get(i)
            .filter(|&&h| h != NONE)
            .map(|&h| &self.hits[h as usize])
    }

    /// The hit that ends just before token `i`.
    fn hit_before(&self, i: usize) -> Option<&Hit> {
        let h = *self.covered.get(i.checked_sub(1)?)?;
        (h != NONE).then(|| &self.hits[h as usize])
    }

    /// Text of tokens `a..b` as written, white space collapsed.
    fn slice(&self, a: usize, b: usize) -> String {
        if a >= b || b > self.toks.len() {
            return String::new();
        }
        let raw = &self.text[self.toks[a].start..self.toks[b - 1].end];
        crate::draft::scan::single_spaced(raw)
    }

    fn clause_text(&self, c: usize) -> String {
        let (a, b) = self.clauses[c];
        let mut s = self.slice(a, b);
        s = s
            .trim_start_matches(|ch: char| !ch.is_alphanumeric())
            .to_owned();
        // Drop a sub-item letter: "a) the ..." -> "the ...".
        let bytes: Vec<char> = s.chars().take(3).collect();
        if bytes.len() == 3 && bytes[0].is_alphabetic() && bytes[1] == ')' && bytes[2] == ' ' {
            s = s.chars().skip(3).collect();
        }
        shorten(&s, 120)
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{52f}').contains(&c)
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(max).collect();
        let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
        format!("{cut} …")
    }
}

/// A word's stem, for pairing clauses, keying a figure by its noun and naming a party: the
/// comparison's own stemmer ([`words::stem`]), so that word forms join here as they do in
/// the word similarity.
fn stem(lower: &str) -> String {
    words::stem(lower)
}

/// [`stem`] as a hash, for sets of clause words; `buf` is reused from word to word.
fn stem_hash(lower: &str, buf: &mut String) -> u64 {
    words::stem_into(lower, buf);
    words::fx_hash(buf)
}

/// Words whose [`Detector::content_word`] a thread keeps: the vocabulary of a long draft, a
/// few MB at most.
const CONTENT_CACHE_WORDS: usize = 1 << 16;

/// A thread's cache of [`Detector::content_word`]: the detector it is for, and per word what
/// it found.
type ContentWords = (u64, FxHashMap<Box<str>, Option<u64>>);

impl Detector {
    /// Content stems of tokens `a..b`: words of three letters or more that are neither
    /// stopwords nor modal, negation or condition terms.
    fn content(&self, side: &Side<'_>, a: usize, b: usize) -> Vec<u64> {
        let mut buf = String::new();
        // Sized for every token at once: a filtered collect would grow it step by step.
        let mut v: Vec<u64> = Vec::with_capacity(b.saturating_sub(a));
        v.extend((a..b).filter_map(|i| self.content_stem(side, i, &mut buf)));
        v.sort_unstable();
        v.dedup();
        v
    }

    /// A word in lower case as a content word: `None` for a stopword, else the hash of its
    /// stem ([`stem_hash`]; `buf` is reused from word to word).
    ///
    /// Drafts repeat their words from row to row, and a stem takes some 300 instructions to
    /// work out and the stopword look-up some 70, where one look-up here takes about that:
    /// each thread keeps what it found for the words it read ([`CONTENT_CACHE_WORDS`] at
    /// most, then it starts again), for the detector it last read them for (the stopwords
    /// are the detector's).
    fn content_word(&self, lower: &str, buf: &mut String) -> Option<u64> {
        thread_local! {
            static WORDS: std::cell::RefCell<ContentWords> =
                std::cell::RefCell::new((u64::MAX, FxHashMap::default()));
        }
        WORDS.with_borrow_mut(|(id, words)| {
            if *id != self.id {
                *id = self.id;
                words.clear();
            }
            if let Some(&found) = words.get(lower) {
                return found;
            }
            let found = self.content_word_uncached(lower, buf);
            if words.len() >= CONTENT_CACHE_WORDS {
                words.clear();
            }
            words.insert(lower.into(), found);
            found
        })
    }

    /// [`Detector::content_word`] worked out.
    fn content_word_uncached(&self, lower: &str, buf: &mut String) -> Option<u64> {
        (!self.stopwords.contains(lower)).then(|| stem_hash(lower, buf))
    }
}

/// Jaccard similarity of two sorted sets.
fn jaccard(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let common = super::words::common_sorted(a, b);
    common as f32 / (a.len() + b.len() - common) as f32
}

/// Greedy best-first pairing of items by similarity at or above `min`. Candidates come from
/// an index of the new items' stems (a stem in more than 64 items proposes none), so that a
/// long merged row is not scored all against all.
fn pair_by(
    old: &[Vec<u64>],
    new: &[Vec<u64>],
    min: f32,
) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    // The index: every (stem, new item) sorted, so that the items holding a stem are a run
    // of it, in order, found by binary search (one sort where a map allocated a list per stem).
    let mut index: Vec<(u64, usize)> = Vec::with_capacity(new.iter().map(Vec::len).sum());
    for (j, b) in new.iter().enumerate() {
        index.extend(b.iter().map(|&w| (w, j)));
    }
    index.sort_unstable();
    let mut scores = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    let mut mark = vec![usize::MAX; new.len()];
    for (i, a) in old.iter().enumerate() {
        seen.clear();
        for &w in a {
            let from = index.partition_point(|&(x, _)| x < w);
            let list = &index[from..];
            let list = &list[..list.partition_point(|&(x, _)| x == w)];
            if list.len() <= 64 {
                for &(_, j) in list {
                    if mark[j] != i {
                        mark[j] = i;
                        seen.push(j);
                    }
                }
            }
        }
        for &j in &seen {
            let s = jaccard(a, &new[j]);
            if s >= min {
                scores.push((s, i, j));
            }
        }
    }
    scores.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut o = vec![None; old.len()];
    let mut n = vec![None; new.len()];
    for (_, i, j) in scores {
        if o[i].is_none() && n[j].is_none() {
            o[i] = Some(j);
            n[j] = Some(i);
        }
    }
    (o, n)
}

// ---------------------------------------------------------------------------------------------
// Figures and time limits

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum QClass {
    Plain,
    Money,
    Percent,
    Date,
    Year,
    Duration,
    Vague,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Marker {
    None,
    Limit,
    After,
}

/// A figure or time limit found in a text.
#[derive(Debug, Clone)]
struct Quantity {
    class: QClass,
    marker: Marker,
    /// What it counts: the noun's stem, a unit, a currency ("" when unknown).
    key: String,
    /// The value, normalised ("600000", "100 billion", "2026-3-1").
    value: String,
    /// Tokens of it as written: number with its unit or noun (and its marker for a time
    /// limit).
    text: (usize, usize),
    /// Tokens of the figure alone ("600,000", "$100 billion").
    figure: (usize, usize),
    /// The noun as written ("personnel"), for histories.
    noun: String,
}

impl Quantity {
    fn is_deadline(&self) -> bool {
        matches!(self.class, QClass::Duration | QClass::Vague)
            || (matches!(self.class, QClass::Date | QClass::Year) && self.marker != Marker::None)
    }

    fn norm(&self) -> (QClass, Marker, &str, &str) {
        (self.class, self.marker, &self.key, &self.value)
    }
}

/// "600,000" -> "600000"; "1,5" -> "1.5"; "600 000" -> "600000".
fn number_value(s: &str) -> String {
    let s: String = s.chars().filter(|c| !is_space(*c)).collect();
    let grouped = s
        .split(',')
        .skip(1)
        .all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()));
    if s.contains(',') && grouped {
        s.replace(',', "")
    } else {
        s.replace(',', ".")
    }
}

/// What follows a number ([`Detector::qualifiers`]): lexicon ids of its multiplier,
/// currency, unit of time and month, whether it is a percentage, and the token after it all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Qualifiers {
    multiplier: Option<u32>,
    currency: Option<u32>,
    percent: bool,
    unit: Option<u32>,
    month: Option<u32>,
    end: usize,
}

/// A date written `dd.mm.yyyy` as `yyyy-m-d` (leading zeros dropped); `None` for any other
/// number.
fn dotted_date(raw: &str) -> Option<String> {
    let mut parts = raw.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    let num = |s: &str| s.trim_start_matches('0').to_owned();
    Some(format!("{y}-{}-{}", num(m), num(d)))
}

/// Whether a number as written (`raw`, value `value`) reads as a year: four digits from 1900
/// to 2100, not an amount (no multiplier, currency or percent after it).
fn is_year(raw: &str, value: &str, q: &Qualifiers) -> bool {
    raw.len() == 4
        && words::is_year(value)
        && q.multiplier.is_none()
        && q.currency.is_none()
        && !q.percent
}

/// The class of a figure that is not a date or a duration: money with a currency, a
/// percentage, a year (unless a noun follows it at once: "2026 soldiers"), else plain.
fn figure_class(q: &Qualifiers, year_like: bool, noun_right_after: bool) -> QClass {
    if q.currency.is_some() {
        QClass::Money
    } else if q.percent {
        QClass::Percent
    } else if year_like && !noun_right_after {
        QClass::Year
    } else {
        QClass::Plain
    }
}

impl Detector {
    fn quantities(&self, side: &Side<'_>) -> Vec<Quantity> {
        let toks = &side.toks;
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if let Some(h) = side.hit(i) {
                if h.has(|t| t == Term::Vague) {
                    out.push(Quantity {
                        class: QClass::Vague,
                        marker: Marker::None,
                        key: String::new(),
                        value: side.slice(h.start, h.end).to_lowercase(),
                        text: (h.start, h.end),
                        figure: (h.start, h.end),
                        noun: String::new(),
                    });
                    i = h.end;
                    continue;
                }
                // "two years", "March 1, 2026", "$100 billion".
                let number_word = h.find(|t| match t {
                    Term::NumberWord(n) => Some(n),
                    _ => None,
                });
                let next_unit = side.hit(h.end).and_then(|u| {
                    u.find(|t| match t {
                        Term::TimeUnit(n) => Some(n),
                        _ => None,
                    })
                    .map(|n| (n, u.end))
                });
                if let (Some(n), Some((unit, end))) = (number_word, next_unit) {
                    let (marker, start) = self.marker_before(side, h.start);
                    out.push(Quantity {
                        class: QClass::Duration,
                        marker,
                        key: self.names[unit as usize].clone(),
                        value: self.names[n as usize].clone(),
                        text: (start, end),
                        figure: (h.start, end),
                        noun: String::new(),
                    });
                    i = end;
                    continue;
                }
                let month = h.find(|t| match t {
                    Term::Month(n) => Some(n),
                    _ => None,
                });
                if let Some(m) = month
                    && toks
                        .get(h.end)
                        .is_some_and(|t| t.kind == Tk::Number && t.lower.len() <= 4)
                {
                    let mut end = h.end + 1;
                    let first = number_value(&toks[h.end].lower);
                    let (day, year) = if first.len() == 4 {
                        (String::new(), first)
                    } else {
                        if toks.get(end).is_some_and(|t| t.kind == Tk::Comma)
                            && toks
                                .get(end + 1)
                                .is_some_and(|t| t.kind == Tk::Number && t.lower.len() == 4)
                        {
                            end += 1;
                        }
                        let year = match toks.get(end) {
                            Some(t) if t.kind == Tk::Number && t.lower.len() == 4 => {
                                end += 1;
                                t.lower.to_string()
                            }
                            _ => String::new(),
                        };
                        (first, year)
                    };
                    let (marker, start) = self.marker_before(side, h.start);
                    out.push(Quantity {
                        class: QClass::Date,
                        marker,
                        key: String::new(),
                        value: format!("{year}-{}-{day}", self.names[m as usize]),
                        text: (start, end),
                        figure: (h.start, end),
                        noun: String::new(),
                    });
                    i = end;
                    continue;
                }
                let currency = h.find(|t| match t {
                    Term::Currency(n) => Some(n),
                    _ => None,
                });
                if currency.is_some() && toks.get(h.end).is_some_and(|t| t.kind == Tk::Number) {
                    i = self.number_at(side, h.end, h.start, currency, &mut out);
                    continue;
                }
                i = h.end;
                continue;
            }
            if toks[i].kind == Tk::Number {
                i = self.number_at(side, i, i, None, &mut out);
            } else {
                i += 1;
            }
        }
        out
    }

    /// A time marker ("within", "by") just before token `i`: its class and where it starts.
    fn marker_before(&self, side: &Side<'_>, i: usize) -> (Marker, usize) {
        match side.hit_before(i) {
            Some(h) if h.end == i && h.has(|t| t == Term::Limit) => (Marker::Limit, h.start),
            Some(h) if h.end == i && h.has(|t| t == Term::After) => (Marker::After, h.start),
            _ => (Marker::None, i),
        }
    }

    /// Reads the figure whose number is token `n` (starting at token `start`, which is `n` or
    /// a currency before it); returns the token after it.
    fn number_at(
        &self,
        side: &Side<'_>,
        n: usize,
        start: usize,
        currency: Option<u32>,
        out: &mut Vec<Quantity>,
    ) -> usize {
        if self.is_reference(side, start) {
            return n + 1;
        }
        let raw = &side.toks[n].lower;
        let (marker, mstart) = self.marker_before(side, start);
        let dated = |value: String, end: usize| Quantity {
            class: QClass::Date,
            marker,
            key: String::new(),
            value,
            text: (mstart, end),
            figure: (start, end),
            noun: String::new(),
        };
        if let Some(value) = dotted_date(raw) {
            out.push(dated(value, n + 1));
            return n + 1;
        }
        if raw.contains(':') {
            // A time of day (`06:00`, one token: `number_end`) counts no noun: the word after
            // it (`06:00 local time`) is not what it measures.
            out.push(Quantity {
                class: QClass::Plain,
                marker: Marker::None,
                key: "time of day".to_owned(),
                value: raw.to_string(),
                text: (start, n + 1),
                figure: (start, n + 1),
                noun: String::new(),
            });
            return n + 1;
        }
        let value = number_value(raw);
        let q = self.qualifiers(side, n + 1, currency);
        let year_like = is_year(raw, &value, &q);
        if let Some(m) = q.month {
            // "1 March 2026", "1 березня 2026 року"
            let (year, end) = self.year_after(side, q.end);
            out.push(dated(
                format!("{year}-{}-{value}", self.names[m as usize]),
                end,
            ));
            return end;
        }
        let mult_name = q
            .multiplier
            .map_or(String::new(), |m| format!(" {}", self.names[m as usize]));
        if let Some(u) = q.unit {
            let unit_name = &self.names[u as usize];
            // "2026 року": a year; "14 days": a duration.
            let (class, key, value) = if year_like && unit_name == "year" {
                (QClass::Year, "year".to_owned(), value)
            } else {
                (
                    QClass::Duration,
                    unit_name.clone(),
                    format!("{value}{mult_name}"),
                )
            };
            out.push(Quantity {
                class,
                marker,
                key,
                value,
                text: (mstart, q.end),
                figure: (start, q.end),
                noun: String::new(),
            });
            return q.end;
        }
        let figure_end = q.end;
        let noun = self.counted_noun(side, figure_end);
        let class = figure_class(&q, year_like, noun == Some(figure_end));
        let key = match class {
            QClass::Money => q
                .currency
                .map_or(String::new(), |c| self.names[c as usize].clone()),
            QClass::Year => "year".to_owned(),
            _ => noun.map_or(String::new(), |k| stem(&side.toks[k].lower)),
        };
        // A plain figure is shown with the noun right after it ("600,000 personnel").
        let end = if class == QClass::Plain && noun == Some(figure_end) {
            figure_end + 1
        } else {
            figure_end
        };
        let currency_name = q
            .currency
            .map_or(String::new(), |c| format!(" {}", self.names[c as usize]));
        out.push(Quantity {
            class,
            marker,
            key,
            value: format!(
                "{value}{mult_name}{currency_name}{}",
                if q.percent { "%" } else { "" }
            ),
            text: (if class == QClass::Year { mstart } else { start }, end),
            figure: (start, figure_end),
            noun: noun.map_or(String::new(), |k| side.toks[k].exact.to_owned()),
        });
        end
    }

    /// Whether the number starting at token `start` is a reference ("Article 5", "№ 12"),
    /// which is not a figure.
    fn is_reference(&self, side: &Side<'_>, start: usize) -> bool {
        let before = start.checked_sub(1).map(|b| &side.toks[b]);
        before.is_some_and(|t| t.exact == "№")
            || side
                .hit_before(start)
                .is_some_and(|h| h.end == start && h.has(|t| t == Term::Reference))
    }

    /// What follows a number from token `j` on: up to three qualifiers ("100 billion
    /// dollars", "50 per cent"), a unit of time or a month ending the figure ("14 days", "1
    /// March"), and a percent sign after them. `currency` is one read before the number.
    fn qualifiers(&self, side: &Side<'_>, mut j: usize, currency: Option<u32>) -> Qualifiers {
        let toks = &side.toks;
        let mut q = Qualifiers {
            currency,
            ..Qualifiers::default()
        };
        for _ in 0..3 {
            let Some(h) = side.hit(j) else { break };
            let find = |f: fn(Term) -> Option<u32>| h.find(f);
            if toks[j].kind == Tk::Symbol && toks[j].exact == "%" || h.has(|t| t == Term::Percent) {
                q.percent = true;
            } else if let Some(m) = find(|t| match t {
                Term::Multiplier(m) => Some(m),
                _ => None,
            }) && q.multiplier.is_none()
            {
                q.multiplier = Some(m);
            } else if let Some(c) = find(|t| match t {
                Term::Currency(c) => Some(c),
                _ => None,
            }) && q.currency.is_none()
            {
                q.currency = Some(c);
            } else if let Some(u) = find(|t| match t {
                Term::TimeUnit(u) => Some(u),
                _ => None,
            }) {
                q.unit = Some(u);
                j = h.end;
                break;
            } else if let Some(m) = find(|t| match t {
                Term::Month(m) => Some(m),
                _ => None,
            }) {
                q.month = Some(m);
                j = h.end;
                break;
            } else {
                break;
            }
            j = h.end;
        }
        if toks
            .get(j)
            .is_some_and(|t| t.kind == Tk::Symbol && t.exact == "%")
        {
            q.percent = true;
            j += 1;
        }
        q.end = j;
        q
    }

    /// A year of four digits at token `j` (with "року" or another unit of years after it):
    /// the year ("" when there is none) and the token after it.
    fn year_after(&self, side: &Side<'_>, mut j: usize) -> (String, usize) {
        let toks = &side.toks;
        let Some(t) = toks
            .get(j)
            .filter(|t| t.kind == Tk::Number && t.lower.len() == 4)
        else {
            return (String::new(), j);
        };
        let year = t.lower.to_string();
        j += 1;
        if let Some(h) = side
            .hit(j)
            .filter(|h| h.has(|t| matches!(t, Term::TimeUnit(_))))
        {
            j = h.end;
        }
        (year, j)
    }

    /// The noun a figure ending before token `j` counts: the next content word within three
    /// tokens (stopwords skipped; a term other than a party or a legal-force word ends the
    /// search).
    fn counted_noun(&self, side: &Side<'_>, j: usize) -> Option<usize> {
        let toks = &side.toks;
        let mut k = j;
        while k < toks.len() && k < j + 3 {
            let t = &toks[k];
            if t.kind != Tk::Word {
                return None;
            }
            let h = side.covered[k];
            let is_term = h != NONE
                && side.hits[h as usize]
                    .has(|t| !matches!(t, Term::Party(_) | Term::Binding(_) | Term::NonBinding(_)));
            if is_term {
                return None;
            }
            if !self.stopwords.contains(t.lower.as_ref()) {
                return Some(k);
            }
            k += 1;
        }
        None
    }
}

// ---------------------------------------------------------------------------------------------
// Parties

impl Detector {
    /// Parties named on a side, in order of first mention: (identity, as shown).
    fn parties<'s>(&'s self, side: &Side<'_>) -> Vec<(Cow<'s, str>, Cow<'s, str>)> {
        let mut out: Vec<(Cow<'s, str>, Cow<'s, str>)> = Vec::new();
        let mut push = |id: Cow<'s, str>, shown: Cow<'s, str>| {
            if !out.iter().any(|(i, _)| *i == id) {
                out.push((id, shown));
            }
        };
        for h in &side.hits {
            if let Some(p) = h.find(|t| match t {
                Term::Party(p) => Some(p),
                _ => None,
            }) {
                let name = self.names[p as usize].as_str();
                push(Cow::Borrowed(name), Cow::Borrowed(name));
            }
        }
        // Runs of capitalised words.
        let toks = &side.toks;
        let free = |i: usize| {
            let t = &toks[i];
            t.kind == Tk::Word
                && t.upper_initial()
                // Not a named party's word, nor a month's (`14 MARCH 2025` in a dateline).
                && (side.covered[i] == NONE
                    || !side.hits[side.covered[i] as usize]
                        .has(|t| matches!(t, Term::Party(_) | Term::Month(_))))
        };
        let connector = |i: usize| {
            matches!(
                toks[i].lower.as_ref(),
                "of" | "for" | "on" | "the" | "and" | "з" | "у" | "в" | "із" | "та" | "і"
            )
        };
        let mut i = 0;
        while i < toks.len() {
            if !free(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            loop {
                if j < toks.len() && free(j) {
                    j += 1;
                } else if j + 1 < toks.len() && connector(j) && free(j + 1) {
                    j += 2;
                } else {
                    break;
                }
            }
            // Leading words that are not names ("The").
            let mut a = i;
            while a < j && self.not_names.contains(&toks[a].lower) {
                a += 1;
            }
            let words: Vec<&Token> = toks[a..j].iter().filter(|t| t.upper_initial()).collect();
            let bad = toks[a..j].iter().any(|t| {
                t.upper_initial()
                    && (self.not_names.contains(&t.lower) || self.not_names_caps.contains(t.exact))
            });
            let institution =
                words.len() >= 2 && words.iter().any(|t| self.institutions.contains(&t.lower));
            let acronym = j - a == 1
                && toks[a].all_caps()
                && toks[a].exact.chars().count() <= 6
                && !toks[a].exact.chars().all(|c| "IVXLC".contains(c));
            // One capitalised institution word inside a clause, with the lower-case words that
            // name it ("Міністерство культури").
            let clause_start = side.clauses[side.clause_of[i] as usize].0 == i;
            let mut end = j;
            // (Ukrainian and other Cyrillic names only: English capitalises every word of a
            // name, so a lone capitalised head word there is rarely one.)
            let single = !clause_start
                && j - a == 1
                && words.len() == 1
                && toks[a].exact.chars().next().is_some_and(is_cyrillic)
                && self.institutions.contains(&toks[a].lower);
            if single {
                while end < toks.len()
                    && end < j + 2
                    && toks[end].kind == Tk::Word
                    && !toks[end].upper_initial()
                    && !self.stopwords.contains(toks[end].lower.as_ref())
                    && side.covered[end] == NONE
                {
                    end += 1;
                }
            }
            if !bad && a < j && (institution || acronym || single) {
                let id: Vec<String> = toks[a..end].iter().map(|t| stem(&t.lower)).collect();
                push(Cow::Owned(id.join(" ")), Cow::Owned(side.slice(a, end)));
            }
            i = j;
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Obligations

/// A modal or commitment verb on one side of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Modal {
    /// A hash of its words in lower case ("is expected to").
    key: u64,
    /// Its tokens.
    span: (usize, usize),
    /// Of binding force ("shall"), or weak ("may").
    strong: bool,
    /// Its clause on its side.
    clause: usize,
}

/// The clauses of the two sides paired by their words: per old clause its new one, per new
/// clause its old one.
type ClausePairs = (Vec<Option<usize>>, Vec<Option<usize>>);

/// A legal-force term on one side of a row, once per term.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Legal {
    /// The term's id in the lexicon.
    id: u32,
    /// It gives legal force ("ratified"), or only political force ("assurance").
    binding: bool,
    /// Its tokens on its side.
    span: (usize, usize),
}

/// The legal-force terms of a side, each once, in order.
fn legal_terms(s: &Side<'_>) -> Vec<Legal> {
    let mut v: Vec<Legal> = Vec::new();
    for h in &s.hits {
        if let Some((id, binding)) = h.find(|t| match t {
            Term::Binding(id) => Some((id, true)),
            Term::NonBinding(id) => Some((id, false)),
            _ => None,
        }) && !v.iter().any(|x| x.id == id && x.binding == binding)
        {
            v.push(Legal {
                id,
                binding,
                span: (h.start, h.end),
            });
        }
    }
    v
}

/// Removes from `a` and `b` the items that are in both (each item of `a` takes at most one
/// of `b`).
fn cancel_common<T>(a: &mut Vec<T>, b: &mut Vec<T>, same: impl Fn(&T, &T) -> bool) {
    a.retain(|x| match b.iter().position(|y| same(x, y)) {
        Some(k) => {
            b.remove(k);
            false
        }
        None => true,
    });
}

/// Modals replaced by one of the other strength, taken in pairs from the old and the new
/// verbs left over (`shall` → `may`: weakened; `may` → `must`: strengthened); the pairs are
/// removed from the lists.
fn replaced_modals(
    old: &mut Vec<Modal>,
    new: &mut Vec<Modal>,
) -> Vec<(Option<Modal>, Option<Modal>, Change)> {
    let take = |list: &mut Vec<Modal>, strong: bool| {
        list.iter()
            .position(|m| m.strong == strong)
            .map(|k| list.remove(k))
    };
    let mut out = Vec::new();
    loop {
        let mut any = false;
        for (from_strong, change) in [(true, Change::Weakened), (false, Change::Strengthened)] {
            if old.iter().any(|m| m.strong == from_strong)
                && new.iter().any(|m| m.strong != from_strong)
            {
                out.push((take(old, from_strong), take(new, !from_strong), change));
                any = true;
            }
        }
        if !any {
            return out;
        }
    }
}

/// What the legal-force terms that went (`gone`) and came (`came`) mean: a binding term
/// replaced by a non-binding one weakens, the reverse strengthens; one replaced by another
/// of its class is a rewording (no finding); one dropped or added alone weakens or
/// strengthens by its class.
fn legal_changes<'l>(
    mut gone: Vec<&'l Legal>,
    mut came: Vec<&'l Legal>,
) -> Vec<(Option<&'l Legal>, Option<&'l Legal>, Change)> {
    let mut out = Vec::new();
    for (from_binding, change) in [(true, Change::Weakened), (false, Change::Strengthened)] {
        while let (Some(a), Some(b)) = (
            gone.iter().position(|x| x.binding == from_binding),
            came.iter().position(|x| x.binding != from_binding),
        ) {
            out.push((Some(gone.remove(a)), Some(came.remove(b)), change));
        }
    }
    // Reworded within one class ("binding legal force" -> "legally binding").
    for binding in [true, false] {
        while let (Some(a), Some(b)) = (
            gone.iter().position(|x| x.binding == binding),
            came.iter().position(|x| x.binding == binding),
        ) {
            gone.remove(a);
            came.remove(b);
        }
    }
    for x in gone {
        let change = if x.binding {
            Change::Weakened
        } else {
            Change::Strengthened
        };
        out.push((Some(x), None, change));
    }
    for x in came {
        let change = if x.binding {
            Change::Strengthened
        } else {
            Change::Weakened
        };
        out.push((None, Some(x), change));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Detection

impl Detector {
    /// What changed in substance from `old` to `new` (two versions of a point, or of a group
    /// of points joined by line breaks), in the order of [`Kind::ALL`].
    ///
    /// Clauses that are the same on both sides cancel out and are not read twice: only the
    /// clauses that changed are compared, and the unchanged ones are read (once) only when a
    /// party or a legal-force term seems added or removed, to see whether it is still there.
    pub fn detect(&self, old: &str, new: &str) -> Vec<Finding> {
        let split = changed_clauses(old, new);
        let o = Side::new(self, &split.old.text);
        let n = Side::new(self, &split.new.text);
        self.findings(&o, &n, &split.common)
    }

    /// Like [`Detector::detect`] for a row whose word diff is `diff` (of these two texts),
    /// with the same findings, reading each text once: the changed clauses are read into
    /// tokens and terms, and when no word the diff deleted or inserted there is a number, a
    /// capitalised word or part of a lexicon term (time markers and "a" aside: they matter
    /// only beside a figure, which is then changed too), nothing of substance can have
    /// changed and the findings are not worked out.
    pub fn detect_row(&self, old: &str, new: &str, diff: &[Span]) -> Vec<Finding> {
        let (old_changed, new_changed) = changed_ranges(diff);
        if old_changed.is_empty() && new_changed.is_empty() {
            return Vec::new();
        }
        let split = touched_clauses(old, new, &old_changed, &new_changed);
        let o = Side::new(self, &split.old.text);
        let n = Side::new(self, &split.new.text);
        if !self.touches_substance(&o, &split.old.map(&old_changed))
            && !self.touches_substance(&n, &split.new.map(&new_changed))
        {
            return Vec::new();
        }
        self.findings(&o, &n, &split.common)
    }

    /// The findings from the changed clauses of each side; `common` (the clauses on both
    /// sides) is read only when a party or a legal-force term seems one-sided.
    fn findings(&self, o: &Side<'_>, n: &Side<'_>, common: &[&str]) -> Vec<Finding> {
        let joined = std::cell::OnceCell::new();
        let context = std::cell::OnceCell::new();
        let ctx =
            || context.get_or_init(|| Side::new(self, joined.get_or_init(|| common.join("\n"))));
        let mut out = Vec::new();
        self.figures_and_deadlines(o, n, &mut out);
        self.party_findings(o, n, &ctx, &mut out);
        // Clauses are paired only when something needs it: a weak verb on one side only, or
        // negations that differ.
        let pairs = std::cell::OnceCell::new();
        let pairing = || pairs.get_or_init(|| self.pair_clauses(o, n));
        self.obligations(o, n, &pairing, &ctx, &mut out);
        self.negations(o, n, &pairing, &mut out);
        self.conditions(o, n, &mut out);
        out.sort_by_key(|f| f.kind);
        out
    }

    /// Whether a change on `side` (ranges of the side's text, [`changed_ranges`]) touches
    /// something that can make a finding: a number, a currency or percent sign, a
    /// capitalised word, or a term ([`Detector::term_can_matter`]).
    fn touches_substance(&self, side: &Side<'_>, changed: &[(usize, usize)]) -> bool {
        let toks = &side.toks;
        toks.iter().any(|t| {
            (matches!(t.kind, Tk::Number | Tk::Symbol) || (t.kind == Tk::Word && t.upper_initial()))
                && touched(changed, t.start, t.end)
        }) || side.hits.iter().any(|h| {
            touched(changed, toks[h.start].start, toks[h.end - 1].end)
                && self.term_can_matter(side, h)
        })
    }

    /// Whether a term can make a finding when it changes: any term but a time marker
    /// ("within", "by"), a reference word ("Article") or the number word "a", which matter
    /// only just before a figure, a number word or a unit of time ("within 14 days", "a
    /// month").
    fn term_can_matter(&self, side: &Side<'_>, h: &Hit) -> bool {
        let minor = |t: Term| {
            matches!(t, Term::Limit | Term::After | Term::Reference)
                || (matches!(t, Term::NumberWord(_))
                    && matches!(side.toks[h.start].lower.as_ref(), "a" | "an"))
        };
        let before_figure = || {
            side.toks.get(h.end).is_some_and(|t| t.kind == Tk::Number)
                || side.hit(h.end).is_some_and(|next| {
                    next.has(|t| {
                        matches!(
                            t,
                            Term::NumberWord(_)
                                | Term::Month(_)
                                | Term::Currency(_)
                                | Term::TimeUnit(_)
                                | Term::Vague
                        )
                    })
                })
        };
        h.has(|t| !minor(t)) || before_figure()
    }

    fn pair_clauses(&self, o: &Side<'_>, n: &Side<'_>) -> ClausePairs {
        let oc: Vec<_> = o
            .clauses
            .iter()
            .map(|&(a, b)| self.content(o, a, b))
            .collect();
        let nc: Vec<_> = n
            .clauses
            .iter()
            .map(|&(a, b)| self.content(n, a, b))
            .collect();
        pair_by(&oc, &nc, 0.4)
    }

    fn figures_and_deadlines(&self, o: &Side<'_>, n: &Side<'_>, out: &mut Vec<Finding>) {
        let oq = self.quantities(o);
        let nq = self.quantities(n);
        for deadline in [false, true] {
            let kind = if deadline {
                Kind::Deadline
            } else {
                Kind::Figure
            };
            let mut old: Vec<&Quantity> =
                oq.iter().filter(|q| q.is_deadline() == deadline).collect();
            let mut new: Vec<&Quantity> =
                nq.iter().filter(|q| q.is_deadline() == deadline).collect();
            // The same figure on both sides: nothing changed (an index, not all against all).
            let mut by_norm: FxHashMap<_, Vec<usize>> = FxHashMap::default();
            for (k, q) in new.iter().enumerate().rev() {
                by_norm.entry(q.norm()).or_default().push(k);
            }
            let mut taken = vec![false; new.len()];
            old.retain(|q| match by_norm.get_mut(&q.norm()).and_then(Vec::pop) {
                Some(k) => {
                    taken[k] = true;
                    false
                }
                None => true,
            });
            let mut keep = taken.iter().map(|t| !t);
            new.retain(|_| keep.next().unwrap_or(true));
            // The same value of the same class with another noun after it ("169 observers" ->
            // "169 joint observers"): the figure did not change.
            let few = old.len() * new.len() <= 10_000;
            old.retain(|q| {
                if !few {
                    return true;
                }
                match new
                    .iter()
                    .position(|p| p.class == q.class && p.value == q.value && p.marker == q.marker)
                {
                    Some(k) => {
                        new.remove(k);
                        false
                    }
                    None => true,
                }
            });
            // Past this point a row rarely holds more than a few changed figures; a row with
            // over 10,000 candidate pairs (a merge of hundreds of points) is not paired all
            // against all, and its figures are left out.
            if old.len() * new.len() > 10_000 {
                old.truncate(0);
                new.truncate(0);
            }
            let mut pairs: Vec<(Option<&Quantity>, Option<&Quantity>)> = Vec::new();
            // Same noun or unit, another value; then same class where the noun tells nothing.
            let same = |pass: usize, a: &Quantity, b: &Quantity| {
                if pass == 0 {
                    a.class == b.class && a.key == b.key
                } else {
                    (a.class == b.class
                        && (a.class != QClass::Plain || a.key.is_empty() || b.key.is_empty()))
                        || (deadline && a.class != QClass::Plain && b.class != QClass::Plain)
                }
            };
            for pass in 0..2 {
                let mut k = 0;
                while k < old.len() {
                    match new.iter().position(|p| same(pass, old[k], p)) {
                        Some(m) => pairs.push((Some(old.remove(k)), Some(new.remove(m)))),
                        None => k += 1,
                    }
                }
            }
            pairs.extend(old.into_iter().map(|q| (Some(q), None)));
            pairs.extend(new.into_iter().map(|q| (None, Some(q))));
            for (a, b) in pairs {
                let change = match (a, b) {
                    (Some(_), Some(_)) => Change::Changed,
                    (Some(_), None) => Change::Removed,
                    _ => Change::Added,
                };
                out.push(Finding::new(
                    kind,
                    change,
                    a.map(|q| o.slice(q.text.0, q.text.1)),
                    b.map(|q| n.slice(q.text.0, q.text.1)),
                ));
            }
        }
    }

    fn party_findings<'c>(
        &self,
        o: &Side<'_>,
        n: &Side<'_>,
        ctx: &dyn Fn() -> &'c Side<'c>,
        out: &mut Vec<Finding>,
    ) {
        let mut op = self.parties(o);
        let mut np = self.parties(n);
        let one_sided = op.iter().any(|(id, _)| !np.iter().any(|(i, _)| i == id))
            || np.iter().any(|(id, _)| !op.iter().any(|(i, _)| i == id));
        if one_sided && !ctx().toks.is_empty() {
            // Named in an unchanged clause: on both sides.
            let both = self.parties(ctx());
            op.extend(both.iter().cloned());
            np.extend(both);
        }
        for (id, shown) in &op {
            if !np.iter().any(|(i, _)| i == id) {
                out.push(Finding::new(
                    Kind::Party,
                    Change::Removed,
                    Some(shown.to_string()),
                    None,
                ));
            }
        }
        for (id, shown) in &np {
            if !op.iter().any(|(i, _)| i == id) {
                out.push(Finding::new(
                    Kind::Party,
                    Change::Added,
                    None,
                    Some(shown.to_string()),
                ));
            }
        }
    }

    fn obligations<'c>(
        &self,
        o: &Side<'_>,
        n: &Side<'_>,
        pairing: &dyn Fn() -> &'c ClausePairs,
        ctx: &dyn Fn() -> &'c Side<'c>,
        out: &mut Vec<Finding>,
    ) {
        let mut om = self.modals(o);
        let mut nm = self.modals(n);
        cancel_common(&mut om, &mut nm, |a, b| a.key == b.key);
        let text = |s: &Side<'_>, m: &Modal| s.slice(m.span.0, m.span.1);
        for (a, b, change) in replaced_modals(&mut om, &mut nm) {
            out.push(Finding::new(
                Kind::Obligation,
                change,
                a.map(|m| text(o, &m)),
                b.map(|m| text(n, &m)),
            ));
        }
        // A weak verb added to, or dropped from, a clause that is on both sides.
        let weak = |m: &&Modal| !m.strong;
        if !om.iter().chain(&nm).any(|m| weak(&m)) {
            self.legal_force(o, n, ctx, out);
            return;
        }
        let (old_clause, new_clause) = pairing();
        let paired = |clauses: &[Option<usize>], m: &Modal| {
            clauses.get(m.clause).copied().flatten().is_some()
        };
        for m in nm.iter().filter(weak).filter(|m| paired(new_clause, m)) {
            out.push(Finding::new(
                Kind::Obligation,
                Change::Weakened,
                None,
                Some(text(n, m)),
            ));
        }
        for m in om.iter().filter(weak).filter(|m| paired(old_clause, m)) {
            out.push(Finding::new(
                Kind::Obligation,
                Change::Strengthened,
                Some(text(o, m)),
                None,
            ));
        }
        self.legal_force(o, n, ctx, out);
    }

    /// The modal and commitment verbs of a side, in order.
    fn modals(&self, s: &Side<'_>) -> Vec<Modal> {
        s.hits
            .iter()
            .filter(|h| {
                h.has(|t| matches!(t, Term::Strong | Term::Weak)) && !self.is_month_here(s, h)
            })
            .map(|h| {
                let mut key = rustc_hash::FxHasher::default();
                for t in &s.toks[h.start..h.end] {
                    key.write(t.lower.as_bytes());
                    key.write_u8(0);
                }
                Modal {
                    key: key.finish(),
                    span: (h.start, h.end),
                    strong: h.has(|t| t == Term::Strong),
                    clause: s.clause_of[h.start] as usize,
                }
            })
            .collect()
    }

    /// Legal-force terms added, dropped or replaced: `legally binding` added strengthens,
    /// `guarantee` replaced by `assurance` weakens. A term said in an unchanged clause
    /// (`ctx`, read only when a term seems one-sided) is on both sides, so what went is
    /// always one of `o`'s and what came one of `n`'s.
    fn legal_force<'c>(
        &self,
        o: &Side<'_>,
        n: &Side<'_>,
        ctx: &dyn Fn() -> &'c Side<'c>,
        out: &mut Vec<Finding>,
    ) {
        let mut ol = legal_terms(o);
        let mut nl = legal_terms(n);
        // The same term (in any form of it) on both sides.
        let has =
            |list: &[Legal], x: &Legal| list.iter().any(|y| y.id == x.id && y.binding == x.binding);
        let missing = |a: &[Legal], b: &[Legal]| a.iter().any(|x| !has(b, x));
        if (missing(&ol, &nl) || missing(&nl, &ol)) && !ctx().toks.is_empty() {
            let both = legal_terms(ctx());
            ol.extend(both.iter().cloned());
            nl.extend(both);
        }
        let gone: Vec<&Legal> = ol.iter().filter(|x| !has(&nl, x)).collect();
        let came: Vec<&Legal> = nl.iter().filter(|x| !has(&ol, x)).collect();
        for (a, b, change) in legal_changes(gone, came) {
            out.push(Finding::new(
                Kind::Obligation,
                change,
                a.map(|x| o.slice(x.span.0, x.span.1)),
                b.map(|x| n.slice(x.span.0, x.span.1)),
            ));
        }
    }

    /// "May" next to a number is a month, not a modal.
    fn is_month_here(&self, s: &Side<'_>, h: &Hit) -> bool {
        h.has(|t| matches!(t, Term::Month(_)))
            && (s.toks.get(h.end).is_some_and(|t| t.kind == Tk::Number)
                || h.start > 0 && s.toks[h.start - 1].kind == Tk::Number)
    }

    /// The stem hash of token `i` when it is a content word (for pairing clauses and finding
    /// what a negation negates).
    fn content_stem(&self, side: &Side<'_>, i: usize, buf: &mut String) -> Option<u64> {
        let t = &side.toks[i];
        // The cheap tests first, the stopword look-up last. A character takes one to four
        // bytes: under three bytes is under three characters, twelve or more is three or more.
        let len = t.lower.len();
        if t.kind != Tk::Word || len < 3 || (len < 12 && t.lower.chars().count() < 3) {
            return None;
        }
        let h = side.covered[i];
        if h != NONE
            && side.hits[h as usize].has(|t| {
                matches!(
                    t,
                    Term::Strong | Term::Weak | Term::Negation | Term::Condition | Term::Neutral
                )
            })
        {
            return None;
        }
        self.content_word(&t.lower, buf)
    }

    /// The stems of what the negations of a side negate ([`Detector::negated`]), sorted.
    fn all_negated(&self, side: &Side<'_>) -> Vec<u64> {
        if !side.hits.iter().any(Hit::is_negation) {
            return Vec::new();
        }
        let mut buf = String::new();
        let mut v: Vec<u64> = side
            .hits
            .iter()
            .filter(|h| h.is_negation())
            .filter_map(|h| self.negated_by(side, h, &mut buf))
            .collect();
        v.sort_unstable();
        v
    }

    /// The stems of what the negations of clause `c` negate: the first content word after
    /// each, or the last one before it when the negation ends the clause ("... is dropped").
    fn negated(&self, side: &Side<'_>, c: usize) -> Vec<u64> {
        let (a, b) = side.clauses[c];
        let mut buf = String::new();
        side.hits
            .iter()
            .filter(|h| h.start >= a && h.start < b && h.is_negation())
            .filter_map(|h| self.negated_by(side, h, &mut buf))
            .collect()
    }

    /// The stem of what the negation `h` negates: the first content word after it in its
    /// clause, or the last one before it when it ends the clause.
    fn negated_by(&self, side: &Side<'_>, h: &Hit, buf: &mut String) -> Option<u64> {
        let (a, b) = side.clauses[side.clause_of[h.start] as usize];
        (h.end..b)
            .find_map(|i| self.content_stem(side, i, buf))
            .or_else(|| {
                (a..h.start)
                    .rev()
                    .find_map(|i| self.content_stem(side, i, buf))
            })
    }

    /// A negation added or removed in a clause on both sides: the negated word is in the
    /// other side's clause, not negated. (A negation that went with the words it negated is
    /// not reported: that is a removal of content, not a negation.)
    fn negations<'c>(
        &self,
        o: &Side<'_>,
        n: &Side<'_>,
        pairing: &dyn Fn() -> &'c ClausePairs,
        out: &mut Vec<Finding>,
    ) {
        // The same words negated on both sides: no clause gained or lost a negation.
        if self.all_negated(o) == self.all_negated(n) {
            return;
        }
        let (old_clause, _) = pairing();
        for (c, m) in old_clause.iter().enumerate() {
            let Some(m) = *m else { continue };
            let mut on = self.negated(o, c);
            let mut nn = self.negated(n, m);
            on.retain(|x| match nn.iter().position(|y| y == x) {
                Some(k) => {
                    nn.remove(k);
                    false
                }
                None => true,
            });
            if on.is_empty() && nn.is_empty() {
                continue;
            }
            let (oa, ob) = o.clauses[c];
            let (na, nb) = n.clauses[m];
            let o_words = self.content(o, oa, ob);
            let n_words = self.content(n, na, nb);
            let removed = on.iter().any(|x| n_words.binary_search(x).is_ok());
            let added = nn.iter().any(|x| o_words.binary_search(x).is_ok());
            for (yes, change) in [(removed, Change::Removed), (added, Change::Added)] {
                if yes {
                    out.push(Finding::new(
                        Kind::Negation,
                        change,
                        Some(o.clause_text(c)),
                        Some(n.clause_text(m)),
                    ));
                }
            }
        }
    }

    /// Conditions on a side: their content stems, and their tokens from the marker to the
    /// next comma or the clause's end.
    fn condition_list(&self, s: &Side<'_>) -> (Vec<Vec<u64>>, Vec<(usize, usize)>) {
        s.hits
            .iter()
            .filter(|h| h.has(|t| t == Term::Condition) && !h.has(|t| t == Term::Neutral))
            .map(|h| {
                let c = s.clause_of[h.start] as usize;
                let clause_end = s.clauses.get(c).map_or(s.toks.len(), |&(_, b)| b);
                let mut end = h.end;
                while end < clause_end && s.toks[end].kind != Tk::Comma {
                    end += 1;
                }
                (self.content(s, h.end, end), (h.start, end))
            })
            .unzip()
    }

    fn conditions(&self, o: &Side<'_>, n: &Side<'_>, out: &mut Vec<Finding>) {
        let (os, ospan) = self.condition_list(o);
        let (ns, nspan) = self.condition_list(n);
        if os.is_empty() && ns.is_empty() {
            return;
        }
        let (mut om, mut nm) = pair_by(&os, &ns, 0.34);
        let text = |s: &Side<'_>, (a, b): (usize, usize)| shorten(&s.slice(a, b), 120);
        // Conditions without content words pair by their words ("except as agreed").
        for i in 0..ospan.len() {
            if om[i].is_some() {
                continue;
            }
            let words = text(o, ospan[i]).to_lowercase();
            if let Some(j) = (0..nspan.len())
                .find(|&j| nm[j].is_none() && text(n, nspan[j]).to_lowercase() == words)
            {
                om[i] = Some(j);
                nm[j] = Some(i);
            }
        }
        for (i, &span) in ospan.iter().enumerate() {
            if om[i].is_none() {
                out.push(Finding::new(
                    Kind::Condition,
                    Change::Removed,
                    Some(text(o, span)),
                    None,
                ));
            }
        }
        for (j, &span) in nspan.iter().enumerate() {
            if nm[j].is_none() {
                out.push(Finding::new(
                    Kind::Condition,
                    Change::Added,
                    None,
                    Some(text(n, span)),
                ));
            }
        }
    }

    /// The figures of a text for a history: (what is counted, the figure as written), e.g.
    /// ("personnel", "600,000"). Time limits are included ("days", "within 100 days").
    pub fn figures(&self, text: &str) -> Vec<(String, String)> {
        let side = Side::new(self, text);
        self.quantities(&side)
            .into_iter()
            .filter(|q| q.class != QClass::Vague)
            .map(|q| {
                let what = match q.class {
                    QClass::Plain if !q.noun.is_empty() => q.noun.to_lowercase(),
                    QClass::Plain => "number".to_owned(),
                    QClass::Money => "money".to_owned(),
                    QClass::Percent => "percent".to_owned(),
                    QClass::Date => "date".to_owned(),
                    QClass::Year => "year".to_owned(),
                    QClass::Duration | QClass::Vague => format!("time ({})", q.key),
                };
                let (x, y) = if q.class == QClass::Plain {
                    q.figure
                } else {
                    q.text
                };
                (what, side.slice(x, y))
            })
            .collect()
    }
}

/// A text's clauses as written, each with the break that ends it (`. ; : ! ?` before a
/// space, a line break), as the tokenizer splits them.
fn clause_spans(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 64 + 1);
    let mut start = 0;
    // Every break is an ASCII byte, and no byte of a multi-byte character is ASCII: the bytes
    // that can end a clause are found by two vectorised searches, the common ones (`. \n ;`)
    // and the rare ones (`: ! ?`), taken in the order of the text.
    let mut common = memchr::memchr3_iter(b'.', b'\n', b';', bytes).peekable();
    let mut rare = memchr::memchr3_iter(b':', b'!', b'?', bytes).peekable();
    loop {
        let i = match (common.peek(), rare.peek()) {
            (Some(&a), Some(&b)) if b < a => rare.next(),
            (Some(_), _) => common.next(),
            (None, _) => rare.next(),
        };
        let Some(i) = i else { break };
        let brk = match bytes[i] {
            b'.' | b':' => char_at(text, i + 1).is_none_or(|(d, _)| d.is_whitespace()),
            _ => true,
        };
        if brk {
            out.push(&text[start..=i]);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// One side's clauses that are not on the other side, joined by line breaks, and where each
/// came from in the side's whole text.
#[derive(Debug)]
struct Part<'a> {
    text: Cow<'a, str>,
    /// Per clause kept: (its offset in `text`, its offset in the whole text, its length).
    pieces: Vec<(usize, usize, usize)>,
}

impl<'a> Part<'a> {
    /// The whole of `text`.
    fn whole(text: &'a str) -> Part<'a> {
        Part {
            text: Cow::Borrowed(text),
            pieces: vec![(0, 0, text.len())],
        }
    }

    /// The clauses of `spans` (slices of `whole`) that are not common (`common[k]` false),
    /// joined by line breaks.
    fn kept(whole: &'a str, spans: &[&'a str], common: &[bool]) -> Part<'a> {
        let mut text = String::new();
        let mut pieces = Vec::new();
        for (s, _) in spans
            .iter()
            .zip(common)
            .filter(|(s, c)| !**c && !s.trim().is_empty())
        {
            if !text.is_empty() {
                text.push('\n');
            }
            pieces.push((
                text.len(),
                s.as_ptr() as usize - whole.as_ptr() as usize,
                s.len(),
            ));
            text.push_str(s);
        }
        Part {
            text: Cow::Owned(text),
            pieces,
        }
    }

    /// Byte ranges of the whole text (sorted) as ranges of [`Part::text`] (sorted): the parts
    /// of them that fall in kept clauses (an empty range: when it lies inside one).
    fn map(&self, ranges: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for &(at, from, len) in &self.pieces {
            for &(a, b) in ranges {
                let (x, y) = (a.max(from), b.min(from + len));
                // An empty range counts where it lies inside the clause.
                if x < y || (a == b && from < a && a < from + len) {
                    out.push((x - from + at, y - from + at));
                }
            }
        }
        out
    }
}

/// The changed clauses of both sides ([`Part`]) and the clauses on both (from the new side).
#[derive(Debug)]
struct Split<'a> {
    old: Part<'a>,
    new: Part<'a>,
    /// The common clauses, joined by line breaks when they are needed.
    common: Vec<&'a str>,
}

/// The clauses of `old` and of `new` that are not on the other side too, and those that are
/// on both (from `new`). Without common clauses both texts are kept whole.
fn changed_clauses<'a>(old: &'a str, new: &'a str) -> Split<'a> {
    let oc = clause_spans(old);
    let nc = clause_spans(new);
    let mut count: FxHashMap<&str, usize> = FxHashMap::default();
    for c in &oc {
        *count.entry(c.trim()).or_default() += 1;
    }
    let mut matched: FxHashMap<&str, usize> = FxHashMap::default();
    let mut new_common = vec![false; nc.len()];
    for (j, c) in nc.iter().enumerate() {
        let t = c.trim();
        if let Some(n) = count.get_mut(t).filter(|n| **n > 0) {
            *n -= 1;
            *matched.entry(t).or_default() += 1;
            new_common[j] = true;
        }
    }
    if matched.keys().all(|t| t.is_empty()) {
        return Split {
            old: Part::whole(old),
            new: Part::whole(new),
            common: Vec::new(),
        };
    }
    let mut old_common = vec![false; oc.len()];
    for (i, c) in oc.iter().enumerate() {
        if let Some(n) = matched.get_mut(c.trim()).filter(|n| **n > 0) {
            *n -= 1;
            old_common[i] = true;
        }
    }
    let common = common_clauses(&nc, &new_common);
    Split {
        old: Part::kept(old, &oc, &old_common),
        new: Part::kept(new, &nc, &new_common),
        common,
    }
}

/// The clauses of `spans` marked `common` (on both sides), blank ones left out.
fn common_clauses<'a>(spans: &[&'a str], common: &[bool]) -> Vec<&'a str> {
    spans
        .iter()
        .zip(common)
        .filter(|(s, c)| **c && !s.trim().is_empty())
        .map(|(s, _)| *s)
        .collect()
}

/// The clauses of `old` and of `new` that a diff touched (`old_changed`, `new_changed`:
/// [`changed_ranges`]), and the new text's others, which are on both sides: what
/// [`changed_clauses`] finds by comparing the clauses, read here from the diff.
fn touched_clauses<'a>(
    old: &'a str,
    new: &'a str,
    old_changed: &[(usize, usize)],
    new_changed: &[(usize, usize)],
) -> Split<'a> {
    let untouched = |text: &str, spans: &[&str], changed: &[(usize, usize)]| -> Vec<bool> {
        spans
            .iter()
            .map(|s| {
                let at = s.as_ptr() as usize - text.as_ptr() as usize;
                !touched(changed, at, at + s.len())
            })
            .collect()
    };
    let (oc, nc) = (clause_spans(old), clause_spans(new));
    let (old_common, new_common) = (
        untouched(old, &oc, old_changed),
        untouched(new, &nc, new_changed),
    );
    let any = |spans: &[&str], common: &[bool]| {
        spans
            .iter()
            .zip(common)
            .any(|(s, &c)| c && !s.trim().is_empty())
    };
    // A side whose clauses were all touched is read as it is, without a copy.
    let part = |text: &'a str, spans: &[&'a str], common: &[bool]| {
        if any(spans, common) {
            Part::kept(text, spans, common)
        } else {
            Part::whole(text)
        }
    };
    let common = common_clauses(&nc, &new_common);
    Split {
        old: part(old, &oc, &old_common),
        new: part(new, &nc, &new_common),
        common,
    }
}

/// Byte ranges of a text, in order.
type Ranges = Vec<(usize, usize)>;

/// Where `diff` changed the old text and the new text: per run of changes, the byte range it
/// deleted from the old text and the one it inserted into the new, in order. A run that only
/// inserts leaves an empty range in the old text (the place where words came in), and one
/// that only deletes an empty range in the new.
fn changed_ranges(diff: &[Span]) -> (Ranges, Ranges) {
    let (mut old, mut new) = (Vec::new(), Vec::new());
    let (mut o, mut n) = (0, 0);
    let mut spans = diff.iter().peekable();
    while let Some(span) = spans.next() {
        let (o0, n0) = (o, n);
        o += span.old_side().len();
        n += span.new_side().len();
        if span.kind == SpanKind::Equal {
            continue;
        }
        while let Some(next) = spans.next_if(|s| s.kind != SpanKind::Equal) {
            o += next.old_side().len();
            n += next.new_side().len();
        }
        old.push((o0, o));
        new.push((n0, n));
    }
    (old, new)
}

/// Whether bytes `a..b` of a text were touched by a change of `changed` (sorted ranges from
/// [`changed_ranges`]): they overlap a changed range, or an empty one (words that came in
/// or went out there) lies strictly inside them.
fn touched(changed: &[(usize, usize)], a: usize, b: usize) -> bool {
    let first = changed.partition_point(|&(_, y)| y <= a);
    changed
        .get(first)
        .is_some_and(|&(x, y)| x < b && (x < y || a < x))
}

/// What changed in substance from `old` to `new`, with the bundled lexicon
/// ([`Detector::detect`]).
pub fn detect(old: &str, new: &str) -> Vec<Finding> {
    Detector::bundled().detect(old, new)
}

/// Counts of findings per kind, in [`Kind::ALL`] order.
pub fn counts<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> [usize; 6] {
    let mut c = [0; 6];
    for f in findings {
        c[f.kind as usize] += 1;
    }
    c
}

/// The findings of a comparison counted per kind, and the rows that hold them: what the app's
/// Filters menu and summary line and the reports' summaries show. Take it once per comparison
/// ([`Comparison::substance_counts`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Findings of each kind, in [`Kind::ALL`] order.
    pub findings: [usize; 6],
    /// Rows with at least one finding of each kind, in [`Kind::ALL`] order.
    pub rows: [usize; 6],
    /// Rows with any finding.
    pub rows_any: usize,
}

impl Counts {
    /// Counts the findings of `rows`.
    pub fn of(rows: &[Row]) -> Counts {
        let mut c = Counts::default();
        for r in rows {
            let per_row = counts(&r.substance);
            for (k, n) in per_row.into_iter().enumerate() {
                c.findings[k] += n;
                c.rows[k] += usize::from(n > 0);
            }
            c.rows_any += usize::from(!r.substance.is_empty());
        }
        c
    }

    /// Findings of `kind`.
    pub fn findings_of(&self, kind: Kind) -> usize {
        self.findings[kind as usize]
    }

    /// Rows with a finding of `kind`.
    pub fn rows_of(&self, kind: Kind) -> usize {
        self.rows[kind as usize]
    }

    /// The findings per kind in words, kinds without findings left out: `"3 figures, 2
    /// parties, 1 obligation"`; `None` when there is no finding.
    pub fn line(&self) -> Option<String> {
        let parts: Vec<String> = Kind::ALL
            .iter()
            .filter(|&&k| self.findings_of(k) > 0)
            .map(|&k| k.counted(self.findings_of(k)))
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

impl Comparison {
    /// The substance findings of this comparison counted per kind ([`Counts`]).
    pub fn substance_counts(&self) -> Counts {
        Counts::of(&self.rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_content_words_are_worked_out_ones() {
        let own = Detector::new(&Lexicon {
            languages: vec![Language {
                stopwords: vec!["forces".to_owned()],
                ..Language::default()
            }],
            parties: Vec::new(),
        });
        let mut buf = String::new();
        // Each detector twice in turn: its own stopwords, never the other's.
        for d in [Detector::bundled(), &own, Detector::bundled(), &own] {
            for w in [
                "guarantees",
                "forces",
                "ратифікує",
                "l'accord",
                "600,000",
                "the",
                "which",
            ] {
                assert_eq!(
                    d.content_word(w, &mut buf),
                    d.content_word_uncached(w, &mut String::new()),
                    "{w}"
                );
            }
        }
        assert_eq!(own.content_word("forces", &mut buf), None);
        assert!(own.content_word("the", &mut buf).is_some());
        assert_eq!(Detector::bundled().content_word("the", &mut buf), None);
    }

    fn found(old: &str, new: &str) -> Vec<String> {
        detect(old, new).iter().map(Finding::describe).collect()
    }

    #[test]
    fn the_bundled_lexicon_parses() {
        let lex = Lexicon::from_ron(DEFAULT_LEXICON).expect("assets/substance.ron parses");
        assert_eq!(
            lex.languages
                .iter()
                .map(|l| l.code.as_str())
                .collect::<Vec<_>>(),
            ["en", "uk"]
        );
        assert!(lex.parties.iter().any(|p| p.name == "NATO"));
        assert_ne!(*Lexicon::bundled(), fallback());
    }

    #[test]
    fn numbers_tokenize_with_their_separators() {
        let t: Vec<String> = tokenize("600,000 and 600 000 and 1,5 and 01.03.2026. End")
            .into_iter()
            .filter(|t| t.kind == Tk::Number)
            .map(|t| t.lower.into_owned())
            .collect();
        assert_eq!(t, ["600,000", "600 000", "1,5", "01.03.2026"]);
        assert_eq!(number_value("600 000"), "600000");
        assert_eq!(number_value("1,5"), "1.5");
    }

    #[test]
    fn figures_pair_by_their_noun() {
        assert_eq!(
            found(
                "The armed forces are capped at 600,000 personnel.",
                "The armed forces are kept at 800,000 personnel in peacetime."
            ),
            ["figure changed: 600,000 personnel → 800,000 personnel"]
        );
        assert_eq!(
            found(
                "A fund of $100 billion is set up.",
                "A fund of $200 billion is set up."
            ),
            ["figure changed: $100 billion → $200 billion"]
        );
        assert!(found("Article 5 applies.", "Article 6 applies.").is_empty());
        // A time of day is one figure.
        assert_eq!(
            found(
                "Fire ceases from 00:00 local time.",
                "Fire ceases from 06:00 local time."
            ),
            ["figure changed: 00:00 → 06:00"]
        );
        // Each time of an opening span is its own figure; the span's noun stays with neither.
        assert_eq!(
            found(
                "Crossings are open from 06:00 to 20:00 daily.",
                "Crossings are open from 07:00 to 20:00 daily."
            ),
            ["figure changed: 06:00 → 07:00"]
        );
    }

    #[test]
    fn deadlines_and_vague_limits() {
        assert_eq!(
            found(
                "Elections are held within 100 days.",
                "Elections are held as soon as possible."
            ),
            ["deadline changed: within 100 days → as soon as possible"]
        );
        assert_eq!(
            found(
                "Звіт подається протягом 14 днів.",
                "Звіт подається протягом 30 днів."
            ),
            ["deadline changed: протягом 14 днів → протягом 30 днів"]
        );
    }

    #[test]
    fn parties_from_the_gazetteer_and_by_capitals() {
        assert_eq!(
            found(
                "Russia, Ukraine and Europe conclude a non-aggression agreement.",
                "Russia and Ukraine conclude a non-aggression agreement."
            ),
            ["party removed: Europe"]
        );
        assert_eq!(
            found(
                "Disputes go to the parties.",
                "Disputes go to the Joint Monitoring Commission."
            ),
            ["party added: Joint Monitoring Commission"]
        );
        assert!(
            found(
                "Україна і Росія підписують угоду.",
                "Росія та Україна підписують угоду."
            )
            .is_empty()
        );
        // A month in capitals (a page's dateline) is no party.
        assert!(
            !found("14 MARCH 2025. The talks resume.", "The talks resume.")
                .iter()
                .any(|f| f.starts_with("party"))
        );
    }

    #[test]
    fn obligations_negations_and_conditions() {
        assert_eq!(
            found(
                "NATO will not enlarge.",
                "NATO may not enlarge further if asked."
            ),
            ["condition added: if asked"]
        );
        assert_eq!(
            found(
                "Ukraine will join the Alliance.",
                "Ukraine will not join the Alliance."
            ),
            ["negation added: Ukraine will join the Alliance → Ukraine will not join the Alliance"]
        );
        assert_eq!(
            found(
                "The guarantees are reliable.",
                "The guarantees are legally binding."
            ),
            ["obligation strengthened: legally binding"]
        );
        assert_eq!(
            found(
                "Сторона зобов'язується сплатити внесок.",
                "Сторона може сплатити внесок."
            ),
            ["obligation weakened: зобов'язується → може"]
        );
    }

    fn side(text: &str) -> Side<'_> {
        Side::new(Detector::bundled(), text)
    }

    #[test]
    fn dotted_dates_years_and_classes_of_figures() {
        assert_eq!(dotted_date("01.03.2026").as_deref(), Some("2026-3-1"));
        assert_eq!(dotted_date("1.5"), None);
        assert_eq!(dotted_date("01.03.26"), None);
        let plain = Qualifiers::default();
        let money = Qualifiers {
            currency: Some(0),
            ..Qualifiers::default()
        };
        let percent = Qualifiers {
            percent: true,
            ..Qualifiers::default()
        };
        assert!(is_year("2026", "2026", &plain));
        assert!(!is_year("1800", "1800", &plain));
        assert!(!is_year("2026", "2026", &money));
        assert_eq!(figure_class(&money, false, false), QClass::Money);
        assert_eq!(figure_class(&percent, false, false), QClass::Percent);
        assert_eq!(figure_class(&plain, true, false), QClass::Year);
        // "2026 soldiers": a count, not a year.
        assert_eq!(figure_class(&plain, true, true), QClass::Plain);
    }

    #[test]
    fn what_follows_a_number_qualifies_it() {
        let d = Detector::bundled();
        // a fund of 100 billion dollars for 14 days
        // 0 1    2  3   4       5       6   7  8
        let s = side("a fund of 100 billion dollars for 14 days");
        let q = d.qualifiers(&s, 4, None);
        assert!(q.multiplier.is_some() && q.currency.is_some() && q.unit.is_none());
        assert_eq!(q.end, 6);
        let q = d.qualifiers(&s, 8, None);
        assert!(q.unit.is_some());
        assert_eq!(q.end, 9);
        assert!(d.qualifiers(&side("50 per cent of it"), 1, None).percent);
        // 1 March 2026 року: the month, then the year with its unit.
        let s = side("1 березня 2026 року");
        let q = d.qualifiers(&s, 1, None);
        assert!(q.month.is_some());
        assert_eq!(d.year_after(&s, q.end), ("2026".to_owned(), 4));
    }

    #[test]
    fn a_figure_counts_the_noun_after_it_and_references_are_not_figures() {
        let d = Detector::bundled();
        assert_eq!(
            d.counted_noun(&side("capped at 600,000 personnel"), 3),
            Some(3)
        );
        // Stopwords are passed over, within three words.
        assert_eq!(
            d.counted_noun(&side("at 600,000 of the troops"), 2),
            Some(4)
        );
        assert_eq!(d.counted_noun(&side("at 600,000, and more"), 2), None);
        assert!(d.is_reference(&side("under Article 5 of it"), 2));
        assert!(d.is_reference(&side("№ 12"), 1));
        assert!(!d.is_reference(&side("kept at 5 units"), 2));
    }

    fn modal(key: &str, strong: bool) -> Modal {
        Modal {
            key: words::fx_hash(key),
            span: (0, 1),
            strong,
            clause: 0,
        }
    }

    #[test]
    fn modals_cancel_out_then_pair_by_strength() {
        let mut old = vec![modal("shall", true), modal("will", true)];
        let mut new = vec![modal("will", true), modal("may", false)];
        cancel_common(&mut old, &mut new, |a, b| a.key == b.key);
        assert_eq!(old, [modal("shall", true)]);
        let pairs = replaced_modals(&mut old, &mut new);
        assert_eq!(
            pairs,
            [(
                Some(modal("shall", true)),
                Some(modal("may", false)),
                Change::Weakened
            )]
        );
        assert!(old.is_empty() && new.is_empty());
        // Nothing of the other strength: nothing is paired.
        let mut old = vec![modal("shall", true)];
        let mut new = vec![modal("must", true)];
        assert!(replaced_modals(&mut old, &mut new).is_empty());
    }

    #[test]
    fn legal_force_terms_replaced_reworded_or_alone() {
        let l = |id: u32, binding| Legal {
            id,
            binding,
            span: (id as usize, id as usize + 1),
        };
        let guarantee = l(0, true);
        let assurance = l(1, false);
        let binding = l(2, true);
        let ratified = l(3, true);
        assert_eq!(
            legal_changes(vec![&guarantee], vec![&assurance]),
            [(Some(&guarantee), Some(&assurance), Change::Weakened)]
        );
        assert_eq!(
            legal_changes(vec![&assurance], vec![&guarantee]),
            [(Some(&assurance), Some(&guarantee), Change::Strengthened)]
        );
        assert!(legal_changes(vec![&binding], vec![&ratified]).is_empty());
        assert_eq!(
            legal_changes(vec![], vec![&ratified]),
            [(None, Some(&ratified), Change::Strengthened)]
        );
        assert_eq!(
            legal_changes(vec![&assurance], vec![]),
            [(Some(&assurance), None, Change::Strengthened)]
        );
        // Each term once, in any of its forms.
        let s = side("It is ratified and ratified again, with a guarantee.");
        let terms = legal_terms(&s);
        assert_eq!(terms.len(), 2, "{terms:?}");
    }

    #[test]
    fn changes_are_placed_on_both_texts() {
        let d = words::diff(
            "NATO will not expand.",
            "NATO will expand.",
            &crate::compare::TextOptions::default(),
        );
        let (old, new) = changed_ranges(&d.spans);
        // "not " went from bytes 10..14 of the old text; the new text has the empty place 10.
        assert_eq!(old, [(10, 14)]);
        assert_eq!(new, [(10, 10)]);
        assert!(touched(&old, 10, 13));
        assert!(touched(&new, 5, 16), "\"will expand\" holds the place");
        assert!(
            !touched(&new, 10, 16),
            "the place is at the start of \"expand\""
        );
        assert!(!touched(&new, 0, 4));
    }

    #[test]
    fn counts_per_kind_and_their_line() {
        let old = crate::Draft::from_text(
            "a",
            "Plan\n1. The armed forces are capped at 600,000 personnel.\n2. Russia, Ukraine and Europe conclude a pact.\n3. Talks are held in Geneva.\n",
        );
        let new = crate::Draft::from_text(
            "b",
            "Plan\n1. The armed forces are kept at 800,000 personnel.\n2. Russia and Ukraine conclude a pact.\n3. Talks are held in Geneva.\n",
        );
        let c = crate::compare::compare(&old, &new, &crate::compare::TextOptions::default());
        let counts = c.substance_counts();
        assert_eq!(counts.findings_of(Kind::Figure), 1);
        assert_eq!(counts.rows_of(Kind::Party), 1);
        assert_eq!(counts.rows_of(Kind::Deadline), 0);
        assert_eq!(counts.rows_any, 2);
        assert_eq!(counts.line().as_deref(), Some("1 figure, 1 party"));
        assert_eq!(Kind::Party.counted(3), "3 parties");
        assert_eq!(Counts::default().line(), None);
    }
}
