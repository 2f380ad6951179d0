//! Tests of the passes that correct the markers: mistyped, lost and bare numbers, glued
//! dashes, bracketed and quoted points, United Nations labels, tables of contents.

use super::{closing_text, fixture, fixture_labels, label_texts, labels, pilcrows, texts};
use crate::draft::Draft;

#[test]
fn points_in_square_brackets_are_points_labelled_in_brackets() {
    let d = fixture("bracketed-points.txt");
    assert_eq!(
        label_texts(&d),
        [
            ("1", "The independence of the country is confirmed again."),
            ("2", "The parties make a full non-aggression agreement."),
            ("[3]", "The army is kept at 800,000 in peacetime.]"),
            (
                "4",
                "The partners give guarantees modelled on a mutual-defence clause."
            ),
            (
                "[5]",
                "Questions of territory are settled by the leaders at a later meeting.] [Delegation A: delete]"
            ),
            ("6", "The agreement enters into force when it is signed."),
        ]
    );
    assert!(d.layout.headings.is_empty());
    // A reference in brackets is not a point.
    assert_eq!(
        labels("T\n\n1. One [1] more.\n[2] Smith, Reports.\n2. Two.\n"),
        ["1", "2"]
    );
}

#[test]
fn dashes_glued_to_the_items_text_are_bullets() {
    for dash in ["-", "—"] {
        let text = format!(
            "The draft treaty published\nA paper printed the draft. The main points:\n{dash}Foreign bases are barred.\n{dash}The army is capped by an annex.\n{dash}No military alliance is joined.\nThe talks failed in May.\n"
        );
        let d = Draft::from_text("t", &text);
        assert_eq!(
            label_texts(&d),
            [
                ("•1", "Foreign bases are barred."),
                ("•2", "The army is capped by an annex."),
                ("•3", "No military alliance is joined."),
            ],
            "{dash}"
        );
    }
    // Two are not a list; a minus sign or a small letter is not a bullet.
    for text in [
        "T\n\n-One thing.\n-Another thing.\n",
        "T\n\n-5 degrees at night.\n-3 by day.\n-1 at noon.\n",
        "T\n\n-based rules apply.\n-like terms too.\n-wise words.\n",
    ] {
        assert!(labels(text).iter().all(|l| l.starts_with('¶')), "{text:?}");
    }
}

#[test]
fn a_lone_label_keyword_running_into_a_sentence_is_prose() {
    let d = fixture("bullets-with-a-reference-line.txt");
    assert_eq!(fixture_labels(&d), ["•1", "•2", "•3", "•4", "•5"]);
    // The commentary line stays in the point it follows.
    let two = d.numbered().nth(1).unwrap().1;
    assert!(two.text.ends_with("is to be struck out."), "{}", two.text);
    // Among a page's paragraphs, one per line.
    let text = "Plan seeks concessions\nThe envoy worked on the plan for a month, officials said.\nThe independence of the country is confirmed.\nArticle 5 of the alliance treaty is the model for the guarantee, officials said.\nThe army is capped at 600,000.\nThe country may join the union.\n";
    assert_eq!(labels(text), pilcrows(5));
    // In Ukrainian, before a capital.
    let text = "Правки до плану\n\n- Незалежність країни підтверджується.\nСтаття 5 Північноатлантичного договору є зразком гарантії.\n- Армію обмежено 800 тисячами.\n- Країна отримує гарантії безпеки.\n";
    assert_eq!(labels(text), ["•1", "•2", "•3"]);
    // A label with a separator, or alone on its line, is still one, even once.
    assert_eq!(
        labels("T\n\nIntro.\n\nArticle 5: Guarantees are given.\n"),
        ["Article 5"]
    );
    assert_eq!(
        labels("T\n\nArticle 5\nGuarantees are given.\n"),
        ["Article 5"]
    );
}

#[test]
fn a_mistyped_number_stands_for_the_one_between_its_neighbours() {
    // `16.` and `3.` typed for 6: the points after it were text of it, or it of point 5.
    for typo in ["16", "3"] {
        let text = format!(
            "Plan\n\n1. One.\n2. Two.\n3. Three.\n4. Four.\n5. Five.\n{typo}. Six.\n7. Seven.\n8. Eight.\n"
        );
        assert_eq!(
            labels(&text),
            ["1", "2", "3", "4", "5", typo, "7", "8"],
            "{typo}"
        );
    }
    // A number at the start of a hard-wrapped line, the point's own number still to come.
    let wrapped = "Plan\n\n3. Guarantees are given.\n4. They are equivalent to Article\n5. The guarantees lapse on attack.\n5. The army is capped.\n6. Elections follow.\n";
    assert_eq!(
        label_texts(&Draft::from_text("t", wrapped)),
        [
            ("3", "Guarantees are given."),
            (
                "4",
                "They are equivalent to Article 5. The guarantees lapse on attack."
            ),
            ("5", "The army is capped."),
            ("6", "Elections follow.")
        ]
    );
    // A number repeated after a finished sentence is a point (a duplicate), and a year
    // in wrapped text is not.
    assert_eq!(
        labels("Plan\n\n1. One.\n2. Two.\n2. Two again.\n3. Three.\n"),
        ["1", "2", "2", "3"]
    );
    assert_eq!(
        labels("Plan\n\n1. Talks begin in\n2026. They go on.\n2. Two.\n3. Three.\n"),
        ["1", "2", "3"]
    );
}

