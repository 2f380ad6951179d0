//! Tests of building the points: wrapped lines, sub-items, labels, source ranges, title and
//! preamble.

use super::{closing_text, fixture, fixture_labels, label_texts, labels, pilcrows, texts};
use crate::draft::{Draft, PointKind};

#[test]
fn article_headings_take_the_text_below() {
    let d = Draft::from_text(
        "t",
        "Treaty\n\nArticle 1 - Scope\nThis treaty applies\nto all parties.\n\n1. A numbered paragraph inside.\n\nArt. 2\nSecond article.\n",
    );
    let got = label_texts(&d);
    assert_eq!(
        got,
        [
            (
                "Article 1",
                "Scope\nThis treaty applies to all parties.\n1. A numbered paragraph inside."
            ),
            ("Art. 2", "Second article."),
        ]
    );
}

#[test]
fn a_word_hyphenated_at_a_lines_end_is_one_word_again() {
    let text = "Plan\n\n1. Ukraine receives strong security guaran-\ntees after consulta-\ntions.\n\n\
                2. A monitoring team watches the self-\ndefence pact and the військово-\nтехнічне \
                aid.\n\n3. Kurz-\nund mittelfristige Hilfe; an e-\nmail to the Coun-\nCil.\n";
    assert_eq!(
        texts(text),
        [
            // A syllable's break: one word again.
            "Ukraine receives strong security guarantees after consultations.",
            // A compound's first part keeps its hyphen.
            "A monitoring team watches the self-defence pact and the військово-технічне aid.",
            // A conjunction after a suspended hyphen, one letter before it, a capital after it:
            // no word cut there.
            "Kurz- und mittelfristige Hilfe; an e- mail to the Coun- Cil."
        ]
    );
    // Where the draft writes the word elsewhere, as it writes it there.
    let text = "Plan\n\n1. The non-aggression pact.\n\n2. A second non-\naggression pact.\n\n\
                3. Each con-\ntract and each contract.\n";
    assert_eq!(
        texts(text),
        [
            "The non-aggression pact.",
            "A second non-aggression pact.",
            "Each contract and each contract."
        ]
    );
}

#[test]
fn wrapped_lines_join_and_sub_items_stay_inside() {
    let text = "Plan\n\n1. The guarantee\nis conditional:\n   a) first case,\n      continued;\n   b) second case.\n\n2. Next point.\n";
    assert_eq!(
        texts(text),
        [
            "The guarantee is conditional:\na) first case, continued;\nb) second case.",
            "Next point."
        ]
    );
}

#[test]
fn stray_numbers_in_wrapped_text_are_not_points() {
    let text = "T\n1. The ceasefire starts on 1 January\n2026. It holds.\n2. Next.\n";
    assert_eq!(
        texts(text),
        ["The ceasefire starts on 1 January 2026. It holds.", "Next."]
    );
}

