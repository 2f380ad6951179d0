//! Tests of the text normalisation before splitting: Markdown escapes and markup, invisible
//! characters.

use super::{closing_text, fixture, fixture_labels, label_texts, labels, texts};
use crate::draft::Draft;

#[test]
fn markdown_escapes_of_a_saved_web_page_are_read_through() {
    // `1\.` is how an HTML-to-Markdown converter writes a paragraph that starts `1.`.
    let text = "# Framework\n\nThe points agreed on 23 December.\n\n1\\. The independence is confirmed.\n\n2\\. A non\\-aggression pact is made\\.\n\n3\\. Guarantees are \\*legally\\* binding.\n";
    assert_eq!(
        label_texts(&Draft::from_text("t", text)),
        [
            ("1", "The independence is confirmed."),
            ("2", "A non-aggression pact is made."),
            ("3", "Guarantees are *legally* binding."),
        ]
    );
    assert_eq!(
        labels("T\n\n\\- One thing.\n\\- Another thing.\n\\- A third.\n"),
        ["•1", "•2", "•3"]
    );
    assert_eq!(
        labels("T\n\n1\\) One thing.\n2\\) Another thing.\n"),
        ["1", "2"]
    );
    // One escaped line is not a saved page: a backslash stays where it is.
    let d = Draft::from_text("t", "T\n\n1. Files go to C:\\Drafts\\. Done.\n2. Two.\n");
    assert!(
        d.numbered()
            .next()
            .unwrap()
            .1
            .text
            .contains("C:\\Drafts\\.")
    );
}

#[test]
fn markdown_inline_markup_is_read_as_its_words() {
    let d = fixture("markdown-saved-page.md");
    assert_eq!(
        label_texts(&d),
        [
            (
                "1",
                "The sovereignty of the country is confirmed, as in the earlier draft."
            ),
            (
                "2",
                "A non-aggression agreement is concluded between the two states and Europe."
            ),
            ("3", "The armed forces are kept at 800,000 in peacetime."),
            (
                "4",
                "Security guarantees mirror Article 5 and are approved by the parliaments of the guarantors."
            ),
            (
                "5",
                "Reconstruction is funded from a joint fund; the file name `reconstruction_fund_v2` and the formula 5 * 3 stay as they are, and deleted words go."
            ),
        ]
    );
    // The struck words are listed as left out, and the draft says how it was read.
    assert!(d.layout.left_out.iter().any(|l| l.text == "~~struck~~"));
    assert!(d.encoding.contains(crate::draft::formats::TRACKED_NOTE));
    assert!(
        d.preamble
            .starts_with("Unofficial working text, written for testing. This")
    );
    assert!(d.preamble.contains("the bold and\nitalic words"));
    assert!(
        d.preamble
            .contains("Read the full text of the November plan and\nour explainer")
    );
    assert!(!d.preamble.contains("http") && !d.preamble.contains("Photo"));
    // A picture alone on its line is neither text nor a section's heading.
    let text = "# Plan\n\n![A photo of the talks](talks.jpg)\n\nThe talks **went** on.\n\n1. First point.\n\n\
                [![Map of the line](map.png)](https://example.org/map)\n\n2. Second point.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.preamble, "The talks went on.");
    assert!(d.layout.headings.is_empty(), "{:?}", d.layout.headings);
    assert_eq!(texts(text), ["First point.", "Second point."]);
    // Marks that open or close no word, escapes, intraword underscores, a signature line
    // and a table of contents' anchors are text.
    for line in [
        "Articles 3* and 4* apply.",
        "The rate is 5 * 3 * 2 units.",
        "Signed: ______ and ______.",
        "Use the form_a_b template.",
        "\\*Not italic\\* here.",
        "See [1. Scope](#scope) above.",
        "A [bracketed option] (to be agreed) stays.",
        "**Unclosed bold stays.",
        "Article [7](2) and [24](48) hours apply.",
        "The parties [shall](US) [may](UA) meet.",
        "The [Buyer](including its affiliates) pays.",
    ] {
        let text = format!("# Plan\n\n1. One.\n\n2. {line}\n\n3. Three.\n");
        let d = Draft::from_text("t", &text);
        assert_eq!(
            d.numbered().nth(1).map(|(_, p)| p.text.as_str()),
            Some(line)
        );
    }
    // Plain text (no link to an address, no heading line, no bold) keeps its stars and
    // underscores, and an address never wraps.
    let plain = "Plan\n\n1. Call __init__ first.\n2. Cost is 40 *x + 60* y.\n3. The [Buyer](including its\naffiliates) pays.\n";
    assert_eq!(super::without_inline_markup(plain.to_owned()), plain);
}

#[test]
fn a_bold_label_and_title_leave_no_markup_in_the_text() {
    assert_eq!(
        texts(
            "Plan\n\n**Point 1: Sovereignty.** The independence is confirmed.\n\n**Point 2: Non-aggression.** A pact is concluded.\n\n**Point 3.** Aid enters, **as agreed**.\n"
        ),
        [
            "Sovereignty. The independence is confirmed.",
            "Non-aggression. A pact is concluded.",
            "Aid enters, as agreed."
        ]
    );
}

#[test]
fn numbers_in_a_messengers_bold_or_italic_marks_number_the_points() {
    for text in [
        "Plan\n\n*1.* Sovereignty is confirmed.\n*2.* A pact is signed.\n*3.* Aid enters.\n",
        "Plan\n\n*1. Sovereignty is confirmed.*\n*2. A pact is signed.*\n*3. Aid enters.*\n",
        "Plan\n\n__1.__ Sovereignty is confirmed.\n__2.__ A pact is signed.\n__3.__ Aid enters.\n",
        "Plan\n\n_1._ Sovereignty is confirmed.\n\n_2._ A pact is signed.\n\n_3._ Aid enters.\n",
    ] {
        assert_eq!(labels(text), ["1", "2", "3"], "{text}");
        assert_eq!(texts(text)[0], "Sovereignty is confirmed.", "{text}");
    }
    let text = "План\n\n*Пункт 1.* Суверенітет.\n*Пункт 2.* Пакт.\n*Пункт 3.* Допомога.\n";
    assert_eq!(texts(text), ["Суверенітет.", "Пакт.", "Допомога."]);
    // Italic notes under plain points are notes, not the points' numbers.
    let text = "Plan\n\n1. One.\n2. Two.\n3. Three.\n4. Four.\n\n_1) Source: a person._\n_2) Not confirmed._\n";
    assert_eq!(super::without_inline_markup(text.to_owned()), text);
    // One marked line is chance, and starred bullets and a product's stars are text.
    let plain = "Plan\n\n* one\n* two\n\nCost is *2* and 40 *x + 60* y.\n";
    assert_eq!(super::without_inline_markup(plain.to_owned()), plain);
}