#[test]
fn a_number_lost_in_copying_is_the_one_the_list_skips() {
    // A keycap 🔟 a page drew as an image: the line between 9 and 11 is point 10.
    let keycaps = "Plan\n\n6\u{fe0f}\u{20e3} An army of 800,000.\n7\u{fe0f}\u{20e3} No expansion of NATO.\n8\u{fe0f}\u{20e3} Jets in Poland.\n9\u{fe0f}\u{20e3} A guarantee is given.\nSanctions are lifted in stages.\n1\u{fe0f}\u{20e3}1\u{fe0f}\u{20e3} Elections in 100 days.\n1\u{fe0f}\u{20e3}2\u{fe0f}\u{20e3} A council oversees it.\n";
    let d = Draft::from_text("t", keycaps);
    assert_eq!(
        label_texts(&d)[3..6],
        [
            ("9", "A guarantee is given."),
            ("10", "Sanctions are lifted in stages."),
            ("11", "Elections in 100 days.")
        ]
    );
    assert!(d.layout.reason.contains("numbered as the one skipped"));
    // The first item typed with a bullet over `2.`, `3.`.
    assert_eq!(
        label_texts(&Draft::from_text(
            "t",
            "The plan\n\n- Ukraine keeps its sovereignty.\n2. Russia does not attack.\n3. Europe gives guarantees.\n4. Elections are held.\n"
        ))[0],
        ("1", "Ukraine keeps its sovereignty.")
    );
    // Not when the list has wrapped points (the line is the point's text), nor for an
    // editor's note in the place of a dropped point in a list of plain numbers, nor when
    // the numbers skip all along (an article quoting some points with comments between
    // them), nor for a bulleted byline set off above a list from 2.
    for (text, want) in [
        (
            "Plan\n\n1. One is\nwrapped.\n2. Two.\nIt goes on.\n4. Four.\n5. Five.\n",
            ["1", "2", "4", "5"],
        ),
        (
            "Plan\n\n1. One.\n2. Two.\n(Point 3 of the first draft is dropped.)\n4. Four.\n5. Five.\n",
            ["1", "2", "4", "5"],
        ),
        (
            "Plan\n\n1. One.\n2. Two.\nPoint 3 was removed from the final version.\n4. Four.\n5. Five.\n",
            ["1", "2", "4", "5"],
        ),
        (
            "Plan\n\n1. One.\n2. Two.\nThe third point is classified for now.\n4. Four.\n5. Five.\n",
            ["1", "2", "4", "5"],
        ),
        (
            "Plan\n\n1. One.\nA comment on it.\n3. Three.\nAnother comment.\n5. Five.\n7. Seven.\n",
            ["1", "3", "5", "7"],
        ),
    ] {
        assert_eq!(labels(text), want, "{text}");
    }
    // A bulleted lead before a list from 1, or a byline set off above a list from 2,
    // stays the preamble.
    assert_eq!(
        labels("Plan\n\n- Key points below.\n1. One.\n2. Two.\n3. Three.\n"),
        ["1", "2", "3"]
    );
    assert_eq!(
        labels(
            "Що змінилося\n\n• Оновлено о 12:00, автор Іван Петренко.\n\n2. Два.\n3. Три.\n4. Чотири.\n"
        ),
        ["2", "3", "4"]
    );
}

#[test]
fn numbers_alone_over_a_topic_title_and_text_are_points() {
    // Explainer cards and slides copied: `01` / `Sovereignty` / the text.
    let cards = "The draft\n\n01\nSovereignty\nUkraine's sovereignty is reaffirmed.\n\n02\nNon-aggression\nA full non-aggression pact is signed.\n\n03\nEU path\nUkraine joins the EU on a set date.\n";
    assert_eq!(
        label_texts(&Draft::from_text("t", cards)),
        [
            ("01", "Sovereignty Ukraine's sovereignty is reaffirmed."),
            ("02", "Non-aggression A full non-aggression pact is signed."),
            ("03", "EU path Ukraine joins the EU on a set date.")
        ]
    );
    // A table's figures over a name and a sentence are no points.
    let table = "Losses\n\n420\nKharkiv region\nfigures from the regional office\n\n310\nOdesa region\nfigures from the regional office\n\n120\nKyiv region\nfigures from the city\n";
    assert!(labels(table).iter().all(|l| l.starts_with('¶')));
}

#[test]
fn a_scanned_drafts_misread_numbers_and_page_numbers() {
    // OCR reads `1.` as `l.` and sets a dot off (`3 .`); `- 2 -` is the page's number.
    let scan = "MEMORANDUM\n\n- 1 -\n\nThe Parties have agreed as follows:\n\nl. Safe passage is given to\nconvoys.\n\n2. Detainees are exchanged\nall for all.\n\n3 . The ICRC has access to\nall places of detention.\n\n4. Power stations are not\n- 2 -\ntargeted.\n\n5. It enters into force.\n";
    let d = Draft::from_text("t", scan);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Safe passage is given to convoys."),
            ("2", "Detainees are exchanged all for all."),
            ("3", "The ICRC has access to all places of detention."),
            ("4", "Power stations are not targeted."),
            ("5", "It enters into force.")
        ]
    );
    assert_eq!(d.layout.left_out.len(), 2);
    // Past nine, a letter for a figure: `1O.`, `ll.`, `I3.` (the last after the last point);
    // a Roman `II.` heading after the last point is no point 11.
    let scan = "T\n\n8. Eight is here.\n\n9. Nine is here.\n\n1O. Disputes go to talks.\n\nll. If talks fail, a panel\ndecides.\n\n12. Twelve is here.\n\nI3. Laws are not weakened.\n";
    assert_eq!(
        label_texts(&Draft::from_text("t", scan))[2..],
        [
            ("10", "Disputes go to talks."),
            ("11", "If talks fail, a panel decides."),
            ("12", "Twelve is here."),
            ("13", "Laws are not weakened.")
        ]
    );
    let parts = "T\n\n8. Eight is here.\n\n9. Nine is here.\n\n10. Ten is here.\n\nII. Final provisions\n\nThe agreement enters into force.\n";
    assert_eq!(labels(parts), ["8", "9", "10"]);
    // Nor an abbreviation in capitals (`IO.`), nor a table's cell (`|2.`).
    let glossary = "T\n\n8. Eight is here.\n\n9. Nine is here.\n\nIO. International Organization, as used in point 4.\n";
    assert_eq!(labels(glossary), ["8", "9"]);
    let table =
        "T\n\n10. Ten is here.\n\n11. Eleven is here.\n\nAnnex: Table\n\n|2. Salaries | 1,200 |\n";
    assert_eq!(labels(table), ["10", "11"]);
    // A legislation site's copy puts no space after the number in brackets.
    assert_eq!(
        label_texts(&Draft::from_text(
            "t",
            "Regulations\n\n(1)These regulations apply to ports.\n(2)A port keeps a register.\n(3)The register is public.\n"
        )),
        [
            ("1", "These regulations apply to ports."),
            ("2", "A port keeps a register."),
            ("3", "The register is public.")
        ]
    );
}

