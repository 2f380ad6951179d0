//! Words that mean the same in agreements, across languages: the evidence alignment needs
//! when a drafter paraphrases with synonyms ("foreign troops shall not be stationed" → "military
//! contingents of other states may not be based") or a translator picks another word.
//!
//! The bundled list is `assets/thesaurus.txt`: one concept per line, its entries separated by
//! commas. An entry is a word or a two-word phrase; a trailing `*` makes its last word a
//! prefix (`військ*` is every case of `військо`). Alignment reads a word that an entry matches
//! as the concept, so two points that say the same thing in other words share it.

use rustc_hash::{FxHashMap, FxHashSet};

use super::words::{self, TokenKind};
use std::path::PathBuf;
use std::sync::OnceLock;

/// Fewest letters before a `*`: a shorter prefix cuts into unrelated words.
pub const MIN_PREFIX_LETTERS: usize = 4;

/// The second word of a two-word phrase: the word (or a prefix, when the flag is set) and the
/// phrase's concept.
type Second = (Box<str>, bool, u32);

/// Concepts of words and two-word phrases, read from a thesaurus text.
#[derive(Debug, Default, Clone)]
pub struct Thesaurus {
    /// Whole words, lower-cased.
    words: FxHashMap<Box<str>, u32>,
    /// Prefixes (entries ending in `*`), lower-cased, without the `*`.
    prefixes: FxHashMap<Box<str>, u32>,
    /// The first [`MIN_PREFIX_LETTERS`] letters of every prefix, with the lengths in letters
    /// of the prefixes that start so (bit `n` for `n` letters, bit 31 for 31 or more): a word
    /// whose start is not here has no prefix entry, which one look-up tells, and one that is
    /// here is looked up at those lengths only.
    starts: FxHashMap<Box<str>, u32>,
    /// Two-word phrases by their first word: the second word (or prefix), whether it is a
    /// prefix, and the concept.
    phrases: FxHashMap<Box<str>, Vec<Second>>,
    /// The value of each concept whose line has a whole number among its entries (`12,
    /// twelve, дванадцят*`): a number written in words (`twenty-eight`) is read as the
    /// figure (`28`) from its tens and units.
    numbers: FxHashMap<u32, u32>,
    /// The whole-word entries longer than [`words::STEM_LETTERS`] letters, with their
    /// concepts, by their first [`words::STEM_LETTERS`] letters: where to look for the entry
    /// of which a word is another form ([`Thesaurus::form_concept`]).
    forms: FxHashMap<Box<str>, Vec<(Box<str>, u32)>>,
    /// Number of concepts (lines).
    concepts: u32,
}

/// English endings that make another form of one word (`guarantee`, `guaranteed`,
/// `guarantees`; `complete`, `completion`; `disagree`, `disagreement`), compared where a word
/// and an entry part: `complex` is not a form of `completion`, nor `community` of
/// `communicate`. Not `-er` (a `commander` is not a `command`). Other languages' forms are the
/// thesaurus's prefix entries (`угод*`).
const FORM_ENDINGS: [&str; 14] = [
    "", "s", "e", "es", "d", "ed", "ing", "ings", "ion", "ions", "ment", "ments", "al", "ly",
];

/// Endings of [`FORM_ENDINGS`] a word may have but an entry not: a noun in `-ing` often means
/// more than doing its verb (`accounting` is not any `account`, nor `packaging` a `package`),
/// while a verb's `-ing` beside a listed form is that verb (`restoring` beside `restore`).
const WORD_ONLY_ENDINGS: [&str; 2] = ["ing", "ings"];

