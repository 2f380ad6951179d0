//! Normalising the text before it is split into lines: invisible characters, styled letters,
//! Markdown escapes and inline markup, the `> ` of quoted e-mail lines.

use unicode_normalization::UnicodeNormalization;

use rustc_hash::FxHashMap;

use super::furniture::comment_balloon;
use super::markers::{Family, marker};
use super::sentences::ends_sentence;
use super::{LeftOut, runs_from_one};
use crate::draft::scan;
use crate::script;

/// Characters that take no room and mean nothing in a draft's text: the zero-width space, the
/// word joiner and a byte order mark inside the text, and the marks that set the direction of
/// right-to-left text (left-to-right and right-to-left marks, the Arabic letter mark,
/// embeddings, overrides and isolates). Content systems, messengers and word processors put
/// them before list numbers (`\u{200b}1. Text`, `\u{200f}1. تأكيد…`), where they hid the
/// numbering. (Joiners, which shape Persian words and emoji, stay.)
const INVISIBLE: &[char] = &[
    '\u{200b}', '\u{2060}', '\u{feff}', '\u{200e}', '\u{200f}', '\u{061c}', '\u{202a}', '\u{202b}',
    '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
];

/// Fewest lines starting with an escaped list marker (`1\.`, `\-`) for a text to be read as
/// Markdown written with escapes (`without_markdown_escapes`).
pub const MIN_ESCAPED_MARKERS: usize = 2;