#[test]
fn a_bills_contents_spaced_otherwise_and_under_part_headings_are_not_the_points() {
    // A Westminster bill pasted from its printout: the contents name each section by number
    // and title, under the parts' headings, spaced unlike the sections themselves.
    let bill = "Harbour Dues Bill\n\nCONTENTS\n\nPART 1\nDUES\n1   Power to levy dues\n2   Exemptions\n\n\
                PART 2\nGENERAL\n3   Short title\n\nA\nBILL\nTO\nMake provision about harbour dues.\n\n\
                PART 1\nDUES\n\n1       Power to levy dues\n   (1)  A harbour authority may levy dues.\n   \
                (2)  The dues are published.\n\n2       Exemptions\n   (1)  Lifeboats pay no dues.\n   \
                (2)  Nor do ferries.\n\nPART 2\nGENERAL\n\n3       Short title\n        This Act is the Harbour Dues Act.\n";
    let d = Draft::from_text("t", bill);
    assert_eq!(labels(bill), ["1", "2", "3"]);
    assert!(d.preamble.contains("Exemptions"));
    assert_eq!(d.title, "Harbour Dues Bill");
}

#[test]
fn a_table_of_contents_is_not_the_points() {
    let text = "Agreement\n\nContents\n1. Sovereignty ........ 2\n2. Guarantees …… 3\n3. Elections\t4\n\n1. The sovereignty of the country is confirmed.\n2. Guarantees are given by partners.\n3. Elections are held after signature.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "The sovereignty of the country is confirmed."),
            ("2", "Guarantees are given by partners."),
            ("3", "Elections are held after signature.")
        ]
    );
    assert!(d.preamble.contains("Guarantees …… 3"));
    // A Markdown page's contents: links to places on the page, over the points that open
    // with the same titles and go on.
    let page = "# Framework\n\n## Contents\n\n1. [Cessation of fire](#1)\n2. [Heavy weapons](#heavy-weapons)\n3. [Monitoring](#3)\n\n---\n\n1. **Cessation of fire.** All fire stops at midnight.\n2. **Heavy weapons.** They are withdrawn 30 km.\n3. **Monitoring.** A mission watches the line.\n";
    let d = Draft::from_text("t", page);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Cessation of fire. All fire stops at midnight."),
            ("2", "Heavy weapons. They are withdrawn 30 km."),
            ("3", "Monitoring. A mission watches the line.")
        ]
    );
    assert!(d.preamble.contains("[Monitoring](#3)"));
    // Points that end with a link to the page's annex, and linked titles over their own
    // text, are the points.
    let page = "# Framework\n\n1. The line is drawn on [Map A](#map-a)\n2. The zones are listed in [Annex B](#annex-b)\n3. A mission watches the line.\n\n## Annex B\n\n1. North zone.\n2. South zone.\n";
    assert_eq!(labels(page), ["1", "2", "3", "1", "2"]);
    let page = "# Proposals\n\n1. [Rent cap](#rent)\n   Rents rise by at most the rate of inflation.\n2. [Empty homes](#empty)\n   Homes empty for a year are taxed.\n\n## Follow-up\n\n1. The council votes in May.\n2. The mayor reports in June.\n";
    assert_eq!(labels(page), ["1", "2", "1", "2"]);
    // Figures are not page numbers, one dotted line is not a contents list, and a link
    // inside a point's text, or to another page, is no contents entry.
    for line in [
        "1. The cap is 5.000",
        "3. Costs rise to 1.5",
        "4. Year 2025",
        "5. See [the annex](#annex) for the map (2 pages)",
        "6. [Full text](https://example.org/text)",
    ] {
        assert!(!super::contents_entry(line), "{line}");
    }
    assert_eq!(
        labels("Plan\n\n1. One ..... 2\n2. Two.\n3. Three.\n"),
        ["1", "2", "3"]
    );
}