impl Thesaurus {
    /// The thesaurus comparisons use: the bundled one (`assets/thesaurus.txt`) with the user's
    /// own lines added ([`user_path`]), read once. A user's file that cannot be read leaves the
    /// bundled one alone (see [`load`], which says why). Empty when the environment sets
    /// `CLAUSEWISE_NO_THESAURUS` (to measure what it costs and what it pairs).
    pub fn active() -> &'static Thesaurus {
        &loaded().0
    }

    /// Reads a thesaurus text. An error names the line and what is wrong with it.
    pub fn parse(text: &str) -> Result<Thesaurus, String> {
        let mut t = Thesaurus::default();
        t.extend(text)?;
        Ok(t)
    }

    /// Adds the lines of a thesaurus text, each a new concept; an entry that an earlier text
    /// had moves to its new line (a user's line overrides the bundled one). Returns how many
    /// lines were added. An entry twice in `text` is an error, which names the line.
    pub fn extend(&mut self, text: &str) -> Result<usize, String> {
        // Entries of this text, by hash (the text is read once per run: no copies kept).
        let mut seen: FxHashSet<u64> = FxHashSet::default();
        seen.reserve(text.len() / 12);
        self.words.reserve(text.len() / 24);
        self.prefixes.reserve(text.len() / 48);
        let mut entry = String::new();
        let before = self.concepts;
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let entries: Vec<&str> = line
                .split(',')
                .map(str::trim)
                .filter(|e| !e.is_empty())
                .collect();
            if entries.len() < 2 {
                return Err(format!(
                    "line {}: a concept needs two entries or more",
                    n + 1
                ));
            }
            if let Some(value) = entries.iter().find_map(|e| e.parse::<u32>().ok()) {
                self.numbers.insert(self.concepts, value);
            }
            for raw in entries {
                lower_into(raw, &mut entry);
                if !seen.insert(words::fx_hash(&entry)) {
                    return Err(format!("line {}: `{entry}` is on an earlier line", n + 1));
                }
                self.add(&entry)
                    .map_err(|e| format!("line {}: `{entry}`: {e}", n + 1))?;
            }
            self.concepts += 1;
        }
        self.forms.clear();
        for (word, &concept) in &self.words {
            if let Some(start) = word_start(word) {
                self.forms
                    .entry(start.into())
                    .or_default()
                    .push((word.clone(), concept));
            }
        }
        Ok((self.concepts - before) as usize)
    }

    fn add(&mut self, entry: &str) -> Result<(), String> {
        let concept = self.concepts;
        // `non-aligned` is read as the two words a reader's text splits it into.
        let parts: Vec<&str> = entry
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|p| !p.is_empty())
            .collect();
        let (last, prefix) = match parts.last() {
            Some(last) => match last.strip_suffix('*') {
                Some(p) => (p, true),
                None => (*last, false),
            },
            None => return Err("empty entry".into()),
        };
        if parts[..parts.len() - 1].iter().any(|p| p.contains('*')) || last.contains('*') {
            return Err("only the last word may end in `*`".into());
        }
        if prefix && last.chars().count() < MIN_PREFIX_LETTERS {
            return Err(format!(
                "a prefix needs {MIN_PREFIX_LETTERS} letters or more"
            ));
        }
        match parts.len() {
            1 if prefix => {
                *self.starts.entry(start(last).into()).or_default() |=
                    1 << last.chars().count().min(31);
                self.prefixes.insert(last.into(), concept);
            }
            1 => {
                self.words.insert(last.into(), concept);
            }
            2 => {
                let seconds = self.phrases.entry(parts[0].into()).or_default();
                // A phrase an earlier text had (a user's line over the bundled one) moves to
                // this line's concept, as a word does: no second entry behind the first.
                match seconds.iter_mut().find(|s| *s.0 == *last && s.1 == prefix) {
                    Some(second) => second.2 = concept,
                    None => seconds.push((last.into(), prefix, concept)),
                }
            }
            _ => return Err("an entry is one word or two".into()),
        }
        Ok(())
    }

    /// The number a concept stands for, if its line has one (`twenty` → 20).
    pub fn number(&self, concept: u32) -> Option<u32> {
        self.numbers.get(&concept).copied()
    }

    /// How many concepts there are.
    pub fn len(&self) -> usize {
        self.concepts as usize
    }

    /// Whether there is no concept.
    pub fn is_empty(&self) -> bool {
        self.concepts == 0
    }

    /// The concept of a lower-cased word: its own entry, or else the longest prefix entry it
    /// starts with, or else the concept of the whole-word entries it is another form of
    /// (`disagreed` of `disagreement`: the same first letters, then an English ending).
    pub fn concept(&self, word: &str) -> Option<u32> {
        if let Some(&c) = self.words.get(word) {
            return Some(c);
        }
        if word.chars().count() < MIN_PREFIX_LETTERS {
            return None;
        }
        self.prefix_concept(word)
            .or_else(|| self.form_concept(word))
    }

    /// The concept of the whole-word entries `word` is another form of, when they are all of
    /// one concept: entries that start with the same [`words::STEM_LETTERS`] letters and part
    /// from it only in their [`FORM_ENDINGS`] (the entry's not in [`WORD_ONLY_ENDINGS`]).
    /// `disagreed` reads as `disagreement`, where the thesaurus lists only the noun; `settles`
    /// beside entries `settled` and `settlement` of two concepts reads as neither.
    fn form_concept(&self, word: &str) -> Option<u32> {
        let entries = self.forms.get(word_start(word)?)?;
        let mut found = None;
        for (entry, concept) in entries {
            let common = word
                .bytes()
                .zip(entry.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            // Back to a character boundary (both strings share these bytes).
            let common = (0..=common)
                .rev()
                .find(|&i| word.is_char_boundary(i))
                .unwrap_or(0);
            let is_ending = |tail: &str| FORM_ENDINGS.contains(&tail);
            let entry_tail = &entry[common..];
            if !is_ending(&word[common..])
                || !is_ending(entry_tail)
                || WORD_ONLY_ENDINGS.contains(&entry_tail)
            {
                continue;
            }
            match found {
                None => found = Some(*concept),
                Some(c) if c != *concept => return None,
                Some(_) => {}
            }
        }
        found
    }

    /// The concept of the longest prefix entry `word` starts with.
    fn prefix_concept(&self, word: &str) -> Option<u32> {
        let &lengths = self.starts.get(start(word))?;
        // The longest prefix first: cut one letter at a time down to the shortest allowed,
        // looking up only the lengths some prefix of this start has.
        let (mut cut, mut letters) = (word.len(), word.chars().count());
        while letters >= MIN_PREFIX_LETTERS {
            if lengths & (1 << letters.min(31)) != 0
                && let Some(&c) = self.prefixes.get(&word[..cut])
            {
                return Some(c);
            }
            cut = word[..cut].char_indices().next_back().map_or(0, |(i, _)| i);
            letters -= 1;
        }
        None
    }

    /// Whether a lower-cased word is the first word of a two-word phrase ([`Thesaurus::phrase`]).
    pub fn starts_phrase(&self, first: &str) -> bool {
        self.phrases.contains_key(first)
    }

    /// The concept of two consecutive lower-cased words read as a phrase.
    pub fn phrase(&self, first: &str, second: &str) -> Option<u32> {
        self.phrases.get(first)?.iter().find_map(|(w, prefix, c)| {
            let hit = if *prefix {
                second.starts_with(&**w)
            } else {
                second == &**w
            };
            hit.then_some(*c)
        })
    }
}