#[test]
fn a_figure_wrapped_far_ahead_of_the_list_is_the_points_text() {
    // A PDF copy breaks a line before a day's number (`bis zum` over `15. Oktober`, no year):
    // a number past the next point's, going on with the sentence above, while the list goes on
    // from the point before it, is that point's text; it had swallowed the points after it.
    for (text, third) in [
        (
            "Vertrag (Test)\n1. Das Netz wird gebaut.\n2. Die Stadt stellt Flächen.\n3. Die Abstimmung erfolgt bis zum\n15. Oktober für das Folgejahr.\n4. Der Verband trägt die Kosten.\n5. Der Vertrag gilt 20 Jahre.\n",
            "Die Abstimmung erfolgt bis zum 15. Oktober für das Folgejahr.",
        ),
        (
            "Smlouva (test)\n1. Síť se buduje.\n2. Město poskytne pozemky.\n3. Harmonogram se schválí do\n30. června každého roku.\n4. Svaz nese náklady.\n",
            "Harmonogram se schválí do 30. června každého roku.",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(fixture_labels(&d)[..4], ["1", "2", "3", "4"], "{text}");
        assert_eq!(d.numbered().nth(2).unwrap().1.text, third, "{text}");
    }
    // A number that skips ahead on a line of its own is a point still (a draft that dropped
    // points keeps the numbers of the rest).
    assert_eq!(
        labels(
            "Plan (test)\n1. Fire stops.\n2. Prisoners go home.\n\n7. Observers deploy.\n8. Elections follow.\n"
        ),
        ["1", "2", "7", "8"]
    );
}

#[test]
fn ranges_cover_each_point_in_the_source() {
    let text = "T\n\n1. One\n   a) sub\n\n2. Two\n";
    let d = Draft::from_text("t", text);
    let ranges: Vec<&str> = d
        .points
        .iter()
        .map(|p| &d.source[p.range.clone()])
        .collect();
    assert_eq!(ranges, ["T", "1. One\n   a) sub", "2. Two"]);
}

#[test]
fn empty_and_odd_input_never_panics() {
    for text in [
        "",
        "\n\n",
        "1.",
        "(",
        "§",
        "Article",
        "#",
        "1. \n2.",
        "Пункт",
        "\u{feff}x",
        "•",
        "- \n-\n•\n",
        "Point №",
        "Пункт № ",
        "1\u{20e3}",
        "1\u{fe0f}",
        "\u{1f51f}",
        "T\n1. a.2.\n2. b.3.3. c\n",
        "T\n1. x.2.",
        "Point 1\nParagraph 2\nСтаття",
        "Section I\n1. a\n2. b\n3. c\nSection II\n",
        "T\nSection 1\n1. а.\n2. б.\n3. в.\nSection 2\n4. г.\n5. П'ять.\n\nЩе.\n6. Шість.\n\nSection 3",
        "T\n1. a\n\nb\n2. c\nII. D\n",
    ] {
        let _ = Draft::from_text("t", text);
    }
}

#[test]
fn a_bullet_alone_on_its_line_takes_the_text_below() {
    let d = fixture("bullets-alone.txt");
    assert_eq!(
        label_texts(&d),
        [
            (
                "•1",
                "The grain corridor stays open for ships of every flag."
            ),
            (
                "•2",
                "Insurance for the ships is backed by a group of lending states, and claims are settled within sixty days."
            ),
            (
                "•3",
                "Ports on both coasts are inspected by one joint team."
            ),
        ]
    );
}

#[test]
fn a_news_page_with_intro_arrows_letters_and_comments() {
    let d = fixture("news-page.txt");
    assert_eq!(d.title, "What is in the revised plan: the full list");
    assert!(d.preamble.starts_with("The revised document was handed"));
    assert!(d.preamble.ends_with("Full text"));
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5", "6"]);
    let text = |label: &str| {
        d.numbered()
            .find(|(_, p)| p.label == label)
            .map(|(_, p)| p.text.as_str())
    };
    assert_eq!(
        text("3"),
        Some(
            "Guarantees from the mediating states:\n→ the mediators are paid for the guarantee;\n→ an attack by either side ends the guarantee for that side;\n→ sanctions return in full after any new offensive."
        )
    );
    assert_eq!(
        text("4"),
        Some(
            "Energy:\na. the occupied power plant is restarted under international control;\nb. its output is shared half and half."
        )
    );
    assert_eq!(
        text("5"),
        Some(
            "Elections take place as soon as possible after signing.\n[Our note: the earlier draft named a hundred days.]"
        )
    );
}

#[test]
fn a_keyword_alone_on_its_line_takes_the_paragraph_below() {
    assert_eq!(
        label_texts(&Draft::from_text(
            "t",
            "T\n\nPoint 1\n\nNo reply\n\nPoint 2\n\nThe second.\n"
        )),
        [("1", "No reply"), ("2", "The second.")]
    );
}

#[test]
fn a_list_pasted_from_word_keeps_its_sub_bullets_under_their_points() {
    let text = "Elements\n\nThe guarantees include:\n\n\u{b7}         A joint response to an attack.\no   Decided within a day.\n§   By the council.\n\u{b7}         Sanctions come back.\n\u{b7}\tAir defence goes on.\no\tFour batteries a year.\n";
    assert_eq!(
        label_texts(&Draft::from_text("t", text)),
        [
            (
                "•1",
                "A joint response to an attack.\no   Decided within a day.\n§   By the council."
            ),
            ("•2", "Sanctions come back."),
            ("•3", "Air defence goes on.\no\tFour batteries a year.")
        ]
    );
    // The same list as a PDF keeps it: Symbol's bullet in Unicode's private use area.
    let text = "Heads of terms\n\n\u{f0b7}\tThe land is leased for 35 years.\n\u{f0b7}\tRent:\no\tGBP 1,050 a hectare while building;\no\tGBP 1,400 once running.\n\u{f0b7}\tGrazing goes on.\n";
    assert_eq!(
        label_texts(&Draft::from_text("t", text))[1],
        (
            "•2",
            "Rent:\no\tGBP 1,050 a hectare while building;\no\tGBP 1,400 once running."
        )
    );
    // Word's third level in Wingdings under its `o` stays in the point.
    let text = "Outcomes\n\n\u{f0b7}\tBudget approved:\no\tstaff EUR 40,000;\n\u{f0a7}\ttwo part-time posts;\no\tmaterials EUR 5,000.\n\u{f0b7}\tNew website in May.\n\u{f0b7}\tNext meeting in April.\n";
    assert_eq!(labels(text), ["•1", "•2", "•3"]);
    // `o` and `§` with one space, or before a number, are text.
    assert_eq!(
        labels("Plan\n\n1. One, as\no and\n§ 5 say.\n\n2. Two.\n"),
        ["1", "2"]
    );
}

#[test]
fn separator_lines_separate_like_blank_lines() {
    let text = "Plan\n\n1. One.\n---\n2. Two.\n* * *\n3. Three.\n===\n4. Four.\n———\n5. Five.\n";
    assert_eq!(
        label_texts(&Draft::from_text("t", text)),
        [
            ("1", "One."),
            ("2", "Two."),
            ("3", "Three."),
            ("4", "Four."),
            ("5", "Five.")
        ]
    );
    // A bullet alone on its line, a dash pair and a signature's line are not separators.
    for line in ["-", "--", "Signed: ______", "-- - x", "______"] {
        assert!(!super::is_separator(line), "{line}");
    }
    assert!(super::is_separator("  =====  "));
    // A messenger's rule of one emoji or symbol repeated; not an omission, a lone bullet or a
    // word.
    for line in ["➖➖➖➖➖➖", "▪️▪️▪️", "〰️〰️", "🔹 🔹 🔹"] {
        assert!(super::is_separator(line), "{line}");
    }
    for line in [
        "…",
        "...",
        "•",
        "➖",
        "➖ Text",
        "ok ok ok",
        "➖▪️➖",
        "✓ ✓",
        "✗ ✗",
        "★★★",
    ] {
        assert!(!super::is_separator(line), "{line}");
    }
    let text = "Plan\n\n1. One.\n➖➖➖➖➖➖\n2. Two.\n➖➖➖➖➖➖\n3. Three.\n";
    assert_eq!(texts(text), ["One.", "Two.", "Three."]);
    // Under a post's title, before the points, a rule stays text: the line under it is
    // not made the heading of every point.
    let post = "Plan in brief\n━━━━━━━━\nVersion of 20 November\n\n1. One.\n2. Two.\n";
    assert!(
        Draft::from_text("t", post)
            .numbered()
            .all(|(_, p)| p.section.is_none())
    );
}

#[test]
fn points_a_page_quotes_out_of_order_are_points() {
    let page = "Minsk\n\nSome points favour the militants:\n11. Constitutional reform comes first.\n4. Dialogue on local elections.\n12. Elections are agreed with the districts.\n13. The contact group works harder.\n";
    assert_eq!(labels(page), ["11", "4", "12", "13"]);
    // A number that does not run on, inside a point's wrapped text or after a lead-in,
    // stays text.
    assert_eq!(
        labels("Plan\n\n5. The council meets\n2. times a year.\n6. Six.\n7. Seven.\n"),
        ["5", "6", "7"]
    );
    assert_eq!(
        labels("Plan\n\n5. The council decides on:\n1. Budgets.\n6. Six.\n7. Seven.\n"),
        ["5", "6", "7"]
    );
    assert_eq!(
        labels(
            "Plan\n\n1. One.\n2. Two.\n3. Russia withdraws. The timeline is below.\n1. First stage ends in May.\n2. Second stage ends in June.\n4. Elections.\n5. Sanctions.\n"
        ),
        ["1", "2", "3", "4", "5"]
    );
}

#[test]
fn a_pages_topics_and_quotations_of_a_plans_points_keep_their_numbers() {
    // Grouped by topic under headings, the plan's numbers go back (`23.`, then `11.`).
    let page = "The plan by topic (test text)\n\nTerritory\n\n21. Crimea is recognised.\n\n22. The line is frozen.\n\n23. Forces withdraw.\n\nSecurity\n\n11. Ukraine may join the EU.\n\n12. A recovery package is set up.\n\nElections\n\n25. Elections in 100 days.\n";
    assert_eq!(labels(page), ["21", "22", "23", "11", "12", "25"]);
    // A tracker's labels, each with its status on the label's line.
    let tracker = "Tracking the plan (test text)\n\nSECURITY\n\nPoint 15   ● Agreed\nA working group is set up.\n\n\
                   Point 16   ○ Rejected\nThe law is changed.\n\nECONOMY\n\nPoint 11   ● Agreed\nUkraine may join the EU.\n\n\
                   Point 12   ◐ Open\nA fund is created.\n";
    assert_eq!(labels(tracker).len(), 4, "{:?}", labels(tracker));
    assert!(labels(tracker)[2].ends_with("11"));
    // Not a number a point has had (an inner list's), nor one without a heading above it.
    let inner =
        "Plan (test)\n\n1. One.\n\n2. Two.\n\n3. Three:\n\nDetails\n\n2. Two is repeated here.\n";
    assert_eq!(labels(inner), ["1", "2", "3"]);
    let wrapped = "Plan (test)\n\n20. The zone is demilitarised within\n12. months of signature.\n\n21. Twenty-one.\n";
    assert_eq!(labels(wrapped), ["20", "21"]);
    // Nor a date under a timeline's heading.
    let timeline = "Excerpt (test)\n\nSecurity\n\n18. Eighteen.\n\n19. Nineteen.\n\n20. Twenty.\n\nHow we got here\n\n12. November: envoys met in Miami.\n";
    assert_eq!(labels(timeline), ["18", "19", "20"]);
    // Each point quoted after the journalist's lead-in: the quotation is the next point, not
    // new wording inside the one before.
    let quoted = "Title\n\nThe points on the army read:\n\n«6. The army is capped.»\n\n«7. Ukraine gives up NATO.»\n\nAnother block is territorial. The document says:\n\n«21. Territories:\na) Crimea is recognised;\nb) the line is frozen.\n\nFinally, elections:\n\n«25. Elections in 100 days.»\n";
    assert_eq!(labels(quoted), ["6", "7", "21", "25"]);
}

#[test]
fn the_parts_of_an_amended_articles_new_wording_are_text_of_their_point() {
    let d = Draft::from_text(
        "t",
        "Закон\n\n1. Статтю 4 викласти в такій редакції:\n«Стаття 4. Оборона\n1. Оборона держави покладається на уряд.\n2. Порядок визначає закон.».\n\n2. Статтю 5 виключити.\n\n3. Цей Закон набирає чинності з дня опублікування.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(
        d.numbered()
            .next()
            .unwrap()
            .1
            .text
            .contains("2. Порядок визначає закон.")
    );
    // One quoted part before the law's own numbers is not a quoted draft.
    let d = Draft::from_text(
        "t",
        "Закон\n\nВерховна Рада постановляє:\n\nI. Частину першу статті 6 викласти в такій редакції:\n«1. Уряд щороку звітує про стан оборони.»\n\nII. Прикінцеві положення\n1. Цей Закон набирає чинності з дня опублікування.\n2. Уряду привести свої акти у відповідність.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2"]);
    assert!(d.numbered().next().unwrap().1.text.starts_with("Цей Закон"));
    // As the Rada's site prints a bill: blank lines between paragraphs, the new wording in
    // straight quotes or opening on its own number.
    for (open, close) in [("\"Стаття 5. Облік.\n\n1.", "\";"), ("«1.", "»;")] {
        let bill = format!(
            "Закон\n\n1. У Законі \"Про облік\":\n\n1) статтю 5 викласти в такій редакції:\n\n\
             {open} Облік ведеться в реєстрі.\n\n2. Дані оновлюються щомісяця{close}\n\n\
             2) статтю 9 виключити.\n\n2. Цей Закон набирає чинності з дня опублікування.\n"
        );
        let d = Draft::from_text("t", &bill);
        assert_eq!(fixture_labels(&d), ["1", "2"], "{open}");
        assert!(
            d.numbered()
                .next()
                .unwrap()
                .1
                .text
                .contains("2. Дані оновлюються")
        );
    }
}