#[test]
fn numbers_with_only_a_space_before_the_text_number_points() {
    let d = fixture("numbers-with-topics.txt");
    assert_eq!(
        label_texts(&d)[0],
        (
            "1",
            "Suwerenność: Strony potwierdzają pełną suwerenność państwa."
        )
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    // Days of a month, figures and counts are text.
    for text in [
        "T\n\n1 January 2025 was the first quiet day.\n\n2 January brought new shelling of the city.\n\n3 January saw the first convoy arrive.\n",
        "T\n\n2 000 people left.\n\n3 000 people came back.\n\n4 000 people stayed.\n",
        "T\n\n1 Ceasefire now.\n\n2 Talks.\n",
    ] {
        assert!(labels(text).iter().all(|l| l.starts_with('¶')), "{text}");
    }
}

#[test]
fn a_united_nations_drafts_labels_and_print_marks() {
    let d = Draft::from_text(
        "t",
        "Draft resolution\nThe General Assembly,\nPP1 Reaffirming its resolve to save future generations from war;\nPP2 Recalling its earlier resolutions;\nOP1 Reiterates the need for full respect of the law;\nOP2 Demands an immediate cessation of hostilities;\n",
    );
    assert_eq!(fixture_labels(&d), ["PP1", "PP2", "OP1", "OP2"]);
    assert_eq!(d.preamble, "The General Assembly,");
    assert_eq!(
        d.numbered().nth(2).unwrap().1.text,
        "Reiterates the need for full respect of the law;"
    );
    // Not from 1, or a word that starts so, is text.
    assert!(
        labels("T\n\nOP3 Decides.\n\nOP4 Requests the report.\n\nOP5 Decides to remain seized.\n")
            .iter()
            .all(|l| l.starts_with('¶'))
    );
    // A copy of the PDF: the job number, the barcode and the running header between the
    // paragraphs are left out, and the paragraph they interrupted runs on.
    let d = Draft::from_text(
        "t",
        "United Nations    A/ES-11/L.9\n\n     1.  Reaffirms its commitment to the sovereignty of\nUkraine;\n     2.  Calls for an early cessation of hostilities and\n\n25-03011 (E)    010325\n*2503011*\n\nA/ES-11/L.9\n\na peaceful resolution of the war;\n     3.  Decides to adjourn the session.\n\n2/2                     25-03011\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert_eq!(d.layout.left_out.len(), 4);
    for line in [
        "A/ES-11/L.9",
        "S/RES/2728 (2024)",
        "25-03011 (E)    010325",
        "*2503011*",
        "2/2   25-03011",
    ] {
        assert!(super::un_print_line(line), "{line}");
    }
    for line in [
        "A/B testing",
        "2/3 of the members",
        "(E) 2025",
        "A/ES-11/L.9 was adopted by vote",
    ] {
        assert!(!super::un_print_line(line), "{line}");
    }
}

#[test]
fn quoted_and_bulleted_numbers_are_the_points() {
    // A reply that quotes the points: the reply's own `Point 3 – …` refers to them.
    let d = Draft::from_text(
        "t",
        "Subject: Re: points\n\nComments inline.\n\nOn Monday Mark wrote:\n> Here are the points:\n>\n> 1. Sovereignty is reaffirmed.\n> 2. A pact is signed.\n> 3. The army is capped.\n>\n> Let me know.\n\nPoint 3 – check the number.\nPoint 5 – still disputed.\n",
    );
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Sovereignty is reaffirmed."),
            ("2", "A pact is signed."),
            ("3", "The army is capped.")
        ]
    );
    // A bullet before each number or keyword.
    for text in [
        "Plan\n\n  • 1. Sovereignty is confirmed.\n  • 2. A pact is signed.\n  • 3. The army is capped.\n",
        "Plan\n\n- Proposal 1: Sovereignty is confirmed.\n- Proposal 2: A pact is signed.\n- Proposal 3: The army is capped.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(fixture_labels(&d).len(), 3, "{text}");
        assert!(
            !d.numbered().next().unwrap().1.label.starts_with('•'),
            "{text}"
        );
        assert_eq!(
            d.numbered().next().unwrap().1.text,
            "Sovereignty is confirmed."
        );
    }
    // One such item among plain bullets leaves them bullets.
    assert_eq!(
        labels(
            "Plan\n\n- Proposal 1: Kyiv is neutral.\n- Guarantees exclude Crimea.\n- No foreign bases.\n- EU accession is backed.\n"
        ),
        ["•1", "•2", "•3", "•4"]
    );
    // A page's `SKIP ADVERTISEMENT`, even once, is furniture.
    let d = Draft::from_text(
        "t",
        "Plan\n\n1. Sovereignty is confirmed.\n\nSKIP ADVERTISEMENT\n\n2. A pact is signed.\n\n3. The army is capped.\n",
    );
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    assert_eq!(d.layout.left_out.len(), 1);
}

#[test]
fn numbers_alone_on_their_lines_take_the_text_below() {
    let d = fixture("numbers-alone.txt");
    assert_eq!(
        label_texts(&d),
        [
            (
                "1",
                "The sovereignty of the country is confirmed by every signatory."
            ),
            (
                "2",
                "A non-aggression agreement is concluded between the two states and the mediators."
            ),
            ("3", "The armed forces are kept at 800,000 in peacetime."),
            (
                "4",
                "Security guarantees are given by the partners and approved by their parliaments."
            ),
            ("5", "Reconstruction is funded from a joint fund."),
        ]
    );
    assert!(d.preamble.starts_with("Unofficial working text"));
    // No blank lines, under a title.
    assert_eq!(
        labels(
            "Що передбачає план\n1\nСуверенітет країни підтверджено.\n2\nУгоду про ненапад укладено.\n3\nГарантії безпеки надано.\n"
        ),
        ["1", "2", "3"]
    );
    // Two are not a list; page numbers of a converted PDF break sentences; figures of
    // a table start nowhere near 1 and have no sentence above.
    for text in [
        "T\n\n1\nOne thing.\n\n2\nAnother thing.\n",
        "T\n\nThe ministries meet once a quarter to review\n1\nthe plan of works. Then\n2\nthey report to the parliament of each\n3\ncountry in June.\n",
        "Results by region\n\nRegion\nNorth\n12\nSouth\n13\nEast\n14\nWest\n",
    ] {
        assert!(
            labels(text).iter().all(|l| l.starts_with('¶')),
            "{text:?}: {:?}",
            labels(text)
        );
    }
}

#[test]
fn a_point_whose_number_lost_its_dot_is_found_between_its_neighbours() {
    let d = Draft::from_text(
        "t",
        "Plan\n\n8. No troops are stationed.\n\n9. Jets stay in the neighbouring country.\n\n10 [There will be] a guarantee like Article 5;\n\n11. The country may join the Union.\n",
    );
    assert_eq!(fixture_labels(&d), ["8", "9", "10", "11"]);
    assert!(
        d.numbered()
            .nth(2)
            .unwrap()
            .1
            .text
            .starts_with("[There will be] a guarantee")
    );
    assert_eq!(
        labels(
            "Plan\n1. Independence is confirmed.\n2. A pact is signed.\n3, The alliance does not expand.\n4. The army is capped.\n5 The country gets guarantees.\n6. Elections are held.\n"
        ),
        ["1", "2", "3", "4", "5", "6"]
    );
    // A figure at the start of a wrapped line, or one the numbers around do not leave
    // out, is text.
    assert_eq!(
        texts(
            "Plan\n\n1. The army is capped at\n800 Thousand soldiers.\n2. Talks start.\n3. Aid enters.\n"
        )[0],
        "The army is capped at 800 Thousand soldiers."
    );
    assert_eq!(
        labels("Plan\n\n1. One.\n\n2. Two.\n\n7 Days after signature, talks start.\n\n3. Three.\n"),
        ["1", "2", "3"]
    );
    // A zero is no point's number (and has no number before it).
    assert_eq!(
        labels("Plan\n\n1. One.\n\n0 Casualties were reported.\n\n2. Two.\n"),
        ["1", "2"]
    );
}