/// Most synonyms said of one row ([`Thesaurus::synonyms`]).
pub const MAX_SYNONYMS: usize = 6;

/// A word (or two-word phrase) of the old text and another of the new text that the thesaurus
/// reads as one concept: why a row reworded in other words was paired ("troops" = "contingents").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Synonym {
    /// As the old text writes it.
    pub old: String,
    /// As the new text writes it.
    pub new: String,
}

/// Reads the words of a text, one at a time and in order, against a thesaurus: each word's
/// concept, and that of the two-word phrase it ends. It keeps the word lower-cased, and the
/// word before it, in buffers of its own.
pub struct Reader<'t> {
    thesaurus: &'t Thesaurus,
    lower: String,
    prev: String,
    started: bool,
}

/// What a [`Reader`] found of one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Read {
    /// The word's concept.
    pub word: Option<u32>,
    /// The concept of the phrase of the word before and this one.
    pub phrase: Option<u32>,
}

impl<'t> Reader<'t> {
    /// A reader at the start of a text.
    pub fn new(thesaurus: &'t Thesaurus) -> Self {
        Reader {
            thesaurus,
            lower: String::new(),
            prev: String::new(),
            started: false,
        }
    }

    /// Reads the next word of the text (a word token, as written).
    pub fn word(&mut self, token: &str) -> Read {
        std::mem::swap(&mut self.lower, &mut self.prev);
        lower_into(token, &mut self.lower);
        let phrase = if self.started {
            self.thesaurus.phrase(&self.prev, &self.lower)
        } else {
            None
        };
        self.started = true;
        Read {
            word: self.thesaurus.concept(&self.lower),
            phrase,
        }
    }