#[test]
fn a_markdown_list_numbered_all_ones_is_numbered_as_rendered() {
    assert_eq!(
        labels(
            "# Terms\n\n1. Fighting stops.\n1. Weapons move back.\n1. Observers monitor.\n1. Talks begin.\n"
        ),
        ["1", "2", "3", "4"]
    );
    // A draft whose points start again at 1 under each section keeps its numbers.
    assert_eq!(
        labels("Plan\n\nSection A\n\n1. One.\n2. Two.\n\nSection B\n\n1. Three.\n2. Four.\n"),
        ["1", "2", "1", "2"]
    );
    // Each list under its own heading is rendered from 1: the plan's, then a short one of
    // open questions (before, every point kept its `1`).
    assert_eq!(
        labels(
            "# Terms\n\n1. Fighting stops.\n1. Weapons move back.\n1. Observers monitor.\n\n\
             ## Open questions\n\n1. Who pays?\n1. Who chairs?\n"
        ),
        ["1", "2", "3", "1", "2"]
    );
    // Two short lists of ones are no such list: nothing says they are rendered.
    assert_eq!(
        labels("Plan\n\nSection A\n\n1. One.\n1. Two.\n\nSection B\n\n1. Three.\n1. Four.\n"),
        ["1", "1", "1", "1"]
    );
}