#[test]
fn margin_numbers_alone_label_the_paragraphs_below() {
    let text = "Handbook (test text), Part D\n\n537\n\nAn amending text changes only the main \
                one.\n\n538\n\nIt may also change annexes where needed.\n\n539\n\nIt must not \
                change another text.\n\n540\n\nIt needs a title of its own.\n";
    assert_eq!(labels(text), ["537", "538", "539", "540"]);
    assert_eq!(texts(text)[3], "It needs a title of its own.");
    // Three from elsewhere than 1 are not enough (a copied PDF's page numbers over pages that
    // open a paragraph).
    let text = "Report (test text)\n\n12\n\nThe mission met the mayors.\n\n13\n\nThe convoy \
                reached the port.\n\n14\n\nThe talks went on late.\n";
    assert!(!labels(text).contains(&"12".to_owned()));
}

#[test]
fn a_mails_headers_and_greeting_in_other_languages_are_no_title() {
    // A Norwegian reply: Outlook's fields in Norwegian over the writer's greeting, and the
    // draft quoted in the reply, its date wrapped to a line's start (`18. november 2025`).
    let text = "Fra: Ingrid Dahl <ingrid@example.no>\nSendt: torsdag 20. november 2025 08:14\n\
                Til: Henrik Berg <henrik@example.no>\nEmne: Utkast\n\nHei Henrik,\n\n\
                Kommentarer nedenfor.\n\n> Ministrene, som møttes i Kirkenes\n\
                > 18. november 2025, er enige om følgende:\n>\n> 1. Partene samarbeider.\n\
                >\n> 2. Partene øver.\n>\n> 3. Partene møtes igjen.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "");
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert_eq!(d.layout.left_out.len(), 4, "{:?}", d.layout.left_out);
    // A Polish mail's fields, and a Spanish greeting over a list.
    let polish = "Od: Anna Nowak <anna@example.pl>\nWysłano: 20 listopada 2025\n\
                  Do: Jan <jan@example.pl>\nTemat: projekt\n\nPlan portu\n\n\
                  1. Port otwarty.\n2. Opłaty niższe.\n";
    assert_eq!(Draft::from_text("t", polish).title, "Plan portu");
    let spanish = "Hola a todos,\n\n1. El puerto abre.\n2. Las tasas bajan.\n";
    assert_eq!(Draft::from_text("t", spanish).title, "");
    // A name that opens with such a word, with no stop or comma, stays the title.
    let name = "Ciao Italia\n\n1. Il porto apre.\n2. Le tasse scendono.\n";
    assert_eq!(Draft::from_text("t", name).title, "Ciao Italia");
}

#[test]
fn a_forwarded_draft_quoted_under_the_headers_is_read() {
    let text = "From: J. Analyst <analyst@example.org>\nSent: Tuesday, 25 November 2025 08:12\n\
                To: Desk <desk@example.org>\nSubject: FW: revised draft\n\nSee below, as \
                circulated this morning.\n\n-----Original Message-----\nFrom: Source\n\
                Subject: revised draft\n\n> REVISED FRAMEWORK\n>\n> 1. Sovereignty is \
                reaffirmed.\n> 2. A pact is concluded.\n> 3. Guarantees are given.\n> 4. The \
                army is capped.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(label_texts(&d)[3], ("4", "The army is capped."));
    assert_eq!(d.layout.left_out.len(), 7, "{:?}", d.layout.left_out);
    assert!(d.preamble.starts_with("See below"));
    // Quoted in a note that ends with its writer's dash and name (`— Daniel`: a line of
    // another kind than the quoted numbers).
    let note = "# Tenants' meeting\n\nThe landlord's proposal, in full:\n\n> 1. The charge rises \
                by 4%.\n> 2. The bike store becomes lockers.\n> 3. Repairs are answered in five \
                days.\n\nMy view: we accept 3.\n\n— Daniel\n";
    let d = Draft::from_text("t", note);
    assert_eq!(label_texts(&d)[1], ("2", "The bike store becomes lockers."));
    assert!(closing_text(&d).is_some_and(|c| c.ends_with("Daniel")));
    // A memo's or a route's fields are the draft's; and a reply's comments between the
    // quoted points stay in the points they follow.
    let memo = "To: All staff\nFrom: The Director\nSubject: Corridor rules\n\n1. Buses leave at 8.\n\
                2. Cars follow.\n3. Nobody stops.\n";
    assert!(Draft::from_text("t", memo).layout.left_out.is_empty());
    let reply = "Comments below.\n\n> 1. Troops withdraw in 60 days.\nWe can accept this.\n\n\
                 > 2. Prisoners are exchanged.\nToo long. We propose 30.\n\n> 3. Aid flows.\n\
                 Not in this form.\n\nBest regards,\nMark\n";
    let d = Draft::from_text("t", reply);
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(label_texts(&d)[1].1.ends_with("We propose 30."));
    // A quotation inside a point, under points of the text's own, keeps its marks.
    let text = "PLAN (test text)\n\n1. Borders hold.\n2. The parties cite:\n> 1. An old line.\n\
                > 2. Another.\n> 3. A third.\n3. Aid flows.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    // A reply quoting a draft that itself quotes two points, its marks spaced (`> > 4.`):
    // those two are points of the list too.
    let text = "On Tuesday, Anna wrote:\n> Dear all, the text as it stands.\n>\n> 1. Strikes stop \
                at midnight.\n> 2. Artillery is withdrawn 15 km.\n\nFifteen is too short.\n\n> \
                3. Observers are deployed.\n> Points 4 and 5 are the partners':\n>\n> > 4. \
                Energy sites are not attacked.\n> > 5. A hotline is set up.\n>\n> 6. Prisoners \
                are exchanged.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5", "6"]);
    assert_eq!(label_texts(&d)[4], ("5", "A hotline is set up."));
    // A sign before a figure after the mark is the text's (`> >90 days`).
    let text = "Plan\n\n> Terms:\n> 1. Fire stops.\n> 2. Aid flows.\n> >90 days is the limit.\n> 3. Talks.\n";
    assert!(
        label_texts(&Draft::from_text("t", text))[1]
            .1
            .ends_with(">90 days is the limit.")
    );
}