    /// The word before the last one read and the last one, lower-cased.
    pub fn lowered(&self) -> (&str, &str) {
        (&self.prev, &self.lower)
    }
}

/// The words of a text that the thesaurus knows, in order: (concept, the word or phrase as
/// written, lower-cased).
fn known_words<'a>(t: &Thesaurus, text: &'a str) -> Vec<(u32, &'a str, String)> {
    let mut out = Vec::new();
    let mut reader = Reader::new(t);
    let mut prev: Option<usize> = None;
    for (start, token) in words::tokens_of(text)
        .scan(0, |at, (token, kind)| {
            let start = *at;
            *at += token.len();
            Some((start, token, kind))
        })
        .filter(|t| t.2 == TokenKind::Word)
        .map(|(start, token, _)| (start, token))
    {
        let read = reader.word(token);
        let (before, lower) = reader.lowered();
        if let (Some(p), Some(c)) = (prev, read.phrase) {
            out.push((
                c,
                &text[p..start + token.len()],
                format!("{before} {lower}"),
            ));
        }
        if let Some(c) = read.word {
            out.push((c, token, lower.to_owned()));
        }
        prev = Some(start);
    }
    out
}

/// Fewest first consonants two lower-cased words share to be taken for forms of one word
/// (`signed`, `signing`; `земель`, `землі`; `якість`, `якості`) rather than synonyms: inflection
/// changes endings and, in Ukrainian, vowels inside the word.
pub const FAMILY_CONSONANTS: usize = 3;

/// Whether two lower-cased words or phrases look like forms of one word: some word of one and
/// some word of the other start with the same [`FAMILY_CONSONANTS`] consonants, or the
/// consonants of the shorter start the longer's (`два`, `двох`).
fn same_family(a: &str, b: &str) -> bool {
    let consonants = |w: &str| -> Vec<char> {
        w.chars()
            .filter(|c| c.is_alphanumeric() && !"aeiouyаеєиіїоуюяыэёьй".contains(*c))
            .collect()
    };
    a.split_whitespace().any(|wa| {
        let ca = consonants(wa);
        b.split_whitespace().any(|wb| {
            if wa == wb {
                return true;
            }
            let cb = consonants(wb);
            let common = ca.iter().zip(&cb).take_while(|(x, y)| x == y).count();
            common >= FAMILY_CONSONANTS || (common > 0 && common == ca.len().min(cb.len()))
        })
    })
}