#[test]
fn zero_width_characters_do_not_hide_the_numbers() {
    let d = Draft::from_text(
        "t",
        "Plan\n\n\u{200b}1. Sovereignty is confirmed.\n\u{200b}2. A pact is\u{2060} signed.\n\u{feff}3. Aid enters.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert_eq!(d.numbered().nth(1).unwrap().1.text, "A pact is signed.");
    assert!(!d.source.contains('\u{200b}'));
}

#[test]
fn struck_text_is_deleted_and_listed_as_left_out() {
    let text = "Plan (test text)\n1. Sovereignty is ~~confirmed~~ reaffirmed.\n\
                2. A non-aggression pact is signed.\n\
                ~~3. The mediator is paid for each inspection.~~\n\
                4. Guarantees are given.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Sovereignty is reaffirmed."),
            ("2", "A non-aggression pact is signed."),
            ("4", "Guarantees are given.")
        ]
    );
    let left: Vec<(&str, usize)> = d
        .layout
        .left_out
        .iter()
        .map(|l| (l.text.as_str(), l.line))
        .collect();
    assert_eq!(
        left,
        [
            ("~~confirmed~~", 2),
            ("~~3. The mediator is paid for each inspection.~~", 4)
        ]
    );
    // Tildes that strike nothing stay: a space inside, one pair open, a lone `~~`.
    for text in [
        "1. Costs ~~ 5 million ~~ in all.\n2. Two.\n",
        "1. About ~~5 million in all.\n2. Two.\n",
        "1. A ~~ mark.\n2. Two ~~.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(d.layout.left_out.is_empty(), "{text}");
        assert_eq!(
            d.points[0].text,
            text[3..text.find('\n').unwrap()],
            "{text}"
        );
    }
}

#[test]
fn word_balloons_and_comment_anchors_are_left_out() {
    let text = "ACCORD (test text)\n1. The truce begins at midnight.\nDeleted: noon\n\
                2. Sailors are returned within 72 hours.[MK2]\nFormatted: Highlight\n\
                3. Convoys enter through neutral agencies.\n\
                Commented [MK2]: Include remains of the deceased.\n\
                4. A committee runs daily services.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "The truce begins at midnight."),
            ("2", "Sailors are returned within 72 hours."),
            ("3", "Convoys enter through neutral agencies."),
            ("4", "A committee runs daily services.")
        ]
    );
    assert_eq!(d.layout.left_out.len(), 3);
    // A draft's own `Deleted:` line, alone, stays; a bracket that anchors no comment stays.
    let text = "Changes (test text)\n1. Article 3 is amended.\nDeleted: the words \"in \
                writing\".\n2. Article 4 [A1] is repealed.\n";
    let d = Draft::from_text("t", text);
    assert!(d.layout.left_out.is_empty());
    assert!(label_texts(&d)[0].1.contains("Deleted:"));
    assert!(label_texts(&d)[1].1.contains("[A1]"));
}

#[test]
fn struck_items_headings_and_balloons_leave_nothing_behind() {
    // An item or heading struck whole leaves no empty point or heading.
    let text = "Plan (test text)\n## ~~Security~~\n1. Sovereignty.\n2. ~~The mediator is paid.~~\n\
                3. Guarantees.\n- ~~A struck bullet~~\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "3"]);
    assert!(d.layout.headings.is_empty());
    assert!(
        d.layout
            .left_out
            .iter()
            .any(|l| l.text == "2. ~~The mediator is paid.~~")
    );
    // A balloon wrapped in the margin goes whole; an anchor goes with the space before it.
    let text = "ACCORD (test text)\n1. The truce begins at midnight [JS1].\nCommented [JS1]: Name \
                the hour in local time\nand in UTC to avoid any doubt.\n2. Sailors are \
                returned.\n3. Talks go on.\n";
    assert_eq!(
        texts(text)[..2],
        ["The truce begins at midnight.", "Sailors are returned."]
    );
    // A balloon exported in brackets of its own, under the last point.
    let text = "ACCORD (test text)\n\n1. The truce begins at midnight.\n\n2. Sailors are returned.\n\n[Comment [AK1]: check the numbering before circulation]\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        texts(text),
        ["The truce begins at midnight.", "Sailors are returned."]
    );
    assert_eq!(d.layout.left_out.len(), 1);
    let text = text.replace("Comment [AK1]", "Примечание [АК1]");
    assert_eq!(Draft::from_text("t", &text).layout.left_out.len(), 1);
    // An online editor's plain text export: its comments' letters in the text, the comments
    // at the end under them.
    let text = "Accord on Returns[a]\n\n1. Prisoners are exchanged within 30 days[b] of signature.\n\
                2. The Parties[c] exchange lists.\n3. Talks go on.\n\n[a]Title agreed?\n\
                [b]Too short, say 45.\n[c]Through the mediators?\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "Accord on Returns");
    assert_eq!(
        texts(text),
        [
            "Prisoners are exchanged within 30 days of signature.",
            "The Parties exchange lists.",
            "Talks go on."
        ]
    );
    // Lettered items of a list, cited with a space before them, are the draft's.
    let text = "Supply (test)\n\n1. The Supplier shall:\n[a]deliver the goods;\n[b]install them.\n2. If it fails to perform [a] or [b], the Buyer may end it.\n";
    assert_eq!(
        texts(text)[1],
        "If it fails to perform [a] or [b], the Buyer may end it."
    );
    // Lettered lines with no anchor in the text are a list's, and stay as they are.
    let text =
        "Accord (test)\n\n1. Duties:\n[a]pay the fee;\n[b]file the form.\n2. Terms [x] apply.\n";
    assert_eq!(texts(text)[1], "Terms [x] apply.");
    assert!(
        texts(text)[0].contains("[a]pay the fee;"),
        "{:?}",
        texts(text)
    );
    // A draft's own changes: quoted words, or a list above the points, stay; so does a
    // footnote's number in brackets.
    for text in [
        "Amendments (test text)\n1. In Article 3:\nDeleted: \"within thirty days\".\n\
         Inserted: \"within sixty days\".\n2. Article 4 is repealed.\n",
        "AGREEMENT (test text)\nChanges from version 3:\nDeleted: clause 7.3.\nInserted: clause \
         7.4.\n\n1. Services are transport.\n2. The term is one year.\n",
        "Ruling (test text)\n1. The court [12] held so.\nComment [12]: see the record.\n2. \
         Costs follow.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(
            d.layout.left_out.is_empty(),
            "{text}: {:?}",
            d.layout.left_out
        );
    }
}

