//! Tests of numbers glued to the text before them and of lists run into one line.

use super::{fixture, fixture_labels, label_texts, labels, pilcrows};
use crate::draft::{Draft, PointKind};

#[test]
fn numbers_glued_to_the_sentence_before_start_points() {
    let d = fixture("glued-numbers.txt");
    assert_eq!(
        label_texts(&d),
        [
            ("1", "The sovereignty of the country is confirmed."),
            (
                "2",
                "Non-aggression is guaranteed by both sides and by the mediators."
            ),
            ("3", "The army is kept at its peacetime size."),
            (
                "4",
                "Elections are held within one hundred days, in 2026. The date is fixed by parliament."
            ),
            ("5", "A fund for rebuilding is created."),
            ("6", "Frozen assets go into the fund."),
            ("7", "The grain corridor stays open."),
            (
                "8",
                "Energy supply is restored to the occupied power plant."
            ),
            ("9", "NATO membership is not pursued for ten years."),
        ]
    );
    let two = d.numbered().nth(1).unwrap().1;
    assert!(d.source[two.range.clone()].starts_with("2. Non-aggression"));
    assert!(d.layout.reason.contains("3 found glued"));
    // Not glued: a decimal, a number after a word, one that does not run on.
    assert_eq!(
        labels("T\n1. Growth of 1.2. Then more.\n2. Two of 3. Three.\n"),
        ["1", "2"]
    );
}

#[test]
fn a_number_after_a_figure_that_ends_a_sentence_starts_a_point() {
    // `…limited to 600,000. 4. Ukraine…`: a figure ends the sentence before the number.
    assert_eq!(
        label_texts(&Draft::from_text(
            "t",
            "T\n\n1. Sovereignty is confirmed.\n2. Non-aggression is agreed. 3. The army is limited to 600,000. 4. Guarantees are given.\n5. Elections follow in 2026. 6. A fund is set up.\n"
        )),
        [
            ("1", "Sovereignty is confirmed."),
            ("2", "Non-aggression is agreed."),
            ("3", "The army is limited to 600,000."),
            ("4", "Guarantees are given."),
            ("5", "Elections follow in 2026."),
            ("6", "A fund is set up."),
        ]
    );
    // With no space it may number a sub-clause (`1.2.`): not split.
    assert_eq!(
        labels("T\n1. Army of 600,000.2. Then more.\n2. Two.\n"),
        ["1", "2"]
    );
}