impl Thesaurus {
    /// The synonyms that tie `old` to `new`: for each concept both texts have (in the old
    /// text's order), its first word on each side, when the two sides share no word of it
    /// (a word kept is no synonym). At most [`MAX_SYNONYMS`].
    pub fn synonyms(&self, old: &str, new: &str) -> Vec<Synonym> {
        let news = known_words(self, new);
        if news.is_empty() {
            return Vec::new();
        }
        let olds = known_words(self, old);
        let mut out: Vec<Synonym> = Vec::new();
        for (k, (c, written, _)) in olds.iter().enumerate() {
            if out.len() == MAX_SYNONYMS {
                break;
            }
            // Each concept once, at its first word on the old side.
            if olds[..k].iter().any(|w| w.0 == *c) {
                continue;
            }
            let Some((_, other, _)) = news.iter().find(|w| w.0 == *c) else {
                continue;
            };
            // A word kept, or another form of it (`guarantor`, `guarantors`), is no synonym.
            let kept = olds.iter().filter(|a| a.0 == *c).any(|a| {
                news.iter()
                    .filter(|b| b.0 == *c)
                    .any(|b| same_family(&a.2, &b.2))
            });
            if !kept {
                out.push(Synonym {
                    old: (*written).to_owned(),
                    new: (*other).to_owned(),
                });
            }
        }
        out
    }
}

/// Where a user's own thesaurus lines are read from: the file `CLAUSEWISE_THESAURUS` names,
/// or else `thesaurus.txt` in Clausewise's configuration folder
/// (`$XDG_CONFIG_HOME/clausewise`, by default `~/.config/clausewise`). Its lines, in the
/// bundled format, are added to the bundled ones: synonyms of a field, or of a language the
/// bundled thesaurus does not cover.
pub fn user_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CLAUSEWISE_THESAURUS") {
        return Some(PathBuf::from(path));
    }
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(config.join("clausewise").join("thesaurus.txt"))
}

/// What was read of the user's thesaurus: the file and how many lines it added, or the
/// one-line error that left it out. `Ok(None)` when there is no such file.
pub type UserLines = Result<Option<(PathBuf, usize)>, String>;

/// Reads the thesaurus (bundled and the user's, see [`Thesaurus::active`]) now rather than at
/// the first comparison, and says what became of the user's file, so that the command line
/// can stop on a bad file and the app can say it left it out.
pub fn load() -> &'static UserLines {
    &loaded().1
}

fn loaded() -> &'static (Thesaurus, UserLines) {
    static ACTIVE: OnceLock<(Thesaurus, UserLines)> = OnceLock::new();
    ACTIVE.get_or_init(|| {
        if std::env::var_os("CLAUSEWISE_NO_THESAURUS").is_some() {
            return (Thesaurus::default(), Ok(None));
        }
        // The bundled text is checked by a test; an error there leaves it empty rather than
        // stopping a comparison.
        let mut t = Thesaurus::parse(BUNDLED).unwrap_or_default();
        let user = user_path().map_or(Ok(None), |path| read_user(&mut t, path));
        (t, user)
    })
}

/// The bundled thesaurus text.
pub const BUNDLED: &str = include_str!("../../assets/thesaurus.txt");

/// Adds the lines of the user's thesaurus at `path` to `t`; no file there is no error.
fn read_user(t: &mut Thesaurus, path: PathBuf) -> UserLines {
    let shown = path.display().to_string();
    let text = match std::fs::read(&path) {
        Ok(bytes) => String::from_utf8(bytes)
            .map_err(|_| format!("{shown}: a thesaurus must be UTF-8 text"))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("{shown}: {e}")),
    };
    // A bad line leaves the whole file out: half a user's thesaurus would pair unpredictably.
    let mut extended = t.clone();
    let lines = extended
        .extend(&text)
        .map_err(|e| format!("{shown}: {e}"))?;
    *t = extended;
    Ok(Some((path, lines)))
}

/// `word` lower-cased into `out` (cleared first), with every apostrophe written `’`, as the
/// thesaurus writes its entries.
pub fn lower_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() && !word.contains('\'') {
        // Copied whole, then lower-cased in place (no character pushed one by one).
        out.push_str(word);
        out.make_ascii_lowercase();
    } else if word.is_ascii() {
        out.extend(word.bytes().map(|b| match b {
            b'\'' => '’',
            b => b.to_ascii_lowercase() as char,
        }));
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase).map(|c| match c {
            '\'' | 'ʼ' => '’',
            c => c,
        }));
    }
}