/// The text without Markdown's backslash escapes (`1\. Text`, `\- Text`, `\*not bold\*`), when
/// its lines start with escaped list markers: how a web page saved as Markdown comes out
/// (HTML-to-Markdown converters escape a paragraph's `1.` so that it is not read as a list).
/// Escaped, the numbers were not seen and the backslashes stayed in the text. A backslash
/// before anything but ASCII punctuation is kept (`C:\Drafts`).
pub(super) fn without_markdown_escapes(text: String) -> String {
    let escaped_marker = |line: &str| {
        let l = line.trim_start();
        let digits = l.bytes().take_while(u8::is_ascii_digit).count();
        let after = &l[digits..];
        // Three digits at most: `1991\.` in a timeline is a year.
        ((1..=3).contains(&digits) && (after.starts_with("\\.") || after.starts_with("\\)")))
            || (digits == 0 && ["\\-", "\\*", "\\+"].iter().any(|p| after.starts_with(p)))
    };
    if !scan::has_byte(&text, b'\\')
        || scan::lines(&text).filter(|l| escaped_marker(l)).count() < MIN_ESCAPED_MARKERS
    {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    out
}

/// BBCode's tags, as a forum post's source keeps them (`[b]Title[/b]`, `[quote="Name"]` …
/// `[/quote]`, `[url=…]text[/url]`), lower-cased; `*` is a list's item.
const BBCODE_TAGS: &[&str] = &[
    "b", "i", "u", "s", "quote", "url", "size", "color", "font", "center", "left", "right", "list",
    "*", "code", "spoiler", "img", "email", "sup", "sub",
];

/// Most bytes of a BBCode tag with its value (`[quote="Name" post_id=123 time=…]`, a link's
/// address with its tracking parameters).
const BBCODE_TAG_BYTES: usize = 2000;

/// A BBCode tag that a text starts with ([`bbcode_tag`]).
struct BbTag {
    /// Its length in bytes, brackets and value included.
    len: usize,
    /// Does it close (`[/b]`)?
    closing: bool,
    /// Is it a list's item (`[*]`)?
    item: bool,
}

/// The BBCode tag (see [`BBCODE_TAGS`]) that `s` starts with.
fn bbcode_tag(s: &str) -> Option<BbTag> {
    let inner = s.strip_prefix('[')?;
    // (Bytes, not a slice of the text: the limit may fall inside a letter.)
    let end = inner
        .bytes()
        .take(BBCODE_TAG_BYTES)
        .position(|b| matches!(b, b']' | b'\n' | b'['))?;
    if inner.as_bytes()[end] != b']' {
        return None;
    }
    let tag = &inner[..end];
    let (closing, tag) = match tag.strip_prefix('/') {
        Some(t) => (true, t),
        None => (false, tag),
    };
    let name = tag.split(['=', ' ']).next().unwrap_or_default();
    let known = BBCODE_TAGS.iter().any(|t| t.eq_ignore_ascii_case(name));
    // A closing tag has no value; `[*]`, no value either.
    let bare = name.len() == tag.len();
    // A value is given with `=` (`[url=…]`, `[quote="Name"]`, `[quote author=Name]`): not
    // a bracketed phrase that opens with a tag's word (`[Right of return …]`).
    let value = &tag[name.len()..];
    let valued = value.starts_with('=') || (value.starts_with(' ') && value.contains('='));
    (known && (bare || (!closing && name != "*" && valued))).then_some(BbTag {
        len: end + 2,
        closing,
        item: name == "*",
    })
}

/// The text without BBCode's tags (see [`BBCODE_TAGS`]), as a forum post copied from its
/// editor or its source keeps them: `[b]Title[/b]` is the title, a `[quote="Name"]` line over
/// the quoted draft a blank line, an item's `[*]` a bullet. Only in a text that closes one of
/// them (`[/b]`, `[/quote]`): `[i]` alone may number a point. Before, the marks were the
/// title's and a quote's opening line a heading over every point.
pub(super) fn without_bbcode(text: String) -> String {
    let closes = || {
        memchr::memmem::find_iter(text.as_bytes(), b"[/")
            .any(|k| bbcode_tag(&text[k..]).is_some_and(|tag| tag.closing))
    };
    if !closes() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for line in scan::lines_inclusive(&text) {
        let mut rest = line;
        while let Some(k) = rest.find('[') {
            out.push_str(&rest[..k]);
            match bbcode_tag(&rest[k..]) {
                Some(tag) => {
                    if tag.item {
                        out.push_str("- ");
                    }
                    rest = &rest[k + tag.len..];
                }
                None => {
                    out.push('[');
                    rest = &rest[k + 1..];
                }
            }
        }
        out.push_str(rest);
    }
    out
}

/// The text without Markdown's inline markup, as a web page saved as Markdown or a draft kept
/// in a Markdown editor has it: a link `[Article 5](https://…)` reads as its text, an image
/// `![Photo](…)` as nothing, `**bold**`, `__bold__`, `*italic*` and `_italic_` as their
/// words. Left in, a link's address was compared as words of the point (a plain copy of the
/// same page then differed in every linked phrase) and the marks showed in its text.
///
/// Only in a text that looks like Markdown ([`looks_like_markdown`]). Only marks that open at
/// the start of a word and close at the end of one are read (`snake_case`, `5 * 3`,
/// `Articles 3* and 4*` and a signature's `_____` are text), only links to an address
/// (`https://…`, `www.…`, `/…`; a table of contents' `#anchor` and bracketed options with a
/// parenthesis after them, `[shall](US)`, stay), and an escaped mark (`\*`) is text. Struck text (`~~…~~`) is left as it is: in a negotiating text
/// it says what is deleted. Marks may wrap within a paragraph; lines are kept, so line numbers
/// stay those of the file.
pub(super) fn without_inline_markup(text: String) -> String {
    if memchr::memchr3(b'[', b'*', b'_', text.as_bytes()).is_none() || !looks_like_markdown(&text) {
        return text;
    }
    // A block: lines of one paragraph (emphasis may wrap), up to a blank line or a line that
    // starts a list item or a heading.
    let starts_block = |line: &str| {
        let l = line.trim_start();
        let digits = l.bytes().take_while(u8::is_ascii_digit).count();
        l.is_empty()
            || l.starts_with('#')
            || ["- ", "* ", "+ "].iter().any(|m| l.starts_with(m))
            || (digits > 0 && [". ", ") "].iter().any(|m| l[digits..].starts_with(m)))
    };
    let mut out = String::with_capacity(text.len());
    let mut block = String::new();
    let flush = |block: &mut String, out: &mut String| {
        if block.contains(['[', '*', '_']) {
            out.push_str(&unmarked(block));
        } else {
            out.push_str(block);
        }
        block.clear();
    };
    for (n, line) in text.split('\n').enumerate() {
        // A picture alone on its line (`![Talks in Geneva](talks.jpg)`) is no text of the
        // draft: its line stays, blank, as the paragraphs' break it stands for.
        let line = if image_line(line) { "" } else { line };
        if n > 0 {
            if starts_block(line) {
                flush(&mut block, &mut out);
                out.push('\n');
            } else {
                block.push('\n');
            }
        }
        block.push_str(line);
    }
    flush(&mut block, &mut out);
    out
}

/// Is the line a Markdown picture alone (`![alt](src)`, or one that links, `[![alt](src)](href)`)?
fn image_line(line: &str) -> bool {
    let t = line.trim();
    (t.starts_with("![") || t.starts_with("[![")) && t.ends_with(')') && t.contains("](")
}

/// Fewest lines opening with a caption in bold ([`bold_lead_ins`]) for them to be read as
/// the points of a draft that numbers nothing.
pub const MIN_BOLD_LEAD_INS: usize = 4;

/// Most words in a caption in bold that opens a paragraph as a list's item does
/// (`**Security guarantees.** Ukraine receives …`): a longer bold run is emphasis.
const LEAD_IN_CAPTION_WORDS: usize = 8;

/// The lines (numbered from 1) that open with a caption in bold, as a news page lists a plan's
/// points without numbering them: `**Territory.** The line …`, `**Territory:** …`,
/// `**Territory**: …`, `**Territory** – …` or `**Territory**—…` (`__` as `**`). Only in a
/// text that looks like Markdown ([`looks_like_markdown`]); the caption is a few words
/// ([`LEAD_IN_CAPTION_WORDS`]), and text follows it on its line (a caption alone on its line
/// is a heading over its paragraph, read as one). Read before [`without_inline_markup`] takes
/// the marks off; whether these lines are the points is decided with the rest of the layout
/// (`lead_in_markers`).
pub(super) fn bold_lead_ins(text: &str) -> Vec<usize> {
    if !scan::has(text, "**") && !scan::has(text, "__") || !looks_like_markdown(text) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (n, line) in scan::lines(text).enumerate() {
        let t = line.trim_start();
        let Some(mark) = ["**", "__"].into_iter().find(|m| t.starts_with(m)) else {
            continue;
        };
        let after = &t[2..];
        if after.starts_with(|c: char| c.is_whitespace() || c == '*' || c == '_') {
            continue;
        }
        let Some(close) = after.find(mark) else {
            continue;
        };
        let caption = &after[..close];
        let words = script::word_count(caption);
        if caption.ends_with(char::is_whitespace) || words == 0 || words > LEAD_IN_CAPTION_WORDS {
            continue;
        }
        let rest = after[close + 2..].trim();
        // The caption's own stop, or one right after the marks (`**Territory**: …`).
        let said = |r: &str| r.chars().any(char::is_alphanumeric);
        let lead = if caption.ends_with(['.', ':', '!', '?']) {
            said(rest)
        } else {
            // A dash may stand unspaced (`**Troops**—Forces …`); a hyphen, a colon or a
            // stop has a space after it (`**Anti**-corruption` is a word).
            let dash = rest.strip_prefix(['–', '—']);
            let stop = rest.strip_prefix([':', '.', '-']);
            dash.is_some_and(said)
                || stop.is_some_and(|r| r.starts_with(char::is_whitespace) && said(r))
        };
        if lead {
            found.push(n + 1);
        }
    }
    found
}

/// Does the text show Markdown's markup: a link to an address (`](https://`), a heading line
/// (`## Title`), two bold marks (`**`) or numbers in marks ([`marked_numbers`])? Plain text has none, and its brackets, stars and
/// underscores are its own (`[shall](US)`, `40 *x + 60* y`, `__init__`).
fn looks_like_markdown(text: &str) -> bool {
    let linked = ["](http", "](www.", "](/", "](./", "](../", "](mailto:"]
        .iter()
        .any(|l| scan::has(text, l));
    let heading = scan::lines(text).any(|l| {
        let hashes = l.bytes().take_while(|&b| b == b'#').count();
        (1..=6).contains(&hashes) && l[hashes..].starts_with(' ')
    });
    linked || heading || text.matches("**").count() >= 2 || marked_numbers(text)
}

/// Fewest lines whose number is in bold or italic marks (`*1.* Text`, `_1._`, `*Пункт 2.*`)
/// for a text to be read as marked up ([`marked_numbers`]).
pub const MIN_MARKED_NUMBERS: usize = 2;

/// Do [`MIN_MARKED_NUMBERS`] lines open with a point's number in bold or italic marks, as
/// WhatsApp and Telegram posts set their lists (`*1.* Text`, `*1. Text*`, `__1.__`), and only
/// without them with a number (`* 1` is a bullet, `*1.*` no number)?
fn marked_numbers(text: &str) -> bool {
    let numbered = |l: &str| marker(l).is_some_and(|m| m.family != Family::Bullet);
    let (mut marked, mut plain) = (0, 0);
    for line in scan::lines(text) {
        let l = line.trim_start();
        if numbered(l) {
            plain += 1;
        } else if l.starts_with(['*', '_'])
            && !l[1..].starts_with(char::is_whitespace)
            && numbered(&unmarked(l))
        {
            marked += 1;
        }
    }
    // Most numbers are marked so: not a draft's plain points with italic notes under them
    // (`_1) Source: …_`).
    marked >= MIN_MARKED_NUMBERS && marked >= plain
}

/// Deepest nesting of links and emphasis read inside one another (`*[**text**](/a)*`): deeper
/// marks stay as written, so that a text of thousands of nested brackets costs a few passes
/// over it, not one per bracket (nor a stack as deep).
pub const MAX_MARKUP_DEPTH: usize = 8;

/// One block of lines without its inline markup ([`without_inline_markup`]).
fn unmarked(line: &str) -> String {
    unmarked_within(line, 0)
}

/// [`unmarked`], inside `depth` links or emphases.
fn unmarked_within(line: &str, depth: usize) -> String {
    if depth >= MAX_MARKUP_DEPTH {
        return line.to_owned();
    }
    let chars: Vec<char> = line.chars().collect();
    let marks = Marks::of(&chars);
    let inner = |from: usize, to: usize| {
        unmarked_within(&chars[from..to].iter().collect::<String>(), depth + 1)
    };
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && chars.get(i + 1).is_some_and(char::is_ascii_punctuation) {
            out.push(c);
            out.push(chars[i + 1]);
            i += 2;
            continue;
        }
        if c == '!'
            && chars.get(i + 1) == Some(&'[')
            && let Some((_, end)) = link(&chars, &marks, i + 1)
        {
            i = end;
            continue;
        }
        if c == '['
            && let Some((text_end, end)) = link(&chars, &marks, i)
        {
            out.push_str(&inner(i + 1, text_end));
            i = end;
            continue;
        }
        if c == '*' || c == '_' {
            let run = if chars.get(i + 1) == Some(&c) { 2 } else { 1 };
            if let Some(close) = emphasis_close(&chars, &marks, i, run) {
                out.push_str(&inner(i + run, close));
                i = close + run;
                continue;
            }
            // A run of marks that opens nothing stays whole (`**` of `***` is not a closer).
            let len = chars[i..].iter().take_while(|&&x| x == c).count();
            out.extend(&chars[i..i + len]);
            i += len;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// What the links and emphases of a block need, found in one pass each (looking for them from
/// every `[` or `*` would cost a pass per mark): the `]` that closes each `[`, the `)` that
/// closes each `(` on its line, and for each place the next mark that can close emphasis.
struct Marks {
    /// For each `[`, the index of its `]` (`NONE` when it has none, and for other characters).
    bracket: Vec<usize>,
    /// For each `(`, the index of its `)` on the same line, or `NONE`.
    paren: Vec<usize>,
    /// For `*` and `_` (in that order), and a run of one or two: for each index, the first
    /// closing run of that mark and length at or after it ([`closes_emphasis`]), or `NONE`.
    closers: [[Vec<usize>; 2]; 2],
}

const NONE: usize = usize::MAX;

impl Marks {
    fn of(chars: &[char]) -> Marks {
        let n = chars.len();
        let (mut bracket, mut paren) = (vec![NONE; n], vec![NONE; n]);
        let (mut brackets, mut parens) = (Vec::new(), Vec::new());
        for (k, &c) in chars.iter().enumerate() {
            match c {
                '[' => brackets.push(k),
                ']' => {
                    if let Some(open) = brackets.pop() {
                        bracket[open] = k;
                    }
                }
                '(' => parens.push(k),
                ')' => {
                    if let Some(open) = parens.pop() {
                        paren[open] = k;
                    }
                }
                // An address does not wrap.
                '\n' => parens.clear(),
                _ => {}
            }
        }
        let next = |mark: char, run: usize| {
            if !chars.contains(&mark) {
                return Vec::new();
            }
            let mut next = vec![NONE; n + 1];
            for k in (0..n).rev() {
                next[k] = if closes_emphasis(chars, k, mark, run) {
                    k
                } else {
                    next[k + 1]
                };
            }
            next
        };
        Marks {
            bracket,
            paren,
            closers: [[next('*', 1), next('*', 2)], [next('_', 1), next('_', 2)]],
        }
    }

    /// The first run of `run` marks `mark` at or after `from` that closes emphasis.
    fn closer(&self, mark: char, run: usize, from: usize) -> Option<usize> {
        let list = &self.closers[usize::from(mark == '_')][run - 1];
        list.get(from).copied().filter(|&k| k != NONE)
    }
}

/// Does a run of exactly `run` marks `mark` start at `chars[k]` and close emphasis: not a space
/// before it, nothing but a space or punctuation after it (an underscore inside a word is a
/// letter of it)?
fn closes_emphasis(chars: &[char], k: usize, mark: char, run: usize) -> bool {
    if chars[k] != mark || k == 0 || chars[k - 1] == mark || chars[k - 1].is_whitespace() {
        return false;
    }
    let len = chars[k..].iter().take_while(|&&x| x == mark).count();
    len == run
        && chars.get(k + run).is_none_or(|&a| {
            a.is_whitespace() || (a.is_ascii_punctuation() && a != mark) || "»”’…—–".contains(a)
        })
}

/// A Markdown link starting at `chars[open]` (`[`): the index of its `]` and the index after
/// its `)`. Its address is not empty, has no space before its title and does not start with
/// `#`.
fn link(chars: &[char], marks: &Marks, open: usize) -> Option<(usize, usize)> {
    let close = Some(marks.bracket[open]).filter(|&k| k != NONE)?;
    if close == open + 1 || chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let address = close + 2;
    // An address, not a parenthesis after bracketed text (`Article [7](2)`, `[shall](US)`,
    // `[24](48) hours` are a negotiating text's options and references).
    let head: String = chars[address..]
        .iter()
        .take(8)
        .collect::<String>()
        .to_lowercase();
    let is_address = ["http://", "https://", "www.", "mailto:", "/", "./", "../"]
        .iter()
        .any(|p| head.starts_with(p));
    if !is_address {
        return None;
    }
    // An address does not wrap (a title may hold spaces, not a line break).
    Some(marks.paren[close + 1])
        .filter(|&k| k != NONE)
        .map(|end| (close, end + 1))
}

/// Where emphasis opened by `run` marks at `chars[open]` closes: the index of its closing
/// marks ([`closes_emphasis`]), within the block (emphasis may wrap). The opening marks start
/// a word (nothing but a space or an opening punctuation mark before them, a letter or digit
/// after).
fn emphasis_close(chars: &[char], marks: &Marks, open: usize, run: usize) -> Option<usize> {
    let before_ok = open == 0 || {
        let b = chars[open - 1];
        b.is_whitespace() || "([{\"'«„“‘".contains(b)
    };
    if !before_ok
        || !chars
            .get(open + run)
            .is_some_and(|c| c.is_alphanumeric() || "\"'«„“‘([".contains(*c))
    {
        return None;
    }
    marks.closer(chars[open], run, open + run + 1)
}

/// `text` without the `> ` that an e-mail reply puts before each line it quotes, when most
/// of its lines are so quoted (as when a draft's points are quoted in a reply), or when the
/// quoted lines hold the list and the others none (a forward's note above the draft, a
/// reply's comments between the quoted points): the quoted text is the draft's, and the
/// comments stay in the points they follow, as an editor's do. A text with a few quoted lines
/// keeps them as they are.
pub(super) fn without_quote_prefixes(text: String) -> String {
    let filled = scan::lines(&text).filter(|l| !l.trim().is_empty()).count();
    let quoted = scan::lines(&text).filter(|l| unquoted(l).is_some()).count();
    // Or the list is quoted whole, under a forward's own lines (`See below:`), in one quoted
    // block, or in several with a reply's comments between them when its numbers run on from
    // 1 (the draft's points, each with its comment). A line of another kind outside it is no
    // point of that list (a signature's `— Daniel` under quoted numbers).
    let list_quoted = || {
        let (mut inside, mut blocks, mut in_block) = (0, 0, false);
        let mut families: Vec<Family> = Vec::new();
        let mut numbers: Vec<u32> = Vec::new();
        for l in scan::lines(&text) {
            if let Some(rest) = unquoted(l) {
                if let Some(m) = marker(rest) {
                    inside += 1;
                    families.push(m.family);
                    numbers.push(m.number);
                }
                blocks += usize::from(!in_block);
                in_block = true;
            } else {
                in_block &= l.trim().is_empty();
            }
        }
        let outside = text
            .lines()
            .filter(|l| unquoted(l).is_none())
            .any(|l| marker(l).is_some_and(|m| families.contains(&m.family)));
        inside >= MIN_QUOTED_LINES && !outside && (blocks == 1 || runs_from_one(&numbers))
    };
    if quoted < MIN_QUOTED_LINES || (quoted * 2 <= filled && !list_quoted()) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for line in scan::lines_inclusive(&text) {
        out.push_str(unquoted(line).unwrap_or(line));
    }
    out
}

/// `text` without the stamps a messenger's exported chat puts before each message
/// (`[14.03.25, 19:05:02] Jonas Weber: `, WhatsApp's), when [`MIN_CHAT_STAMPS`] lines or more
/// have one: what each message says stays on its line, so a draft posted point by point
/// (`… Jonas Weber: 4. Guests are announced`) is read as its points, and the others' replies as
/// text of the point they follow, as comments are. Before, a stamp hid each number.
pub(super) fn without_chat_stamps(text: String) -> String {
    if scan::lines(&text)
        .filter(|l| chat_stamp(l).is_some())
        .count()
        < MIN_CHAT_STAMPS
    {
        return without_first_stamp(text);
    }
    // Only a draft posted in the chat: its messages' numbers run on from 1 (a chat whose
    // messages cite points, `Tom: 2. is too strict`, keeps its stamps).
    let numbers: Vec<u32> = text
        .lines()
        .filter_map(|l| {
            let message = &l[chat_stamp(l).unwrap_or(0)..];
            let digits = message.len()
                - message
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .len();
            let after = &message[digits..];
            (digits > 0 && (after.starts_with(". ") || after.starts_with(") ")))
                .then(|| message[..digits].parse().ok())
                .flatten()
        })
        .collect();
    // (A reply in between may cite one of them, `Marek: 2. still says…`: the run from 1 is
    // taken in order, past the others, and holds four in five of the numbers at least; remarks
    // on points 1, 2, 3 and 2 again are a discussion. A run of five or more, two in three:
    // after a draft of nine points, a reply's own questions `1.`, `2.` and their answers.)
    let run = numbers
        .iter()
        .fold(0usize, |k, &n| if n as usize == k + 1 { k + 1 } else { k });
    let long = run >= LONG_CHAT_RUN && 3 * run >= 2 * numbers.len();
    if run < 2 || (5 * run < 4 * numbers.len() && !long) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for line in scan::lines_inclusive(&text) {
        out.push_str(chat_stamp(line).map_or(line, |len| &line[len..]));
    }
    out
}

/// Fewest numbers running on from 1 in a chat for its stamps to go with replies that number
/// their own remarks among them ([`without_chat_stamps`]).
const LONG_CHAT_RUN: usize = 5;

/// `text` without the stamp of a chat message over its first line, a draft posted as one
/// message and copied with its stamp (`[14:05, 12.05.2025] Oleh: Terms of the lease (draft)`):
/// the stamp is the chat's, the rest of the line the draft's title or first line. A stamp on
/// a later line, a reply after the draft, stays (the closing reads it).
fn without_first_stamp(text: String) -> String {
    let mut at = 0;
    for line in scan::lines_inclusive(&text) {
        if !line.trim().is_empty() {
            let Some(len) = chat_stamp(line) else {
                break;
            };
            let mut out = String::with_capacity(text.len());
            out.push_str(&text[..at]);
            out.push_str(&text[at + len..]);
            return out;
        }
        at += line.len();
    }
    text
}

/// Fewest counters for a text to be read as a thread of posts (`without_thread_counters`).
pub const MIN_THREAD_COUNTERS: usize = 4;

/// `text` without the counters a thread of short posts puts at the start of each post (`2/ 1.
/// Ceasefire…`, `3/13 …`, `1/n`), as a page unrolling the thread prints them: they number the
/// posts, not the points, and hid the point's own number behind them. Read as such when
/// [`MIN_THREAD_COUNTERS`] lines or more open with one, each one up from the one before, all
/// with the same total or none (`2/3 of the funds` is a fraction), and two posts at least
/// hold a numbered point; a counter alone at a post's end (`/6`, on its own line) goes too.
pub(super) fn without_thread_counters(text: String) -> String {
    if !scan::has_byte(&text, b'/') {
        return text;
    }
    let counters: Vec<(u32, &str, usize)> = scan::lines(&text).filter_map(thread_counter).collect();
    if counters.is_empty() {
        return with_trailing_counters_read(text);
    }
    if counters.len() < MIN_THREAD_COUNTERS
        || !counters
            .windows(2)
            .all(|w| w[1].0 == w[0].0 + 1 && w[1].1 == w[0].1)
    {
        return text;
    }
    // Only where posts hold numbered points of their own (`2/ 1. Ceasefire…`): a release whose
    // items are numbered `1/`, `2/` has no other numbers.
    let numbered = text
        .lines()
        .filter_map(|l| thread_counter(l).map(|(_, _, len)| &l[len..]))
        .filter(|rest| marker(rest).is_some_and(|m| m.family != Family::Bullet))
        .count();
    if numbered < 2 {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for line in scan::lines_inclusive(&text) {
        let bare = line.trim();
        if let Some((_, _, len)) = thread_counter(line) {
            out.push_str(line[len..].trim_start_matches([' ', '\t']));
        } else if bare
            .strip_prefix('/')
            .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
        {
            out.push('\n');
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Fewest counters at the ends of posts for a text to be read as a thread of posts
/// (`with_trailing_counters_read`): with the total always written, three in a row are no
/// fractions.
pub const MIN_TRAILING_COUNTERS: usize = 3;

/// `text` with the counters a thread puts at the end of each post (`… monitored from the air.
/// (1/5)`, `… within sixty days. 2/5`) read: [`MIN_TRAILING_COUNTERS`] lines or more end
/// with one after a finished sentence, from 1, each one up from the one before, all with the
/// same total. Where two posts or more open with a numbered point of their own, the
/// counters only go; otherwise each post is a point and its counter its number, moved to the
/// post's start (`2/ Prisoners …`, a thread's number as [`without_thread_counters`] reads
/// one there). A post runs from the
/// line after the previous counter; the first from the start of its paragraph when blank
/// lines part the posts, else from its counter's line (the lines above are the thread's
/// title and lead). The text is returned as it is otherwise.
fn with_trailing_counters_read(text: String) -> String {
    // (line index, number, total, where the counter starts in the line)
    let lines: Vec<&str> = scan::lines_inclusive(&text).collect();
    let counters: Vec<(usize, u32, &str, usize)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| trailing_counter(l).map(|(n, total, at)| (i, n, total, at)))
        .collect();
    if counters.len() < MIN_TRAILING_COUNTERS
        || counters[0].1 != 1
        || !counters
            .windows(2)
            .all(|w| w[1].1 == w[0].1 + 1 && w[1].2 == w[0].2)
    {
        return text;
    }
    let blank = |i: usize| lines.get(i).is_none_or(|l| l.trim().is_empty());
    let parted = counters
        .iter()
        .any(|&(i, ..)| i + 1 < lines.len() && blank(i + 1));
    let first = counters[0].0;
    let mut starts = vec![if parted {
        (0..first).rev().find(|&i| blank(i)).map_or(0, |i| i + 1)
    } else {
        first
    }];
    starts.extend(
        counters
            .windows(2)
            .map(|w| (w[0].0 + 1..w[1].0).find(|&i| !blank(i)).unwrap_or(w[1].0)),
    );
    let numbered = starts
        .iter()
        .filter(|&&i| marker(lines[i].trim_start()).is_some_and(|m| m.family != Family::Bullet))
        .count();
    let as_points = numbered < 2;
    let mut out = String::with_capacity(text.len() + 4 * counters.len());
    let (mut post, mut counter) = (0, 0);
    for (i, line) in lines.iter().enumerate() {
        let line = match counters.get(counter) {
            // The counter goes, and with it the space before it; the line break stays.
            Some(&(at, _, _, start)) if at == i => {
                counter += 1;
                &line[..line[..start].trim_end().len()]
            }
            _ => line.trim_end_matches('\n'),
        };
        if as_points && starts.get(post) == Some(&i) {
            out.push_str(&counters[post].1.to_string());
            out.push_str("/ ");
            out.push_str(line.trim_start_matches([' ', '\t']));
            post += 1;
        } else {
            out.push_str(line);
        }
        if lines[i].ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// A thread's counter at the end of `line` (`(2/5)`, `[2/5]`, or after a space, `2/5`; the
/// total written and not below the number): its number, its total and the byte where it
/// starts (the space before it left to the caller).
fn trailing_counter(line: &str) -> Option<(u32, &str, usize)> {
    let bare = line.trim_end();
    if !bare.ends_with(|c: char| c.is_ascii_digit() || c == ')' || c == ']') {
        return None;
    }
    let (body, open) = match bare.strip_suffix(')') {
        Some(body) => (body, Some('(')),
        None => match bare.strip_suffix(']') {
            Some(body) => (body, Some('[')),
            None => (bare, None),
        },
    };
    let total_len = body.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&total_len) {
        return None;
    }
    let total = &body[body.len() - total_len..];
    let numbers = body[..body.len() - total_len].strip_suffix('/')?;
    let digits = numbers.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let number_at = numbers.len() - digits;
    let start = match open {
        Some(open) => numbers[..number_at].strip_suffix(open)?.len(),
        None => number_at,
    };
    // After a space (not glued to a word: `km/h`, `No2/5`), and after a finished sentence:
    // a post ends with one, where a share (`receives 1/3`), a date (`talks on 5/9`), a page's
    // footer (`Page 1/3`) or a question's header (`Question 1/4`) follows a word.
    let before = &bare[..start];
    if !before.ends_with([' ', '\t']) || !ends_sentence(before.trim_end()) {
        return None;
    }
    let number: u32 = numbers[number_at..].parse().ok()?;
    (number >= 1 && total.parse::<u32>().is_ok_and(|t| t >= number))
        .then_some((number, total, start))
}

/// A thread's counter at the start of `line` (`2/`, `3/13`, `1/n`, or in brackets, `(2/6)`,
/// then a space or the line's end): its number, its total (empty when none or `n`) and its
/// length.
fn thread_counter(line: &str) -> Option<(u32, &str, usize)> {
    // `(2/6)`, `[2/6]`: in brackets.
    let close = match line.as_bytes().first() {
        Some(b'(') => Some(')'),
        Some(b'[') => Some(']'),
        _ => None,
    };
    let open = usize::from(close.is_some());
    let inner = &line[open..];
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let after = inner[digits..].strip_prefix('/')?;
    let total_len = if after.starts_with('n') {
        1
    } else {
        after.bytes().take_while(u8::is_ascii_digit).count().min(3)
    };
    let rest = &after[total_len..];
    let rest = match close {
        Some(c) => rest.strip_prefix(c)?,
        None => rest,
    };
    if !(rest.is_empty() || rest.starts_with([' ', '\t', '\n'])) {
        return None;
    }
    let total = &after[..total_len];
    let total = if total == "n" { "" } else { total };
    let len = 2 * open + digits + 1 + total_len;
    Some((inner[..digits].parse().ok()?, total, len))
}

/// Fewest stamped messages for a text to be read as an exported chat (`without_chat_stamps`).
pub const MIN_CHAT_STAMPS: usize = 3;

/// Most words of a writer's name in a chat's stamp ([`chat_stamp`]).
const CHAT_NAME_WORDS: usize = 4;

/// The length of a chat message's stamp at the start of `line`, if it has one: a date and a
/// time in square brackets (figures and `.`, `/`, `:`, a space, `AM`/`PM`: `[14.03.25,
/// 19:05:02]`, `[3/14/25, 7:05:02 PM]`, `[14.03.25 19:05]`; or the time first, as a message
/// copied from WhatsApp's chat has it, `[14:05, 12.05.2025]`), a space, the writer's name of a few
/// words written as a name (not a log's `ERROR`) and a colon and a space; or, as WhatsApp's
/// phones export a chat, the date, a comma, the time and a dash before the name, with no
/// brackets (`24/11/2025, 10:03 - Olena K.: `, `11/24/25, 10:03 AM - Olena K.: `). A time
/// alone (`[09:00] Registration:`) is an agenda's or a transcript's.
fn chat_stamp(line: &str) -> Option<usize> {
    let (date, time, rest) = if let Some(inner) = line.strip_prefix('[') {
        let inner_end = inner.find(']')? + 1;
        let inner = &line[1..inner_end];
        let (date, time) = inner.split_once(' ')?;
        let date = date.trim_end_matches(',');
        // (A message copied from the chat puts the time first: `[14:05, 12.05.2025]`, `[2:05
        // PM, 5/12/2025]`.)
        let (date, time) = if date.contains(':') {
            let (time, date) = inner.split_once(", ")?;
            (date, time)
        } else {
            (date, time)
        };
        (date, time, line[inner_end + 1..].strip_prefix(' ')?)
    } else {
        // (Only a line that opens with a date's day or month, `24/` or `3.`, a figure after
        // the separator, its comma within a date's length: a point's `12. The` is none.)
        let b = line.as_bytes();
        let day = b.iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&day)
            || !matches!(b.get(day), Some(b'/' | b'.'))
            || !b.get(day + 1).is_some_and(u8::is_ascii_digit)
        {
            return None;
        }
        let comma = line.get(..CHAT_DATE_BYTES)?.find(", ")?;
        let after = &line[comma + 2..];
        let dash = after.get(..CHAT_TIME_BYTES).unwrap_or(after).find(" - ")?;
        (&line[..comma], &after[..dash], &after[dash + 3..])
    };
    let date_ok = date.contains(['.', '/'])
        && date
            .chars()
            .all(|c| c.is_ascii_digit() || ".-/".contains(c));
    let time_ok = time.contains(':')
        && time
            .chars()
            .all(|c| c.is_ascii_digit() || ": APMapm\u{202f}".contains(c));
    if !date_ok || !time_ok {
        return None;
    }
    let name_end = rest.find(": ")?;
    let name = &rest[..name_end];
    let words = name.split_whitespace().count();
    ((1..=CHAT_NAME_WORDS).contains(&words)
        && !name.contains(['[', ']'])
        && name.chars().any(char::is_lowercase))
    .then(|| line.len() - rest.len() + name_end + 2)
}

/// Longest date, with its comma, of a chat's stamp without brackets ([`chat_stamp`]):
/// `24/11/2025, `.
const CHAT_DATE_BYTES: usize = 12;
/// Longest time, with its dash, of such a stamp (`10:03:59 PM - `, a narrow space before `PM`).
const CHAT_TIME_BYTES: usize = 16;

/// A quoted line without its marks (`> `, `>> ` or `> > `, and the space after them), if it is
/// one.
fn unquoted(line: &str) -> Option<&str> {
    let mut rest = line.trim_start().strip_prefix('>')?.trim_start_matches('>');
    // A quote inside the quote, written with a space between the marks (`> > 4. Strikes`,
    // as mail clients quote a quoted draft).
    // (Not a sign before a figure, `> >90 days`: a mark has a space or the line's end after
    // it.)
    while let Some(inner) = rest
        .strip_prefix(' ')
        .and_then(|r| r.strip_prefix('>'))
        .map(|r| r.trim_start_matches('>'))
        .filter(|r| r.is_empty() || r.starts_with(' '))
    {
        rest = inner;
    }
    Some(rest.strip_prefix(' ').unwrap_or(rest))
}

/// Fewest lines quoted with `> ` for a text's quote marks to be taken off
/// (`without_quote_prefixes`).
const MIN_QUOTED_LINES: usize = 3;

/// `text` without [`INVISIBLE`] characters.
pub(super) fn without_invisible(text: String) -> String {
    // One pass over the bytes for the first bytes of their encodings (a search for any of
    // several characters decodes every character), each hit checked.
    let found = memchr::memchr3_iter(0xe2, 0xef, 0xd8, text.as_bytes()).any(|i| {
        text.get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(|c| INVISIBLE.contains(&c))
    });
    if found {
        text.replace(INVISIBLE, "")
    } else {
        text
    }
}

/// Does the text start with a web address (`https://example.org/news/1`)?
fn web_address(text: &str) -> bool {
    ["http://", "https://", "file://", "ftp://"]
        .iter()
        .any(|p| text.starts_with(p))
}

/// Fewest link numbers glued to a word's first letter (`[32]Україна`) that make a text with a
/// list of references at its end a text browser's dump ([`link_references`]).
pub const GLUED_LINKS: usize = 5;

/// The heading of the numbered list of a page's links that a text browser's dump ends with
/// (`lynx -dump`, `w3m`): `References`, then `Visible links:` (or `Hidden links:`), or `1.
/// https://…` when the text above has [`GLUED_LINKS`] link numbers at least glued to a word
/// ([`glued_link`]). A paper's list of references, its notes cited `[3]` or `([3], [4])`,
/// is no dump.
fn link_references(text: &str) -> Option<usize> {
    let mut lines = scan::lines(text);
    while let Some(line) = lines.next() {
        if line.trim() != "References" {
            continue;
        }
        let at = line.as_ptr() as usize - text.as_ptr() as usize;
        let first = lines.clone().map(str::trim).find(|l| !l.is_empty())?;
        let glued = || {
            let body = &text[..at];
            body.match_indices('[')
                .filter(|&(i, _)| glued_link(&body[i + 1..]).is_some())
                .take(GLUED_LINKS)
                .count()
                >= GLUED_LINKS
        };
        let listed = first
            .strip_prefix("1.")
            .is_some_and(|a| web_address(a.trim_start()));
        if first.ends_with("links:") || (listed && glued()) {
            return Some(at);
        }
    }
    None
}

/// After a `[`: the length of a dump's link number glued to its link's text (`32]Україна`,
/// `4]Home`), its digits and bracket, if it is one: one to four digits, the bracket, then a
/// letter, a digit or the `#` of an anchor.
fn glued_link(after: &str) -> Option<usize> {
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=4).contains(&digits)
        && after[digits..].starts_with(']')
        && after[digits + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '#'))
    .then_some(digits + 1)
}

/// `text` without the numbers a text browser's dump sets before each link (`[32]Україна
/// стане членом`, `By [13]Olena Marchuk`), when it ends with their list
/// ([`link_references`]): the numbers are the page's, no word of the draft's. A line of links
/// only, a few words each (a menu, `[4]Home [5]World [6]Ukraine`), keeps its links apart by
/// wide gaps, as a menu copied from a browser has them; the dump's list of the page's head
/// links (`#[1]RSS [2]AMP`) is no text of the page and is emptied. Lines keep their numbers.
/// A number in brackets before a space, a stop or a bracket (`confirmed [13]`, `([3], [4])`, a
/// note's mark) stays; so does the list of links at the end, without its numbers, which
/// would number points.
pub(super) fn without_link_numbers(text: String) -> String {
    let Some(end) = link_references(&text) else {
        return text;
    };
    let (body, references) = text.split_at(end);
    let mut out = String::with_capacity(text.len());
    for line in body.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let eol = &line[content.len()..];
        if content.trim_start().starts_with("#[") {
            out.push_str(eol);
            continue;
        }
        // The line's text between link numbers, and whether each piece follows one.
        let mut pieces: Vec<(bool, &str)> = Vec::new();
        let rest = content;
        let mut linked = false;
        let mut from = 0;
        let mut at = 0;
        while let Some(open) = rest[at..].find('[').map(|o| at + o) {
            if let Some(len) = glued_link(&rest[open + 1..]) {
                pieces.push((linked, &rest[from..open]));
                linked = true;
                from = open + 1 + len;
            }
            at = open + 1;
        }
        pieces.push((linked, &rest[from..]));
        if pieces.len() == 1 {
            out.push_str(line);
            continue;
        }
        let links = pieces.iter().filter(|(l, _)| *l).count();
        let menu = links >= MENU_LINKS
            && pieces.iter().all(|(l, p)| {
                if *l {
                    script::word_count(p) <= MENU_LINK_WORDS
                } else {
                    p.trim().is_empty()
                }
            });
        if menu {
            let indent = &content[..content.len() - content.trim_start().len()];
            out.push_str(indent);
            let items: Vec<&str> = pieces
                .iter()
                .map(|(_, p)| p.trim())
                .filter(|p| !p.is_empty())
                .collect();
            out.push_str(&items.join("   "));
        } else {
            for (_, p) in &pieces {
                out.push_str(p);
            }
        }
        out.push_str(eol);
    }
    // The list of links: its numbers taken off (`   1. https://…` → `   https://…`), so that it
    // numbers no points.
    for line in references.split_inclusive('\n') {
        let t = line.trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        match t[digits..].strip_prefix(". ") {
            Some(address) if digits > 0 && web_address(address.trim_start()) => {
                out.push_str(&line[..line.len() - t.len()]);
                out.push_str(address);
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// Fewest links on a line of a text browser's dump read as a menu ([`without_link_numbers`]).
const MENU_LINKS: usize = 3;

/// Most words of a menu's link in a text browser's dump ([`without_link_numbers`]).
const MENU_LINK_WORDS: usize = 3;

/// Fewest letters of a line set out letter by letter ([`without_letter_spacing`]): `З А К О Н`,
/// not a table's row of marks `Y N Y N`.
pub const MIN_SPACED_LETTERS: usize = 5;

/// The words of a line set out letter by letter, joined, when the whole line is so set: single
/// letters parted by single spaces, the words by wider gaps, a colon at the end (`З А К О Н   У
/// К Р А Ї Н И` → `ЗАКОН УКРАЇНИ`, `у с т а н о в и л :` → `установил:`, `B E T W E E N:`).
fn spaced_words(line: &str) -> Option<String> {
    let t = line.trim();
    let (t, colon) = match t.strip_suffix(':') {
        Some(rest) => (rest.trim_end(), ":"),
        None => (t, ""),
    };
    let mut out = String::with_capacity(t.len());
    let mut letters = 0;
    for word in t.split("  ").map(str::trim).filter(|w| !w.is_empty()) {
        let mut chars = 0;
        for part in word.split(' ') {
            let mut it = part.chars();
            match (it.next(), it.next()) {
                (Some(c), None) if c.is_alphabetic() => chars += 1,
                _ => return None,
            }
        }
        // (A word of one letter is a word: `Г Р О М А Д А   І   В Л А Д А`.)
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| *c != ' '));
        letters += chars;
    }
    // (Not a list of options in the alphabet's order: `A B C D E`, `а б в г ґ`.)
    let lower: Vec<char> = out.chars().flat_map(char::to_lowercase).collect();
    let alphabet = lower
        .windows(3)
        .any(|w| w[1] as u32 == w[0] as u32 + 1 && w[2] as u32 == w[1] as u32 + 1);
    (letters >= MIN_SPACED_LETTERS && !alphabet).then(|| out + colon)
}

/// `text` with the words that official acts set out letter by letter (their kind and their
/// formulas: `Р І Ш Е Н Н Я`, `З А К О Н   У К Р А Ї Н И`, `у с т а н о в и л :`, `A R R Ê T
/// E`) written as words ([`spaced_words`]), with the line's indent. Read letter by letter,
/// they were no title, no heading and no lead-in, and compared as letters.
pub(super) fn without_letter_spacing(text: String) -> String {
    // A letter, a space and a letter open the line (after its indent).
    let spaced = |line: &str| {
        let mut it = line.trim_start().chars();
        matches!((it.next(), it.next(), it.next()), (Some(a), Some(' '), Some(b)) if a.is_alphabetic() && b.is_alphabetic())
    };
    if !scan::lines(&text).any(|l| spaced(l) && spaced_words(l).is_some()) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        match spaced(body).then(|| spaced_words(body)).flatten() {
            Some(words) => {
                out.push_str(&body[..body.len() - body.trim_start().len()]);
                out.push_str(&words);
                out.push_str(&line[body.len()..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// `text` with the "fake bold" and other styled letters and digits of Unicode's mathematical
/// alphanumeric symbols (`𝟏. 𝐒𝐨𝐯𝐞𝐫𝐞𝐢𝐠𝐧𝐭𝐲`, as LinkedIn, X and formatter tools write) as the
/// plain letters and digits they stand for, so that their numbers number points and their
/// words compare as words.
pub(super) fn without_styled_letters(text: String) -> String {
    // Every one of them is encoded `F0 9D 90..9F xx`; most texts have none.
    let styled = |c: char| ('\u{1d400}'..='\u{1d7ff}').contains(&c);
    let bytes = text.as_bytes();
    if !memchr::memmem::find_iter(bytes, &[0xf0, 0x9d])
        .any(|i| bytes.get(i + 2).is_some_and(|b| (0x90..=0x9f).contains(b)))
    {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if styled(c) {
            out.extend(std::iter::once(c).nfkc());
        } else {
            out.push(c);
        }
    }
    out
}

/// The text without Markdown's struck text (`at ~~noon~~ midnight`, a point struck whole,
/// `~~3. The mediator is paid.~~`), as a draft marked up with its deletions shows them: the
/// struck words are deleted in this draft, as a tracked change read as accepted. A span runs
/// within one line and starts and ends with a character that is not a space (`~~ 5` is no
/// span). Each span left out is returned with its line, the tildes kept, so that the reader
/// sees what was read as deleted.
pub(super) fn without_struck(text: String) -> (String, Vec<LeftOut>) {
    // A search for the byte first: one pass, faster than a string search, settles most drafts.
    if !scan::has_byte(&text, b'~') || !scan::has(&text, "~~") {
        return (text, Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut struck = Vec::new();
    let lines: Vec<&str> = text.split('\n').collect();
    for (n, &line) in lines.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let line_start = out.len();
        let spans = struck.len();
        let mut rest = line;
        while let Some(open) = rest.find("~~") {
            let inside = &rest[open + 2..];
            let span = inside
                .find("~~")
                .filter(|&close| close > 0)
                .filter(|&close| {
                    !inside.starts_with(char::is_whitespace)
                        && !inside[..close].ends_with(char::is_whitespace)
                        && !inside[..close].contains('~')
                });
            let Some(close) = span else {
                out.push_str(&rest[..open + 2]);
                rest = inside;
                continue;
            };
            out.push_str(&rest[..open]);
            struck.push(LeftOut {
                text: format!("~~{}~~", &inside[..close]),
                line: n + 1,
            });
            rest = &inside[close + 2..];
            // One space where the struck words stood between two others.
            if out.ends_with(' ') && rest.starts_with(' ') {
                rest = &rest[1..];
            }
        }
        out.push_str(rest);
        // An item or a heading struck whole leaves its number or marks alone (`2.`, `- `,
        // `b)`, `##`): the whole line is deleted, and listed as it was, unless the item's new
        // wording follows on the next line (`2. ~~old~~` over `   new`) or a keyword
        // heads what follows (`## Article 2 ~~Payment~~`).
        let left = out[line_start..].trim();
        let bare = !left.chars().any(char::is_alphanumeric)
            || marker(left).is_some_and(|m| {
                !m.family.is_word() && left.get(m.rest..).is_none_or(|t| t.trim().is_empty())
            });
        // The next line with text, if any: the next item, or the struck item's new wording
        // (a web page's next paragraph in the item).
        let next = lines[n + 1..]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty());
        let ends_item = next.is_none_or(|l| marker(l).is_some() || l.starts_with('#'));
        if struck.len() > spans && bare && ends_item {
            out.truncate(line_start);
            struck.truncate(spans);
            struck.push(LeftOut {
                text: line.trim().to_owned(),
                line: n + 1,
            });
        }
    }
    (out, struck)
}

/// The text of a word diff's new side (`[-old words-]{+new words+}`, as `wdiff` and `git diff
/// --word-diff` print a comparison, pasted into a mail): deletions left out, insertions kept
/// without their marks, as tracked changes read as accepted (`[-3.-]{+4.+} Ми продовжимо…` is
/// point 4, `{+3. Ми створимо…+}` a point, `[-6. …-]` none). Only where a line has a deletion
/// and a line an insertion, [`MIN_WORD_DIFF_SPANS`] spans at least, each within its line. Each
/// deletion is returned with its line, its marks kept, so that the reader sees what was read
/// as deleted.
pub(super) fn without_word_diff(text: String) -> (String, Vec<LeftOut>) {
    if !scan::has(&text, "[-") || !scan::has(&text, "{+") {
        return (text, Vec::new());
    }
    let (mut deleted, mut inserted) = (0, 0);
    for line in text.split('\n') {
        for (.., insertion) in diff_spans(line) {
            if insertion {
                inserted += 1;
            } else {
                deleted += 1;
            }
        }
    }
    if deleted == 0 || inserted == 0 || deleted + inserted < MIN_WORD_DIFF_SPANS {
        return (text, Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut left_out = Vec::new();
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut from = 0;
        for (start, inner, end, insertion) in diff_spans(line) {
            out.push_str(&line[from..start]);
            from = end;
            if insertion {
                out.push_str(inner);
            } else {
                left_out.push(LeftOut {
                    text: format!("[-{inner}-]"),
                    line: n + 1,
                });
                // One space where the deleted words stood between two others.
                if out.ends_with(' ') && line[end..].starts_with(' ') {
                    from += 1;
                }
            }
        }
        out.push_str(&line[from..]);
    }
    (out, left_out)
}

/// The spans of a word diff in `line` ([`without_word_diff`]), in order: where each starts,
/// its words, where it ends, and whether it is an insertion (`{+…+}`) or a deletion
/// (`[-…-]`). Read from left to right, each span's end looked for from its start; once a
/// kind's closing mark is missing, none of that kind closes further on. A form's blank `[-]`
/// or `{+}` is no span.
fn diff_spans(line: &str) -> Vec<(usize, &str, usize, bool)> {
    let mut spans = Vec::new();
    let mut open = [true, true];
    let mut at = 0;
    while let Some(k) = line[at..].find(['[', '{']).map(|k| at + k) {
        at = k + 1;
        let (kind, close) = match &line.as_bytes()[k..] {
            [b'[', b'-', rest @ ..] if open[0] && rest.first() != Some(&b']') => (0, "-]"),
            [b'{', b'+', rest @ ..] if open[1] && rest.first() != Some(&b'}') => (1, "+}"),
            _ => continue,
        };
        let inner = k + 2;
        match line[inner..].find(close) {
            Some(len) => {
                spans.push((k, &line[inner..inner + len], inner + len + 2, kind == 1));
                at = inner + len + 2;
            }
            None => open[kind] = false,
        }
        if !open[0] && !open[1] {
            break;
        }
    }
    spans
}

/// Fewest spans of a word diff for a text to be read as one ([`without_word_diff`]).
pub const MIN_WORD_DIFF_SPANS: usize = 3;

/// What a news agency's page reads out after each link when copied as text (`…seen by
/// Reuters, opens new tab.`): no draft says it.
const LINK_NOTES: &[&str] = &[", opens new tab"];

/// The text without the notes a page reads out after its links ([`LINK_NOTES`]): left in,
/// a point quoting a linked phrase differed from a clean copy of the same point.
pub(super) fn without_link_notes(text: String) -> String {
    if !LINK_NOTES.iter().any(|n| scan::has(&text, n)) {
        return text;
    }
    LINK_NOTES
        .iter()
        .fold(text, |text, note| text.replace(note, ""))
}

/// The text without the anchors of a word processor's comments (`…neutral agencies.[JS3]`)
/// whose balloons are printed on lines of their own (`Commented [JS3]: Name the agencies.`):
/// the anchor marks where a reviewer commented, and is no word of the draft. The balloons
/// themselves are left out as review marks (`without_furniture`). An online editor's plain
/// text export lists its comments at the end under their letters (`The Parties[c] will…`, and
/// `[c]Should this be…` at the end): those anchors go too, and the comments stay the closing.
pub(super) fn without_comment_anchors(text: String) -> String {
    let mut anchors: Vec<String> = Vec::new();
    if scan::has(&text, "omment") {
        anchors = text
            .split('\n')
            .filter_map(|l| comment_balloon(l.trim()))
            .map(|id| format!("[{id}]"))
            .collect();
        anchors.sort_unstable();
        anchors.dedup();
    }
    let word_processor = !anchors.is_empty();
    if !word_processor {
        anchors = lettered_anchors(&text);
    }
    if anchors.is_empty() {
        return text;
    }
    let balloon = |line: &str| {
        if word_processor {
            comment_balloon(line.trim()).is_some()
        } else {
            lettered_comment(line).is_some()
        }
    };
    // (The lettered anchors' letters, looked up at each bracket.)
    let ids: rustc_hash::FxHashSet<&str> = anchors.iter().map(|a| &a[1..a.len() - 1]).collect();
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if balloon(line) || !line.contains('[') {
            out.push_str(line);
        } else if word_processor {
            let mut line = line.to_owned();
            for anchor in &anchors {
                // With the space before it (`midnight [JS1].`), as it was typed.
                line = line
                    .replace(&format!(" {anchor}"), "")
                    .replace(anchor.as_str(), "");
            }
            out.push_str(&line);
        } else {
            // Only right after a word (`days[b]`): `perform [a] or [b]` is the draft's.
            let mut rest = line;
            while let Some(k) = rest.find('[') {
                match glued_anchor(rest, k).filter(|id| ids.contains(id)) {
                    Some(id) => {
                        out.push_str(&rest[..k]);
                        rest = &rest[k + id.len() + 2..];
                    }
                    _ => {
                        out.push_str(&rest[..=k]);
                        rest = &rest[k + 1..];
                    }
                }
            }
            out.push_str(rest);
        }
    }
    out
}

/// The anchors of an online editor's comments as its plain text export writes them
/// ([`without_comment_anchors`]): the comments listed at the end, each under its letters
/// ([`lettered_comment`]), from the first to the text's end, and each anchored in the text
/// above them, right after a word (`days[b]`, `Parties[c]`); two at least. Letters in brackets
/// with a space before them (`perform [a] or [b]`), or opening lines above other text (a
/// list's `[a]deliver…`), are the draft's own.
fn lettered_anchors(text: &str) -> Vec<String> {
    // (A comment's line opens with its bracket, as no line of most drafts does.)
    if !scan::has(text, "\n[") {
        return Vec::new();
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(first) = lines.iter().position(|l| lettered_comment(l).is_some()) else {
        return Vec::new();
    };
    // (A comment may run on over lines of its own: `[d]Two issues here:` over `1. who…`.)
    let mut ids: Vec<&str> = lines[first..]
        .iter()
        .filter_map(|l| lettered_comment(l))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.len() < 2 || ids.len() > LETTERED_COMMENTS {
        return Vec::new();
    }
    let mut anchored = rustc_hash::FxHashSet::default();
    for line in &lines[..first] {
        anchored.extend(
            line.match_indices('[')
                .filter_map(|(k, _)| glued_anchor(line, k)),
        );
    }
    let anchors: Vec<String> = ids
        .into_iter()
        .filter(|id| anchored.contains(id))
        .map(|id| format!("[{id}]"))
        .collect();
    if anchors.len() < 2 {
        return Vec::new();
    }
    anchors
}

/// The letters of an online editor's comment anchor at byte `k` of `line`, a bracket: one or
/// two small letters in brackets right after a word (`days[b]`, [`lettered_anchors`]).
fn glued_anchor(line: &str, k: usize) -> Option<&str> {
    if !line[..k].ends_with(|c: char| !c.is_whitespace()) {
        return None;
    }
    let after = &line.as_bytes()[k + 1..];
    let len = after
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    ((1..=2).contains(&len) && after.get(len) == Some(&b']')).then(|| &line[k + 1..k + 1 + len])
}

/// Most comments an online editor letters (`a` to `zz`, [`lettered_comment`]).
const LETTERED_COMMENTS: usize = 26 * 27;

/// An online editor's comment as its plain text export lists it at the end (`[c]Should this
/// be…`): its letters (one or two, in small letters), with the comment right after the
/// bracket.
fn lettered_comment(line: &str) -> Option<&str> {
    let inner = line.strip_prefix('[')?;
    let (id, rest) = inner.split_once(']')?;
    ((1..=2).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase())
        && rest.starts_with(|c: char| !c.is_whitespace()))
    .then_some(id)
}

/// Fewest lines in a row numbered by a paste site's gutter (`without_gutter_numbers`), or
/// numbers in a column of their own (`without_number_column`).
pub const MIN_GUTTER_LINES: usize = 8;

/// `text` without a column of line numbers copied above it as a block of its own (`1`, `2`,
/// `3`, … each alone on its line, set left or right, as a viewer's gutter is selected with the
/// text): at the text's start, [`MIN_GUTTER_LINES`] lines at least in a row, each a number
/// alone counting on by one from 1. Nothing of a draft is such a column (a list's numbers have
/// their text beside or under them); before, its first number was the draft's title and the
/// others its preamble. The column's lines stay, blank.
pub(super) fn without_number_column(text: String) -> String {
    // The column's first line, its padding kept (a column set right pads `1` as ` 1`).
    let start = text.len() - text.trim_start_matches(['\n', '\r']).len();
    // (Most drafts open with anything but `1` alone on its line.)
    if !text[start..].trim_start_matches(' ').starts_with("1\n") {
        return text;
    }
    let mut end = start;
    let mut expected = 1u32;
    for line in scan::lines_inclusive(&text[start..]) {
        // Set right (` 9` over `10`) or left.
        let number = line.trim();
        if number.is_empty() || number.parse::<u32>().ok() != Some(expected) {
            break;
        }
        end += line.len();
        expected += 1;
    }
    if (expected as usize) <= MIN_GUTTER_LINES {
        return text;
    }
    // Each number's line stays, blank, so that the lines keep their numbers.
    let lines = expected as usize - 1;
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..start]);
    out.extend(std::iter::repeat_n('\n', lines));
    out.push_str(&text[end..]);
    out
}

/// `text` without the line numbers a paste site prints in its gutter, copied with the text
/// (`  1. `, `  2. 1. The parties confirm…`, `  3. `): every line of a run, blank ones too,
/// opens with its number and a full stop, one up from the line before, [`MIN_GUTTER_LINES`]
/// lines at least of which two or more have nothing after the number (a list's own numbers
/// never number its blank lines). The number, its stop and one space go; the line's own
/// text, with its own number, stays.
pub(super) fn without_gutter_numbers(text: String) -> String {
    // (`  12. ` : spaces, the number, a full stop, then a space or the line's end.)
    fn gutter(line: &str) -> Option<(u32, usize, bool)> {
        let digits_at = line.len() - line.trim_start_matches(' ').len();
        let rest = &line[digits_at..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=5).contains(&digits) {
            return None;
        }
        let after = rest[digits..].strip_prefix('.')?;
        let bare = after.trim().is_empty();
        if !(bare || after.starts_with(' ')) {
            return None;
        }
        let cut = digits_at + digits + 1 + usize::from(after.starts_with(' '));
        Some((rest[..digits].parse().ok()?, cut, bare))
    }
    // (A search of the line ends first, read backwards: few texts have numbers alone on two
    // lines, and this runs on every draft.)
    let bare_number_before = |end: usize| {
        let line = text[..end].trim_end_matches([' ', '\t', '\r']);
        let Some(number) = line.strip_suffix('.') else {
            return false;
        };
        let digits = number.len() - number.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let start = number[..number.len() - digits].trim_end_matches(' ');
        (1..=5).contains(&digits) && (start.is_empty() || start.ends_with('\n'))
    };
    if memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .filter(|&end| bare_number_before(end))
        .nth(1)
        .is_none()
    {
        return text;
    }
    let lines: Vec<&str> = scan::lines_inclusive(&text).collect();
    let mut cut = vec![None; lines.len()];
    let mut k = 0;
    while k < lines.len() {
        let Some((first, _, _)) = gutter(lines[k]) else {
            k += 1;
            continue;
        };
        let mut end = k;
        let mut bare = 0;
        while let Some((n, at, empty)) = lines.get(end).and_then(|l| gutter(l)) {
            if u32::try_from(end - k).ok().map(|d| first + d) != Some(n) {
                break;
            }
            bare += usize::from(empty);
            cut[end] = Some(at);
            end += 1;
        }
        if end - k < MIN_GUTTER_LINES || bare < 2 {
            cut[k..end].iter_mut().for_each(|c| *c = None);
        }
        k = end.max(k + 1);
    }
    if cut.iter().all(Option::is_none) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for (line, at) in lines.iter().zip(&cut) {
        match at {
            Some(at) => {
                let rest = &line[(*at).min(line.len())..];
                // A bare gutter line becomes a blank line.
                if rest.trim().is_empty() {
                    out.push('\n');
                } else {
                    out.push_str(rest);
                }
            }
            None => out.push_str(line),
        }
    }
    out
}

/// Fewest lines numbered in the margin for the numbers to be taken off
/// (`without_line_numbers`).
pub const MIN_MARGIN_NUMBERS: usize = 8;

/// `text` without the line numbers that a bill's or a court filing's PDF prints in its margin
/// (`4      Be it enacted by the Senate and House of Represent-` over `5   atives of …`),
/// copied with the text: they number every line, one up from the line before (from 1 again
/// on a new page), the text after them starts at one column on most lines (the numbers are
/// padded), sentences run on from one numbered line to the next (lines that start in lower
/// case after a line with no full stop) on two pages or more, four lines in five of the text
/// numbered, or on any number of pages when their lines run the page's width (three sentences
/// running on at least, half the lines of 40 characters or more); or a word is broken across
/// two numbered lines (`Represent-` over `atives`), four
/// lines in five numbered from the first numbered one (a bill's cover page has none). A list
/// of one-line points numbered without a dot has no page and no broken word. The text keeps
/// its lines; each loses its number and the padding, and keeps its own indentation.
pub(super) fn without_line_numbers(text: String) -> String {
    // Margin numbers come first on a line (a page's columns may indent it a little).
    let margin = |line: &str| -> Option<(u32, usize, bool)> {
        let digits_at = line.len() - line.trim_start_matches(' ').len();
        let rest = &line[digits_at..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let after = &rest[digits..];
        let pad = after.len() - after.trim_start_matches([' ', '\t']).len();
        // A blank line numbered too (`  2` alone) counts, at no column.
        let bare = pad == after.len();
        (digits_at <= 2 && (1..=3).contains(&digits) && (bare || pad >= 1))
            .then(|| (rest[..digits].parse().ok(), digits_at + digits + pad))
            .and_then(|(n, column)| n.map(|n| (n, column, bare)))
    };
    // One pass first, without a vector: most texts have few such lines (a list's `1. ` has a
    // full stop after its number, no padding). The lines are counted from the first numbered
    // one: a bill's cover page (its number, title, sponsors and `A BILL`) has no margin
    // numbers, and on a short bill it is a good share of the text.
    let (mut count, mut filled, mut filled_all) = (0, 0, 0);
    for line in scan::lines(&text) {
        let numbered = margin(line).is_some();
        let has_text = !line.trim().is_empty();
        count += usize::from(numbered);
        filled += usize::from(count > 0 && has_text);
        filled_all += usize::from(has_text);
    }
    if count < MIN_MARGIN_NUMBERS || count * 5 < filled * 4 {
        return text;
    }
    // Without a word broken across two numbered lines, the share is of the whole text: a
    // lease's two inventories numbered from 1 under its prose are no pages.
    let whole_text_numbered = count * 5 >= filled_all * 4;
    let mut numbered: Vec<Option<(u32, usize, bool)>> = scan::lines(&text).map(margin).collect();
    // One blank line numbered is a list's empty row (`4` between `3 Item` and `5 Item`), not
    // a margin's.
    if numbered.iter().flatten().filter(|m| m.2).count() == 1 {
        for m in &mut numbered {
            if m.is_some_and(|m| m.2) {
                *m = None;
            }
        }
    }
    // Not only numbers: a column of figures alone is a table's.
    // Numbered lines with text.
    let texts = numbered.iter().flatten().filter(|m| !m.2).count();
    if texts < MIN_MARGIN_NUMBERS {
        return text;
    }
    // One up from the line before, or 1 on a new page.
    let (mut before, mut pages) = (0, 0);
    for &(n, _, _) in numbered.iter().flatten() {
        if n != before + 1 && n != 1 {
            return text;
        }
        pages += usize::from(n == 1);
        before = n;
    }
    // Padded: most numbered lines' text starts at one column.
    let mut columns: FxHashMap<usize, usize> = FxHashMap::default();
    for &(_, column, bare) in numbered.iter().flatten() {
        if !bare {
            *columns.entry(column).or_default() += 1;
        }
    }
    let Some((&column, &most)) = columns.iter().max_by_key(|&(c, n)| (*n, usize::MAX - c)) else {
        return text;
    };
    if most * 2 < texts {
        return text;
    }
    // Sentences run on across numbered lines, and the text is a page's: it has two pages or
    // more, or a word broken across two lines (`Represent-` over `atives`). A list of short
    // items in small letters (`1   sofa, grey` over `2   armchairs, two`) has neither.
    let lines: Vec<&str> = scan::lines(&text).collect();
    let (mut running_on, mut broken, mut long) = (0, false, 0);
    let mut last_text: Option<&str> = None;
    for (line, n) in lines.iter().zip(&numbered) {
        let Some(&(_, at, false)) = n.as_ref() else {
            continue;
        };
        let own = line[at..].trim();
        long += usize::from(own.chars().count() >= PAGE_LINE_CHARS);
        if let Some(prev) = last_text
            && own.starts_with(char::is_lowercase)
            && !prev.ends_with(['.', ';', ':', '!', '?'])
        {
            running_on += 1;
            broken |= prev
                .strip_suffix('-')
                .is_some_and(|p| p.ends_with(char::is_alphabetic));
        }
        last_text = Some(own);
    }
    // Or, on a page or more, prose (a short agreement's PDF): its lines run the page's width,
    // half of them, and three sentences at least run on across them; an inventory's items are
    // short.
    let wide_prose = running_on >= 3 && long * 2 >= texts && whole_text_numbered;
    if !broken && !wide_prose && (running_on < 2 || pages < 2 || !whole_text_numbered) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for (line, n) in scan::lines_inclusive(&text).zip(&numbered) {
        match n {
            // The number and the padding up to the common column go; further indentation
            // stays.
            Some((_, at, _)) => {
                let digits_end = line.len() - line.trim_start_matches(' ').len();
                let digits_end = digits_end
                    + line[digits_end..]
                        .bytes()
                        .take_while(u8::is_ascii_digit)
                        .count();
                let cut = (*at).min(column).max(digits_end);
                out.push_str(&line[cut..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// Fewest characters of a line of prose that runs a page's width, in a text whose margin
/// numbers each line (`without_line_numbers`).
const PAGE_LINE_CHARS: usize = 40;

/// Fewest steps of five lines (`5` five lines over `10`) for the numbers of every fifth line to
/// be taken off (`without_fifth_line_numbers`).
pub const MIN_FIFTH_LINE_STEPS: usize = 3;

/// `text` without the line numbers that a British bill's PDF prints in its margin on every
/// fifth line (`5`, `10`, `15`, … from 5 again on each page), copied with the text at the
/// start of the line (`10 grant, loan or guarantee, to any person`, `15 (1) The Treasury may`):
/// a number that is a multiple of five, followed by a space, with the next multiple of five
/// exactly five lines further down, the lines between not numbered one by one from it (a list
/// numbered `1`…`20` has `6` under `5`, `7` under `6`; a bill may have a section's `6 Extent`
/// there), at least [`MIN_FIFTH_LINE_STEPS`] such steps in the
/// text, and every number but `5` five lines under the one before. The lines keep their text.
pub(super) fn without_fifth_line_numbers(text: String) -> String {
    // Each line's start checked, not a string search: a draft has far fewer line breaks than
    // bytes, and a vectorised search for them is the faster pass.
    let bytes = text.as_bytes();
    if !memchr::memchr_iter(b'\n', bytes).any(|k| bytes[k + 1..].starts_with(b"10 ")) {
        return text;
    }
    let lines: Vec<&str> = scan::lines_inclusive(&text).collect();
    let number = |line: &str| -> Option<(u32, usize)> {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let after = &line[digits..];
        let pad = after.len() - after.trim_start_matches(' ').len();
        let n: u32 = line[..digits].parse().ok()?;
        ((1..=2).contains(&digits)
            && pad >= 1
            && !after[pad..].trim().is_empty()
            && n.is_multiple_of(5)
            && (5..=95).contains(&n))
        .then_some((n, digits + pad))
    };
    let opens_with = |line: &str, n: u32| {
        line.strip_prefix(n.to_string().as_str())
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit()))
    };
    let mut marked = vec![false; lines.len()];
    let mut steps = 0;
    for i in 0..lines.len().saturating_sub(5) {
        let (Some((n, _)), Some((m, _))) = (number(lines[i]), number(lines[i + 5])) else {
            continue;
        };
        // A list numbered line by line has the numbers between on the lines between (`6`
        // under `5`); a bill may have one section's number there (`6 Extent`).
        let between_numbered = lines[i + 1..i + 5]
            .iter()
            .zip(n + 1..)
            .filter(|&(l, k)| opens_with(l, k))
            .count()
            >= 2;
        if m == n + 5 && !between_numbered {
            marked[i] = true;
            marked[i + 5] = true;
            steps += 1;
        }
    }
    if steps < MIN_FIFTH_LINE_STEPS {
        return text;
    }
    // A chain starts at 5: a marked `15` has a marked `10` five lines up.
    for i in 0..lines.len() {
        if marked[i] && number(lines[i]).is_some_and(|(n, _)| n > 5) && (i < 5 || !marked[i - 5]) {
            return text;
        }
    }
    let mut out = String::with_capacity(text.len());
    for (line, marked) in lines.iter().zip(&marked) {
        match number(line).filter(|_| *marked) {
            Some((_, at)) => out.push_str(&line[at..]),
            None => out.push_str(line),
        }
    }
    out
}

/// `text` with a table's numbered rows written as points (`| 1 | Sovereignty | Agreed |` →
/// `1. Sovereignty | Agreed`), when three rows at least open with a number in a cell of its
/// own, as a Markdown table or a web page's table of the points has them: each row is a
/// point, unless numbered lines outside the table make the list (then the table is a
/// point's). Other lines, the header and the rule under it, stay as they are.
pub(super) fn numbered_table_rows(text: String) -> String {
    const FEWEST_ROWS: usize = 3;
    if !scan::has_byte(&text, b'|') {
        return text;
    }
    // Not a table inside a point of a list around it (`3. Aid goes to:` over `| 1 | Kharkiv
    // | 300 |`).
    let (mut rows, mut points) = (0, 0);
    // The numbers of the rows that have one in their second cell (after a topic's cell) or
    // in their first, in order: such a table is read only when they run on (1, 2, 3).
    // (And only under a header whose second cell is a number's sign, `№`, `No.`, `#`: a
    // table's month, rank or quantity column may run 1, 2, 3 too.)
    let (mut second, mut numbers, mut signed) = (false, Vec::new(), false);
    for l in scan::lines(&text) {
        let first = table_row(l, false).map(|(number, _)| number);
        if first.is_some() {
            rows += 1;
        } else if marker(l).is_some_and(|m| m.family != Family::Bullet) {
            points += 1;
        }
        match first.or_else(|| table_row(l, true).map(|(number, _)| number)) {
            Some(number) => {
                second |= first.is_none();
                numbers.push(number.parse::<u32>().unwrap_or_default());
            }
            None => signed |= number_sign_column(l),
        }
    }
    let second = second
        && signed
        && numbers.len() >= FEWEST_ROWS
        && numbers.windows(2).all(|w| w[1] == w[0] + 1)
        && points < 2;
    if (rows < FEWEST_ROWS || points >= 2) && !second {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for line in scan::lines_inclusive(&text) {
        match table_row(line, second) {
            Some((number, rest)) => {
                out.push_str(number);
                out.push_str(". ");
                out.push_str(&rest);
                if line.ends_with('\n') {
                    out.push('\n');
                }
            }
            None => out.push_str(line),
        }
    }
    out
}

/// A table's header whose second cell is a number's sign (`| Topic | № | Text |`).
fn number_sign_column(line: &str) -> bool {
    const SIGNS: &[&str] = &[
        "№",
        "no.",
        "no",
        "nr.",
        "nr",
        "#",
        "n°",
        "nº",
        "п/п",
        "№ п/п",
    ];
    let t = line.trim();
    if !t.contains('|') {
        return false;
    }
    let t = t.strip_prefix('|').unwrap_or(t);
    t.split('|')
        .nth(1)
        .is_some_and(|cell| SIGNS.contains(&cell.trim().to_lowercase().as_str()))
}

/// A table's row whose first cell is a number alone (`| 1 | Text | Agreed |`, `2 | Text`):
/// the number and the other cells, between bars. With `second`, also a row whose second cell
/// is the number, after a topic's cell (`| Security | 1 | Text |`, a comparison table sorted
/// by topic): the number, then the topic and the other cells.
fn table_row(line: &str, second: bool) -> Option<(&str, String)> {
    const MOST_DIGITS: usize = 3;
    let number_of = |cell: &'_ str| -> Option<()> {
        let number = cell.strip_suffix('.').unwrap_or(cell);
        (!number.is_empty()
            && number.len() <= MOST_DIGITS
            && number.bytes().all(|b| b.is_ascii_digit()))
        .then_some(())
    };
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    let mut cells = t.split('|').map(str::trim);
    let first = cells.next()?;
    let (number, topic) = if number_of(first).is_some() {
        (first, None)
    } else if second && first.chars().any(char::is_alphabetic) {
        let cell = cells.next()?;
        number_of(cell)?;
        (cell, Some(first))
    } else {
        return None;
    };
    let number = number.strip_suffix('.').unwrap_or(number);
    let rest: Vec<&str> = topic
        .into_iter()
        .chain(cells.filter(|c| !c.is_empty()))
        .collect();
    (!rest.is_empty()
        && rest[0].chars().any(char::is_alphabetic)
        && rest.len() > usize::from(topic.is_some()))
    .then(|| (number, rest.join(" | ")))
}

/// Fewest section numbers glued to their headings, running 1, 2, 3 …, for a copy's numbers to
/// be spaced from their text (`spaced_glued_numbers`).
pub const MIN_GLUED_SECTIONS: usize = 3;

/// The section number glued to the start of a line, and where its heading starts: one to three
/// digits, perhaps an inserted section's capital (`2AInterpretation`, whose number is none
/// of the run's), then a capital letter with no space (`1Power to give guarantees`,
/// `SCHEDULE 1Ukraine …` aside).
fn glued_section(line: &str) -> Option<(Option<u32>, usize)> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    // (Most numbered lines go on with a stop or a space: let go at once.)
    let next = *line.as_bytes().get(digits)?;
    if !(1..=3).contains(&digits) || !(next.is_ascii_uppercase() || next >= 0x80) {
        return None;
    }
    let number: u32 = line[..digits].parse().ok()?;
    let mut rest = line[digits..].chars();
    let first = rest.next()?;
    let second = rest.next()?;
    let third = rest.next();
    // (`2AInterpretation`: the section inserted after 2, its heading after the capital.)
    let inserted = first.is_ascii_uppercase()
        && second.is_uppercase()
        && third.is_some_and(char::is_lowercase);
    let at = digits + if inserted { 1 } else { 0 };
    let heading = line[at..].chars().next()?;
    (heading.is_uppercase() && (inserted || second.is_alphabetic() || second == ' '))
        .then_some(((!inserted).then_some(number), at))
}

/// A copy of an act from a legislation site, whose numbers lose their space when copied from
/// the page (`1Power to give guarantees` over `(1)The Secretary of State may …` over `(a)the
/// project …`, `SCHEDULE 1Ukraine Guarantees Advisory Board`), with its numbers spaced from
/// their text: the sections' as `1. Power …`, the subsections' and paragraphs' as `(1) The …`.
/// Before, the sections were no points and the subsections were. Only when section numbers
/// glued to a capital run 1, 2, 3 … at least [`MIN_GLUED_SECTIONS`] times (from 1 again under
/// a schedule); a line opening with a figure glued to a word elsewhere (`5G networks`, `3D
/// printing`) is left as written.
pub(super) fn spaced_glued_numbers(text: String) -> String {
    let mut run = 0;
    let mut longest = 0;
    let mut last = 0;
    for line in scan::lines(&text) {
        match glued_section(line) {
            Some((Some(n), _)) if n == last + 1 || n == 1 => {
                run = if n == 1 { 1 } else { run + 1 };
                last = n;
                longest = longest.max(run);
            }
            _ => {}
        }
    }
    if longest < MIN_GLUED_SECTIONS {
        return text;
    }
    // (`(1)The`, `(a)the`, `(ii)any`: a subsection's or a paragraph's number glued too.)
    let glued_item = |line: &str| {
        let inner = line.strip_prefix('(')?;
        let close = inner.find(')')?;
        let label = &inner[..close];
        let short =
            (1..=4).contains(&label.len()) && label.chars().all(|c| c.is_ascii_alphanumeric());
        let after = inner[close + 1..].chars().next()?;
        (short && !after.is_whitespace() && after != ')').then_some(close + 2)
    };
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    for line in scan::lines_inclusive(&text) {
        if let Some((_, at)) = glued_section(line) {
            out.push_str(&line[..at]);
            out.push_str(". ");
            out.push_str(&line[at..]);
        } else if let Some(at) = glued_item(line) {
            out.push_str(&line[..at]);
            out.push(' ');
            out.push_str(&line[at..]);
        } else if let Some((word, rest)) = line.split_once(' ')
            && {
                let word = word.to_lowercase();
                word == "part" || super::closing::ANNEX_WORDS.contains(&word.as_str())
            }
            && let Some((_, at)) = glued_section(rest)
        {
            // `SCHEDULE 1Ukraine Guarantees Advisory Board`: the heading spaced from its number.
            let at = word.len() + 1 + at;
            out.push_str(&line[..at]);
            out.push(' ');
            out.push_str(&line[at..]);
        } else {
            out.push_str(line);
        }
    }
    out
}