#[test]
fn struck_wording_and_balloons_keep_the_drafts_own_text() {
    // A struck item's new wording on the next line keeps its number; a keyword heading keeps
    // its body when only its title is struck.
    let text = "Plan (test text)\n1. Sovereignty.\n2. ~~The mediator is paid per inspection.~~\n   \
                The mediator is paid a fixed fee.\n3. Guarantees.\n";
    assert_eq!(texts(text)[1], "The mediator is paid a fixed fee.");
    let text = "Plan (test text)\n\n## Article 1\nSovereignty.\n\n## Article 2 ~~Payment~~\nA \
                fixed fee.\n\n## Article 3\nGuarantees.\n";
    assert_eq!(labels(text).len(), 3);
    // Lines in small letters after a balloon stay the draft's when they are its items, or when
    // the sentence above the balloon goes on.
    let text = "ACCORD (test text)\n1. The Parties agree as follows:\nFormatted: Font: Bold\n\
                a) the truce begins at midnight;\nb) sailors are returned.\n2. Talks go on.\n";
    assert!(texts(text)[0].contains("a) the truce begins"));
    let text = "ACCORD (test text)\n1. The truce begins at midnight [JS1] and\nCommented [JS1]: \
                Name the hour\napplies to all forces.\n2. Talks go on.\n";
    assert_eq!(
        texts(text)[0],
        "The truce begins at midnight and applies to all forces."
    );
}

#[test]
fn a_tables_numbered_rows_are_the_points() {
    let text = "Status (test text)\n\n| No. | Provision | Status |\n|----:|---|---|\n\
                | 1 | Borders hold | Agreed |\n| 2 | A pact | Agreed |\n| 3 | Aid flows | Open |\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert_eq!(texts(text)[2], "Aid flows | Open");
    // A table inside a point of the list around it stays the point's.
    let text = "PLAN (test text)\n\n1. Borders hold.\n2. Aid goes to:\n| 1 | Kharkiv | 300 |\n\
                | 2 | Sumy | 200 |\n| 3 | Odesa | 100 |\n3. Talks go on.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
}

#[test]
fn deeply_nested_or_unclosed_markup_is_read_in_a_few_passes() {
    // Thousands of links inside one another: the outer ones are read, the innermost stay as
    // written, and nothing recurses once per bracket (that overflowed the stack).
    let depth = 20_000;
    let text = format!(
        "# Notes\n\n1. {}core{}\n2. Second point.\n",
        "[".repeat(depth),
        "](/)".repeat(depth)
    );
    let d = Draft::from_text("t", &text);
    let first = &label_texts(&d)[0].1;
    assert!(first.contains("core") && first.len() < text.len());
    assert_eq!(labels(&text), ["1", "2"]);
    // Marks that open and never close stay as written.
    let text = format!(
        "# Notes\n\n1. {}\n2. {}end\n",
        "[".repeat(5_000),
        "*a ".repeat(5_000)
    );
    let read = texts(&text);
    assert!(read[0].chars().all(|c| c == '['));
    assert!(read[1].starts_with("*a *a") && read[1].ends_with("end"));
    // Below the depth, nested marks are read as before.
    let text = "# Notes\n\n1. *A [**bold** link](/a) here.*\n2. Next.\n";
    assert_eq!(texts(text)[0], "A bold link here.");
}

#[test]
fn every_fifth_line_numbered_in_a_bills_margin_loses_its_number() {
    // A British bill's PDF copied as text: `5`, `10`, `15` on every fifth line of a page,
    // glued to the line's own start (a subsection's `(1)` too).
    let text = "Test Bill (invented text)\n\
                1 Annual statement\n\
                (1) The Minister must, before the end of each year, lay\n\
                before the Assembly a statement setting out\n\
                (a) the aid provided in that year, and\n\
                5 (b) the repairs so paid for.\n\
                (2) The statement must include an assessment of the\n\
                effect of that aid.\n\
                2 Grants for repairs\n\
                (1) The Minister may give grants to any person\n\
                10 for the repair of homes damaged in the war.\n\
                (2) The total of the grants must not exceed a sum set\n\
                by regulations.\n\
                3 Regulations\n\
                (1) Regulations under this Act are made by statutory\n\
                15 (2) instrument, subject to annulment.\n\
                4 Short title\n\
                This Act may be cited as the Test Act.\n\
                \n\
                A second paragraph.\n\
                20 Its last line.\n\
                \n\
                Test Bill 2\n\
                5 Reporting\n\
                (1) The Minister must publish a report on the\n\
                5 steps taken to return the children deported\n\
                from the occupied areas.\n\
                (2) The report may be combined with any other\n\
                report laid before the Assembly.\n\
                6 Extent\n\
                10 (1) This Act extends to the whole country.\n\
                (2) It comes into force on the day it is passed.\n";
    let d = Draft::from_text("t", text);
    let all: String = d
        .points
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(all.contains("(b) the repairs so paid for."), "{all}");
    assert!(
        all.contains("to any person for the repair of homes"),
        "{all}"
    );
    assert!(
        !all.contains(" 10 ") && !all.contains("5 (b)") && !all.contains("20 Its"),
        "{all}"
    );
    // On the next page from 5 again, a section's number (`6 Extent`) between `5` and `10`.
    assert!(all.contains("report on the steps taken"), "{all}");
    assert!(!all.contains("10 (1)"), "{all}");
    // A list numbered 1 to 20 without full stops keeps its numbers, `5`, `10`, `15`, `20` too.
    let list: String = (1..=20)
        .map(|n| format!("{n} Item number {n} of the list is agreed.\n"))
        .collect();
    let d = Draft::from_text("t", &format!("List (test text)\n\n{list}"));
    assert_eq!(d.numbered().count(), 20);
    assert!(d.numbered().all(|(_, p)| p.text.starts_with("Item number")));
}

