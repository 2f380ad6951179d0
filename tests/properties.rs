//! Property tests: the word diff always rebuilds both texts, and no input makes the parser or
//! the comparison panic.

use clausewise::compare::words::{TextOptions, diff};
use clausewise::{Draft, compare};
use proptest::prelude::*;

/// Text made of words (Latin and Cyrillic), numbers, punctuation and white space.
fn prose() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        4 => "[a-zA-Z]{1,8}",
        3 => "[а-яіїєґА-ЯІЇЄҐ']{1,8}",
        1 => "[0-9]{1,3}([,.][0-9]{3})?",
        2 => "[ ]{1,2}",
        1 => "[.,;:()\\-–!?]",
        1 => "\n",
    ];
    prop::collection::vec(token, 0..40).prop_map(|t| t.concat())
}

fn options() -> impl Strategy<Value = TextOptions> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(c, p, w)| TextOptions {
        ignore_case: c,
        ignore_punctuation: p,
        ignore_whitespace: w,
    })
}

proptest! {
    #[test]
    fn diff_rebuilds_old_and_new(old in prose(), new in prose(), options in options()) {
        let d = diff(&old, &new, &options);
        let old_side: String = d.spans.iter().map(|s| s.old_side()).collect();
        let new_side: String = d.spans.iter().map(|s| s.new_side()).collect();
        prop_assert_eq!(old_side, old.clone());
        prop_assert_eq!(new_side, new.clone());
        prop_assert!((0.0..=1.0).contains(&d.similarity));
        if options == TextOptions::default() {
            // Without options, equal spans carry one text for both sides.
            prop_assert!(d.spans.iter().all(|s| s.old_text.is_none()));
            prop_assert_eq!(d.is_unchanged(), old == new);
        }
    }

    #[test]
    fn any_text_parses_and_compares(a in "\\PC{0,300}", b in "(\\PC|\n){0,300}", options in options()) {
        let old = Draft::from_text("a", &a);
        let new = Draft::from_text("b", &b);
        for d in [&old, &new] {
            for p in &d.points {
                prop_assert!(d.source.get(p.range.clone()).is_some());
            }
        }
        let c = compare(&old, &new, &options);
        let mut olds: Vec<usize> = c.rows.iter().flat_map(|r| r.old.clone()).collect();
        let mut news: Vec<usize> = c.rows.iter().flat_map(|r| r.new.clone()).collect();
        olds.sort_unstable();
        news.sort_unstable();
        prop_assert_eq!(olds, (0..old.points.len()).collect::<Vec<_>>());
        prop_assert_eq!(news, (0..new.points.len()).collect::<Vec<_>>());
    }
}