#[test]
fn editors_comments_stay_in_the_point_they_follow() {
    let d = fixture("editor-comments.txt");
    assert_eq!(
        label_texts(&d),
        [
            (
                "1",
                "The ceasefire begins at midnight on the day after signing.\nEditor's note: earlier versions gave no time of day."
            ),
            (
                "2",
                "Observers are drawn from neutral states only.\n(Our correspondent adds that two states have already offered staff.)\nComment: the list of states is still under discussion."
            ),
            ("3", "All sanctions are reviewed after six months."),
        ]
    );
}

#[test]
fn a_short_title_after_a_point_number_keeps_its_own_line() {
    let d = Draft::from_text(
        "t",
        "Lease\n\nPoint 1. Rent\nThe rent is paid monthly.\n\nPoint 2. The tenant keeps the flat clean and\nrepairs what he breaks.\n",
    );
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Rent\nThe rent is paid monthly."),
            (
                "2",
                "The tenant keeps the flat clean and repairs what he breaks."
            )
        ]
    );
}

#[test]
fn a_first_line_that_is_a_sentence_is_content() {
    let d = fixture("first-line-sentence.txt");
    assert_eq!(d.title, "");
    assert_eq!(fixture_labels(&d), pilcrows(5));
    assert!(d.points[0].text.starts_with("The parties will stop"));
    // Before numbered points it is the preamble, compared like a point.
    let d = Draft::from_text(
        "t",
        "The parties agree on the following points of the settlement.\n1. One.\n2. Two.\n",
    );
    assert_eq!(d.title, "");
    assert_eq!(d.points[0].label, "Preamble");
}