#[test]
fn line_numbers_printed_in_a_bills_margin_are_taken_off() {
    // A bill's PDF copied with its margin: every line numbered, from 1 again on page two,
    // sentences running on from one numbered line to the next.
    let text = "DISCUSSION DRAFT\n\
                1                    A BILL\n\
                2   To require the posting of water-quality results at public\n\
                3       beaches.\n\
                4      Be it enacted by the Senate and House of Represent-\n\
                5   atives in Congress assembled,\n\
                6   SECTION 1. SHORT TITLE.\n\
                7      This Act may be cited as the Clean Beaches Act.\n\
                8   SEC. 2. POSTING OF RESULTS.\n\
                9      The owner of a public beach shall post the results\n\
                10  of each test at every entrance.\n\
                \n\
                1   SEC. 3. PENALTY.\n\
                2      An owner who fails to post results is liable to a\n\
                3   penalty of not more than $500 a day.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d)
            .iter()
            .map(|(l, t)| (*l, t.split_whitespace().next().unwrap_or("")))
            .collect::<Vec<_>>(),
        [
            ("SECTION 1", "SHORT"),
            ("SEC. 2", "POSTING"),
            ("SEC. 3", "PENALTY.")
        ]
    );
    assert!(
        texts(text)[1].contains("The owner of a public beach shall post the results\nof each test")
    );
    // A resolution's PDF numbers its blank lines too (`  2` alone).
    let text = "Draft resolution (test text)\n\n  1        The Conference,\n  2\n  3        Recalling its resolution 38/12 on disaster risk\n  4  reduction in mountain regions,\n  5\n  6        1.   Welcomes the report of the Secretary-General on glacial\n  7  lakes and its recommendations;\n  8\n  9        2.   Decides to establish a hazard centre in the capital,\n 10  to be operational by 2027;\n 11\n 12        3.   Requests the centre to prepare hazard maps of the\n 13  valleys below the lakes;\n\n  1        4.   Decides to remain seized of the\n  2  matter.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    assert_eq!(
        d.numbered().nth(1).unwrap().1.text,
        "Decides to establish a hazard centre in the capital, to be operational by 2027;"
    );
    // One-line points numbered without a dot and padded keep their numbers: none runs on.
    let list: String = (1..=9)
        .map(|n| format!("{n}   Point number {n} is agreed by both sides.\n"))
        .collect();
    assert_eq!(labels(&format!("Plan\n\n{list}")).len(), 9);
    // Nor does an inventory of items in small letters, padded, with no page and no broken
    // word: its lines stay as they are.
    let inventory = "INVENTORY\n1   sofa, grey, three seats\n2   armchairs, two\n3   dining table with six chairs\n4   bed, double, with mattress\n5   wardrobe, oak\n6   washing machine\n7   fridge with freezer\n8   kitchen utensils as listed\n9   curtains in all rooms\n10  lamps, four\n";
    assert!(
        Draft::from_text("t", inventory)
            .points
            .iter()
            .any(|p| p.text.contains("2   armchairs"))
    );
}

#[test]
fn a_bills_pdf_with_its_cover_page_loses_its_margin_numbers_and_print_marks() {
    // The cover page (Congress, session, number, sponsors, `A BILL`) has no margin numbers;
    // a page's foot has the print mark `•HR 9876 IH`, the next page's top its number.
    let d = fixture("us-bill-pdf-line-numbers.txt");
    assert_eq!(
        fixture_labels(&d),
        ["SECTION 1", "SEC. 2", "SEC. 3", "SEC. 4"]
    );
    let texts = label_texts(&d);
    assert!(
        texts[1]
            .1
            .ends_with("the place of performance and the date of award."),
        "{}",
        texts[1].1
    );
    let audits: Vec<&str> = texts[2].1.split_whitespace().take(4).collect();
    assert_eq!(audits, ["AUDITS.", "The", "Inspector", "General"]);
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(left, ["•HR 9876 IH", "2"]);
    assert!(d.layout.headings.is_empty(), "{:?}", d.layout.headings);
    // A word broken across two numbered lines is enough on one page, with a single running-on
    // line; a number after a line that is no page's foot stays.
    let text = "A BILL\n\n1 Be it enacted by the Senate and House of Represent-\n2 atives in Congress assembled,\n3 SECTION 1. SHORT TITLE.\n4 This Act is the Quiet Parks Act.\n5 SEC. 2. HOURS.\n6 Parks close at ten at night.\n7 SEC. 3. FINES.\n8 A fine is fifty dollars.\n9 SEC. 4. REVIEW.\n10 The rules are reviewed each year.\n";
    assert_eq!(labels(text), ["SECTION 1", "SEC. 2", "SEC. 3", "SEC. 4"]);
    assert!(super::super::furniture::page_furniture("S 12 Parks close").is_none());
    // A bill's print mark is set with its bullet: a note citing `HR 4410 IH` keeps it.
    assert!(super::super::furniture::page_furniture("HR 4410 IH").is_none());
    assert!(super::super::furniture::page_furniture("•HR 4410 IH").is_some());
    // A lease's two inventories, each numbered from 1 under its prose, are no pages: their
    // numbers stay (the share of numbered lines is of the whole text without a broken word).
    let items = |names: &[&str]| -> String {
        names
            .iter()
            .enumerate()
            .map(|(k, n)| format!("{}   {n}\n", k + 1))
            .collect()
    };
    let lease = format!(
        "Lease (test)\n\n1. The flat is let furnished.\n2. The rent is paid monthly.\n3. The deposit is two months.\n4. The inventories below are part of this lease.\n\nKitchen\n{}\nBedroom\n{}",
        items(&[
            "table, oak",
            "chairs, four",
            "fridge with freezer",
            "kettle",
            "plates, twelve"
        ]),
        items(&[
            "bed, double",
            "wardrobe, pine",
            "curtains, blue",
            "lamp",
            "mirror, small"
        ])
    );
    let d = Draft::from_text("t", &lease);
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    assert!(d.points.iter().any(|p| p.text.contains("2   chairs, four")));
    // One page of a short agreement, every line numbered, its sentences running on across
    // lines as wide as the page: the numbers go, and its articles are the points.
    let page = "1    AGREEMENT ON THE EXCHANGE OF PERSONS (test text)\n2    Article 1\n3    The Parties shall release all detained persons on the\n4    principle of all for all within thirty days of signature.\n5    Article 2\n6    The exchange shall take place at the crossing points that\n7    the Parties agree, in the presence of the Red Cross.\n8    Article 3\n9    Each Party shall hand over a complete list of the persons\n10   it holds no later than ten days after the signature.\n11   Article 4\n12   This Agreement enters into force on the date of its\n13   signature and remains in force until the exchange ends.\n";
    assert_eq!(
        labels(page),
        ["Article 1", "Article 2", "Article 3", "Article 4"]
    );
}