#[test]
fn a_dash_numbered_list_run_into_one_line_is_split() {
    let d = fixture("dash-run-on.txt");
    assert_eq!(
        label_texts(&d)[..2],
        [
            ("1", "Fighting stops at once on the whole front line."),
            (
                "2",
                "Both sides pull heavy weapons back by thirty kilometres."
            ),
        ]
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5"]);
    // A score or a range in prose is no list.
    assert_eq!(
        labels("T\n\nThe vote was 3- 2 in favour. Then 1- 0 and 2- 1 in the other rooms.\n"),
        ["¶1"]
    );
}

#[test]
fn the_first_point_glued_to_the_lead_in_is_a_point() {
    let d = fixture("glued-to-lead-in.txt");
    let (_, one) = d.numbered().next().unwrap();
    assert_eq!(
        d.numbered()
            .map(|(_, p)| p.label.as_str())
            .collect::<Vec<_>>(),
        ["1", "2", "3", "4"]
    );
    assert!(one.text.starts_with("Сторони, що підписують угоду"));
    assert!(d.source[one.range.clone()].starts_with("1. Сторони"));
    let preamble = d.points.iter().find(|p| p.kind == PointKind::Preamble);
    assert!(
        preamble
            .unwrap()
            .text
            .ends_with("Ось що в ньому передбачено:")
    );
    assert!(d.layout.reason.contains("1 found glued"));
    // A list that starts at 1 on its own line leaves the lead-in whole, and a lead-in
    // is only split at the number just before the list's first.
    assert_eq!(
        labels("T\nIt says: 1. One.\n1. One.\n2. Two.\n"),
        ["1", "2"]
    );
    assert_eq!(
        labels("T\nIt says: 1. One.\n3. Three.\n4. Four.\n"),
        ["3", "4"]
    );
}

#[test]
fn a_list_run_into_one_line_is_split_at_its_numbers() {
    let d = Draft::from_text(
        "t",
        "Summary\nReporters saw the text, which says: 1. Independence is confirmed. 2. A pact is signed. 3. The army is capped at 600,000 troops. 4. Elections follow.\nThe text may change.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    assert_eq!(
        d.numbered().nth(2).unwrap().1.text,
        "The army is capped at 600,000 troops."
    );
    assert_eq!(d.preamble, "Reporters saw the text, which says:");
    assert_eq!(d.points.last().unwrap().text, "The text may change.");
    assert_eq!(
        labels(
            "Рішення\nУчасники домовилися: 1) припинити вогонь; 2) відвести техніку; 3) обміняти полонених.\n"
        ),
        ["1", "2", "3"]
    );
    // Numbers in brackets, as news pages list a decision's provisions in one paragraph.
    let d = Draft::from_text(
        "t",
        "Рішення виконкому (тест)\n\nВиконком схвалив проєкт. Документ передбачає: (1) платне паркування з 1 лютого 2026 року; (2) вартість години 20 грн; (3) штраф 340 грн; (4) перегляд тарифів раз на рік.\n\nРішення ще має затвердити сесія.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    assert_eq!(
        d.numbered().nth(1).unwrap().1.text,
        "вартість години 20 грн;"
    );
    assert_eq!(d.preamble, "Виконком схвалив проєкт. Документ передбачає:");
    // A treaty's articles run into one line number their paragraphs `(1)`: the articles are
    // the points. A footnote's call right after a stop (`…spring.(1) Both…`) numbers nothing.
    let treaty = "Draft Agreement (test)\n\nThe Parties have agreed as follows: Article 1. (1) Fire ceases along the line. (2) Observers monitor it. Article 2. (1) Prisoners are exchanged. (2) The ICRC attends. Article 3. (1) The agreement enters into force on signature.\n";
    assert_eq!(labels(treaty), ["Article 1", "Article 2", "Article 3"]);
    let news = "Talks resume (test)\n\nThe delegations met on Monday for the first time since the spring.(1) Both sides called the talks useful.(2) Observers were cautious.(3) The next meeting is in Istanbul.\n";
    assert_eq!(labels(news), pilcrows(1));
    // After a headline's dash or a sentence's comma.
    for text in [
        "Тест\n\nКлючові положення — 1) армія обмежена; 2) вибори після підписання; 3) активи на відбудову.\n",
        "Test\n\nAccording to the draft, 1. the army is capped; 2. elections follow; 3. assets go to rebuilding.\n",
    ] {
        assert_eq!(labels(text), ["1", "2", "3"], "{text}");
    }
    // Dates after a comma are no list (`am 15. Januar, 1. März; 2. Juni; 3. September`).
    let dates = "Termine (Test)\n\nDie Kommission tagt am 15. Januar, 1. März; 2. Juni; 3. September und im Dezember.\n";
    assert!(
        labels(dates).iter().all(|l| l.starts_with('¶')),
        "{:?}",
        labels(dates)
    );
    // A search engine's page: its name, the document's number and title and a heading over
    // the decision flattened into one line.
    let page = "Поисковая система по документам\n\nРешение 14/2025\n\nО программе по борьбе с паводками\n\nАннотация\n\nСовет, ссылаясь на решения 3/2021 и 9/2023, постановляет: 1. Утвердить программу согласно приложению 1. 2. Создать службу прогноза. 3. Поручить службе подготовить карту. 4. Решение вступает в силу со дня принятия.\n\nСкачать PDF\n";
    let d = Draft::from_text("t", page);
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    assert_eq!(
        d.numbered().next().unwrap().1.text,
        "Утвердить программу согласно приложению 1."
    );
    // A liveblog's entry quoting the whole text between other entries: a long list that is
    // most of the page's words.
    let items: Vec<String> = (1..=8)
        .map(|n| format!("{n}) пункт соглашения номер {n} о работе городского транспорта"))
        .collect();
    let blog = format!(
        "Трансляция\n\n19:10\nПервые трамваи выйдут завтра.\n\n18:47\nМэр ответил на вопросы.\n\n18:32\nПубликуем текст. Соглашение предусматривает: {}.\n\n18:05\nСоглашение подписано.\n\n17:20\nСобрание началось.\n",
        items.join("; ")
    );
    assert_eq!(Draft::from_text("t", &blog).point_count(), 8);
    // Inside one paragraph of a longer text, or with two numbers only, it stays.
    let letter = "Letter\n\nDear colleagues, thank you for the meeting.\n\nWe propose: 1) a ceasefire; 2) an exchange; 3) talks.\n\nWe hope to hear from you.\n\nThe minister will call.\n\nWith regards.\n";
    assert_eq!(labels(letter), pilcrows(5));
    let letter = letter
        .replace("1)", "(1)")
        .replace("2)", "(2)")
        .replace("3)", "(3)");
    assert_eq!(labels(&letter), pilcrows(5));
    // A bracket that is no item's (`(2)` after a word) does not cut the list.
    assert_eq!(
        labels(
            "Note\n\nThey agreed: (1) a ceasefire under Article 5(2) of the pact; (2) an exchange; (3) talks.\n"
        ),
        ["1", "2", "3"]
    );
    assert_eq!(
        labels("Note\nThey agreed: 1. A ceasefire. 2. An exchange.\n"),
        pilcrows(1)
    );
}

#[test]
fn the_first_point_is_glued_to_the_end_of_the_lead_in() {
    let d = Draft::from_text(
        "t",
        "Decision\n\nUnder Resolution No. 1. the council adopted it. It says: 1. The ceasefire starts.\n2. Prisoners are exchanged.\n3. Talks resume.\n",
    );
    assert_eq!(d.numbered().next().unwrap().1.text, "The ceasefire starts.");
    assert!(d.preamble.ends_with("It says:"));
}

#[test]
fn a_treatys_articles_run_into_one_line_are_split_at_their_labels() {
    let page = "A blog\n\nMonday, 13 March\n\nTreaty between State A and State B. The Parties, wishing to live in peace, have agreed as follows: Article 1 The Parties shall develop their relations as friendly states. Article 2 Each Party recognises the territory of the other within its borders, and see Article 4(1) on them. Article 3 The Parties shall settle disputes by peaceful means only. Article 4 This Treaty enters into force on the exchange of instruments of ratification.\n\nPosted by Grumbler\n";
    let d = Draft::from_text("t", page);
    let texts = label_texts(&d);
    assert_eq!(
        texts.iter().map(|t| t.0).collect::<Vec<_>>(),
        ["Article 1", "Article 2", "Article 3", "Article 4"]
    );
    assert!(texts[1].1.ends_with("and see Article 4(1) on them."));
    // Cyrillic keywords, a citation after a sentence's end (`Статья 3 (пункт 2) …`) and
    // captions in brackets.
    let ru = "Соглашение\n\nСтороны договорились о нижеследующем: Статья 1. Стороны прекращают огонь по всей линии. Статья 2. Стороны отводят вооружение. Статья 3 (пункт 2) определяет порядок проверки. Статья 3. Миссия следит за отводом. Статья 4. Соглашение вступает в силу с подписания.\n";
    let d = Draft::from_text("t", ru);
    let texts = label_texts(&d);
    assert_eq!(texts.len(), 4);
    assert!(texts[1].1.ends_with("определяет порядок проверки."));
    let captions = "Agreement\n\nThe Parties have agreed as follows: Article 1 (Ceasefire) The Parties cease fire. Article 2 (Withdrawal) Each Party withdraws its forces to the agreed lines. Article 3 (Commission) A Joint Commission of three members oversees the withdrawal.\n";
    assert_eq!(labels(captions), ["Article 1", "Article 2", "Article 3"]);
    // Articles cited in a paragraph of prose are no labels.
    let prose = "Notes\n\nThe court read the treaty closely, looking at how it was drafted and argued over by the two sides for years. It relied on Article 1 of the treaty and on Article 2 of its protocol, and it read Article 3 of the annex with care, since Article 4 of it was void.\n";
    assert!(
        Draft::from_text("t", prose)
            .points
            .iter()
            .all(|p| !p.label.starts_with("Article"))
    );
}

#[test]
fn an_acts_section_numbers_glued_to_their_headings_start_points() {
    // As a legislation site's page copies: each section's number glued to its heading, each
    // subsection's to its text, cross-headings between them, no blank lines.
    let text = "Harbour Repairs (Loans) Act 2026\n\
        An Act to make provision for loans for the repair of harbours.\n\
        Loans\n\
        1Power to make loans\n\
        (1)The Minister may lend money to a harbour authority for repairs.\n\
        (2)A loan may be made only if—\n\
        (a)the repairs are urgent, and\n\
        (b)the authority has no other funds.\n\
        2Limit on loans\n\
        (1)The total lent must not exceed £40 million.\n\
        Reports\n\
        3Annual report\n\
        (1)The Minister must report on the loans every year.\n\
        4Short title\n\
        This Act may be cited as the Harbour Repairs (Loans) Act 2026.\n";
    let d = Draft::from_text("t", text);
    let texts = label_texts(&d);
    let numbers: Vec<&str> = texts.iter().map(|t| t.0).collect();
    assert_eq!(numbers, ["1", "2", "3", "4"]);
    assert!(texts[0].1.starts_with("Power to make loans"), "{texts:?}");
    assert!(
        texts[0].1.contains("(1) The Minister may lend"),
        "{texts:?}"
    );
    assert!(
        texts[0].1.contains("(a) the repairs are urgent"),
        "{texts:?}"
    );
    // A figure glued to a word at a line's start elsewhere is left as written.
    let figures = "Network plan\n\n1. 5G masts go up in every town.\n\n\
        2. The masts use 3D maps.\n\n3. 4K cameras watch the sites.\n";
    assert_eq!(labels(figures), ["1", "2", "3"]);
    let text = "Notes\n\n5G networks reach the harbour.\n3D printing is used for parts.\n";
    assert!(
        Draft::from_text("t", text)
            .points
            .iter()
            .all(|p| !p.text.contains("5. G"))
    );
}