#[test]
fn title_and_preamble_are_the_first_rows() {
    let d = Draft::from_text(
        "t",
        "Plan\nIntro line one.\nIntro line two.\n\n1. One.\n2. Two.\n",
    );
    let rows: Vec<(PointKind, &str, &str)> = d
        .points
        .iter()
        .map(|p| (p.kind, p.label.as_str(), &d.source[p.range.clone()]))
        .collect();
    assert_eq!(
        rows,
        [
            (PointKind::Title, "Title", "Plan"),
            (
                PointKind::Preamble,
                "Preamble",
                "Intro line one.\nIntro line two."
            ),
            (PointKind::Point, "1", "1. One."),
            (PointKind::Point, "2", "2. Two."),
        ]
    );
    assert_eq!(d.points[1].text, d.preamble);
    assert_eq!(d.point_count(), 2);
    // No title, no preamble: no rows for them.
    let bare = Draft::from_text("t", "1. One.\n2. Two.\n");
    assert_eq!(bare.points.len(), 2);
}

#[test]
fn an_indented_inner_list_numbered_as_the_points_stays_in_its_point() {
    // A web page's nested list pasted with its indentation.
    let text = "PLAN (test text)\n\n1. Borders hold.\n2. A pact is signed.\n3. Guarantees apply, \
                in particular:\n    1. An attack brings a joint response.\n    2. A first strike \
                voids them.\n    3. Nobody pays for them.\n4. The army is capped.\n5. Aid flows.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4", "5"]);
    assert!(texts(text)[2].ends_with("Nobody pays for them."));
    // A word processor's outline saved as text: each point's inner list starts at `1.`,
    // indented by a tab (or by spaces).
    for indent in ["\t", "    "] {
        let text = "PLAN (test text)\n\n1. Clean-up\n\t1. Dry the town hall.\n\t2. Fix the \
                    library floor.\n2. Support\n\t1. Pay a grant.\n\t2. Lend dehumidifiers.\n\
                    3. Review the plan in June.\n"
            .replace('\t', indent);
        assert_eq!(labels(&text), ["1", "2", "3"], "{indent:?}");
        assert!(texts(&text)[1].ends_with("2. Lend dehumidifiers."));
    }
    // Points indented alike throughout are all points.
    let text = "PLAN (test text)\n\n  1. Borders hold.\n  2. A pact is signed.\n  3. Aid flows.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
}