#[test]
fn a_column_of_line_numbers_copied_above_the_text_is_dropped() {
    // A viewer's gutter selected with the text: its numbers came out as a block of their own.
    let column: String = (1..=12).map(|n| format!("{n}\n")).collect();
    let text = format!(
        "{column}Market rules (test text)\n\n1. Stalls open at seven.\n2. Stalls close at two.\n3. Fees are paid monthly.\n"
    );
    let d = Draft::from_text("t", &text);
    assert_eq!(d.title, "Market rules (test text)");
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    // The lines keep their numbers: the title is on line 13.
    let title_at = d.points[0].range.start;
    assert_eq!(d.source[..title_at].matches('\n').count(), 12);
    // A column set right (` 9` over `10`) goes too.
    let column: String = (1..=12).map(|n| format!("{n:>2}\n")).collect();
    let d = Draft::from_text(
        "t",
        &format!("{column}Market rules (test text)\n\n1. Open.\n2. Close.\n"),
    );
    assert_eq!(d.title, "Market rules (test text)");
    // Fewer numbers, or numbers that do not count on from 1, are the draft's.
    let short: String = (1..=5).map(|n| format!("{n}\n")).collect();
    let d = Draft::from_text("t", &format!("{short}Rules\n\n1. One.\n2. Two.\n"));
    assert_eq!(d.title, "1");
}

#[test]
fn an_exported_chats_stamps_are_taken_off_each_message() {
    // A house-share's rules posted point by point in a chat, with replies between them.
    let text = "[03.02.25, 18:01:10] Ana Ruiz: Rules for the flat, comments welcome:\n1. Bins go out on Monday.\n2. Quiet after 22:00.\n[03.02.25, 18:03:44] Tom Berg: fine by me\n[03.02.25, 18:04:02] Ana Ruiz: 3. Guests are announced a day before.\n[03.02.25, 18:05:30] Ana Ruiz: 4. Bikes stay in the yard.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    let texts = label_texts(&d);
    assert_eq!(texts[1].1, "Quiet after 22:00.\nfine by me");
    assert_eq!(texts[2].1, "Guests are announced a day before.");
    // As a phone exports it: no brackets, a dash before the name, a 12-hour clock.
    for stamp in [
        "24/11/2025, 10:03 - Olena K.: ",
        "11/24/25, 10:03\u{202f}AM - Olena K.: ",
    ] {
        let text = format!(
            "Chat (test)\n{stamp}1. Ceasefire from day one\n{stamp}2. Monitoring by neutral states\n{stamp}3. Exchange of all prisoners\n"
        );
        let d = Draft::from_text("t", &text);
        assert_eq!(fixture_labels(&d), ["1", "2", "3"], "{stamp}");
        assert_eq!(label_texts(&d)[1].1, "Monitoring by neutral states");
    }
    // A draft posted as one message and copied from the chat, the time first in its stamp:
    // the stamp is not the title's, and a reply after the draft is its closing.
    let text = "[14:05, 12.05.2025] Oleh Koval: Terms of the lease (draft)\nSend me your edits by Friday\n\n1) The flat is let for 11 months.\n2) The rent is paid by the 5th.\n3) Pets need the owner's consent.\n[14:07, 12.05.2025] Oleh Koval: write if anything is wrong\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "Terms of the lease (draft)");
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(closing_text(&d).is_some_and(|c| c.contains("write if anything")));
    assert_eq!(label_texts(&d)[2].1, "Pets need the owner's consent.");
    // A 12-hour clock first, as an American phone copies a message.
    let text = "[2:05 PM, 5/12/2025] Ann Lee: Lease terms (draft)\n\n1) The flat is let.\n2) Rent is paid.\n3) Pets need consent.\n";
    assert_eq!(Draft::from_text("t", text).title, "Lease terms (draft)");
    // A point that opens with a date, a comma and a range is the draft's.
    let dated = "Plan\n\n1. Ceasefire.\n12.03.2025, 10:00 - 12:00: talks.\n12.03.2025, 14:00 - 15:00: talks.\n13.03.2025, 10:00 - 11:00: vote.\n2. Close.\n";
    assert_eq!(labels(dated), ["1", "2"]);
    // A chat that only cites points (`2. is too strict`), an agenda's times and a log's lines
    // keep their stamps.
    for text in [
        "[10.02.25, 20:01:10] Ana: what do you think of the draft?\n[10.02.25, 20:02:45] Tom: 2. is too strict\n[10.02.25, 20:03:05] Ana: 3. we can drop\n[10.02.25, 20:04:00] Tom: agreed\n",
        "Programme\n\n[09:00] Item 1: Registration and coffee\n[09:30] Item 2: Welcome\n[10:00] Item 3: Panel\n",
        "Bug 42\n\n[2025-03-14 19:05:02] ERROR: disk full\n[2025-03-14 19:05:03] ERROR: retry\n[2025-03-14 19:05:04] INFO: stopped\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(
            d.points
                .iter()
                .all(|p| !p.text.contains(':') || p.text.contains("] ")),
            "{text}: {:?}",
            d.points
        );
        assert!(d.points.iter().any(|p| p.text.contains("] ")), "{text}");
    }
    // A bracketed date at a line's start in a draft's own text stays.
    assert!(
        Draft::from_text(
            "t",
            "Minutes\n\n1. [12.03.2025] The board met: all present.\n2. Next.\n"
        )
        .numbered()
        .next()
        .unwrap()
        .1
        .text
        .starts_with("[12.03.2025]")
    );
}

