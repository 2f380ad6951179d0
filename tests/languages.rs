//! Drafts in languages written without spaces between words (Chinese, Japanese): split into
//! their points by their own numbering and compared character by character, end to end
//! through the library as the command line and the app use it.

use clausewise::{Draft, SpanKind, Status, TextOptions, compare};
use std::path::Path;

fn load(name: &str) -> Draft {
    Draft::load(Path::new(&format!("tests/fixtures/languages/{name}"))).unwrap()
}

/// The row holding old point `label`.
fn row_with<'a>(c: &'a clausewise::Comparison, old: &Draft, label: &str) -> &'a clausewise::Row {
    c.rows
        .iter()
        .find(|r| r.old.iter().any(|&i| old.points[i].label == label))
        .unwrap_or_else(|| panic!("no row holds old {label}"))
}

/// The row holding old point `label`, as (status, new labels).
fn row_of(
    c: &clausewise::Comparison,
    old: &Draft,
    new: &Draft,
    label: &str,
) -> (Status, Vec<String>) {
    let row = row_with(c, old, label);
    let news = row
        .new
        .iter()
        .map(|&j| new.points[j].label.clone())
        .collect();
    (row.status, news)
}

#[test]
fn a_chinese_draft_and_its_news_rendering_are_compared_point_by_point() {
    // Articles `第1条` against a news page's `1、` list, renumbered, reordered and reworded.
    let (old, new) = (load("zh_ceasefire_a.txt"), load("zh_ceasefire_b.txt"));
    assert_eq!(old.numbered().count(), 8);
    assert_eq!(new.numbered().count(), 8);
    let c = compare(&old, &new, &TextOptions::default());
    for (from, to) in [
        ("第2条", "2"),
        ("第4条", "3"),
        ("第3条", "4"),
        ("第5条", "5"),
        ("第7条", "7"),
        ("第8条", "8"),
    ] {
        let (status, news) = row_of(&c, &old, &new, from);
        assert_eq!(
            (status, news),
            (Status::Changed, vec![to.to_owned()]),
            "{from}"
        );
    }
    // The reconstruction fund is dropped, the security guarantees are new.
    assert_eq!(row_of(&c, &old, &new, "第6条").0, Status::Removed);
    let added = c
        .rows
        .iter()
        .find(|r| r.new.iter().any(|&j| new.points[j].label == "6"));
    assert_eq!(added.map(|r| r.status), Some(Status::Added));
    // A point reported removed points the reader at its rewrite when it is not paired.
    let first = row_with(&c, &old, "第1条");
    if first.status == Status::Removed {
        assert!(first.resembles.iter().any(|&j| new.points[j].label == "1"));
    }
    // The changed figure of 第2条 is a few characters deleted and inserted, not the sentence.
    let second = row_with(&c, &old, "第2条");
    let text = |kind: SpanKind| -> String {
        second
            .diff
            .iter()
            .filter(|s| s.kind == kind)
            .map(|s| s.text.as_str())
            .collect()
    };
    assert!(text(SpanKind::Delete).contains("十四"), "{:?}", second.diff);
    assert!(
        text(SpanKind::Insert).contains("二十一"),
        "{:?}",
        second.diff
    );
    assert!(text(SpanKind::Equal).contains("重型武器") || text(SpanKind::Equal).contains("接触线"));
}

#[test]
fn drafts_in_different_languages_are_said_to_be_so() {
    // An English memorandum and its Ukrainian rendering: only the thesaurus's words, figures
    // and names can pair their points, and the summary tells the reader so.
    let (old, new) = (load("en_uk_exchange_a.txt"), load("en_uk_exchange_b.txt"));
    let c = compare(&old, &new, &TextOptions::default());
    assert!(c.other_languages);
    let to_check = c.to_check();
    assert!(to_check.other_languages);
    let line = to_check.line(&c.summary).unwrap();
    assert!(
        line.starts_with("the drafts are in different languages"),
        "{line}"
    );
    // A name translated is not a party removed and another added (the Red Cross's committee
    // read as removed before).
    assert!(
        c.rows
            .iter()
            .flat_map(|r| &r.substance)
            .all(|f| f.kind != clausewise::compare::substance::Kind::Party)
    );
    // The Red Cross clause is paired through its words' meaning, not left removed.
    assert_eq!(
        row_of(&c, &old, &new, "3"),
        (Status::Changed, vec!["3".to_owned()])
    );

    // Drafts in one language, however reworded, are not: the Chinese pair, and English
    // drafts that share no point word for word.
    let (zh_old, zh_new) = (load("zh_ceasefire_a.txt"), load("zh_ceasefire_b.txt"));
    assert!(!compare(&zh_old, &zh_new, &TextOptions::default()).other_languages);
    let reworded = clausewise::Draft::from_text(
        "reworded",
        &std::fs::read_to_string("tests/fixtures/languages/en_uk_exchange_a.txt")
            .unwrap()
            .replace("shall", "must")
            .replace("Memorandum", "Note"),
    );
    let c = compare(&old, &reworded, &TextOptions::default());
    assert_eq!(c.summary.unchanged, 0);
    assert!(!c.other_languages);
    // Legal English made plain shares few of its commonest words (`Supplier`, `shall`,
    // `Customer` against `we`, `you`), but much of what it writes (`the`, `of`, `to`, `by`).
    let legal = clausewise::Draft::from_text(
        "legal",
        "Supply terms (test text)\n\n\
         1. The Supplier shall deliver the Goods to the Premises of the Customer within ten Business Days of the Order.\n\
         2. The Customer shall pay each Invoice within thirty days of its receipt by bank transfer.\n\
         3. The Supplier shall not be liable for any indirect or consequential loss suffered by the Customer.\n\
         4. Either Party may terminate this Agreement by giving the other Party three months' written notice.\n\
         5. This Agreement shall be governed by the laws of England and Wales.\n",
    );
    let plain = clausewise::Draft::from_text(
        "plain",
        "Supply terms (test text, plain English)\n\n\
         1. We deliver what you ordered to your site no later than two working weeks after you order it.\n\
         2. You pay us by bank transfer within a month after our bill reaches you.\n\
         3. We are not responsible for knock-on losses you may suffer.\n\
         4. You or we can end our deal with three months' notice in writing.\n\
         5. English law applies to our deal.\n",
    );
    assert!(!compare(&legal, &plain, &TextOptions::default()).other_languages);
}