#[test]
fn a_bullet_lists_sign_off_in_a_glyph_of_its_own_is_no_item() {
    let text = "Головне:\n\n🔹 Суверенітет.\n🔹 Пакт.\n🔹 Армія.\n🔹 Гарантії.\n\n📌 Деталі — у коментарях\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["•1", "•2", "•3", "•4"]);
    assert!(closing_text(&d).is_some_and(|c| c.starts_with("📌")));
    // In the list's own glyph, or right under the items, it is an item.
    for text in [
        "Головне:\n\n🔹 Суверенітет.\n🔹 Пакт.\n🔹 Армія.\n🔹 Гарантії.\n\n🔹 Деталі\n",
        "Головне:\n\n🔹 Суверенітет.\n🔹 Пакт.\n🔹 Армія.\n🔹 Гарантії.\n📌 Деталі\n",
        "Main:\n\n• Borders.\n• A pact.\n• The army.\n• Guarantees.\n\n- Aid flows.\n",
        "Main:\n\n• Borders.\n• A pact.\n• The army.\n• Guarantees.\n\n- Aid flows.\n",
    ] {
        assert_eq!(labels(text).len(), 5, "{text}");
    }
}

#[test]
fn a_statutes_sections_over_their_subsections_are_the_points() {
    // As UK Acts and bills print them: `1 Title`, then `(1)`, `(2)` starting again under each.
    let text = "Reconstruction Fund Act 2026 (test text)\n\nCONTENTS\n1 Establishment of the Fund\n\
                2 Purposes\n3 Reports\n\nBE IT ENACTED by the Parliament, as follows:—\n\
                1 Establishment of the Fund\n(1) There is to be a fund.\n(2) The Treasury manages \
                it.\n2 Purposes\n(1) Sums may be used only for repair.\n(2) The Treasury may add \
                purposes.\n3 Reports\nThe Treasury must report each year.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert_eq!(
        label_texts(&d)[0].1,
        "Establishment of the Fund\n(1) There is to be a fund.\n(2) The Treasury manages it."
    );
    assert!(d.preamble.starts_with("CONTENTS"));
    // With a stop after each number, the subsections' `(1)`, `(2)` between the sections do
    // not make the contents list a quotation of a shorter run.
    let text = "A Bill (test)\n\nCONTENTS\n1. Short title\n2. Commission\n3. Commencement\n\n\
                1. Short title\nThis Act is the Example Act.\n\n2. Commission\n(1) A commission \
                is established.\n(2) It has six members.\n\n3. Commencement\nThis Act starts on \
                1 January.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert!(d.preamble.starts_with("CONTENTS"), "{}", d.preamble);
    // Subsections that run on across the numbered lines are the points (a list of measures
    // under numbered headings).
    let text = "Plan (test text)\n\n1 Security\n(1) A ceasefire holds.\n(2) Troops withdraw.\n\
                2 Aid\n(3) Aid flows.\n(4) Schools reopen.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
}