#[test]
fn counters_at_the_end_of_a_threads_posts_number_the_posts() {
    // Each post a line, its counter at its end; the thread's title above the first.
    let thread = "Thread on the new framework, as I read it\nA ceasefire along the current line, monitored from the air. (1/5)\nPrisoners are exchanged all for all within sixty days. (2/5)\nA reconstruction fund is created from frozen assets. (3/5)\nGuarantees must be ratified by parliaments. (4/5)\nElections follow the end of martial law. (5/5)\n";
    let d = Draft::from_text("t", thread);
    let texts = label_texts(&d);
    assert_eq!(
        texts.iter().map(|t| t.0).collect::<Vec<_>>(),
        ["1", "2", "3", "4", "5"],
        "{texts:?}"
    );
    assert_eq!(
        texts[0].1,
        "A ceasefire along the current line, monitored from the air."
    );
    assert_eq!(texts[4].1, "Elections follow the end of martial law.");
    assert_eq!(d.title, "Thread on the new framework, as I read it");
    // Posts parted by blank lines, a counter without brackets, a post of two lines, and the
    // thread's last words after the last post.
    let thread = "Тред про план\n\nПрипинення вогню вздовж лінії зіткнення,\nпід наглядом місії. 1/4\n\nОбмін полоненими всіх на всіх. 2/4\n\nФонд відбудови. 3/4\n\nВибори після воєнного стану. 4/4\n\nДякую, що дочитали.\n";
    let d = Draft::from_text("t", thread);
    let texts = label_texts(&d);
    assert_eq!(
        texts.iter().map(|t| t.0).collect::<Vec<_>>(),
        ["1", "2", "3", "4"],
        "{texts:?}"
    );
    assert_eq!(
        texts[0].1,
        "Припинення вогню вздовж лінії зіткнення, під наглядом місії."
    );
    assert_eq!(texts[3].1, "Вибори після воєнного стану.");
    // Posts that hold numbered points of their own keep their numbers; the counters go.
    let thread = "Thread\n\n1. Ceasefire along the line. (1/4)\n2. Prisoners are exchanged. (2/4)\n3. A fund is created. (3/4)\n4. Elections follow. (4/4)\n";
    let d = Draft::from_text("t", thread);
    let texts = label_texts(&d);
    assert_eq!(texts[1], ("2", "Prisoners are exchanged."));
    assert_eq!(texts.len(), 4);
    // Fractions at lines' ends are no counters, and stay the text: each total differs, or
    // only two, or glued, or after a word (a share, a quarter, a page's footer, a question's
    // header), or not from 1 (scores after sentences).
    for (text, kept) in [
        (
            "Shares\n\n1. Schools get 1/2\n2. Roads get 2/3\n3. Power lines 3/4\n",
            "2/3",
        ),
        ("Shares\n\n1. Schools get 1/4\n2. Roads get 2/4\n", "2/4"),
        (
            "Speeds\n\n1. Trucks at 60 km/1\n2. Cars at 90 km/2\n3. Buses at 70 km/3\n",
            "km/2",
        ),
        (
            "Tranches\n\n1. The first is paid in spring, 1/4\n2. The second in summer, 2/4\n3. The third in autumn, 3/4\n4. The last in winter, 4/4\n",
            "2/4",
        ),
        (
            "Survey\n\nQuestion 1/3\nHow do you heat your home?\n\nQuestion 2/3\nHow much do you pay?\n\nQuestion 3/3\nWould you insulate it?\n",
            "2/3",
        ),
        (
            "Bids\n\nThe first bid is cheap but late. (2/5)\n\nThe second is on time. (3/5)\n\nThe third is complete. (4/5)\n",
            "(3/5)",
        ),
    ] {
        let d = Draft::from_text("t", text);
        let all: Vec<&str> = d
            .points
            .iter()
            .map(|p| p.text.as_str())
            .chain(d.layout.headings.iter().map(|h| h.text.as_str()))
            .collect();
        assert!(all.iter().any(|t| t.contains(kept)), "{text:?}: {all:?}");
    }
}

#[test]
fn a_threads_post_counters_are_not_the_points_numbers() {
    let thread = "The leaked draft, point by point.\n\n1/n Image\n2/ 1. Ceasefire along the line.\n3/ 2. Monitoring by a mission.\n4/ 3. Exchange of all prisoners.\n/4\n5/ 4. Security guarantees.\n6/ My take: point 4 is the core.\n";
    let d = Draft::from_text("t", thread);
    let texts = label_texts(&d);
    assert_eq!(
        texts.iter().map(|t| t.0).collect::<Vec<_>>(),
        ["1", "2", "3", "4"]
    );
    assert_eq!(texts[0].1, "Ceasefire along the line.");
    assert!(texts[2].1.starts_with("Exchange of all prisoners."));
    // Counters in brackets.
    let thread = "Ветка (тестовый текст)\n\n(1/5) Опубликованы принципы урегулирования.\n(2/5) 1. Прекращение огня по линии соприкосновения.\n2. Отвод тяжёлых вооружений.\n(3/5) 3. Обмен всех военнопленных.\n(4/5) 4. Миссия наблюдателей.\n(5/5) Всё, комментарии вечером.\n";
    let d = Draft::from_text("t", thread);
    let texts = label_texts(&d);
    assert_eq!(
        texts.iter().map(|t| t.0).collect::<Vec<_>>(),
        ["1", "2", "3", "4"],
        "{texts:?}"
    );
    assert_eq!(texts[0].1, "Прекращение огня по линии соприкосновения.");
    // Fractions at lines' starts are no counters: each total differs or the numbers skip.
    let shares = "Shares\n\n1. Aid.\n1/2 of it goes to schools.\n2/3 of the rest to roads.\n3/4 to power.\n4/5 to water.\n2. Trade.\n";
    assert!(
        label_texts(&Draft::from_text("t", shares))[0]
            .1
            .contains("1/2 of it")
    );
    // A release whose items are numbered `1/`, `2/` has no other numbers: they are its labels.
    let release = "Communiqué\n\n1/ Les ministres ont fait le point.\n2/ Ils ont adopté le plan.\n3/ Ils ont salué la mission.\n4/ Ils se reverront en mai.\n";
    let d = Draft::from_text("t", release);
    assert_eq!(label_texts(&d).len(), 4);
    assert!(label_texts(&d)[3].1.contains("se reverront"));
}

