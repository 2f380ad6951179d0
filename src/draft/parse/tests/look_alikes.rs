//! Tests that the layout rules leave their look-alikes in ordinary text alone.

use super::{fixture_labels, labels, pilcrows, texts};
use crate::draft::{Draft, PointKind};

#[test]
fn the_new_layout_rules_leave_look_alikes_alone() {
    // Found by a review of this session's rules: each of these read right before them.
    let numbered = |text: &str, want: &[&str]| {
        assert_eq!(labels(text), want, "{text:?}");
    };
    // Editors' notes in brackets are not labels, and do not make a keyword scheme.
    numbered(
        "T\n\n1. One.\n2. Two.\n[Point 3 deleted at the request of A.]\n4. Four.\n5. Five.\n[Point 6 under review.]\n7. Seven.\n",
        &["1", "2", "4", "5", "7"],
    );
    // An option inside a point, and a Markdown link of a table of contents.
    numbered(
        "T\n\n1. One.\n2. The council meets:\n[1. Every month;]\n[2. at its next session;]\n3. Three.\n",
        &["1", "2", "3"],
    );
    numbered(
        "T\n\n[1. Scope](#scope)\n[2. Terms](#terms)\n\n1. Scope. This applies.\n2. Terms. These.\n",
        &["1", "2"],
    );
    // A law of one article.
    numbered(
        "ЗАКОН УКРАЇНИ\n\nВерховна Рада постановляє:\n\nСтаття 1 Частину третю статті 12 викласти так.\n",
        &["Стаття 1"],
    );
    let paragraphs = |text: &str| {
        let l = labels(text);
        assert!(l.iter().all(|l| l.starts_with('¶')), "{text:?}: {l:?}");
    };
    // A table copied cell by cell: numbers over short cells.
    paragraphs(
        "Annex. Funds by region\n\nAmounts in millions.\n\nNo.\n\nRegion\n\nAmount\n\n1\n\nNorth region\n\n420\n\n2\n\nSouth region\n\n310\n\n3\n\nEast region\n\n150\n",
    );
    // An article's numbered notes at its end.
    paragraphs(
        "The communiqué revisited\n\nThe communiqué is often cited but rarely read.\n\nIt proposed a neutral state.\n\nThe guarantors would have helped.\n\nThe peninsula was left to talks.\n\nNotes\n\n1\nThe text was later published in full.\n\n2\nInterview with a negotiator, June 2023.\n\n3\nSee the memoir of the mediator.\n",
    );
    // Page numbers of a converted PDF, the next page after a form feed.
    paragraphs(
        "Joint statement\n\nThe ministers met in Warsaw.\n\n1\n\u{c}The operators publish a timetable.\n\nFinancing comes from the bank.\n\n2\n\u{c}The ministers meet in the autumn.\n\nThe statement is in English.\n\n3\n\u{c}Signed for the three governments.\n",
    );
    // Status marks are text to compare, not bullets.
    let d = Draft::from_text(
        "t",
        "Tracker\n\n1. ✅ Ceasefire agreed.\n2. ❌ Territory not agreed.\n3. ✅ Prisoners exchanged.\n",
    );
    assert!(d.numbered().nth(1).unwrap().1.text.starts_with("❌"));
    // Attributions under quotations, and an interview's turns, are not bullets.
    paragraphs(
        "Reactions\n\n\"No trade of land for promises.\"\n—A. Leader, President\n\n\"A starting point.\"\n—B. Official, Commission\n\n\"Open questions remain.\"\n—C. Speaker, spokesman\n",
    );
    paragraphs(
        "Інтерв'ю\n\nМи поговорили з послом.\n\n—Чи є шанс на угоду?\n—Шанс є, але сторони розходяться.\n—Що залишається неузгодженим?\n—Чисельність армії.\n",
    );
    // A paragraph that happens to open like a call to follow, and a cross-reference.
    for line in [
        "Follow usual approval rules before posting on Facebook.",
        "Дивіться також у статті 258: строки давності.",
    ] {
        assert_eq!(super::page_furniture(line), None, "{line}");
    }
}