#[test]
fn a_bilingual_drafts_stacked_versions_are_one_point_each() {
    // Two columns copied as stacked rows: each number twice, English over Ukrainian.
    let text = "LEASE / ОРЕНДА\n\n1. The Landlord lets the shop to the Tenant.\n1. Орендодавець передає магазин Орендареві.\n\n2. Rent: UAH 40,000 a month.\n2. Орендна плата: 40 000 грн на місяць.\n\n3. The term is two years.\n3. Строк оренди два роки.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(label_texts(&d)[1].1.contains("Орендна плата"));
    // A draft where one number is repeated by mistake keeps its points.
    assert_eq!(
        labels("T\n\n1. One.\n2. Two.\n2. Three.\n3. Four.\n"),
        ["1", "2", "2", "3"]
    );
}

#[test]
fn an_outline_flattened_to_one_numbering_keeps_its_titles_as_the_points() {
    // Copied from a shared document that lost its indentation: titles `1.`-`3.`, each over its
    // own sentences numbered from 1.
    let text = "Catering agreement\n\n1. Services\n1. The caterer serves hot lunches.\n2. Menus are agreed each term.\n2. Price\n1. A meal costs GBP 2.85.\n2. Invoices are monthly.\n3. Term\n1. The agreement runs two years.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(label_texts(&d)[1].1.starts_with("Price\n1. A meal costs"));
    // Key terms without items of their own, then conditions under a heading: no outline.
    let text = "Contract\n\n1. Seller: ACME GmbH\n2. Buyer: Nordic Ltd\n3. Goods: Steel pipes\n\nGeneral Conditions\n1. The Seller delivers within 30 days.\n2. The Buyer pays within 60 days.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "1", "2"]);
    // Titles whose numbers run on with the sentences' are the points they always were.
    assert_eq!(
        labels(
            "Terms\n\n1. Scope\n2. The caterer serves lunches.\n3. Price\n4. A meal costs GBP 2.85.\n"
        ),
        ["1", "2", "3", "4"]
    );
}

#[test]
fn ordinal_words_standing_for_the_numbers_a_list_skips_are_its_points() {
    // A machine translation that writes some numbers as words.
    let text = "Position paper (test text)\n\n1. Respect the sovereignty of all states.\n\nSecond, give up the logic of blocs.\n\n3. Cease fire.\n\n4. Start talks.\n\nFifth, resolve the humanitarian crisis.\n\n6. Protect civilians.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5", "6"]);
    assert_eq!(label_texts(&d)[1].1, "give up the logic of blocs.");
    // One such paragraph alone is as often the page's remark, in an excerpt that skips points.
    let text = "Excerpt (test text)\n\n1. A ceasefire along the line.\n\nSecond, and more striking, is what the excerpt leaves out.\n\n3. Sanctions are lifted in stages.\n\n7. Elections within a year.\n";
    assert_eq!(labels(text), ["1", "3", "7"]);
    // Nor a point's own reasons, counted in words across a gap of the list (3 and 4 not
    // reproduced): they count from `Second,`, which stands for no number skipped.
    let text = "Extract (test text)\n\n1. Application A approved.\n\n2. Application B refused.\n\nSecond, the flue would harm the neighbours.\n\nThird, no servicing plan was submitted.\n\nFourth, the shop use would be lost.\n\n5. Next meeting on 11 June.\n";
    assert_eq!(labels(text), ["1", "2", "5"]);
    // Where the list skips nothing, such a paragraph is the point's commentary.
    let text = "Position paper (test text)\n\n1. Respect sovereignty.\n\nSecond, the paper repeats an old line.\n\n2. Cease fire.\n\n3. Start talks.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert!(texts(text)[0].ends_with("repeats an old line."));
}

#[test]
fn an_american_bill_s_titles_number_their_sections_by_the_hundred() {
    // Sections of title I are 101, 102, of title II 201, 202; section 1 holds the bill's
    // contents, which name every section in other case.
    let text = "A BILL (test text)\n\nTo support a settlement.\n\nSECTION 1. SHORT TITLE; TABLE OF CONTENTS.\n\n(a) Short Title.--This Act may be cited as the Test Act.\n(b) Table of Contents.--The table of contents is as follows:\n\nSec. 1. Short title; table of contents.\n\nTITLE I--DIPLOMACY\n\nSec. 101. Statement of policy.\nSec. 102. Monitoring.\n\nTITLE II--RECONSTRUCTION\n\nSec. 201. Trust fund.\n\nTITLE I--DIPLOMACY\n\nSEC. 101. STATEMENT OF POLICY.\n\nIt is the policy of the United States to support peace.\n\nSEC. 102. MONITORING.\n\nThe Secretary shall support monitoring.\n\nTITLE II--RECONSTRUCTION\n\nSEC. 201. TRUST FUND.\n\nA trust fund is established.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        fixture_labels(&d),
        ["SECTION 1", "SEC. 101", "SEC. 102", "SEC. 201"]
    );
    assert!(label_texts(&d)[1].1.ends_with("to support peace."));
    // Without a heading between them, a jump to the next hundred is no run; nor, with plain
    // numbers, under headings (a budget's codes).
    let text =
        "Notes (test text)\n\n1. The fund opens.\n2. The board meets.\n101. The report is due.\n";
    assert_eq!(labels(text), ["1", "2"]);
    let text = "Decision (test text)\n\n1. The budget is approved.\n\n2. The mayor reports in June.\n\n3. The annex lists the codes.\n\nPublic order\n\n101. Police operations\n102. Fire service\n\nTransport\n\n201. Roads\n202. Bridges\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
}