/// A lower-cased word's first [`words::STEM_LETTERS`] letters, if it has more (see
/// [`Thesaurus::form_concept`]).
fn word_start(word: &str) -> Option<&str> {
    let (end, _) = word.char_indices().nth(words::STEM_LETTERS)?;
    Some(&word[..end])
}

/// The first [`MIN_PREFIX_LETTERS`] letters of a word (all of it when shorter).
fn start(word: &str) -> &str {
    match word.char_indices().nth(MIN_PREFIX_LETTERS) {
        Some((i, _)) => &word[..i],
        None => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# military\n\
        troops, contingents, військ*, military personnel\n\
        station, stationed, based, розміщ*\n\
        \n\
        put right, correct, rectify*\n";

    #[test]
    fn words_prefixes_and_phrases_name_their_concept() {
        let t = Thesaurus::parse(TEXT).unwrap();
        assert_eq!(t.len(), 3);
        assert_eq!(t.concept("troops"), t.concept("contingents"));
        assert_eq!(t.concept("військами"), t.concept("troops"));
        assert_eq!(t.concept("розміщуються"), t.concept("based"));
        assert_ne!(t.concept("troops"), t.concept("based"));
        assert_eq!(t.phrase("military", "personnel"), t.concept("troops"));
        assert_eq!(t.phrase("put", "right"), t.concept("rectifying"));
        assert_eq!(t.concept("troupe"), None);
        assert_eq!(t.concept("війна"), None);
        assert_eq!(t.phrase("put", "left"), None);
    }

    #[test]
    fn other_forms_of_an_entry_share_its_concept_unless_they_are_forms_of_two() {
        let t = Thesaurus::parse(
            "dispute, disagreement, спір\n\
             end, completion\n\
             settlement, colony\n\
             settled, resolved\n",
        )
        .unwrap();
        // Not entries, but other forms of one.
        assert_eq!(t.concept("disagree"), t.concept("dispute"));
        assert_eq!(t.concept("disagreed"), t.concept("спір"));
        assert!(t.concept("disagree").is_some());
        assert_eq!(t.concept("completes"), t.concept("end"));
        assert_eq!(t.concept("completed"), t.concept("end"));
        // The same first letters, but another word: not a form.
        assert_eq!(t.concept("complex"), None);
        assert_eq!(t.concept("complement"), None);
        assert_eq!(t.concept("disagreeable"), None);
        // Nor is a word beside an entry in `-ing` or `-er`: `accounting` means more.
        let u = Thesaurus::parse("accounting, bookkeeping\ncommander, officer\n").unwrap();
        assert_eq!(u.concept("account"), None);
        assert_eq!(u.concept("accounts"), None);
        assert_eq!(u.concept("command"), None);
        // A form of two entries of two concepts names neither; the entries keep theirs.
        assert_eq!(t.concept("settles"), None);
        assert_eq!(t.concept("settlement"), t.concept("colony"));
        assert_ne!(t.concept("settled"), t.concept("settlement"));
    }

    #[test]
    fn synonyms_name_the_words_each_side_uses_for_one_concept() {
        let t = Thesaurus::parse(TEXT).unwrap();
        let found = t.synonyms(
            "Foreign troops stationed there need rectifying.",
            "Contingents based there, as military personnel, are put right; troops too.",
        );
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|s| (s.old.as_str(), s.new.as_str()))
            .collect();
        // `troops` is on both sides: kept, not a synonym. `stationed` = `based`, and the
        // phrase `put right` = `rectifying`.
        assert_eq!(pairs, [("stationed", "based"), ("rectifying", "put right")]);
        assert!(t.synonyms("Troops leave.", "Bridges open.").is_empty());
        // Forms of one word are not synonyms.
        assert!(t.synonyms("військами", "військових").is_empty());
        for (a, b) in [("земель", "землі"), ("якість", "якості"), ("два", "двох")]
        {
            assert!(same_family(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("troops", "contingents"),
            ("vessel", "boat"),
            ("ports", "harbours"),
        ] {
            assert!(!same_family(a, b), "{a} {b}");
        }
    }

    #[test]
    fn bad_lines_are_refused_with_their_number() {
        for (text, says) in [
            ("troops\n", "line 1: a concept needs two entries"),
            ("a, b\nb, c\n", "line 2: `b` is on an earlier line"),
            ("arm*, weapons\n", "a prefix needs 4 letters"),
            ("heavy weapon systems, arms\n", "one word or two"),
            ("mil* personnel, troops\n", "only the last word"),
        ] {
            let err = Thesaurus::parse(text).unwrap_err();
            assert!(err.contains(says), "{text:?}: {err}");
        }
    }

    #[test]
    fn the_bundled_thesaurus_reads_without_error() {
        let t = Thesaurus::parse(BUNDLED).unwrap();
        assert!(t.len() >= 100, "only {} concepts", t.len());
        // Abbreviations a rendering writes for what another spells out (`ЗСУ`, the armed
        // forces; `ЗАЕС`, the Zaporizhzhia nuclear plant; `РФ`, the Russian Federation).
        for (short, long) in [
            ("зсу", "армія"),
            ("зсу", "troops"),
            ("заес", "аес"),
            ("znpp", "npp"),
            ("рф", "росія"),
        ] {
            assert!(t.concept(short).is_some(), "{short}");
            assert_eq!(t.concept(short), t.concept(long), "{short} ~ {long}");
        }
    }

    #[test]
    fn a_users_lines_are_added_and_override_the_bundled_ones() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("thesaurus.txt");
        let mut t = Thesaurus::parse(TEXT).unwrap();
        assert_eq!(
            read_user(&mut t, path.clone()),
            Ok(None),
            "no file, no error"
        );

        // Polish synonyms, and `based` taken from the bundled `station` line.
        std::fs::write(&path, "# mine\nwojska, kontyngent*\nbased, founded\n").unwrap();
        assert_eq!(read_user(&mut t, path.clone()), Ok(Some((path.clone(), 2))));
        assert_eq!(t.concept("wojska"), t.concept("kontyngentami"));
        assert_eq!(t.concept("based"), t.concept("founded"));
        assert_ne!(t.concept("based"), t.concept("stationed"));
        assert_eq!(
            t.concept("troops"),
            t.concept("contingents"),
            "the rest stays"
        );
        assert_eq!(t.len(), 5);

        // A line that repeats a bundled one, phrase included, keeps it one concept: the
        // phrase moves to the new line with its words.
        std::fs::write(&path, "troops, contingents, військ*, military personnel\n").unwrap();
        assert_eq!(read_user(&mut t, path.clone()), Ok(Some((path.clone(), 1))));
        assert_eq!(t.phrase("military", "personnel"), t.concept("troops"));
        assert_eq!(t.concept("військами"), t.concept("contingents"));
    }

    #[test]
    fn a_bad_users_file_is_left_out_with_one_line_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("thesaurus.txt");
        let mut t = Thesaurus::parse(TEXT).unwrap();
        for (bytes, says) in [
            (
                &b"wojska, kontyngent*\nwojna\n"[..],
                "line 2: a concept needs two entries",
            ),
            (&b"wojska, \xff\xfe\n"[..], "must be UTF-8"),
        ] {
            std::fs::write(&path, bytes).unwrap();
            let err = read_user(&mut t, path.clone()).unwrap_err();
            assert!(err.starts_with(&path.display().to_string()), "{err}");
            assert!(err.contains(says), "{err}");
            assert!(!err.contains('\n'));
            assert_eq!(t.concept("wojska"), None, "nothing of the file is used");
            assert_eq!(t.len(), 3);
        }
    }
}