#[test]
fn this_sessions_rules_leave_their_look_alikes_alone() {
    // A point's own sub-list under its wrapped lead-in, then the list going on.
    assert_eq!(
        labels(
            "Plan\n\n1. One.\n2. Two.\n3. The partners, who\nwill finance the following:\n1. Roads.\n2. Bridges.\n4. Four.\n"
        ),
        ["1", "2", "3", "4"]
    );
    // Votes with a number column, and a form line with dots: no contents list after them.
    assert_eq!(
        labels(
            "Votes\n\n1.\tAmendment on language\t226\n2.\tAmendment on budget\t231\n3.\tAmendment on courts\t198\n"
        ),
        ["1", "2", "3"]
    );
    // A suffixed number at the start of a wrapped line, and a wrapped `№ 15.`.
    assert_eq!(
        labels("Plan\n\n1. The network covers\n5G. Equipment is bought.\n2. Two.\n3. Three.\n"),
        ["1", "2", "3"]
    );
    assert_eq!(
        labels("План\n\n1. Згідно з наказом від 10 січня\n№ 15. Наказ діє.\n2. Два.\n3. Три.\n"),
        ["1", "2", "3"]
    );
    // A list without final stops and a repeated number; a quoted part after a lead-in.
    assert_eq!(
        labels(
            "Plan\n\n1. Sovereignty of Ukraine\n2. Non-aggression pact\n2. Guarantees\n3. Elections\n"
        ),
        ["1", "2", "2", "3"]
    );
    assert_eq!(
        labels(
            "Plan\n\n4. Four.\n5. Article 2 is amended to read:\n2. Russian is an official language.\n7. Seven.\n"
        ),
        ["4", "5", "7"]
    );
}

#[test]
fn the_new_layout_rules_leave_ordinary_text_alone() {
    // A fraction at the start of a wrapped line is no thread's number.
    let d = Draft::from_text(
        "t",
        "Rules\n\n1) The Board meets every month.\n2) The Board decides by a majority of\n2/3 of its members present at the meeting.\n3) The chair signs the minutes.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(
        d.numbered()
            .nth(1)
            .unwrap()
            .1
            .text
            .contains("2/3 of its members")
    );
    // A point's last line with no full stop is no heading of the next point.
    let d = Draft::from_text(
        "t",
        "Supply Contract\n\n1. The Seller shall deliver the goods to the Buyer.\nDelivery within 30 days of the order\n2. The Buyer shall pay the price stated in the invoice.\nPayment in euros by bank transfer\n3. Disputes are settled by the court of Kyiv.\n",
    );
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    assert!(
        d.numbered()
            .next()
            .unwrap()
            .1
            .text
            .ends_with("of the order")
    );
    // German prose wrapped narrow, its nouns capitalised, is one paragraph.
    assert_eq!(
        Draft::from_text(
            "t",
            "Vertrag\n\nDie Vertragsparteien vereinbaren eine\nZusammenarbeit im Bereich der Energie und\nReform der Verwaltung. Beide Seiten treffen\nRegelungen über Fristen und Berichte an\nParlamente und Regierungen beider Staaten.\n",
        )
        .point_count(),
        1
    );
    // `Первый шаг к миру…` is prose; `Перший пункт передбачає…` numbers a point.
    assert!(
        labels("Переговоры\n\nПервый шаг к миру был сделан в среду.\n\nВторой шаг эксперты ожидают в июне.\n\nТретий шаг пока никто не обсуждает.\n")
            .iter()
            .all(|l| l.starts_with('¶'))
    );
    // A long run of Arabic-script digits is no number.
    assert_eq!(super::eastern_arabic_number("١٢٣٤٥٦٧٨٩٠١٢"), None);
    // A citation's `p. 12` alone on a wrapped line stays text.
    assert!(!super::page_number_line("p. 12"));
    assert!(super::page_number_line("p. 2 of 9"));
}