#[test]
fn a_paste_sites_gutter_numbers_are_not_the_points_numbers() {
    let mut paste = String::from("Draft ceasefire framework\n\ntext 3.12 KB | None\n");
    let body = [
        "",
        "1. The parties confirm the sovereignty of Ukraine.",
        "",
        "2. A non-aggression agreement is signed.",
        "",
        "3. Neither side moves forces.",
        "",
        "4. Talks on security take place.",
        "",
        "5. Ukraine is given guarantees.",
        "",
    ];
    for (k, line) in body.iter().enumerate() {
        paste.push_str(&format!("  {}. {line}\n", k + 1));
    }
    let d = Draft::from_text("t", &paste);
    let texts = label_texts(&d);
    assert_eq!(
        texts.iter().map(|t| t.0).collect::<Vec<_>>(),
        ["1", "2", "3", "4", "5"]
    );
    assert_eq!(texts[1].1, "A non-aggression agreement is signed.");
    // A list's numbers alone on their lines over their texts number no blank lines.
    let list = "Plan\n\n1.\nSovereignty.\n2.\nNon-aggression.\n3.\nNo forces moved.\n4.\nTalks.\n5.\nGuarantees.\n";
    assert_eq!(labels(list), ["1", "2", "3", "4", "5"]);
}

#[test]
fn a_tables_number_after_a_topics_cell_numbers_its_rows() {
    let text = "# Таблиця\n\n| Тема | № | Текст |\n|---|---|---|\n| Безпека | 1 | Армія до 800 тисяч |\n| Безпека | 2 | Гарантії за зразком статті 5 |\n| Економіка | 3 | Спільний фонд з Європою |\n";
    let d = Draft::from_text("t.md", text);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Безпека | Армія до 800 тисяч"),
            ("2", "Безпека | Гарантії за зразком статті 5"),
            ("3", "Економіка | Спільний фонд з Європою"),
        ]
    );
    // Figures in the second cell are a table's data, not its rows' numbers, unless the header
    // says so: a month or a quantity may run 1, 2, 3.
    let text = "# Losses\n\n| Region | Count | Note |\n|---|---|---|\n| Kharkiv | 420 | North |\n| Sumy | 120 | East |\n| Odesa | 50 | South |\n";
    assert!(labels(text).iter().all(|l| l.starts_with('¶')));
    let text = "# Bridge plan\n\nThe works run in phases.\n\n| Phase | Month | Works |\n|---|---|---|\n| Mobilisation | 1 | Site set-up |\n| Foundations | 2 | Piles |\n| Deck | 3 | Girders |\n\nPayments are made per phase.\n";
    assert!(labels(text).iter().all(|l| l.starts_with('¶')));
}

#[test]
fn a_forum_posts_bbcode_tags_are_taken_off() {
    // A post copied from its editor: the title in bold, the draft quoted with its author, a
    // link and an edit note in italics.
    let post = "[b]Garage lease draft, please check[/b]\n\nHi all, the landlord sent this:\n\n[quote=\"Landlord\"]\n1. The garage is let for [u]eleven[/u] months.\n2. Rent is paid by the [url=https://example.org/terms]fifth day[/url].\n3. Subletting is not allowed.\n[/quote]\n\nIs point 2 fair?\n\n[i]Edited: Serg, 03.12.2025[/i]\n";
    let d = Draft::from_text("t", post);
    assert_eq!(d.title, "Garage lease draft, please check");
    assert!(d.layout.headings.is_empty(), "{:?}", d.layout.headings);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "The garage is let for eleven months."),
            ("2", "Rent is paid by the fifth day."),
            ("3", "Subletting is not allowed."),
        ]
    );
    // Brackets that open with a tag's word are a negotiating text's (wording not agreed),
    // and a link's long address is a tag still.
    let post = format!(
        "[b]Draft framework (forum copy)[/b]\n\n1. Borders are confirmed.\n2. [Right of return is guaranteed.]\n3. [List of guarantors to be agreed.]\n4. See [url=https://example.org/text?{}]the official text[/url].\n",
        "utm=x&".repeat(40)
    );
    let d = Draft::from_text("t", &post);
    assert_eq!(
        label_texts(&d)[1..],
        [
            ("2", "[Right of return is guaranteed.]"),
            ("3", "[List of guarantors to be agreed.]"),
            ("4", "See the official text."),
        ]
    );
    // A list's `[*]` items are bullets.
    let list = "[b]Plan[/b]\n\n[list]\n[*]Fire stops.\n[*]Prisoners are exchanged.\n[*]Observers deploy.\n[/list]\n";
    assert_eq!(labels(list), ["•1", "•2", "•3"]);
    // Without a closing tag, brackets are the draft's: `[i]` numbers a point, `[1]` cites.
    let text =
        "Plan\n\n[i] Fire stops [1].\n[ii] Prisoners are exchanged.\n[iii] Observers deploy.\n";
    let d = Draft::from_text("t", text);
    assert!(d.numbered().next().unwrap().1.text.contains("[1]"));
    assert_eq!(d.point_count(), 3);
    // A long bracket of letters of two bytes each, closing far on, is no tag (and no panic).
    let long = format!("[/b] [{}] text", "ї".repeat(100));
    let d = Draft::from_text("t", &long);
    assert!(d.title.starts_with("[їїї"), "{}", d.title);
}