#[test]
fn a_statute_s_sections_over_their_subsections_with_blank_lines_between() {
    // As a statute database's page sets an Act: `1 Interpretation`, a blank line, `(1)`.
    let text = "Test Act 2024 (test text)\n\nAn Act to make provision about monitoring.\n\n1 Interpretation\n\n(1) In this Act a mission means a monitoring mission.\n(2) Assistance includes assistance in kind.\n\n2 Financial assistance\n\n(1) The Secretary of State may give assistance.\n(2) Assistance may be given on terms.\n\n3 Reports\n\n(1) The Secretary of State must report each year.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(
        label_texts(&d)[1]
            .1
            .starts_with("Financial assistance\n(1) The Secretary")
    );
}

#[test]
fn a_document_s_own_number_before_its_title_is_no_point() {
    let text = "Documents (test text)\n\n40. Draft text prepared by the adviser\n\nA FRAMEWORK FOR A SETTLEMENT\n\nThe parties agree on these principles:\n\n1. The parties negotiate in good faith.\n\n2. Forces withdraw in stages.\n\n3. Normal relations follow.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    // Not under a lead that quotes the point and its notes (`…operative paragraph 12:` over
    // `12. Stresses…`, then `Notes` over `1.`-`3.`).
    let text = "Committee (test text)\nInformal consultations\n\nThe co-facilitators propose this text for paragraph 12\n\n12. Stresses the role of women in the judiciary\n\nNotes\n1. See the report, paras. 20-24.\n2. Agreed ad referendum.\n3. Replaces the earlier wording.\n";
    assert!(labels(text).contains(&"12".to_owned()));
    // An excerpt's list that starts late keeps its first point.
    let text = "Excerpt (test text)\n\n40. The parties negotiate in good faith.\n\n41. Forces withdraw in stages.\n\n42. Normal relations follow.\n";
    assert_eq!(labels(text), ["40", "41", "42"]);
}

#[test]
fn a_first_item_written_as_an_ordinal_over_a_list_from_2() {
    let text = "Articles of agreement (test text)\n\nAgreed this day as follows.\n\n1st The units march to a named point and stack arms.\n\n2. Public property is handed over.\n\n3. Officers keep their side arms.\n\n4. Every soldier may go home.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    assert!(label_texts(&d)[0].1.starts_with("The units march"));
}

#[test]
fn a_replys_quote_of_the_first_points_leaves_them_in_the_list() {
    let thread = "Thread\n\nMark\nHere is the list as it was circulated:\n1. Ukraine's sovereignty is confirmed.\n2. The parties sign an agreement renouncing force.\n3. Neither side moves troops.\n4. Security talks take place.\nMake of it what you will.\n\nAnna\nQuote from Mark:\n1. Ukraine's sovereignty is confirmed.\n2. The parties sign an agreement renouncing force.\nPoint 1 means nothing if point 4 stands.\n";
    let d = Draft::from_text("t", thread);
    assert_eq!(
        label_texts(&d)[..2],
        [
            ("1", "Ukraine's sovereignty is confirmed."),
            ("2", "The parties sign an agreement renouncing force.")
        ]
    );
    // Points quoted from the middle or the end of the list, without full stops.
    let commentary = "Plan\n\n1. Ceasefire now\n2. Weapons withdrawn\n3. Prisoners exchanged\n4. Children returned\n5. Elections held\n\nMost disputed:\n3. Prisoners exchanged\n4. Children returned\n";
    let d = Draft::from_text("t", commentary);
    assert_eq!(
        label_texts(&d)[..5].iter().map(|t| t.0).collect::<Vec<_>>(),
        ["1", "2", "3", "4", "5"]
    );
    // The same list quoted before its points go on is no quote (`drop_contents`' titles are
    // covered by `a_table_of_contents_is_not_the_points`).
    let titles = "Act\n\n1. Establishment of the Fund\n2. Its board\n\n1. Establishment of the Fund\nThere is to be a fund.\n\n2. Its board\nA board runs it.\n";
    let d = Draft::from_text("t", titles);
    assert_eq!(label_texts(&d).len(), 2);
    assert!(label_texts(&d)[0].1.contains("There is to be a fund."));
}

#[test]
fn an_acts_sections_over_their_subsections_are_the_points_with_blank_lines_and_front_matter() {
    let act = "Example Act 2025\n2025 CHAPTER 14\n\nAn Act to establish a fund; and for connected purposes.\n\n[4th December 2025]\n\nBe it enacted by the King's most Excellent Majesty, by and with the advice and consent of the Lords, as follows:—\n\n1 The Fund\n\n(1) There is to be a fund.\n\n(2) The Secretary of State must pay sums into it.\n\n2 Purposes\n\n(1) Sums may be used only for approved projects.\n\n(2) The Treasury may add purposes.\n\n3 Short title\n\nThis Act may be cited as the Example Act 2025.\n";
    let d = Draft::from_text("t", act);
    assert_eq!(
        label_texts(&d),
        [
            (
                "1",
                "The Fund\n(1) There is to be a fund.\n(2) The Secretary of State must pay sums into it."
            ),
            (
                "2",
                "Purposes\n(1) Sums may be used only for approved projects.\n(2) The Treasury may add purposes."
            ),
            (
                "3",
                "Short title\nThis Act may be cited as the Example Act 2025."
            ),
        ]
    );
    assert_eq!(closing_text(&d), None);
    // An Act of two sections.
    let two = "Example Act 2025\n\n1 The Fund\n\n(1) There is to be a fund.\n\n(2) The Secretary of State must pay sums into it.\n\n2 Purposes\n\n(1) Sums may be used only for approved projects.\n\n(2) The Treasury may add purposes.\n";
    assert_eq!(labels(two), ["1", "2"]);
    // Two such lines before a page's running title, more sections after it: not the list
    // (the subsections after it are no section's).
    let cut = "Community Energy Bill\n\n1 Duty to publish\n(1) The Secretary of State must publish a strategy.\n2 Partnerships\n(1) A local authority may establish a partnership.\n\n2 Community Energy Bill\n\n3 Grid connection\n(1) The Authority must publish guidance.\n4 Reporting\n(1) The Secretary of State must report.\n";
    assert_eq!(labels(cut), ["1", "1", "1", "1"]);
}