#[test]
fn a_short_list_summing_up_the_points_below_is_the_preamble() {
    // A news page: the changes in brief, a sentence, then the full text numbered from 1 again.
    let full = "1. Sovereignty is confirmed by all signatories.\n2. A non-aggression pact is \
                concluded.\n3. Guarantees are given.\n4. The army keeps 800,000 troops.\n5. \
                Membership of the Union follows on a date.\n6. A fund pays for rebuilding.\n";
    let text = format!(
        "What changed in the framework\n\nReporters saw the revised text on Tuesday. The \
         main changes are:\n\n1. The army ceiling was raised.\n2. The amnesty was dropped.\n\n\
         Below is the full text as circulated.\n\n{full}"
    );
    let d = Draft::from_text("t", &text);
    assert_eq!(labels(&text), ["1", "2", "3", "4", "5", "6"]);
    assert!(label_texts(&d)[0].1.starts_with("Sovereignty"));
    assert!(d.preamble.contains("The amnesty was dropped.") && d.preamble.ends_with("circulated."));
    assert!(d.layout.reason.contains("sums up the list below it"));
    // A heading between the lists starts a section of the draft; a lead-in a second list of
    // its own; a second list no longer than twice the first sums nothing up.
    for between in ["Part two", "The second side undertakes:"] {
        let text = format!("Plan\n\n1. Borders hold.\n2. Troops leave.\n\n{between}\n\n{full}");
        assert_eq!(labels(&text).len(), 8, "{text}");
    }
    let text = format!(
        "Plan\n\n1. Borders hold.\n2. Troops leave.\n3. Ships pass.\n4. Mines are cleared.\n\n\
         The rest follows below.\n\n{full}"
    );
    assert!(!Draft::from_text("t", &text).preamble.contains("Borders"));
}

#[test]
fn a_pages_steps_or_contents_over_the_document_numbered_again_are_the_preamble() {
    let full = "1. The landlord lets the flat.\n2. The rent is due monthly.\n3. The deposit is \
                held.\n4. The tenant keeps the flat clean.\n5. Pets need consent.\n6. Either side \
                may end the lease.\n";
    // A template page's steps over the document, with its heading and opening sentence between.
    let steps = format!(
        "How to use this template in 3 steps\n\n1. Download the file.\n2. Fill in the names.\n\
         3. Both parties sign.\n\nPreview\n\nFLAT LEASE AGREEMENT\n\nThis lease is made between the \
         parties named below.\n\n{full}"
    );
    let d = Draft::from_text("t", &steps);
    assert_eq!(labels(&steps), ["1", "2", "3", "4", "5", "6"]);
    assert!(label_texts(&d)[0].1.starts_with("The landlord"));
    assert!(d.preamble.contains("Fill in the names."), "{}", d.preamble);
    // A newsletter's contents, whose first item heads the section of the points, numbered in
    // capitals; the next sections' headings follow the points.
    let contents = format!(
        "Weekly brief\n\nIn this issue:\n1. The lease, clause by clause\n2. What tenants said\n\n\
         ----\n1. THE LEASE, CLAUSE BY CLAUSE\n----\n\n{full}\n----\n2. WHAT TENANTS SAID\n----\n\n\
         Tenants asked for longer notice.\n"
    );
    let d = Draft::from_text("t", &contents);
    assert_eq!(labels(&contents), ["1", "2", "3", "4", "5", "6"]);
    assert!(label_texts(&d)[0].1.starts_with("The landlord"));
    assert!(d.preamble.contains("What tenants said"), "{}", d.preamble);
    // A draft's own first part: items of several lines, or one line each under a section's
    // heading that names no act, over its opening sentence.
    let parts = format!(
        "Lease\n\n1. The flat is let\nfurnished.\n2. Keys are handed over.\n\nPART TWO\n\nThis \
         part is agreed between the parties.\n\n{full}"
    );
    assert_eq!(labels(&parts).len(), 8, "{parts}");
    let section = format!(
        "Plan\n\n1. Borders hold.\n2. Troops leave.\n3. Ships pass.\n\nIMPLEMENTATION\n\nThe steps \
         below carry the commitments out.\n\n{full}"
    );
    assert_eq!(labels(&section).len(), 9, "{section}");
    // An annex's item saying what a point says is no heading of a contents list.
    let annex = format!(
        "Plan\n\n1. Borders hold along the line.\n2. Troops leave.\n\nANNEX\n\n{}",
        full.replacen(
            "The landlord lets the flat.",
            "Borders hold along the line.",
            1
        )
    );
    assert_eq!(labels(&annex).len(), 8, "{annex}");
}