#[test]
fn the_new_layout_rules_leave_ordinary_drafts_alone() {
    // A date or a footnote after the last point is not a mistyped next point, nor is a
    // count under a point that announces a list.
    for text in [
        "Plan\n\n8. Troops leave.\n\n9. Sanctions are lifted.\n\n10 December 2025\nSigned in Vilnius\n",
        "Plan\n\n1. One thing.\n\n2. The force is made up of:\n3 European brigades on the ground;\n2 air wings.\n",
    ] {
        let d = Draft::from_text("t", text);
        let last = d
            .points
            .iter()
            .rev()
            .find(|p| p.kind == PointKind::Point)
            .unwrap();
        assert!(last.label != "10" && last.label != "3", "{text}");
    }
    // Years with a dash are figures, not numbers of points; a wrapped `5 – 10 countries`
    // inside a dash list is text.
    let years = "Budget\n\n2025 – 5 million for design;\n2026 – 40 million for works;\n2027 – 30 million for works;\n2028 – 2 million for audit.\n";
    assert!(
        Draft::from_text("t", years)
            .layout
            .scheme
            .contains("paragraph")
    );
    assert_eq!(
        labels(
            "Plan\n1 – A ceasefire on the whole line.\n2 – An exchange of prisoners.\n3 – A mission, to be joined by\n5 – 10 countries of Europe.\n4 – Guarantees for Ukraine.\n5 – Sanctions eased in steps.\n"
        ),
        ["1", "2", "3", "4", "5"]
    );
    // A document requirement and a pull quote are the draft's; one announcement with its
    // headline is one piece of furniture, not two.
    let d = Draft::from_text(
        "t",
        "Documents\n\n1. A passport.\nФото: кольорове, на білому тлі.\n\n2. A residence card (photo: both sides)\n\nДивіться також:\nДодаток 1 до цих правил\n\n3. A tax number.\n",
    );
    assert!(d.layout.left_out.is_empty(), "{:?}", d.layout.left_out);
    assert!(
        d.numbered()
            .next()
            .unwrap()
            .1
            .text
            .contains("Фото: кольорове")
    );
    let d = Draft::from_text(
        "t",
        "What the draft says\n\n\"1. Sovereignty is confirmed\" – the new draft opens with these words.\n\n1. Sovereignty is confirmed.\n2. A pact is signed.\n3. Elections follow.\n\nThe Kremlin has not commented.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(
        d.preamble
            .starts_with("\"1. Sovereignty is confirmed\" – the new draft")
    );
    // Status text that starts like a closing formula stays in its point.
    let d = Draft::from_text(
        "t",
        "Plan\n\n1. Repair schools.\nStatus: in progress.\n\n2. Digitise the land records.\nDone in Kharkiv and Odesa; the other regions follow in 2026.\nFunding comes from the state budget.\n",
    );
    assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
    // An acting head's signature (`В. о.`) is not a lettered point; `1.` under each of
    // several sections keeps its number.
    assert_eq!(
        labels(
            "Рішення\n\nА. Раду скликають щороку в березні.\n\nБ. Рада ухвалює звіт більшістю голосів.\n\nВ. о. Голови ради І. Петренко\n"
        ),
        pilcrows(3)
    );
    assert_eq!(
        labels(
            "# Law\n\n## Part I\n\n1. One thing is done.\n\n## Part II\n\n1. Another is done.\n\n## Part III\n\n1. A third is done.\n"
        ),
        ["1", "1", "1"]
    );
    // Ukrainian and Russian close a quotation before the full stop: each point quoted so
    // loses the page's mark.
    assert_eq!(
        texts(
            "План\n\nВидання наводить пункти:\n\n«1. Суверенітет підтверджено».\n\n«2. Укладається угода про ненапад».\n\n«3. Україна отримує гарантії безпеки».\n"
        )[2],
        "Україна отримує гарантії безпеки."
    );
}