#[test]
fn a_chat_posting_a_draft_keeps_its_points_when_a_reply_cites_one_in_between() {
    // An exported chat (Android's `date, time - Name: `): the draft posted over several
    // messages, and a reply citing point 2 before the last points.
    let text = "12/11/2025, 09:43 - Dan H: Latest from the drafting room.\n\
                12/11/2025, 09:44 - Dan H: 1. Both sides notify the mission.\n\
                2. The mission operates on both sides.\n3. Drones of the mission are marked.\n\
                12/11/2025, 09:45 - Dan H: 4. The mission reports every week.\n\
                12/11/2025, 09:49 - Marek W: 2. still says without escorts\n\
                12/11/2025, 09:52 - Dan H: 5. Disputes go to a joint commission.\n\
                6. This arrangement is reviewed after 90 days.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4", "5", "6"]);
    // A longer draft, then a reply's own questions `1.`, `2.` and their answer: the points
    // posted in later messages keep their numbers.
    let text = "12/11/2025, 09:43 - Dan H: Latest text.\n\
                12/11/2025, 09:44 - Dan H: 1) Both sides notify the mission.\n\
                2) The mission operates on both sides.\n3) Drones are marked.\n\
                12/11/2025, 09:45 - Dan H: 4) The mission reports every week.\n\
                5) Disputes go to a commission.\n\
                12/11/2025, 09:46 - Dan H: 6) The arrangement is reviewed.\n\
                12/11/2025, 09:49 - Marek W: questions:\n1. who goes?\n2. is it net?\n\
                12/11/2025, 09:52 - Dan H: 1. me 2. net\n";
    assert_eq!(labels(text), ["1", "2", "3", "4", "5", "6"]);
}

#[test]
fn a_word_diff_pasted_as_text_is_read_as_its_new_side() {
    let text = "Joint statement: revisions 3 and 4 compared\n\n\
                1. We reaffirm our support for the country's sovereignty.\n\
                2. We call for a [-full-]{+prompt and comprehensive+} ceasefire.\n\
                {+3. We set up a joint fund for procurement.+}\n\
                [-3.-]{+4.+} We continue training [-in 2026-]{+until 2028 at least+}.\n\
                [-4. We will consider the frozen assets separately.-]\n\
                5. The next meeting takes place in 2026.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d),
        [
            (
                "1",
                "We reaffirm our support for the country's sovereignty."
            ),
            ("2", "We call for a prompt and comprehensive ceasefire."),
            ("3", "We set up a joint fund for procurement."),
            ("4", "We continue training until 2028 at least."),
            ("5", "The next meeting takes place in 2026."),
        ]
    );
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert!(
        left.contains(&"[-4. We will consider the frozen assets separately.-]"),
        "{left:?}"
    );
    assert!(d.encoding.contains("tracked changes read as accepted"));
    // Brackets and braces of a draft's own (`[-]`, a single `{+1}`) are no diff.
    let text = "Rules\n\n1. Mark an empty cell [-].\n2. Write {+1} for a vote.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(label_texts(&d)[0].1, "Mark an empty cell [-].");
    assert!(d.layout.left_out.is_empty());
}

#[test]
fn a_forms_blanks_and_a_chat_of_remarks_are_no_word_diff_and_no_posted_draft() {
    // Blanks `[-]` beside real diff spans stay the draft's text.
    let text = "Terms\n\n1. The price is EUR [-] per unit, payable within [-] days of delivery.\n\
                2. Delivery takes place [-in March-]{+by the end of April+}.\n\
                3. The [-seller-]{+supplier+} bears the cost of insurance.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d)[0].1,
        "The price is EUR [-] per unit, payable within [-] days of delivery."
    );
    assert_eq!(
        label_texts(&d)[2].1,
        "The supplier bears the cost of insurance."
    );
    // Remarks on points 1, 2, 3 and 2 again, by four writers: a discussion, stamps kept.
    let text = "[14.03.25, 19:01:10] Jonas Weber: I attached the draft rules, comments please\n\
                [14.03.25, 19:05:02] Anna Roth: 1. is fine by me\n\
                [14.03.25, 19:06:40] Tom Berg: 2. too strict, guests arrive late\n\
                [14.03.25, 19:07:12] Anna Roth: 3. who pays for the cleaning?\n\
                [14.03.25, 19:09:55] Jonas Weber: 2. agreed, I'll move it to 23:00\n\
                [14.03.25, 19:10:30] Tom Berg: Thanks, then I'm fine with it\n";
    let d = Draft::from_text("t", text);
    let points = label_texts(&d);
    assert!(
        points.iter().all(|(label, _)| label.starts_with('¶')),
        "{points:?}"
    );
    assert!(
        points
            .iter()
            .any(|(_, text)| text.contains("Anna Roth: 1. is fine")),
        "{points:?}"
    );
}

#[test]
fn a_text_browsers_dump_loses_its_link_numbers_and_its_list_of_links() {
    let dump = "   #[1]News feed [2]alternate\n\n   [3]Skip to main content\n\n   [4]Home [5]World \
                [6]Politics [7]Opinion\n\n   [8]POLITICS\n\n        The plan in ten lines\n\n   By \
                [9]Anna Reed | 2 December 2025\n\n   The draft reads as follows.\n\n   1. [10]Borders \
                hold.\n   2. Troops leave.\n   3. Ships pass.\n\n   [11]Share\n\nReferences\n\n   \
                Visible links:\n   1. https://example.org/feed\n   2. https://example.org/amp\n   3. \
                https://example.org/#main\n   4. https://example.org/\n";
    let d = Draft::from_text("t", dump);
    assert_eq!(labels(dump), ["1", "2", "3"]);
    assert_eq!(label_texts(&d)[0].1, "Borders hold.");
    assert!(!d.title.contains('['), "{}", d.title);
    assert!(!d.preamble.contains('['), "{}", d.preamble);
    // A paper's notes cited in brackets, its references listed by address at the end: no
    // dump, its citations stay.
    let paper = "Brief\n\n1. Funds are pooled ([3], [4]).\n2. The ceasefire holds [5].\n\nReferences\n\n\
                 1. https://example.org/a\n2. https://example.org/b\n";
    assert!(texts(paper)[0].contains("([3], [4])"), "{:?}", texts(paper));
    // A decision whose points are the sites it blocks keeps them.
    let sites = "Decision\n\n1. www.example-one.org\n2. www.example-two.org\n3. The ministry enforces it.\n";
    assert_eq!(labels(sites), ["1", "2", "3"]);
    // With no list of links at its end, a number in brackets is the text's.
    let plain = "Plan\n\n1. [10]Borders hold.\n2. Troops leave.\n";
    assert_eq!(
        label_texts(&Draft::from_text("t", plain))[0].1,
        "[10]Borders hold."
    );
}