#[test]
fn a_slides_counters_over_topics_number_the_points_and_a_pages_count_does_not() {
    let d = Draft::from_text(
        "t",
        "The framework in slides\n\n1 / 3\nSovereignty\nUkraine's sovereignty is confirmed.\n2 / 3\nGuarantees\nGuarantees mirror collective defence.\n3 / 3\nArmy\nThe army is capped at 800,000.\n",
    );
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Sovereignty Ukraine's sovereignty is confirmed."),
            ("2", "Guarantees Guarantees mirror collective defence."),
            ("3", "Army The army is capped at 800,000."),
        ]
    );
    // A carousel's items, each a number alone over one line with no stop (one over a figure,
    // one with a note under it), the slide's counter and brand between slides.
    let cards = "Пункти плану\n\n1/3\nЩо відомо\n\n2/3\n01\nСуверенітет України підтверджується\n02\n\
                 Угода про ненапад між сторонами\n03\n100 млрд активів на відбудову\n* Ще 100 млрд від Європи\n\
                 BRIEFLY\n\n3/3\n04\nВійська не розміщуються\n05\nГарантія США за компенсацію\n";
    assert_eq!(labels(cards), ["01", "02", "03", "04", "05"]);
    assert!(texts(cards)[2].starts_with("100 млрд"));
    // A printed page's count over the page's text going on.
    let pages = "Report\n\nThe first page says the parties met.\n1/3\nThe second page goes on with the talks.\n2/3\nThe third page ends the report.\n3/3\n";
    assert!(labels(pages).iter().all(|l| l.starts_with('¶')));
}

#[test]
fn a_pages_related_list_numbered_again_after_the_points_is_no_point() {
    // A think tank's page: the points under captions, the author's note, then its list of
    // related research numbered from 1 again, then its disclaimer.
    let page = "The revision point by point\n1. Sovereignty\nIt is reaffirmed.\n2. Army\nIt is capped.\n3. Ceasefire\nIt takes effect at once.\nOur assessment\nThe text leaves territory open.\nRelated research\n1. Security guarantees compared\n2. Frozen assets and the law\nThe views expressed are the author's.\n";
    assert_eq!(labels(page), ["1", "2", "3"]);
    // A news page's bulleted elements of a plan, then its `Most viewed` box numbered: the
    // bullets are the points.
    let page = "Peace talks: what the draft would mean\n\nThese are its main elements:\n\n\
                • Ceasefire: fighting stops at dawn.\n• Pull-back: armies withdraw 15km.\n\
                • Prisoners: all are swapped.\n• Aid: routes open for convoys.\n\n\
                The talks resume on Monday.\n\nMost viewed\n1. Storm: trains cancelled\n\
                2. Budget: what it means\n3. Novels of the year\n";
    assert_eq!(labels(page), ["•1", "•2", "•3", "•4"]);
    // A ministry's `See also` in its languages, over links numbered from 1 again.
    for heading in [
        "See also",
        "Voir aussi",
        "Siehe auch",
        "Zie ook",
        "Див. також",
    ] {
        let page = format!(
            "Plan\n\n1. Ships sail.\n2. Ports open.\n3. Fees fall.\n\n{heading}\n\
             1. Ports reopen after talks\n2. Timeline of the talks\n"
        );
        assert_eq!(labels(&page), ["1", "2", "3"], "{heading}");
    }
}

#[test]
fn a_number_glued_to_the_figure_that_opens_its_point_is_the_point() {
    // Every number glued to its text; point 2 opens with a figure (`2.100 billion`), read
    // first as the decimal 2.100.
    let text = "Plan\n1.Sovereignty is confirmed.\n2.100 billion dollars of frozen assets go to rebuilding.\n3.The army is capped.\n4.Elections are held.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
    assert!(texts(text)[1].starts_with("100 billion dollars"));
}

#[test]
fn a_time_or_a_date_where_a_number_is_missing_and_a_related_section_are_the_drafts() {
    // Point 14 is missing; the line between 13 and 15 is a time, a date or a decimal.
    for between in [
        "14.30 The meeting resumed with all members present.",
        "14.03.2025 the court gave its decision.",
        "14.5 million is set aside for it.",
    ] {
        let text = format!(
            "Minutes\n12. The budget was noted.\n13. The report was approved.\n{between}\n15. The meeting closed.\n16. The next meeting is in May.\n"
        );
        assert_eq!(labels(&text), ["12", "13", "15", "16"], "{between}");
    }
    // A section named `Related` whose numbered items are the draft's clauses.
    let text = "Licence\n1. The licence covers the film.\n2. The fee is paid.\n3. The term is five years.\nRelated Content\n1. The Licensee may use trailers and stills.\n2. Artwork needs approval.\n";
    assert_eq!(labels(text), ["1", "2", "3", "1", "2"]);
    let text = "Minutes\n1. The budget was noted.\n2. The report was approved.\n3. The audit was ordered.\nRelated:\n1. The secretariat will circulate the budget by 10 June.\n2. The chair will write to the ministry.\n";
    assert_eq!(labels(text), ["1", "2", "3", "1", "2"]);
}

#[test]
fn a_scans_cyrillic_letter_for_a_three_and_a_later_misread_ten_are_the_points() {
    let scan = "ПРОТОКОЛ НАМІРІВ\n\n1. Сторони сприяють обміну досвідом.\n\
                2. Польська Сторона розглядає передачу автомобілів.\n\
                З. Сторони організовують навчальні візити.\n4. Сторони підтримують школи.\n\
                5. Українська Сторона надає інформацію.\n6. Сторони готують заявки.\n\
                7. Координацію здійснюють уповноважені особи.\n8. Протокол не створює зобов'язань.\n\
                9. До Протоколу можуть вноситися зміни.\n\
                l0. Протокол набирає чинності з дня підписання.\n";
    assert_eq!(
        labels(scan),
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]
    );
}
