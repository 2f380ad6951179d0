//! Tests of section headings between the points.

use super::{annex_heading, fixture, fixture_labels, label_sections, label_texts, labels, texts};
use crate::draft::parse::headings::{letter_heading, next_letter};
use crate::draft::{Draft, PointKind};

#[test]
fn a_caption_or_dateline_above_the_pages_prose_heads_no_point() {
    let sections = |text: &str| -> Vec<Option<String>> {
        Draft::from_text("t", text)
            .numbered()
            .map(|(_, p)| p.section.clone())
            .collect()
    };
    // A photo caption, a dateline: prose follows them before the points.
    for line in ["Volodymyr Zelensky / Photo: Reuters", "21.11.2025, 10:15"] {
        let page = format!(
            "Zelensky sets out the twenty points\n\n{line}\n\nThe president went through \
             the draft with reporters on Tuesday.\n\n1. Sovereignty.\n\n2. Army.\n"
        );
        assert_eq!(sections(&page), [None, None], "{line}");
        assert!(Draft::from_text("t", &page).preamble.contains(line));
    }
    // A heading right above the points, or above a lead-in to them, heads them.
    for between in ["", "The plan reads:\n\n"] {
        let page = format!("Plan\n\nSecurity\n\n{between}1. Guarantees.\n\n2. Army.\n");
        let security = Some("Security".to_owned());
        assert_eq!(sections(&page), [security.clone(), security], "{between}");
    }
    // A page's lead-in, the only heading, heads nothing: a phrase, a source, a count.
    for lead in [
        "Full text of the plan",
        "Джерело: видання",
        "❗️Главное из проекта (20 пунктов)",
    ] {
        let page = format!("Plan\n\n{lead}\n\n1. Guarantees.\n\n2. Army.\n");
        assert_eq!(sections(&page), [None, None], "{lead}");
        assert!(Draft::from_text("t", &page).preamble.contains(lead));
    }
    // Under a keyword's heading, or between two headings, the points keep their sections.
    let page = "Plan\n\nРозділ І. Гарантії безпеки\n\n1. Guarantees.\n\n2. Army.\n";
    assert!(sections(page).iter().all(Option::is_some));
    let page =
        "Plan\n\nThe security guarantees\n\n1. Guarantees.\n\nThe economic part\n\n2. Funds.\n";
    assert!(sections(page).iter().all(Option::is_some));
}

#[test]
fn a_sections_word_in_capitals_over_a_headline_is_a_kicker() {
    let page = "KURIER TESTOWY\nKraj | Świat | Gospodarka | Sport\n\nGOSPODARKA\n\nRząd i związki uzgodniły plan w pięciu punktach\n\n\
                1. Płace rosną o 5%.\n2. Czas pracy się nie zmienia.\n";
    assert_eq!(
        Draft::from_text("t", page).title,
        "Rząd i związki uzgodniły plan w pięciu punktach"
    );
    // The kind of a text over its subject is the title's first line, as before.
    let act = "PROTOCOL\n\nOn the exchange of detained persons in stages\n\n1. Lists are exchanged.\n2. Persons are released.\n";
    assert!(Draft::from_text("t", act).title.starts_with("PROTOCOL"));
}

#[test]
fn release_and_handling_markings_gazettes_language_bars_and_link_rows_are_no_title() {
    let points = "\n\n1. Fees fall.\n2. Berths open.\n";
    for (top, title) in [
        (
            "PRESS RELEASE\nTuesday 3 March 2026\n\nHarbour ministers agree two steps on berths",
            "Harbour ministers agree two steps on berths",
        ),
        (
            "For immediate release – 3 March 2026\n\nHarbour ministers agree two steps on berths",
            "Harbour ministers agree two steps on berths",
        ),
        (
            "ДЛЯ НЕГАЙНОГО ОПРИЛЮДНЕННЯ\nОдеса, 3 березня 2026 року\n\nЗаява щодо північних причалів",
            "Заява щодо північних причалів",
        ),
        (
            "STRICTLY PRIVATE AND CONFIDENTIAL\nSUBJECT TO CONTRACT\n\nTerm Sheet: Berth Lease",
            "Term Sheet: Berth Lease",
        ),
        (
            "GACETA OFICIAL\nNúm. 88      Martes 3 de marzo de 2026      Pág. 1204\n\nPlan de muelles del norte",
            "Plan de muelles del norte",
        ),
        (
            "Resmî Gazete\nTarih: 3 Mart 2026      Sayı: 40112\n\nKuzey Rıhtımları Planı",
            "Kuzey Rıhtımları Planı",
        ),
        (
            "Українська  English  Français  Deutsch\n\nПлан північних причалів",
            "План північних причалів",
        ),
        (
            "[← Back to Plans](../plans.md) · [Edit](edit) · [History](history)\n\n# Plan for the northern berths",
            "Plan for the northern berths",
        ),
    ] {
        let d = Draft::from_text("t", &format!("{top}{points}"));
        assert_eq!(d.title, title, "{top}");
        assert_eq!(labels(&format!("{top}{points}")), ["1", "2"], "{top}");
    }
    // A PDF's running status over an annex's line over the declaration's title.
    let top = "DRAFT – 3 March 2026 – For negotiation only – not for publication\n\
               Annex II to the Chair's Summary of the Harbour Conference\n\
               Joint Declaration on the Northern Berths";
    assert_eq!(
        Draft::from_text("t", &format!("{top}{points}")).title,
        "Joint Declaration on the Northern Berths"
    );
    let top = "Додаток 2 до Меморандуму про причали\n\nПлан північних причалів";
    assert_eq!(
        Draft::from_text("t", &format!("{top}{points}")).title,
        "План північних причалів"
    );
    // Every annex word a draft's annex heading opens with, and the joins of more languages.
    for (annex, title) in [
        (
            "Schedule 2 to the Harbour Agreement",
            "Rules of the Harbour Commission",
        ),
        (
            "Bijlage 2 bij de Havenovereenkomst",
            "Reglement van de havencommissie",
        ),
        (
            "Załącznik nr 2 do umowy portowej",
            "Regulamin komisji portowej",
        ),
        (
            "Příloha č. 2 k dohodě o přístavu",
            "Jednací řád přístavní komise",
        ),
        (
            "Anhang 2 zum Hafenabkommen",
            "Geschäftsordnung der Hafenkommission",
        ),
    ] {
        let text = format!("{annex}\n\n{title}{points}");
        assert_eq!(Draft::from_text("t", &text).title, title, "{annex}");
    }
    // A Spanish act's title with its stop, under its gazette.
    let top = "DIARIO OFICIAL DE LA FEDERACIÓN\nDOF: 03/03/2026\n\n\
               ACUERDO por el que se establece el plan de los muelles del norte del puerto.";
    assert_eq!(
        Draft::from_text("t", &format!("{top}{points}")).title,
        "ACUERDO por el que se establece el plan de los muelles del norte del puerto."
    );
    // A title in capitals with a word of its subject, a headline naming a release, and an
    // annex that names its subject stay titles.
    for title in [
        "INTERNAL DISPLACEMENT STRATEGY",
        "CONFIDENTIAL ANNEX ON BERTH FEES",
        "Press release rules for the harbour board",
        "English and French versions of the berth plan",
        "Annex II: Berth fees",
        "DISTRIBUTION AND PUBLICATION CONTRACT",
        "PERSONAL AND CONFIDENTIAL CONTRACT",
        "EMBARGOED VESSELS PROTOCOL",
        "Embargoed Goods Regulation 2026",
        "Media release: COVID-19 measures at the berths",
        "Official Gazette publishes new berth rules",
        "Federal Register Modernization Act",
        "Glossary: English / Français / Русский",
    ] {
        assert_eq!(
            Draft::from_text("t", &format!("{title}{points}")).title,
            title
        );
    }
    // An act's heading with a date set apart under its gazette is no issue line.
    let top = "GACETA OFICIAL\n\nLEY 5/2026      3 de marzo de 2026";
    assert_eq!(
        Draft::from_text("t", &format!("{top}{points}")).title,
        "LEY 5/2026      3 de marzo de 2026"
    );
    // A text's first sentence citing a Spanish act is prose.
    let prose = "Real Decreto 203/2021, por el que se aprueba el Reglamento de los puertos, dispone que las administraciones informen.";
    assert_eq!(Draft::from_text("t", &format!("{prose}{points}")).title, "");
    // A gazette's full name with its issue is no title; an annex's line over a sentence is.
    let top = "Gazzetta Ufficiale della Repubblica Italiana - Serie generale n. 52\n\nLegge sui moli del nord";
    assert_eq!(
        Draft::from_text("t", &format!("{top}{points}")).title,
        "Legge sui moli del nord"
    );
    let top = "Annex to the Berth Lease\n\nThe parties agree as follows.";
    assert_eq!(
        Draft::from_text("t", &format!("{top}{points}")).title,
        "Annex to the Berth Lease"
    );
    // A short sentence with its stop under a marking is the preamble's, no title.
    let top = "PRIVATE AND CONFIDENTIAL\n\nThe parties agree as follows.";
    let d = Draft::from_text("t", &format!("{top}{points}"));
    assert_eq!(d.title, "");
    assert!(d.preamble.contains("The parties agree as follows."));
    // Languages named in a point are its text.
    let d = Draft::from_text(
        "t",
        "Berth Plan\n\n1. The plan is made in two languages:\nУкраїнська / English\n2. Berths open.\n",
    );
    assert!(
        d.numbered()
            .next()
            .unwrap()
            .1
            .text
            .contains("Українська / English")
    );
}

#[test]
fn a_marking_a_dated_status_and_the_issuers_name_over_the_title_are_no_title() {
    let points = "\n\n1. Fees fall.\n2. Berths open.\n";
    for (top, title) in [
        (
            "OFFICIAL\n\nDepartment for Harbour Affairs\nFramework for the Reopening of\nthe Northern Berths",
            "Framework for the Reopening of the Northern Berths",
        ),
        (
            "Referentenentwurf – Stand: 03.04.2026\n\nBundesministerium für Häfen und Wasserstraßen\n\nEckpunkte zur Reform der Hafengebühren",
            "Eckpunkte zur Reform der Hafengebühren",
        ),
        (
            "Draft 3 – 14 April 2026\n\nStatement of Principles on the Northern Berths",
            "Statement of Principles on the Northern Berths",
        ),
        (
            "МІНІСТЕРСТВО РОЗВИТКУ ГРОМАД\n\nПлан відновлення північних причалів",
            "План відновлення північних причалів",
        ),
    ] {
        let d = Draft::from_text("t", &format!("{top}{points}"));
        assert_eq!(d.title, title, "{top}");
    }
    // An account's buttons over the headline, and a note in brackets over the title.
    for top in [
        "ВІСТІ ТЕСТУ\nУвійти  Підписатися\n\nПлан відновлення північних причалів",
        "Harbour Board\nSign in | Subscribe\n\nPlan for the northern berths",
        "(text written for a test)\n\nPlan for the northern berths",
        "[Text written for a test]\nPlan for the northern berths",
    ] {
        let d = Draft::from_text("t", &format!("{top}{points}"));
        assert!(
            [
                "План відновлення північних причалів",
                "Plan for the northern berths"
            ]
            .contains(&d.title.as_str()),
            "{top}: {}",
            d.title
        );
    }
    // A Polish annex's stamp over the regulation's title.
    let d = Draft::from_text(
        "t",
        &format!(
            "Załącznik nr 2\ndo Uchwały nr IV/12/2026\nRady Gminy Testowo\nz dnia 5 marca 2026 r.\n\nRegulamin korzystania z przystani{points}"
        ),
    );
    assert_eq!(d.title, "Regulamin korzystania z przystani");
    // A wiki page's status box over its heading; a plain title over the sections' headings.
    let d = Draft::from_text(
        "t",
        &format!(
            "> **Status:** draft for comment · edited 2026-03-02\n\n# Terms of Reference: Berth Review{points}"
        ),
    );
    assert_eq!(d.title, "Terms of Reference: Berth Review");
    let d = Draft::from_text(
        "t",
        "Berth Plan\n\n# Part 1\n\n1. Fees fall.\n\n# Part 2\n\n2. Berths open.\n",
    );
    assert_eq!(d.title, "Berth Plan");
    let d = Draft::from_text("t", &format!("Berth Plan\n\n# Background{points}"));
    assert_eq!(d.title, "Berth Plan");
    // A German `Anlage` that is a title's noun, and a title naming its annex, stay the title;
    // a stamp goes on under its date to its seal, over the title in capitals.
    for (text, title) in [
        (
            "Anlage von Grünflächen im Hafengebiet\n",
            "Anlage von Grünflächen im Hafengebiet",
        ),
        (
            "Załącznik nr 3 – Wykaz nabrzeży\n",
            "Załącznik nr 3 – Wykaz nabrzeży",
        ),
        (
            "ЗАТВЕРДЖЕНО\nнаказом директора\n10.02.2026\nм.п.\n\nПОЛОЖЕННЯ про причал\n",
            "ПОЛОЖЕННЯ про причал",
        ),
        (
            "СОГЛАСОВАНО\nНачальник отдела\n«10» марта 2026 г.\nУТВЕРЖДАЮ\nДиректор ООО «Тест»\n«15» марта 2026 г.\n\nТЕХНИЧЕСКОЕ ЗАДАНИЕ\n",
            "ТЕХНИЧЕСКОЕ ЗАДАНИЕ",
        ),
        (
            "УТВЕРЖДАЮ\nДиректор\n«15» марта 2026 г.\n_______ И. И. Иванов\nТехническое задание на ремонт причала\n",
            "Техническое задание на ремонт причала",
        ),
        (
            "Załącznik nr 1\ndo Uchwały nr IV/12/2026\nz dnia 5 marca 2026 r.\nw sprawie regulaminu przystani\n\nRegulamin korzystania z przystani\n",
            "Regulamin korzystania z przystani",
        ),
        (
            "Załącznik do zarządzenia nr 15/2026\nBurmistrza Miasta Testowo\nz dnia 10 lutego 2026 r.\n\nREGULAMIN KONKURSU\n",
            "REGULAMIN KONKURSU",
        ),
    ] {
        assert_eq!(
            Draft::from_text("t", &format!("{text}{points}")).title,
            title,
            "{text}"
        );
    }
    // A headline that opens with a ministry, over its byline or its page's tools; a text's
    // kind in capitals under its status; a stamp that ends with its date over the title.
    for (text, title) in [
        (
            "Ministry of Ports sets out plan to cut berth fees\nBy Jane Smith\n",
            "Ministry of Ports sets out plan to cut berth fees",
        ),
        (
            "Уряд затвердив план відновлення причалів\nАвтор: Олена Коваль\n",
            "Уряд затвердив план відновлення причалів",
        ),
        (
            "Joint statement on the berths\nPrint  Download PDF\n",
            "Joint statement on the berths",
        ),
        (
            "Ministry of Law\nRepublic of Testland\nDRAFT REGULATIONS\n",
            "DRAFT REGULATIONS",
        ),
        (
            "Проект\n\nЗВЕРНЕННЯ\nдо громади міста щодо причалів\n",
            "ЗВЕРНЕННЯ до громади міста щодо причалів",
        ),
        (
            "УТВЕРЖДАЮ\nДиректор ООО «Тест»\n«15» марта 2026 г.\nТехническое задание на ремонт причала\n",
            "Техническое задание на ремонт причала",
        ),
    ] {
        let d = Draft::from_text("t", &format!("{text}{points}"));
        assert_eq!(d.title, title, "{text}");
    }
    // A title that opens with its issuer and names its kind is the title.
    let d = Draft::from_text(
        "t",
        &format!("Ministry of Ports Order on Berth Fees{points}"),
    );
    assert_eq!(d.title, "Ministry of Ports Order on Berth Fees");
}

#[test]
fn a_pages_masthead_over_the_title_is_read_with_the_preamble() {
    for masthead in [
        "14:20, 3 апреля 2025",
        "Wednesday, November 21, 2012",
        "Головна  Новини  Політика  Бізнес",
        "Home | News | World",
        "Головна » Новини » Світ",
        "Draft resolution_v7_clean.docx",
        "[Congressional Bills 119th Congress]",
        "Обновлено 3 апреля 2025, 14:20",
        "Київ, 10 травня 2025 року",
        "NEWS | POLITICS | WORLD | OPINION",
        "Kraj | Świat | Gospodarka | Sport",
        "Переслано з: Депутат Олег Савчук | Офіційний канал",
        "Переслано від: Офіційний канал громади",
        "м. Київ, 10 травня 2025 року",
        "New York, 5 May 2025",
    ] {
        let text = format!(
            "{masthead}\n\nTransit agreement: the full text\n\n1. Transit is free.\n\n2. Tariffs are set each year.\n"
        );
        let d = Draft::from_text("t", &text);
        assert_eq!(d.title, "Transit agreement: the full text", "{masthead}");
        assert!(d.preamble.contains(masthead), "{masthead}");
    }
    // A messenger's forward and reply headers are nobody's title, whatever is under them (a
    // reply's quotation, the post's lead-in).
    let post = "Forwarded from City News\nВ ответ на: «Когда откроют мост?»\nГлавное из заявления мэрии (тестовый текст):\n\n1) Мост откроют в мае.\n2) Проезд будет бесплатным.\n";
    let d = Draft::from_text("t", post);
    assert!(!d.title.contains("Forwarded"), "{}", d.title);
    // (The forward's line naming the channel is left out as a messenger's furniture.)
    assert!(d.preamble.starts_with("В ответ на:"), "{}", d.preamble);
    assert_eq!(d.layout.left_out[0].text, "Forwarded from City News");
    assert_eq!(fixture_labels(&d), ["1", "2"]);
    // Without the colon, the words open a title or a letter.
    let reply = "In reply to the Commission's consultation on river basins\n\n1. Basins are managed jointly.\n2. Data are shared.\n";
    assert_eq!(
        Draft::from_text("t", reply).title,
        "In reply to the Commission's consultation on river basins"
    );
    // A title that looks like a menu is the title when a sentence follows it, and a title's
    // words set apart by a PDF's wide spaces are no menu.
    for title in [
        "Land | Security | Elections",
        "Framework  Agreement  on  Grain  Transit",
    ] {
        let text = format!(
            "{title}\n\nThe delegations agreed on the following text today.\n\n1. Transit is free.\n\n2. Tariffs are set each year.\n"
        );
        assert_eq!(Draft::from_text("t", &text).title, title);
    }
    // Nor is a date over a line that could be no title: a lead-in, a salutation, a note.
    for under in [
        "The sides agreed on the following measures to end the fighting in the region:",
        "Dear Secretary-General,",
        "Check against delivery",
        "Неофіційний переклад",
    ] {
        let text = format!(
            "Minsk, 12 February 2015\n\n{under}\n\n1. Transit is free.\n\n2. Tariffs are set each year.\n"
        );
        assert_eq!(
            Draft::from_text("t", &text).title,
            "Minsk, 12 February 2015",
            "{under}"
        );
    }
    // A title in several languages between bars is no menu.
    let text = "AGREEMENT | УГОДА | СОГЛАШЕНИЕ\n\non the transit of natural gas\n\n1. Transit is free.\n\n2. Tariffs are set each year.\n";
    assert_eq!(
        Draft::from_text("t", text).title,
        "AGREEMENT | УГОДА | СОГЛАШЕНИЕ"
    );
    // A title set in capitals with wide spaces, or a title with a slash, is the title.
    for title in [
        "AGREEMENT  ON  THE  CEASEFIRE",
        "Peace plan: land / security / elections",
    ] {
        let text = format!("{title}\n\n1. Transit is free.\n\n2. Tariffs are set each year.\n");
        assert_eq!(Draft::from_text("t", &text).title, title);
    }
}

#[test]
fn title_preamble_and_section_headings_are_not_points() {
    let d = Draft::from_text(
        "t",
        "Peace Framework\nUnofficial text.\n\nThe parties agree as follows.\n\nSecurity\n\n1. Guarantees.\n\n2. Army.\n\nEconomy\n\n3. Funds.\n",
    );
    assert_eq!(d.title, "Peace Framework");
    assert_eq!(
        d.preamble,
        "Unofficial text.\nThe parties agree as follows.\nSecurity"
    );
    let got: Vec<(&str, Option<&str>)> = d
        .numbered()
        .map(|(_, p)| (p.text.as_str(), p.section.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("Guarantees.", Some("Security")),
            ("Army.", Some("Security")),
            ("Funds.", Some("Economy"))
        ]
    );
}

#[test]
fn an_amending_laws_final_provisions_are_a_section_of_their_own() {
    let d = fixture("amending-law-sections-uk.txt");
    let points: Vec<(&str, Option<&str>, &str)> = d
        .numbered()
        .map(|(_, p)| {
            (
                p.label.as_str(),
                p.section.as_deref(),
                p.text.split_whitespace().next().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        points,
        [
            ("1", None, "У"),
            ("2", None, "Статтю"),
            ("1", Some("II. Прикінцеві положення"), "Цей"),
            ("2", Some("II. Прикінцеві положення"), "Кабінету"),
        ]
    );
    assert!(d.preamble.contains("I. Внести зміни"));
    let closing = d.points.last().unwrap();
    assert_eq!(closing.kind, PointKind::Closing);
    assert_eq!(closing.text.trim(), "Голова Верховної Ради України");
}

#[test]
fn roman_lead_ins_head_their_own_numbered_lists() {
    // Each party's undertakings numbered from 1 under a Roman lead-in ending in a colon.
    for gap in ["", "\n"] {
        let text = format!(
            "Memorandum on shipping\n\nThe parties agree as follows.\n\nI. The first side undertakes:{gap}\n1. Not to attack ships in the corridor.\n2. Not to attack the ports.\n\nII. The second side undertakes:{gap}\n1. To guide ships through the channels.\n2. To allow inspections.\n\nIII. The mediator undertakes:{gap}\n1. To chair the joint centre.\n"
        );
        let d = Draft::from_text("t", &text);
        let points: Vec<(&str, Option<&str>)> = d
            .numbered()
            .map(|(_, p)| (p.label.as_str(), p.section.as_deref()))
            .collect();
        assert_eq!(points.len(), 5, "{gap:?}: {points:?}");
        assert_eq!(
            points[2..],
            [
                ("1", Some("II. The second side undertakes:")),
                ("2", Some("II. The second side undertakes:")),
                ("1", Some("III. The mediator undertakes:")),
            ],
            "{gap:?}"
        );
        assert!(d.numbered().all(|(_, p)| !p.text.contains("undertakes")));
    }
}

#[test]
fn a_lead_in_over_a_new_list_from_1_heads_it() {
    // Each side's undertakings, numbered from 1 under a plain lead-in.
    let d = Draft::from_text(
        "t",
        "Agreement\n\nThe first side undertakes:\n1. To withdraw its forces.\n2. To release prisoners.\n\nThe second side undertakes:\n1. To hold elections.\n2. To amend its laws.\n3. To stop shelling.\n",
    );
    let sections: Vec<(&str, Option<&str>)> = d
        .numbered()
        .map(|(_, p)| (p.label.as_str(), p.section.as_deref()))
        .collect();
    let second = Some("The second side undertakes:");
    assert_eq!(
        sections,
        [
            ("1", None),
            ("2", None),
            ("1", second),
            ("2", second),
            ("3", second)
        ]
    );
    // A news page's numbered key points, then the draft in full: the draft's first
    // points were text of the last key point.
    let page = "The draft in full\n\nKey points:\n1. The cap rises.\n2. Territory is left open.\n3. Elections follow.\n\nThe draft, as obtained, reads:\n\n1. Sovereignty is confirmed.\n2. A pact is concluded.\n3. Guarantees are given.\n4. The army is capped.\n";
    assert_eq!(
        texts(page)[3..],
        [
            "Sovereignty is confirmed.",
            "A pact is concluded.",
            "Guarantees are given.",
            "The army is capped."
        ]
    );
    // Under a Roman heading, a lead-in before the first item is the heading's subtitle.
    let memo = "Memo\n\nI. Parameters\n1) Borders are recognised.\n2) Neutral status.\n\nII. Ceasefire terms\nOption one:\n1) Withdrawal within 30 days.\n2) Demobilisation starts.\n";
    let d = Draft::from_text("t", memo);
    assert_eq!(
        d.numbered()
            .map(|(_, p)| p.section.as_deref().unwrap_or("").starts_with("II."))
            .collect::<Vec<_>>(),
        [false, false, true, true]
    );
    // A lead-in inside a point that announces its own list, not numbered from 1 again,
    // and one over a single item, stay text.
    assert_eq!(
        labels("Plan\n\n1. One.\n2. Two, as follows:\n3. Three.\n\nNotes:\n1. Only one note.\n"),
        ["1", "2", "3"]
    );
}

#[test]
fn headings_between_points_with_no_blank_lines_head_their_points() {
    let d = Draft::from_text(
        "t",
        "Blueprint\nThe plan is set out below as an unofficial working summary.\nPhase 1: Ceasefire\n1. Hostilities halt at once.\n2. Hostages are released.\nPhase 2: Security and Governance\n3. Heavy weapons are surrendered.\n4. Members who disarm get amnesty.\nPhase 3: Reconstruction\n5. A special economic zone is set up.\n",
    );
    let sections: Vec<(&str, Option<&str>)> = d
        .numbered()
        .map(|(_, p)| (p.text.as_str(), p.section.as_deref()))
        .collect();
    assert_eq!(
        sections,
        [
            ("Hostilities halt at once.", Some("Phase 1: Ceasefire")),
            ("Hostages are released.", Some("Phase 1: Ceasefire")),
            (
                "Heavy weapons are surrendered.",
                Some("Phase 2: Security and Governance")
            ),
            (
                "Members who disarm get amnesty.",
                Some("Phase 2: Security and Governance")
            ),
            (
                "A special economic zone is set up.",
                Some("Phase 3: Reconstruction")
            ),
        ]
    );
    // One alone heads a list numbered from 1 again.
    let d = Draft::from_text(
        "t",
        "Conclusions\n1. The Council held an exchange of views.\n2. It discussed the latest developments.\nEUCO 11/25 – extract\n1. The Council reaffirms its support.\n2. It supports a just and lasting peace.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "1", "2"]);
    assert_eq!(
        d.numbered().last().unwrap().1.text,
        "It supports a just and lasting peace."
    );
    // One alone over the next point of the same list is the point's own line.
    let d = Draft::from_text(
        "t",
        "Plan\n1. The fund pays for rebuilding.\nKyiv and Odesa first\n2. Elections follow.\n3. Talks go on.\n",
    );
    assert!(d.numbered().next().unwrap().1.text.ends_with("Odesa first"));
    // Sections set off by `* *`, as the European Council's conclusions are.
    let d = Draft::from_text(
        "t",
        "Conclusions\n\n* *\n\nI. UKRAINE\n\n1. The Council restates its support.\n\n2. It welcomes all efforts towards peace.\n\nII. MIDDLE EAST\n\n3. The Council welcomes the ceasefire.\n",
    );
    let sections: Vec<Option<&str>> = d.numbered().map(|(_, p)| p.section.as_deref()).collect();
    assert_eq!(
        sections,
        [
            Some("I. UKRAINE"),
            Some("I. UKRAINE"),
            Some("II. MIDDLE EAST")
        ]
    );
}

#[test]
fn the_first_heading_under_the_lead_heads_the_first_points() {
    let sections = |text: &str| -> Vec<Option<String>> {
        Draft::from_text("t", text)
            .numbered()
            .map(|(_, p)| p.section.clone())
            .collect()
    };
    let some = |s: &str| Some(s.to_owned());
    // Under a lead with no blank line, shaped as the headings between the points.
    let page = "Plan\nThe plan covers three areas; the points are:\nSecurity\n1. An army of \
                800,000.\n2. Assurances.\nEconomy\n3. A fund.\n4. Free trade.\nHumanitarian \
                issues\n5. Prisoners.\n";
    assert_eq!(
        sections(page),
        [
            some("Security"),
            some("Security"),
            some("Economy"),
            some("Economy"),
            some("Humanitarian issues")
        ]
    );
    // It stays in the compared preamble.
    assert!(Draft::from_text("t", page).preamble.ends_with("Security"));
    // A contract's numbered headings in capitals, one less than the next.
    let contract = "AGREEMENT\nSERVICE AGREEMENT between Northwind Ltd and the Board\n1 \
                    DEFINITIONS\n1.1 Services means transport.\n1.2 Term means a year.\n2 \
                    SUPPLIER OBLIGATIONS\n2.1 The Supplier shall act with care.\n2.2 It keeps \
                    a log.\n3 PAYMENT\n3.1 Invoices are paid in 30 days.\n";
    assert_eq!(
        sections(contract)[..3],
        [
            some("1 DEFINITIONS"),
            some("1 DEFINITIONS"),
            some("2 SUPPLIER OBLIGATIONS")
        ]
    );
    // Not a subtitle of the page, a line of another shape, or a number out of turn.
    for above in [
        "Draft terms – compare copy with the changes marked",
        "Peace Framework for the Region",
        "SECURITY",
        "2 Security",
        "Full Text",
        "The points are:\nSource: Axios",
        "The delegations met in\nBudapest",
        "The points are:\n4294967295 Security",
    ] {
        let page = format!(
            "Plan\n{above}\n1. An army.\n2. Assurances.\nEconomy\n3. A fund.\n4. \
             Trade.\nHumanitarian issues\n5. Prisoners.\n"
        );
        assert_eq!(sections(&page)[..2], [None, None], "{above}");
    }
}

#[test]
fn roman_numbered_headings_between_points_head_sections() {
    for (file, headings) in [
        (
            "roman-sections.txt",
            [
                "I. GENERAL PROVISIONS",
                "II. WATER USE",
                "III. Final provisions",
            ],
        ),
        (
            "roman-sections-uk.txt",
            [
                "І. ЗАГАЛЬНІ ПОЛОЖЕННЯ",
                "ІІ. Фінансування",
                "ІV. ПРИКІНЦЕВІ ПОЛОЖЕННЯ",
            ],
        ),
    ] {
        let d = fixture(file);
        let found: Vec<&str> = d.layout.headings.iter().map(|h| h.text.as_str()).collect();
        assert_eq!(found, headings, "{file}");
        let sections = label_sections(&d);
        assert_eq!(
            sections,
            [
                ("1", headings[0]),
                ("2", headings[0]),
                ("3", headings[1]),
                ("4", headings[1]),
                ("5", headings[2]),
            ],
            "{file}"
        );
        // No heading is left at the end of the point before it.
        assert!(
            d.numbered().all(|(_, p)| !p.text.contains(headings[1])),
            "{file}"
        );
    }
    // Lower-case Roman sub-items stay inside their point.
    let d = fixture("roman-sections.txt");
    let three = &d.numbered().nth(2).unwrap().1.text;
    assert!(three.contains("\ni. the minimum flow") && three.contains("\nii. the other party"));
}

#[test]
fn capital_items_under_a_point_are_not_roman_headings() {
    let heads = |text: &str| -> Vec<String> {
        let d = Draft::from_text("t", text);
        d.layout.headings.iter().map(|h| h.text.clone()).collect()
    };
    // After a point that announces a list.
    assert!(
        heads("T\n1. One.\n2. The cargoes are:\nI. Grain\nII. Fertiliser\n3. Three.\n4. Four.\n")
            .is_empty()
    );
    // Letters: `C` is a hundred in Roman numerals, not the third.
    assert!(heads("T\n\n1. One.\n\n2. Measures\n\nA. Export controls\n\nB. Asset freezes\n\nC. Travel bans\n\n3. Three.\n").is_empty());
    // Cyrillic items in small letters stay inside their point.
    let d = Draft::from_text(
        "t",
        "T\n\n1. Один.\n\n2. Вантажі:\n\nІ. зерно\n\nІІ. добрива\n\n3. Три.\n\n4. Чотири.\n",
    );
    assert!(d.layout.headings.is_empty());
    assert!(d.numbered().nth(1).unwrap().1.text.ends_with("ІІ. добрива"));
}

#[test]
fn lettered_headings_over_numbers_that_start_again_head_sections() {
    // A residents' proposals: `A. Repairs` over `1.`-`3.`, `B. Communal areas` over its own
    // `1.`, `2.`. Before, the later groups were text of point 3.
    let text = "Proposals to the landlord\n\nA. Repairs\n1. Repairs are logged.\n2. Emergencies are attended within a day.\n3. Routine repairs take 28 days.\n\nB. Communal areas\n1. Stairwells are cleaned weekly.\n2. Broken lights are replaced.\n\nC) Rubbish\n1. Bins are emptied twice a week.\n";
    let d = Draft::from_text("t", text);
    let sections = label_sections(&d);
    assert_eq!(
        sections,
        [
            ("1", "A. Repairs"),
            ("2", "A. Repairs"),
            ("3", "A. Repairs"),
            ("1", "B. Communal areas"),
            ("2", "B. Communal areas"),
            ("1", "C) Rubbish"),
        ]
    );
    assert!(d.numbered().all(|(_, p)| !p.text.contains("Communal")));
    // A letter out of sequence, or numbers that run on under it, heads nothing: `C.` after
    // `A.` is an item, and so is `B.` over `3.`.
    for text in [
        "T\n\nA. Repairs\n1. One.\n2. Two.\n\nC. Lights\n1. Three.\n",
        "T\n\nA. Repairs\n1. One.\n2. Two.\n\nB. Lights\n3. Three.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(
            d.layout.headings.len(),
            1,
            "{text}: {:?}",
            d.layout.headings
        );
    }
    // A lettered part of a point with its own list, after which the point's numbers go on
    // (`3.` after point 2's `A.` and its `1.`), or under a point that introduces it with no
    // finished sentence, stays the point's text (a review's odd inputs; before the checks,
    // point 3 fell under `A. Monitoring`).
    for (text, points) in [
        (
            "T\n\n1. The Parties shall cease fire.\n2. The Parties agree on these measures\nA. Monitoring\n1. Observers are deployed.\n3. This Agreement enters into force.\n",
            &["1", "2", "3"][..],
        ),
        (
            "Minutes\n\n1. The Board met.\n2. The Board approved the budget.\n3. The Board considered one option\nA. Sell the old depot\n1. The depot is sold.\n2. The proceeds go to the reserve.\n",
            &["1", "2", "3"],
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert!(
            d.layout.headings.is_empty(),
            "{text}: {:?}",
            d.layout.headings
        );
        assert_eq!(labels(text), points, "{text}");
        assert!(
            d.numbered()
                .any(|(_, p)| p.text.contains("A. ") && p.text.contains(" 1. ")),
            "{text}"
        );
    }
}

#[test]
fn lettered_headings_in_cyrillic_head_sections() {
    // A tenants' list in Ukrainian (`А.`, `Б.`, `В.`) and in Russian with parentheses
    // (`А)`, `Б)`): before, Cyrillic letters were not read, and each later group ran into the
    // point above it with a second point `2`.
    let uk = "Пропозиції мешканців\n\nА. Під'їзди\n1. Замінити лампи.\n2. Полагодити двері.\n\nБ. Подвір'я\n1. Висадити дерева.\n2. Встановити лавки.\n\nВ. Паркування\n1. Розмітити місця.\n";
    assert_eq!(
        label_sections(&Draft::from_text("t", uk)),
        [
            ("1", "А. Під'їзди"),
            ("2", "А. Під'їзди"),
            ("1", "Б. Подвір'я"),
            ("2", "Б. Подвір'я"),
            ("1", "В. Паркування"),
        ]
    );
    let ru = "Предложения жильцов\n\nА) Лестницы\n1) Заменить лампы.\n2) Починить двери.\n\nБ) Двор\n1) Посадить деревья.\n";
    assert_eq!(
        label_sections(&Draft::from_text("t", ru)),
        [("1", "А) Лестницы"), ("2", "А) Лестницы"), ("1", "Б) Двор")]
    );
    // Russian lists skip `й`: `И)` then `К)` follow on; a letter out of turn heads nothing.
    assert!(next_letter(
        letter_heading("И) Итоги").unwrap(),
        letter_heading("К) Контроль").unwrap()
    ));
    assert!(!next_letter(
        letter_heading("А) Лестницы").unwrap(),
        letter_heading("В) Двор").unwrap()
    ));
    assert!(!next_letter(
        letter_heading("Z. Last").unwrap(),
        letter_heading("А. Перший").unwrap()
    ));
}

#[test]
fn lists_inside_a_point_whose_numbers_then_go_on_stay_the_points_text() {
    // A point that introduces parts, each with its own list from 1, on lines with no blank
    // line between them, after which the points' numbers go on (`4.` after point 3). Before,
    // the second part's line headed a section over a second `1.` and `2.`, and the points
    // after it fell under that heading; and an inner `2.` under point 2 was a second point 2.
    for (text, points) in [
        (
            "Ceasefire terms\n\n1. Fire ceases at noon.\n2. Heavy guns are pulled back.\n3. The sides agree on two measures.\nA. Monitoring\n1. Observers arrive within a week.\n2. They report every Friday.\nB. Prisoners\n1. All are exchanged.\n4. These terms apply from signature.\n5. Disputes go to the joint commission.\n",
            &["1", "2", "3", "4", "5"][..],
        ),
        (
            "Ceasefire terms\n\n1. Fire ceases at noon.\n2. Heavy guns are pulled back.\n3. The sides agree on two measures:\nMonitoring\n1. Observers arrive within a week.\n2. They report every Friday.\nPrisoners\n1. All are exchanged.\n4. These terms apply from signature.\n",
            &["1", "2", "3", "4"],
        ),
        (
            "Programme\n\n1. Red tape is cut for small firms.\n2. The council invests in two areas\nA. Transport\n1. A new tram line.\n2. Road repairs.\nB. Energy\n1. Solar roofs on schools.\n3. The minimum wage rises.\n",
            &["1", "2", "3"],
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(labels(text), points, "{text}");
        assert!(
            d.layout.headings.is_empty(),
            "{text}: {:?}",
            d.layout.headings
        );
        assert!(d.numbered().all(|(_, p)| p.section.is_none()), "{text}");
    }
    // A list the point announces, numbered as the points are, up to and past the point's own
    // number; and a part's list longer than the point's number (`3. New windows.` in point 2).
    for (text, points) in [
        (
            "Plan\n\n1. Fees are frozen.\n2. The city will:\n1. open a clinic;\n2. pave the square.\n3. Parking stays free.\n",
            &["1", "2", "3"][..],
        ),
        (
            "House rules\n\n1. Rent is due monthly.\n2. Pets need consent.\n3. A tenant who leaves must give:\n1. two months' notice;\n2. a replacement's name;\n3. the keys.\n4. Guests may stay four nights.\n",
            &["1", "2", "3", "4"],
        ),
        (
            "Agreement\n\n1. The parties meet monthly.\n2. The parties fund three projects.\nA. Schools\n1. New roofs.\n2. New heating.\n3. New windows.\nB. Clinics\n1. Two ambulances.\n3. The agreement runs five years.\n",
            &["1", "2", "3"],
        ),
    ] {
        assert_eq!(labels(text), points, "{text}");
        let d = Draft::from_text("t", text);
        assert!(d.layout.headings.is_empty(), "{text}");
    }
    // Sections whose lists start under headings like each other stay sections, whatever gap
    // or repeat a later list has (`4.` after `2.`; an agenda's `Any other business` carrying on
    // the count).
    for (text, sections) in [
        (
            "Proposals\n\nA. Stairs\n1. New bulbs.\n2. A new door.\n3. Paint.\nB. Yard\n1. Trees.\n2. Benches.\nC. Parking\n1. Bays.\n2. A barrier.\n4. Snow clearing.\n",
            &["A. Stairs", "B. Yard", "C. Parking"][..],
        ),
        (
            "Agenda\n\nMorning session\n1. Opening.\n2. The agenda.\n3. The chair's report.\nAfternoon session\n1. Budget.\n2. Elections.\nAny other business\n4. The next meeting.\n",
            &["Morning session", "Afternoon session", "Any other business"],
        ),
    ] {
        let d = Draft::from_text("t", text);
        let heads: Vec<&str> = d.layout.headings.iter().map(|h| h.text.as_str()).collect();
        assert_eq!(heads, sections, "{text}");
    }
}

#[test]
fn section_keyword_lines_and_their_titles_head_sections() {
    let d = fixture("section-keywords-with-titles.txt");
    let sections = label_sections(&d);
    assert_eq!(
        sections,
        [
            ("1", "Розділ I ЗАГАЛЬНІ ПОЛОЖЕННЯ"),
            ("2", "Розділ I ЗАГАЛЬНІ ПОЛОЖЕННЯ"),
            ("3", "Розділ II СКЛАД РАДИ"),
            ("4", "Розділ II СКЛАД РАДИ"),
            ("5", "Розділ III ПРИКІНЦЕВІ ПОЛОЖЕННЯ"),
        ]
    );
    // Before, `Розділ II` and `СКЛАД РАДИ` ended point 2's text.
    assert_eq!(
        d.numbered().nth(1).unwrap().1.text,
        "Громадська рада є дорадчим органом."
    );
    // Mid-document headings are not preamble.
    let preamble = d
        .points
        .iter()
        .find(|p| p.kind == PointKind::Preamble)
        .unwrap();
    assert_eq!(preamble.text, "Розділ I\nЗАГАЛЬНІ ПОЛОЖЕННЯ");
    // A Roman heading with a subtitle line under it, no blank line before the point.
    let d = Draft::from_text(
        "t",
        "Plan\n\nI. GENERAL\n1. The parties end hostilities.\n2. The parties exchange prisoners.\n\nII. SECURITY\nGuarantees by partners\n3. Partners guarantee the border.\n",
    );
    assert_eq!(
        d.numbered().nth(1).unwrap().1.text,
        "The parties exchange prisoners."
    );
    assert_eq!(
        d.numbered().nth(2).unwrap().1.section.as_deref(),
        Some("II. SECURITY Guarantees by partners")
    );
    // `Part 2 ...` inside a point's text is text.
    let d = Draft::from_text(
        "t",
        "Plan\n1. One.\n2. Two, as follows:\nPart 2 of Annex I applies to vessels.\n3. Three.\n",
    );
    assert!(d.layout.headings.is_empty());
}

#[test]
fn keyword_lines_inside_a_points_text_are_text() {
    let none = |text: &str| {
        let d = Draft::from_text("t", text);
        assert!(d.layout.headings.is_empty(), "{text}");
        d
    };
    // A wrapped line that starts with the keyword, small or capital.
    let d = none(
        "Закон\n\n1. Внести такі зміни, що\nчастина 2 статті 5 цього Закону викладається в новій\nредакції з дня набрання чинності.\n2. Два.\n3. Три.\n",
    );
    assert!(
        d.numbered()
            .next()
            .unwrap()
            .1
            .text
            .ends_with("з дня набрання чинності.")
    );
    none(
        "Положення\n\n1. Один.\n2. Рада діє на громадських засадах.\nЧастина 1 цього пункту\nне застосовується до тимчасових рад.\n3. Три.\n",
    );
    none(
        "Terms\n\n1. The limits in\nPart 2 of Annex I to all vessels flying their flag\napply from May.\n2. Two.\n3. Three.\n",
    );
    // After a full sentence, over a line with a capital: a reference that wrapped.
    none(
        "Trade\n\n1. One.\n2. Annex A applies from 2027.\nPart 2 of the Agreement between\nUkraine and Poland applies from 2028.\n3. Three.\n4. Four.\n",
    );
    // In a preamble that runs on.
    none(
        "Resolution\n\nThe Assembly, acting under\nChapter 3 of the Charter\nAnd recalling its rules,\n\n1. One.\n2. Two.\n3. Three.\n",
    );
    // Two keyword lines in a row: the second with its title names the section.
    let d = Draft::from_text(
        "t",
        "Положення\n\nРозділ I\nГлава 1\nЗАГАЛЬНІ ПОЛОЖЕННЯ\n1. Один.\n2. Два.\nРозділ II\nГлава 2\n3. Три.\n4. Чотири.\n",
    );
    let sections: Vec<&str> = d
        .numbered()
        .map(|(_, p)| p.section.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        sections,
        [
            "Глава 1 ЗАГАЛЬНІ ПОЛОЖЕННЯ",
            "Глава 1 ЗАГАЛЬНІ ПОЛОЖЕННЯ",
            "Глава 2",
            "Глава 2"
        ]
    );
    assert_eq!(d.numbered().nth(1).unwrap().1.text, "Два.");
    // A subtitle in brackets.
    let d = Draft::from_text(
        "t",
        "Regulation\n\nChapter 1\n1. One.\n2. Two.\nChapter 2\n(Repealed)\n3. Three.\n",
    );
    assert_eq!(
        d.numbered().nth(2).unwrap().1.section.as_deref(),
        Some("Chapter 2 (Repealed)")
    );
}

#[test]
fn text_after_a_mid_draft_heading_stays_with_the_point_before() {
    let d = Draft::from_text(
        "t",
        "Plan\n\n1. One is agreed.\n\n2. Two is agreed.\n\nSecurity\n\nThis part was the hardest to agree.\n\n3. Guarantees are given.\n\n4. The army is capped.\n",
    );
    assert!(d.points.iter().all(|p| p.kind != PointKind::Preamble));
    assert_eq!(
        d.numbered().nth(1).unwrap().1.text,
        "Two is agreed.\nThis part was the hardest to agree."
    );
    assert_eq!(
        d.numbered().nth(2).unwrap().1.section.as_deref(),
        Some("Security")
    );
}

#[test]
fn keyword_headings_where_headings_stand() {
    let sections = |text: &str| -> Vec<String> {
        Draft::from_text("t", text)
            .numbered()
            .map(|(_, p)| p.section.clone().unwrap_or_default())
            .collect()
    };
    // A long title in small letters, no blank line around it, right above a point.
    let long = "Chapter 2 Rights and obligations of the parties to the charter agreement";
    assert_eq!(
        sections(&format!(
            "Regulation\n\nChapter 1 General provisions\n1. One.\n2. Two.\n{long}\n3. Three.\n"
        )),
        [
            "Chapter 1 General provisions",
            "Chapter 1 General provisions",
            long
        ]
    );
    // Right under the title, no blank line.
    assert_eq!(
        sections("ПОЛОЖЕННЯ про раду\nРозділ І. Загальні положення\n1. Один.\n2. Два.\n"),
        [
            "Розділ І. Загальні положення",
            "Розділ І. Загальні положення"
        ]
    );
    // Followed by the chapter's introduction, which stays with the point before.
    let d = Draft::from_text(
        "t",
        "ЗАКОН\n\nГлава 1. Общие положения\n1. Один.\n2. Два.\nГлава 2. Полномочия органов\nНастоящая глава определяет полномочия.\n3. Три.\n",
    );
    assert_eq!(
        d.numbered().nth(1).unwrap().1.text,
        "Два.\nНастоящая глава определяет полномочия."
    );
    assert_eq!(
        d.numbered().nth(2).unwrap().1.section.as_deref(),
        Some("Глава 2. Полномочия органов")
    );
}

#[test]
fn hungarian_sections_under_numbered_subtitles() {
    let text = "2025. évi törvény a próbákról\n(nem hivatalos szöveg)\n\n\
        1. Értelmező rendelkezések\n\n\
        1. § E törvény alkalmazásában próba a hatóság által elrendelt vizsgálat.\n\n\
        2. § (1) A próbát a hatóság indítja.\n(2) A próba legfeljebb harminc napig tart.\n\n\
        2. A hatóság feladatai\n\n\
        3. §2 A hatóság a próba eredményét nyilvántartja.\n\n\
        4. § A hatóság évente jelentést készít.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1. §", "2. §", "3. §", "4. §"]);
    // The numbered subtitles head the sections; a footnote mark glued to `§` is left out.
    let sections: Vec<Option<&str>> = d.numbered().map(|(_, p)| p.section.as_deref()).collect();
    let first = Some("1. Értelmező rendelkezések");
    let second = Some("2. A hatóság feladatai");
    assert_eq!(sections, [first, first, second, second]);
    assert_eq!(
        label_texts(&d)[2].1,
        "A hatóság a próba eredményét nyilvántartja."
    );
    assert_eq!(
        label_texts(&d)[1].1,
        "(1) A próbát a hatóság indítja.\n(2) A próba legfeljebb harminc napig tart."
    );
}

#[test]
fn numbered_items_under_an_article_stay_its_text() {
    // One short numbered line over an article is an item, not a subtitle: it takes two.
    let text = "Agreement (unofficial test text)\n\n\
        Article 1\nThe Parties agree as follows:\n\n1. Scope\n\n\
        Article 2\nThis Agreement enters into force on signature.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["Article 1", "Article 2"]);
    assert!(
        label_texts(&d)[0].1.contains("1. Scope"),
        "{:?}",
        label_texts(&d)
    );
}

#[test]
fn list_items_closing_articles_are_no_subtitles() {
    // The last short items of two articles' lists, `2.` both, do not number subtitles from 1.
    let text = "Agreement (unofficial test text)\n\n\
        Article 1\nThe following annexes form part of this Agreement:\n\n\
        1. Annex I – Line of contact\n\n2. Annex II – Timetable\n\n\
        Article 2\nThe following maps are attached:\n\n1. Map A – North\n\n2. Map B – South\n\n\
        Article 3\nThis Agreement enters into force on signature.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["Article 1", "Article 2", "Article 3"]);
    assert!(
        label_texts(&d)[0].1.ends_with("2. Annex II – Timetable"),
        "{:?}",
        label_texts(&d)
    );
    assert!(d.layout.headings.is_empty(), "{:?}", d.layout.headings);
}

#[test]
fn chapters_numbered_before_their_keyword_head_sections() {
    let text = "Laki valvonnasta (epävirallinen testiteksti)\n\n1 luku\nYleiset säännökset\n\n\
        1 §\nSoveltamisala\nLakia sovelletaan valvontaan.\n\n2 §\nMääritelmät\nValvoja on nimetty henkilö.\n\n\
        2 luku\nValvonta\n\n3 §\nIlmoitus\nRikkomuksesta ilmoitetaan heti.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1 §", "2 §", "3 §"]);
    let sections: Vec<Option<&str>> = d.numbered().map(|(_, p)| p.section.as_deref()).collect();
    let first = Some("1 luku Yleiset säännökset");
    assert_eq!(sections, [first, first, Some("2 luku Valvonta")]);
    // Swedish `1 kap.` too; a chapter cited in a sentence heads nothing.
    let swedish = "Lag (testtext)\n\n1 kap. Inledande bestämmelser\n\n1 §   Lagen gäller tillsyn.\n\n\
        2 kap. Tillsynen\n\n2 §   Myndigheten rapporterar.\n";
    assert_eq!(Draft::from_text("t", swedish).layout.headings.len(), 2);
}

#[test]
fn division_keywords_of_more_languages_head_sections() {
    for (heading, next) in [
        (
            "CAPITOLUL I Dispoziții generale",
            "CAPITOLUL II Dispoziții finale",
        ),
        (
            "Abschnitt 1 Allgemeine Vorschriften",
            "Abschnitt 2 Schlussvorschriften",
        ),
        (
            "TITOLO I DISPOSIZIONI GENERALI",
            "TITOLO II DISPOSIZIONI FINALI",
        ),
        ("CHAPITRE Ier", "CHAPITRE II"),
        ("TITLE I—GENERAL PROVISIONS", "TITLE II—FINAL PROVISIONS"),
        ("CAPÍTULO I", "CAPÍTULO II"),
        // Numbered in words, or Greek numerals.
        ("ČÁST PRVNÍ", "ČÁST DRUHÁ"),
        ("CAPÍTULO PRIMERO", "CAPÍTULO SEGUNDO"),
        ("TITRE PREMIER", "TITRE DEUXIÈME"),
        ("PART ONE: GENERAL", "PART TWO: FINAL"),
        (
            "Розділ перший. Загальні положення",
            "Розділ другий. Прикінцеві положення",
        ),
        ("ΚΕΦΑΛΑΙΟ Α΄", "ΚΕΦΑΛΑΙΟ Β΄"),
        ("BİRİNCİ BÖLÜM", "İKİNCİ BÖLÜM"),
        ("الفصل الأول", "الفصل الثاني"),
    ] {
        let text = format!(
            "LAW (test text)\n\n{heading}\n\nArticle 1\nOne.\n\nArticle 2\nTwo.\n\n{next}\n\n\
             Article 3\nThree.\n"
        );
        let d = Draft::from_text("t", &text);
        let sections: Vec<Option<&str>> = d.numbered().map(|(_, p)| p.section.as_deref()).collect();
        assert_eq!(sections[2], Some(next), "{heading}: {sections:?}");
        assert_eq!(label_texts(&d)[1].1, "Two.", "{heading}");
    }
    // A wrapped citation after a blank line heads nothing; nor does a contract's `Title 1:`.
    for line in [
        "Abschnitt 2 der Verordnung gilt für alle",
        "Capítulo 2 del Reglamento General de",
        "Title 1: The Long Road",
        "Part one of the plan says",
        "Capítulo primero del Reglamento de",
    ] {
        let text = format!(
            "LAW (test text)\n\nArticle 1\nOne.\n\n{line}\nAnlagen und Werke.\n\nArticle 2\n\
             Two.\n\nArticle 3\nThree.\n"
        );
        let d = Draft::from_text("t", &text);
        assert!(d.numbered().all(|(_, p)| p.section.is_none()), "{line}");
        assert!(label_texts(&d)[0].1.contains(line), "{line}");
    }
}

#[test]
fn a_signature_block_over_a_schedule_is_no_text_of_the_point_above() {
    let instrument = "REGULATIONS (test text)\n\n1. These Regulations may be cited as the Example \
        Regulations.\n\n2. The principal Regulations are amended in accordance with the Schedule.\n\n\
        Name Surname\nMinister of State\nForeign Office\n1st December 2025\n\n\
        SCHEDULE    Regulation 2\n\n1. Omit regulation 4.\n\n2. Omit regulation 21.\n";
    let contract = "SERVICES AGREEMENT (test text)\n\n1. The Supplier provides the Services.\n\n\
        2. This agreement is governed by the law of England.\n\n\
        This agreement has been entered into on the date stated at the beginning of it.\n\n\
        Signed by NAME, director, for and on behalf of EXAMPLE BUYER LIMITED ........\n\
        Signed by NAME, director, for and on behalf of EXAMPLE SUPPLIER LLC ........\n\n\
        Schedule 1 Services\n\n1. Monthly reports.\n2. Helpdesk support.\n";
    for (text, last, signed) in [
        (
            instrument,
            "The principal Regulations are amended in accordance with the Schedule.",
            "Name Surname",
        ),
        (
            contract,
            "This agreement is governed by the law of England.",
            "This agreement has been entered",
        ),
    ] {
        let d = Draft::from_text("t", text);
        let points = label_texts(&d);
        assert_eq!(points.len(), 4, "{points:?}");
        assert_eq!(points[1].1, last);
        // The block heads the schedule's points, where a reader still sees it.
        let section = d.numbered().nth(2).and_then(|(_, p)| p.section.clone());
        assert!(section.is_some_and(|s| s.starts_with(signed)), "{text}");
    }
    // A clause's subheading over its sentence, or an address the clause gives, stays the
    // clause's: no signature block is undated.
    for block in [
        "Jurisdiction\nThe courts of England decide any dispute.",
        "Northgate Components Ltd\nUnit 4, Riverside Park\nLeeds LS10 1AB",
    ] {
        let text = format!(
            "AGREEMENT (test text)\n\n1. The Seller supplies the Goods.\n\n2. Notices go to the \
             Seller at:\n\n{block}\n\nSCHEDULE 1\n\n1. Steel brackets.\n\n2. Fixing bolts.\n"
        );
        let d = Draft::from_text("t", &text);
        let points = label_texts(&d);
        assert!(
            points[1].1.ends_with(&block.replace('\n', " ")),
            "{points:?}"
        );
        let section = d.numbered().nth(2).and_then(|(_, p)| p.section.clone());
        assert_eq!(section.as_deref(), Some("SCHEDULE 1"));
    }
    // A sentence naming an annex is no annex's heading.
    assert!(!annex_heading("Annex 2 lists the parties"));
    assert!(annex_heading("Schedule 1 Services"));
    assert!(annex_heading("SCHEDULE    Regulation 2"));
    // Nor a sentence that opens with the word in capitals, wrapped as a heading would be.
    assert!(!annex_heading(
        "SCHEDULE 2 sets out the service credits payable"
    ));
    assert!(annex_heading("ANNEX A TO THE MEMORANDUM OF UNDERSTANDING"));
    assert!(annex_heading("ANNEX I to the Agreement"));
}

#[test]
fn a_text_approved_under_the_acts_signature_heads_its_own_points() {
    let cabinet = "КАБІНЕТ МІНІСТРІВ УКРАЇНИ (тест)\n\nКабінет Міністрів України постановляє:\n\n\
        1. Затвердити Порядок, що додається.\n\n2. Постанова набирає чинності з дня опублікування.\n\n\
        Прем'єр-міністр України                    Ю. СВИРИДЕНКО\n\nЗАТВЕРДЖЕНО\n\
        постановою Кабінету Міністрів України\n\nПОРЯДОК\nнадання допомоги громадам\n\n\
        1. Цей Порядок визначає механізм.\n\n2. Допомога надається щороку.\n\n\
        3. Заявку подає адміністрація.\n";
    let government = "ПРАВИТЕЛЬСТВО (тест)\n\nПравительство постановляет:\n\n\
        1. Утвердить прилагаемые Правила.\n\n2. Постановление вступает в силу.\n\n\
        Председатель Правительства\nРоссийской Федерации                 М.МИШУСТИН\n\n\
        УТВЕРЖДЕНЫ\nпостановлением Правительства\n\nПРАВИЛА\nпредоставления субсидий\n\n\
        1. Настоящие Правила устанавливают порядок.\n\n2. Субсидии предоставляются ежегодно.\n";
    let annex = "ПОСТАНОВА (тест)\n\n1. Затвердити Порядок, що додається.\n\n\
        2. Ця постанова набирає чинності.\n\nДодаток\nдо постанови\n\n1. Цей Порядок визначає \
        механізм.\n\n2. Допомога надається щороку.\n";
    for (text, act, approved, name) in [
        (
            cabinet,
            "Постанова набирає чинності з дня опублікування.",
            3,
            "ПОРЯДОК надання",
        ),
        (
            government,
            "Постановление вступает в силу.",
            2,
            "ПРАВИЛА предоставления",
        ),
        (
            annex,
            "Ця постанова набирає чинності.",
            2,
            "Додаток до постанови",
        ),
    ] {
        let d = Draft::from_text("t", text);
        let points = label_texts(&d);
        assert_eq!(points.len(), 2 + approved, "{points:?}");
        // The act's last point ends at its sentence; the approved text's first point is one.
        assert_eq!(points[1].1, act);
        assert_eq!(points[2].0, "1");
        let section = d
            .numbered()
            .nth(2)
            .unwrap()
            .1
            .section
            .clone()
            .unwrap_or_default();
        assert!(section.contains(name), "{section}");
    }
    // A stamp with no list from 1 after it is text (`Затверджено` in a sentence, a last
    // point's annex that goes to the closing).
    let d = Draft::from_text(
        "t",
        "ПОСТАНОВА (тест)\n\n1. Один.\n\n2. Два.\n\n3. Три.\n\nДодаток 1\nФорма заявки\n",
    );
    assert_eq!(label_texts(&d).len(), 3);
}

#[test]
fn a_heading_on_a_new_page_is_set_off_as_after_a_blank_line() {
    // Word's plain text and a PDF's copy keep the page break as a form feed.
    let text = "Draft (test)\n\nSecurity\n1.\tFirst point.\n2.\tSecond point.\n\u{c}Economy\n\
                3.\tThird point.\n4.\tFourth point.\n";
    let d = Draft::from_text("t", text);
    let sections: Vec<Option<&str>> = d.numbered().map(|(_, p)| p.section.as_deref()).collect();
    assert_eq!(sections[2], Some("Economy"), "{sections:?}");
    assert_eq!(label_texts(&d)[1].1, "Second point.");
    // A sentence running on to the next page runs on.
    let text = "Draft (test)\n\n1. First point.\n2. Disputes are settled\n\u{c}within thirty days\n\
                by the mediators.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d)[1].1,
        "Disputes are settled within thirty days by the mediators."
    );
}

#[test]
fn a_preamble_heading_heads_the_preamble_not_the_points() {
    for heading in [
        "Preamble",
        "PRÄAMBEL",
        "Преамбула",
        "## Préambule",
        "Preámbulo:",
    ] {
        let text = format!(
            "Agreement on the border station\n\n{heading}\n\nThe Parties, wishing to cooperate, have agreed as follows:\n\nArticle 1\nScope\n\nThe station is shared.\n\nArticle 2\nCosts\n\nCosts are split evenly.\n"
        );
        let d = Draft::from_text("t", &text);
        assert_eq!(fixture_labels(&d), ["Article 1", "Article 2"], "{heading}");
        assert!(d.layout.headings.is_empty(), "{heading}");
        assert!(d.numbered().all(|(_, p)| p.section.is_none()), "{heading}");
        let preamble = d.points.iter().find(|p| p.kind == PointKind::Preamble);
        assert!(
            preamble.is_some_and(|p| p.text.contains("wishing to cooperate")),
            "{heading}"
        );
    }
    // Over numbered recitals that are points, it heads them as their section.
    let d = Draft::from_text(
        "t",
        "Convention\n\nPreamble\n\n1. Recalling the treaty of 1990.\n2. Noting the floods.\n\nPart I\n\n3. The Parties cooperate.\n",
    );
    assert_eq!(
        d.numbered().next().and_then(|(_, p)| p.section.clone()),
        Some("Preamble".to_string())
    );
    // A heading that only starts with the word is another heading.
    use crate::draft::parse::headings::preamble_heading;
    assert!(!preamble_heading("Preamble and general provisions"));
    assert!(preamble_heading("**PREAMBLE**"));
}

#[test]
fn a_documents_status_over_its_title_is_read_with_the_preamble() {
    // (The law's subject under its heading is the title: `act_subject_below`.)
    let d = fixture("status-over-title-uk.txt");
    assert_eq!(d.title, "Про транзит вантажів");
    assert!(
        d.preamble.starts_with("Проєкт\nвноситься Кабінетом"),
        "{}",
        d.preamble
    );
    assert_eq!(fixture_labels(&d), ["Стаття 1", "Стаття 2"]);
    let d = fixture("running-head-over-title.txt");
    assert_eq!(d.title, "TRANSIT CORRIDOR AGREEMENT");
    assert_eq!(d.preamble, "DRAFT – CONFIDENTIAL");
    for status in [
        "Projekt",
        "Draft",
        "ПРОЕКТ",
        "DRAFT — NOT FOR DISTRIBUTION",
        "РАБОЧИЙ ПРОЕКТ — НЕ ДЛЯ ПУБЛИКАЦИИ",
        "Working draft",
        "Проект № 214-7",
        "Черновик",
        "Чернетка — для службового користування",
        "טיוטה - לא לפרסום",
        "مسودة - ليس للنشر",
        // Banners and running heads as real drafts carry them: a qualified status, notes
        // between dashes, a date, two parts set apart by a PDF's wide gap.
        "РОБОЧИЙ ДОКУМЕНТ — НЕ ДЛЯ ПОШИРЕННЯ",
        "RESTRICTED - UNOFFICIAL WORKING TEXT                        Draft 3 - 21.11.2025",
        "НЕОФИЦИАЛЬНЫЙ РАБОЧИЙ ТЕКСТ\t\tПроект от 20.11.2025",
        "DRAFT (2): 18.11.2025 - SUBJECT TO CONTRACT - PRIVILEGED AND CONFIDENTIAL",
        "Non-paper",
        "ПРОЕКТ\nРабочая версия от 18.11.2025 (для обсуждения, неофициально)",
        "CONFIDENTIAL",
    ] {
        let text =
            format!("{status}\n\nTransit Agreement\n\n1. Goods cross free.\n\n2. Fees are low.\n");
        assert_eq!(
            Draft::from_text("t", &text).title,
            "Transit Agreement",
            "{status}"
        );
    }
    // A title that opens with the status and a word holding a note's letters is the title
    // (`יסודי`, basic, holds `סודי`, secret).
    let text =
        "טיוטה - חוק יסודי לשיפור הבריאות\n\nהוראות כלליות לבתי החולים\n\n1. ראשון.\n\n2. שני.\n";
    assert_eq!(
        Draft::from_text("t", text).title,
        "טיוטה - חוק יסודי לשיפור הבריאות"
    );
    // A project is no draft's status (`проект` is both).
    let text = "Пилотный проект\n\nЦифровая поликлиника\n\n1. Первое.\n\n2. Второе.\n";
    assert_eq!(Draft::from_text("t", text).title, "Пилотный проект");
    // A title that opens with the status is the title, and so is a status over no line that
    // could be one.
    for (text, title) in [
        (
            "Projekt ustawy o transporcie\n\nUSTAWA\n\nArt. 1. Pierwszy.\n\nArt. 2. Drugi.\n",
            "Projekt ustawy o transporcie",
        ),
        (
            "Draft Agreement on Transit\n\nTRANSIT\n\n1. Goods cross free.\n\n2. Fees are low.\n",
            "Draft Agreement on Transit",
        ),
        (
            "DRAFT — Transit Agreement\n\nTRANSIT\n\n1. Goods cross free.\n\n2. Fees are low.\n",
            "DRAFT — Transit Agreement",
        ),
        (
            "Draft\n\nThe delegations agreed on the following text today.\n\n1. Goods cross free.\n\n2. Fees are low.\n",
            "Draft",
        ),
        // A heading that only looks so: `Text` alone is no status (it needs a word that
        // qualifies it), nor is a title with a date after its dash.
        (
            "Text\n\nTransit Agreement\n\n1. Goods cross free.\n\n2. Fees are low.\n",
            "Text",
        ),
        (
            "Transit Agreement - 21.11.2025\n\nTRANSIT\n\n1. Goods cross free.\n\n2. Fees are low.\n",
            "Transit Agreement - 21.11.2025",
        ),
        (
            "Working Group on Transit   Draft 3\n\nTRANSIT\n\n1. Goods cross free.\n\n2. Fees are low.\n",
            "Working Group on Transit   Draft 3",
        ),
    ] {
        assert_eq!(Draft::from_text("t", text).title, title, "{text}");
    }
}

#[test]
fn a_translation_note_or_an_edition_over_the_title_is_read_with_the_preamble() {
    // As a PDF viewer copies a draft's front matter (right-aligned lines keep their spaces).
    for front in [
        "Unofficial translation",
        "Неофіційний переклад з англійської",
        "НЕОФИЦИАЛЬНЫЙ ПЕРЕВОД",
        "                                        Редакция от 27.11.2025",
        "Проект\n                              Редакция от 27.11.2025",
        "Неофіційний переклад\n              Проєкт від 03.12.2025",
        "Version of 3 December 2025",
        "Revision 2",
        "Станом на 01.12.2025",
        "> Неофіційний переклад. Оригінал — англійською.",
        "Translation from Russian",
        "(Unofficial translation)",
        "Working version of 21.11.2025 (not for distribution)",
        // A status with its date after a joining word, whose draft it is, the text as
        // initialled, and a note that it is not the official text.
        "Проект от 3 марта 2026 г.",
        "Проєкт від 3 березня 2026 р.",
        "BOZZA del 15/07/2025",
        "Entwurf vom 4. Dezember 2025",
        "NEGOTIATORS' DRAFT – 14 October 2025",
        "Chair's draft",
        "Projet du médiateur – version du 18 novembre 2025",
        "Draft of the Chair – 3 March 2026",
        "Text as initialled on 2 December 2025",
        "Texte paraphé le 3 décembre 2025",
        "DRAFT – 14 October 2025 – not an official document",
        "BORRADOR – 2 de septiembre de 2025 – sin validez oficial",
        // What the draft is for.
        "Draft for discussion",
        "DRAFT FOR SIGNATURE",
        "Проєкт для обговорення",
        "Entwurf zur Diskussion",
        // A Markdown file's YAML front matter.
        "---\ntitle: Energy roadmap\nversion: 3\n---",
    ] {
        let text =
            format!("{front}\n\nTransit Agreement\n\n1. Goods cross free.\n\n2. Fees are low.\n");
        let d = Draft::from_text("t", &text);
        assert_eq!(d.title, "Transit Agreement", "{front}");
        assert!(!d.preamble.is_empty(), "{front}");
    }
    // A title that opens so is still the title.
    for title in [
        "Translation services agreement",
        "Version 2 of the Transit Agreement",
        "Draft of the Chair's Transit Rules",
        "Draft for discussion of the transit fees",
        "Перевод денежных средств",
        "Translation",
    ] {
        let text = format!("{title}\n\nTRANSIT\n\n1. Goods cross free.\n\n2. Fees are low.\n");
        assert_eq!(Draft::from_text("t", &text).title, title);
    }
}

#[test]
fn a_bills_submitters_on_lines_of_their_own_are_read_with_the_preamble() {
    // A word processor's paragraphs, one per line of the bill's cover.
    let text = "Проект\n\nвноситься\n\nнародними депутатами України\n\nІваненко О. П. та ін.\n\n(посв. № 211)\n\nЗАКОН УКРАЇНИ\n\nПро засади відновлення громад\n\nСтаття 1. Перша.\n\nСтаття 2. Друга.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "Про засади відновлення громад");
    assert!(
        d.preamble.starts_with("Проект\nвноситься\nнародними"),
        "{}",
        d.preamble
    );
    assert_eq!(fixture_labels(&d), ["Стаття 1", "Стаття 2"]);
    // A subject that names a body (`Про Фонд…`, `О Федеральной службе…`) is the title too,
    // right under the heading or a paragraph below.
    for (text, title) in [
        (
            "ЗАКОН УКРАЇНИ
Про Фонд відновлення громад

Верховна Рада України постановляє:

Стаття 1. Мета
1. Фонд утворюється.

Стаття 2. Статус
1. Фонд є установою.
",
            "Про Фонд відновлення громад",
        ),
        (
            "ФЕДЕРАЛЬНЫЙ ЗАКОН

О Федеральном фонде восстановления

1. Фонд создаётся.
2. Фонд подотчётен.
3. Фонд закрывается.
",
            "О Федеральном фонде восстановления",
        ),
    ] {
        assert_eq!(Draft::from_text("t", text).title, title, "{text}");
    }
}

#[test]
fn a_posts_author_and_time_over_the_title_are_read_with_the_preamble() {
    for head in [
        "Народный вестник\nвчера в 21:17",
        "Олександр Коваль\n5 год · 🌍",
        "Kyiv Desk\nYesterday at 9:05 PM",
        "Kyiv Desk\n2 hours ago",
        "Вісті Прикордоння\n3 грудня о 14:05",
    ] {
        let text = format!(
            "{head}\n\nПРОЕКТ МИРНОГО СОГЛАШЕНИЯ (утечка)\n\n1) Стороны подтверждают суверенитет.\n2) Заключается соглашение.\n"
        );
        let d = Draft::from_text("t", &text);
        assert_eq!(d.title, "ПРОЕКТ МИРНОГО СОГЛАШЕНИЯ (утечка)", "{head}");
        assert_eq!(fixture_labels(&d), ["1", "2"]);
    }
    // A first line over a line that only looks like a time is the title, and so is a
    // headline, minutes' or an order's heading over its time with no title under it.
    for (text, title) in [
        (
            "Transit Agreement\n5 days\n\n1. Goods cross free.\n\n2. Fees are low.\n",
            "Transit Agreement",
        ),
        (
            "Путин ответил Уиткоффу\nвчера в 21:17\n\n1. Первое.\n\n2. Второе.\n",
            "Путин ответил Уиткоффу",
        ),
        (
            "Протокол зборів ОСББ\n3 грудня о 14:05\n\n1. Обрати голову.\n\n2. Затвердити кошторис.\n",
            "Протокол зборів ОСББ",
        ),
    ] {
        assert_eq!(Draft::from_text("t", text).title, title);
    }
}

#[test]
fn a_kind_of_text_in_capitals_goes_on_to_its_subject_a_paragraph_below() {
    // As a word processor's paragraphs are read: a blank line between the two.
    let text = "ПРОЕКТ — не для распространения\n\nМосква, 4 декабря 2025 г.\n\nМЕМОРАНДУМ\n\nо принципах послевоенного урегулирования\n\nУчастники согласились о следующем:\n\n1. Первое.\n\n2. Второе.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        d.title,
        "МЕМОРАНДУМ о принципах послевоенного урегулирования"
    );
    let text = "AGREEMENT\n\nbetween Calderra and Ostmark\n\n1. First.\n\n2. Second.\n";
    assert_eq!(
        Draft::from_text("t", text).title,
        "AGREEMENT between Calderra and Ostmark"
    );
    // Not a sentence under it, where and when it was made or approved, a note on its
    // distribution, nor a line under a longer title.
    for (text, title) in [
        (
            "МЕМОРАНДУМ\n\nучастники согласились о следующем.\n\n1. Первое.\n\n2. Второе.\n",
            "МЕМОРАНДУМ",
        ),
        (
            "AGREEMENT\n\nmade on 3 December 2025 in Geneva\n\n1. First.\n\n2. Second.\n",
            "AGREEMENT",
        ),
        (
            "ПОЛОЖЕННЯ\n\nзатверджено наказом № 5 від 01.12.2025\n\n1. Перше.\n\n2. Друге.\n",
            "ПОЛОЖЕННЯ",
        ),
        (
            "DRAFT AGREEMENT\n\nfor discussion only\n\n1. First.\n\n2. Second.\n",
            "DRAFT AGREEMENT",
        ),
    ] {
        assert_eq!(Draft::from_text("t", text).title, title);
    }
    let text = "МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ МЕЖДУ СТОРОНАМИ ДОГОВОРА\n\nо принципах урегулирования\n\n1. Первое.\n\n2. Второе.\n";
    assert_eq!(
        Draft::from_text("t", text).title,
        "МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ МЕЖДУ СТОРОНАМИ ДОГОВОРА"
    );
}

#[test]
fn a_gazettes_issue_line_over_an_act_is_no_title() {
    // As Légifrance, the Polish and EU journals print an act: the issue's line (and the
    // text's number in it) over the act's own title, which may be long.
    for (text, title) in [
        (
            "JORF n°0123 du 28 mai 2025\nTexte n° 14\nDécret n° 2025-999 du 27 mai 2025 relatif à un comité de suivi des essais de terrain\nLe Premier ministre,\nArticle 1er\nIl est créé un comité.\nArticle 2\nLe ministre est chargé de l'exécution.\n",
            "Décret n° 2025-999 du 27 mai 2025 relatif à un comité de suivi des essais de terrain",
        ),
        (
            "Dziennik Ustaw 2025 poz. 1234\nUSTAWA z dnia 7 października 2025 r. o Instytucie\n\nArt. 1. Pierwszy.\n\nArt. 2. Drugi.\n",
            "USTAWA z dnia 7 października 2025 r. o Instytucie",
        ),
        (
            "Official Journal of the European Union L 123/1\nREGULATION (EU) 2026/77 ON GRAIN\n\nArticle 1\nScope.\n\nArticle 2\nEntry into force.\n",
            "REGULATION (EU) 2026/77 ON GRAIN",
        ),
        // The journal's name broken over two lines, the edition's details each on its own, as
        // a copy of an act's PDF keeps them since the journal publishes each act alone.
        (
            "Official Journal\nof the European Union   EN\n      L series\n2026/77     3.2.2026\n\nREGULATION (EU) 2026/77 ON GRAIN\n\nArticle 1\nScope.\n\nArticle 2\nEntry into force.\n",
            "REGULATION (EU) 2026/77 ON GRAIN",
        ),
        (
            "Official Journal\nof the European Union\nEN\nL series\n2026/77\n3.2.2026\nREGULATION (EU) 2026/77 ON GRAIN\n\nArticle 1\nScope.\n\nArticle 2\nEntry into force.\n",
            "REGULATION (EU) 2026/77 ON GRAIN",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(d.title, title, "{text}");
        assert!(!d.preamble.is_empty());
    }
    // `Texte n°` is front matter only under a gazette's line.
    let d = Draft::from_text("t", "Texte n° 14\n\n1. Un.\n\n2. Deux.\n");
    assert_eq!(d.title, "Texte n° 14");
    // Another journal's name broken over two lines is a title.
    let d = Draft::from_text(
        "t",
        "Official Journal\nof the Grain Traders' Guild\n\n1. Members pay dues.\n\n2. Dues are low.\n",
    );
    assert_eq!(d.title, "Official Journal of the Grain Traders' Guild");
}

#[test]
fn a_sites_name_over_its_headline_is_no_title() {
    // A news page or a channel copied from its top: the outlet's name, its section or date,
    // the headline, the byline. The headline is the title.
    let points = "\n\n1. Borders are confirmed.\n\n2. Prisoners are exchanged.\n";
    for (top, title) in [
        (
            "Axios\nWorld  |  Russia-Ukraine war\n\nScoop: The full draft of the plan to end the war\n\nJane Roe\nNov 20, 2025 - World",
            "Scoop: The full draft of the plan to end the war",
        ),
        (
            "Українська правда\nНовини › Четвер, 20 листопада 2025, 23:48\n\nОприлюднено всі пункти мирного плану: текст\nОлена Рибак — 20 листопада, 23:48",
            "Оприлюднено всі пункти мирного плану: текст",
        ),
        (
            "Медуза\nНовости · 10:58, 24 декабря 2025\n\nЗеленский перечислил все пункты рамочного документа",
            "Зеленский перечислил все пункты рамочного документа",
        ),
        (
            "Новини без паніки 🇺🇦\npinned message\n\nЗеленський озвучив усі пункти мирного плану",
            "Зеленський озвучив усі пункти мирного плану",
        ),
        (
            "НОВОСТИ ДНЯ | Политика | 21.11.2025 00:17\nПросмотров: 48 913\n\nОпубликован полный текст плана из пунктов",
            "Опубликован полный текст плана из пунктов",
        ),
        (
            "Forwarded from Политика без фильтра\nПолитика без фильтра\n21 ноября\n\nПолный текст плана — пункты (часть 1)",
            "Полный текст плана — пункты (часть 1)",
        ),
        // A draft's heading over its subject, dated with its place, and a short title over
        // a longer line with no page's marks, keep their titles.
        (
            "Memorandum\nOn cooperation in restoring the power grid of the region\nKyiv, 5 May 2025",
            "Memorandum",
        ),
        (
            "AGENDA\nMeeting of the grain working group in Odesa port\n10:00, 5 May 2025",
            "AGENDA",
        ),
        (
            "Пилотный проект\n\nЦифровая поликлиника для жителей пяти районов области",
            "Пилотный проект",
        ),
        // A draft's version line, its author, its issuer, and a forwarded post's own first
        // line are no page's marks.
        (
            "Ceasefire Agreement\nVersion of 21 November 2025, 18:40\nBetween the Government of Ukraine and its partners",
            "Ceasefire Agreement",
        ),
        (
            "Peace Framework\nBy John Smith, 20 November 2025\nTwenty-eight points for ending the war",
            "Peace Framework",
        ),
        (
            "Action Plan\nBy the Ministry of Economy\nMeasures to support small businesses in 2026",
            "Action Plan",
        ),
        (
            "Forwarded from Новини без паніки\nПлан Трампа\nПовний текст документа, який отримали журналісти",
            "План Трампа",
        ),
    ] {
        let d = Draft::from_text("t", &format!("{top}{points}"));
        assert_eq!(d.title, title, "{top}");
        assert_eq!(labels(&format!("{top}{points}")), ["1", "2"], "{top}");
    }
}

#[test]
fn a_photo_credit_a_breadcrumb_a_logo_or_a_print_mark_is_no_title() {
    let d = fixture("photo-credit-over-lead.txt");
    assert_eq!(d.title, "");
    assert!(
        d.preamble.starts_with("REUTERS/Jana Novak\n"),
        "{}",
        d.preamble
    );
    assert_eq!(fixture_labels(&d), ["1", "2"]);
    // Each fixture's title, and the front matter its preamble starts with.
    for (file, title, front) in [
        (
            "breadcrumb-over-title-zh.txt",
            "关于过境运输的协议草案",
            "首页 > 新闻 > 经济",
        ),
        (
            "logo-over-title-pl.txt",
            "Tak wygląda projekt umowy tranzytowej",
            "Logo portal główny\nGospodarka",
        ),
        (
            "bill-print-mark.txt",
            "H. R. 4321",
            "I\n119TH CONGRESS\n2D SESSION",
        ),
    ] {
        let d = fixture(file);
        assert_eq!(d.title, title, "{file}");
        assert!(d.preamble.starts_with(front), "{file}: {}", d.preamble);
    }
    assert_eq!(
        fixture_labels(&fixture("bill-print-mark.txt")),
        ["SECTION 1", "SEC. 2"]
    );
    for front in [
        "Новини / Політика",
        "Фото: Офіс президента",
        "Home > World",
        "【字号\u{3000}大\u{3000}中\u{3000}小】\u{3000}【打印本页】\u{3000}【关闭窗口】",
        // An official portal's name and tagline over its breadcrumb, which names the page
        // by its number, and its buttons to print and download the text.
        "Vestland Law Portal\nThe official publication of the laws\nHome > Gazette > Gazette No. 271 of 21 November 2025 > Text No. 14",
        "Портал законодавства\nГоловна > Законотворчість > Картка законопроєкту № 14217 > Текст\nВерсія для друку    Завантажити .doc",
        "Print | Download PDF",
        // A letterhead as a PDF's copy keeps it, left and right.
        "XXV CONSTITUTIONAL GOVERNMENT                         Republic of Vestland",
    ] {
        let text =
            format!("{front}\n\nTransit Agreement\n\n1. Goods cross free.\n\n2. Fees are low.\n");
        assert_eq!(
            Draft::from_text("t", &text).title,
            "Transit Agreement",
            "{front}"
        );
    }
    // A title in two languages between slashes, a path from no home page, a bill's Roman
    // first line over no Congress, and a photo's caption that says more stay the title.
    for title in [
        "Memorandum / Меморандум",
        "Energy / Transit / Grain",
        "I",
        "Reuters photographers on the front line",
        "【新华社】",
        "Print the form",
        "Agreement on the Transit of Goods through the Corridor      2025",
    ] {
        let text =
            format!("{title}\n\nTransit Agreement\n\n1. Goods cross free.\n\n2. Fees are low.\n");
        assert_eq!(Draft::from_text("t", &text).title, title, "{title}");
    }
    // A page's title over its breadcrumb, with the points under it, stays the title.
    let page = "Мирний план для України\nГоловна > Новини > Політика\n\n1. Перший пункт.\n2. Другий пункт.\n";
    assert_eq!(Draft::from_text("t", page).title, "Мирний план для України");
    // Titles that open with a status or hold a note's letters inside their words stay titles.
    for title in [
        "Draft - Underprivileged Children Support Act",
        "Проект — О противодействии неофициальной занятости",
        "Проект 2030",
        "Final Document",
    ] {
        let text =
            format!("{title}\n\nTransit Agreement\n\n1. Goods cross free.\n\n2. Fees are low.\n");
        assert_eq!(Draft::from_text("t", &text).title, title, "{title}");
    }
}

#[test]
fn clauses_numbered_under_numbered_headings_are_the_points() {
    // A contract's short headings (`2. DURATION`) over the clauses numbered under them
    // (`2.1`, `2.2`): the clauses are the points, the headings their sections, the annex's
    // list after the last clause the closing's.
    let d = fixture("contract-clauses-under-headings.txt");
    assert_eq!(
        label_sections(&d),
        [
            ("1.1", "1. DEFINITIONS"),
            ("1.2", "1. DEFINITIONS"),
            ("2.1", "2. DURATION"),
            ("2.2", "2. DURATION"),
            ("2.3", "2. DURATION"),
            ("3.1", "3. PRICE AND PAYMENT"),
            ("3.2", "3. PRICE AND PAYMENT"),
            ("4.1", "4. SAFETY"),
        ]
    );
    assert!(d.layout.reason.contains("short headings over the clauses"));
    // In capitals, a heading may end with a full stop.
    let stopped = "Contract (test)\n\n1. DEFINITIONS.\n1.1 Works are repairs.\n1.2 The Site is the plant.\n\n2. DURATION.\n2.1 Eighteen months.\n";
    assert_eq!(labels(stopped), ["1.1", "1.2", "2.1"]);
    // The parties' details and signatures, numbered as the last section, head no clause.
    let signed = "ДОГОВІР (тест)\n\n1. ПРЕДМЕТ ДОГОВОРУ\n1.1. Постачальник передає товар.\n1.2. Покупець його приймає.\n\n2. СТРОК ДІЇ\n2.1. Договір діє рік.\n\n3. РЕКВІЗИТИ ТА ПІДПИСИ СТОРІН\nПОСТАЧАЛЬНИК ____ Коваль\nПОКУПЕЦЬ ____ Тесля\n";
    assert_eq!(labels(signed), ["1.1", "1.2", "2.1"]);
    let long = signed.replace(
        "РЕКВІЗИТИ ТА ПІДПИСИ СТОРІН",
        "ЮРИДИЧНІ АДРЕСИ ТА БАНКІВСЬКІ РЕКВІЗИТИ СТОРІН",
    );
    assert_eq!(labels(&long), ["1.1", "1.2", "2.1"]);
    let closing = Draft::from_text("t", signed).points.pop().unwrap();
    assert_eq!(closing.kind, PointKind::Closing);
    assert!(closing.text.starts_with("3. РЕКВІЗИТИ"), "{}", closing.text);
    // A numbered line that says something of its own is a point with its clauses inside; so
    // is a heading with no clause under it, or clauses numbered under another heading.
    for text in [
        "Contract (test)\n\n1. The Board orders the Works.\n1.1 The Works are listed.\n\n2. DURATION\n2.1 Eighteen months.\n",
        "Contract (test)\n\n1. DEFINITIONS\n1.1 Works are repairs.\n\n2. DURATION\nEighteen months.\n\n3. PRICE\n3.1 EUR 420,000.\n",
        "Contract (test)\n\n1. DEFINITIONS\n1.1 Works are repairs.\n\n2. DURATION\n3.1 Eighteen months.\n",
        // Short points in small letters over their sub-points are a plan's points.
        "Plan (test)\n\n1. Free travel for pupils\n1.1 Under 16s travel free.\n1.2 Others pay half.\n\n2. More buses at night\n2.1 Every hour.\n",
        // A last section with no clause under it keeps the sections as the points.
        "Contract (test)\n\n1. DEFINITIONS\n1.1 Works are repairs.\n\n2. DURATION\n2.1 Eighteen months.\n\n3. GOVERNING LAW\nThe law of Ireland applies.\n",
    ] {
        let labels = labels(text);
        assert!(
            labels.iter().all(|l| !l.contains('.')),
            "{labels:?} for {text}"
        );
    }
}

#[test]
fn a_kicker_or_a_menu_in_capitals_over_the_headline_is_no_title() {
    // A section's name over a headline, and a menu set in capitals with wide spaces.
    for front in [
        "EXPLAINER",
        "Пояснюємо",
        "NEWS   POLITICS   WAR   ECONOMY   VIDEO",
    ] {
        let text = format!(
            "{front}\n\nFive points of the US plan that alarm Kyiv most\n\n1. The army cap.\n\n2. The amnesty.\n"
        );
        assert_eq!(
            Draft::from_text("t", &text).title,
            "Five points of the US plan that alarm Kyiv most",
            "{front}"
        );
    }
    // A draft's title in capitals over its parties is the title; so is one set with wide
    // spaces that joins its words (`ON`).
    for title in [
        "SYNCHRONISATION LICENCE",
        "AGREEMENT  ON  THE  CEASEFIRE  LINE",
    ] {
        let text = format!(
            "{title}\nBetween Northern Lights Publishing Ltd and Harbour Films Ltd\n1. The licence is granted.\n2. The fee is paid.\n"
        );
        assert_eq!(Draft::from_text("t", &text).title, title, "{title}");
    }
}

#[test]
fn a_sites_item_a_currency_ticker_or_a_mixed_menu_over_the_headline_is_no_title() {
    for front in [
        "Search",
        "Курсы валют: USD 41,92 EUR 48,37",
        "ПОДІЇ  ПОЛІТИКА  ГРОШІ  ТЕХНОЛОГІЇ  LIFESTYLE",
    ] {
        let text = format!(
            "{front}\n\nPublished: the full text of the plan in twenty points\n\n1. The army cap.\n\n2. The amnesty.\n"
        );
        assert_eq!(
            Draft::from_text("t", &text).title,
            "Published: the full text of the plan in twenty points",
            "{front}"
        );
    }
    // A figure and a currency once is a title's (`EUR 5 billion fund`).
    let text = "EUR 5 billion fund for rebuilding\n\nRules of the fund\n\n1. The fund pays.\n\n2. It reports.\n";
    assert_eq!(
        Draft::from_text("t", text).title,
        "EUR 5 billion fund for rebuilding"
    );
}

#[test]
fn a_section_name_over_the_rest_of_a_title_in_capitals_is_the_titles() {
    // A draft's title in capitals on two lines whose first word is a section's name.
    let text = "ПОЛІТИКА\nКОНФІДЕНЦІЙНОСТІ ТА ОБРОБКИ ПЕРСОНАЛЬНИХ ДАНИХ\n\n1. Дані обробляються законно.\n\n2. Дані захищено.\n";
    assert_eq!(Draft::from_text("t", text).title, "ПОЛІТИКА");
}

#[test]
fn an_acts_subject_under_its_heading_is_the_title() {
    // A council's decision: the country, the council, its session, the act's kind, date and
    // number over its subject, which runs on to a second line.
    let text = "УКРАЇНА\nЗЕЛЕНОДОЛИНСЬКА МІСЬКА РАДА\nХХІV сесія VIII скликання\n\nРІШЕННЯ\n\nвід 11 грудня 2025 року  № 1187\n\nПро створення центру стійкості\nта порядок його роботи\n\nМіська рада вирішила:\n\n1. Створити центр.\n2. Затвердити порядок.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        d.title,
        "Про створення центру стійкості та порядок його роботи"
    );
    assert!(
        d.preamble.starts_with("УКРАЇНА\nЗЕЛЕНОДОЛИНСЬКА"),
        "{}",
        d.preamble
    );
    assert_eq!(labels(text), ["1", "2"]);
    let d = Draft::from_text(
        "t",
        "ЗАКОН\nНОВОГРАДСКОЙ ОБЛАСТИ\n\nО мерах поддержки семей\n\nСтатья 1. Предмет.\n\nСтатья 2. Меры.\n",
    );
    assert_eq!(d.title, "О мерах поддержки семей");
    // A title in small letters over a subheading keeps it, and a heading over a sentence
    // opening so is the title.
    for (text, title) in [
        (
            "Мирний план\n\nПро гарантії безпеки\n\n1. Перше.\n2. Друге.\n",
            "Мирний план",
        ),
        (
            "МИРНИЙ ПЛАН\n\nПро це домовилися сторони на зустрічі в Женеві минулого тижня.\n\n1. Перше.\n2. Друге.\n",
            "МИРНИЙ ПЛАН",
        ),
    ] {
        assert_eq!(Draft::from_text("t", text).title, title, "{text}");
    }
}

#[test]
fn a_title_set_on_several_lines_is_read_whole() {
    for (text, title) in [
        (
            "TREATY\non Good-Neighbourliness between Valdoria and Estmark\n\nThe Parties have agreed as follows:\n\nArticle 1\nPeace.\n\nArticle 2\nBorder.\n",
            "TREATY on Good-Neighbourliness between Valdoria and Estmark",
        ),
        (
            "VERTRAG\nzwischen\nder Stadt Neuburg\nund\nder Gemeinde Altdorf\n\n1. Erstens.\n2. Zweitens.\n",
            "VERTRAG zwischen der Stadt Neuburg und der Gemeinde Altdorf",
        ),
        (
            "УГОДА між\nМіністерством культури та Міністерством освіти\n\n1. Перше.\n2. Друге.\n",
            "УГОДА між Міністерством культури та Міністерством освіти",
        ),
        (
            "Про створення центру\nта порядок його роботи\n\n1. Перше.\n2. Друге.\n",
            "Про створення центру та порядок його роботи",
        ),
        (
            "MEMORANDUM OF UNDERSTANDING\nON HEALTH AND EDUCATION\n\n1. First.\n2. Second.\n",
            "MEMORANDUM OF UNDERSTANDING ON HEALTH AND EDUCATION",
        ),
        (
            "СОГЛАШЕНИЕ\nО СОТРУДНИЧЕСТВЕ\nВ ОБЛАСТИ КУЛЬТУРЫ\n\n1. Первое.\n2. Второе.\n",
            "СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ В ОБЛАСТИ КУЛЬТУРЫ",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(d.title, title, "{text}");
        let first = d.points.first().map(|p| p.range.clone());
        assert_eq!(first, Some(0..text.find("\n\n").unwrap_or(0)), "{text}");
    }
    // Not a channel's motto under its name in small letters, nor the act's place and
    // date under it, nor a line that leads into the points.
    for (text, title) in [
        (
            "Політичний Компас\nканал про політику\n\n1. Перше.\n2. Друге.\n",
            "Політичний Компас",
        ),
        (
            "ДОГОВІР № 12/2026\nм. Львів      5 березня 2026 року\n\n1. Перше.\n2. Друге.\n",
            "ДОГОВІР № 12/2026",
        ),
        (
            "AGREEMENT\nas the Parties set it out below:\n\n1. First.\n2. Second.\n",
            "AGREEMENT",
        ),
    ] {
        assert_eq!(Draft::from_text("t", text).title, title, "{text}");
    }
}

#[test]
fn a_rule_or_a_sites_tagline_over_its_menu_is_no_title() {
    let text = "==========\nЖЕНЕВСЬКА РЕДАКЦІЯ: 19 ПУНКТІВ\n==========\n\n1. Перше.\n2. Друге.\n";
    assert_eq!(
        Draft::from_text("t", text).title,
        "ЖЕНЕВСЬКА РЕДАКЦІЯ: 19 ПУНКТІВ"
    );
    let text = "Exclusive news, data and analytics for professionals\n\nWorld   Business   Markets   Legal\n\nFACTBOX-What the draft plan says\n\n1. First.\n\n2. Second.\n";
    assert_eq!(
        Draft::from_text("t", text).title,
        "FACTBOX-What the draft plan says"
    );
}

#[test]
fn a_bills_submitters_and_a_draft_resolutions_sponsors_are_no_title() {
    // The status, who submits the bill (in small letters or with a capital), their names.
    for head in [
        "Проєкт\nвноситься народними депутатами України\nО. Гнатюк (посв. № 301) та іншими",
        "Проект № 214-7\nВносится Губернатором области",
    ] {
        let text = format!(
            "{head}\n\nЗАКОН\n\nПро гарантії для громад\n\nСтаття 1. Сфера.\n\nСтаття 2. Гарантії.\n"
        );
        assert_eq!(
            Draft::from_text("t", &text).title,
            "Про гарантії для громад",
            "{head}"
        );
    }
    // A line of names under a title stays out of it (a capital opens it).
    let text = "Меморандум\nО. Гнатюк та іншими\n\n1. Перше.\n2. Друге.\n";
    assert_eq!(Draft::from_text("t", text).title, "Меморандум");
    // A United Nations draft resolution: its cover ends with its sponsors over its title.
    let text = "United Nations                              A/ES-11/L.12\nGeneral Assembly                            Distr.: Limited\n                                            2 December 2025\n\nEleventh emergency special session\nAgenda item 5\n\nEstmark, Lunaria and Valdoria: draft resolution\n\nSafety of nuclear facilities in armed conflict\n\nThe General Assembly,\n\n1. Calls upon all parties to refrain from attacks;\n2. Decides to remain seized of the matter.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "Safety of nuclear facilities in armed conflict");
    assert!(d.preamble.starts_with("United Nations"), "{}", d.preamble);
    // With no symbol nor distribution above it, a line so ending is no cover's.
    let text = "Comments on the draft resolution\n\n1. First.\n2. Second.\n";
    assert_eq!(
        Draft::from_text("t", text).title,
        "Comments on the draft resolution"
    );
}

#[test]
fn a_letters_title_stands_over_the_points_under_its_prose() {
    for greeting in [
        "Team,",
        "Колеги, добрий вечір!",
        "Мария, доброе утро.",
        "Dear Daniel,",
    ] {
        let text = format!(
            "{greeting}\n\nHere is the text as it was read out to us yesterday. Please do not circulate it.\n\nFramework Agreement on Peace (working translation)\n\n1. Sovereignty is reaffirmed.\n2. A pact is signed.\n"
        );
        let d = Draft::from_text("t", &text);
        assert_eq!(
            d.title, "Framework Agreement on Peace (working translation)",
            "{greeting}"
        );
        assert!(
            d.preamble.starts_with(greeting),
            "{greeting}: {}",
            d.preamble
        );
    }
    // Not in a draft that is no letter: its heading over the points stays the preamble's.
    let text = "The Parties met in Geneva and agreed on the following text today.\n\nGeneral provisions\n\n1. Sovereignty is reaffirmed.\n2. A pact is signed.\n";
    assert_eq!(Draft::from_text("t", text).title, "");
    // Nor a line run into the letter's prose, with no blank line above it.
    let text = "Team,\n\nHere is the text as it was read out to us yesterday.\nFramework Agreement on Peace\n\n1. Sovereignty is reaffirmed.\n2. A pact is signed.\n";
    assert_eq!(Draft::from_text("t", text).title, "");
    // A greeting is one of few words; a sentence that names one is not.
    use crate::draft::parse::build::{greeting, salutation};
    assert!(greeting("Hi all,"));
    assert!(!greeting(
        "The parties say hello to the monitors at every checkpoint."
    ));
    assert!(!salutation("Team structure"));
}

#[test]
fn a_channels_name_and_a_publishers_series_over_the_title_are_no_title() {
    for (text, title) in [
        (
            "Політичний Компас 🇺🇦\npinned «Як відрізнити фейк»\n\n🔥 Повний текст 20 пунктів\n\n1️⃣ Суверенітет підтверджується.\n\n2️⃣ Пакт підписується.\n",
            "🔥 Повний текст 20 пунктів",
        ),
        (
            "Centre for Eastern Policy Studies\nPolicy Brief No. 41 | December 2025\n\nThe framework, point by point\n\n1. Sovereignty is reaffirmed.\n2. A pact is signed.\n",
            "The framework, point by point",
        ),
        (
            "Институт прикладной политологии\nСерия «Разборы» · выпуск 12\n\n20 пунктов с комментариями\n\n1. Суверенитет подтверждается.\n2. Пакт подписывается.\n",
            "20 пунктов с комментариями",
        ),
        // A headline over its byline and date, and over a date and the reading time, stays
        // the title.
        (
            "Ceasefire plan: what the points say\nBy Staff · 21 November\nStaff reporter · 5 min read\n\n1. A ceasefire.\n2. A zone.\n",
            "Ceasefire plan: what the points say",
        ),
        (
            "Plan of twelve points published\nWorld · 21 November 2025\n\nThe draft circulated on Friday among the capitals of Europe.\n\n1. A ceasefire.\n2. A zone.\n",
            "Plan of twelve points published",
        ),
    ] {
        assert_eq!(Draft::from_text("t", text).title, title, "{text}");
    }
}

#[test]
fn a_titles_edition_byline_or_place_under_it_stays_out_of_it() {
    for (text, title) in [
        (
            "TREATY ON FRIENDSHIP\n(unofficial translation)\n\nArticle 1\nPeace.\n\nArticle 2\nBorder.\n",
            "TREATY ON FRIENDSHIP",
        ),
        (
            "МЕМОРАНДУМ ПРО СПІВПРАЦЮ\n(робочий варіант, редакція від 12.03.2026)\n\n1. Перше.\n2. Друге.\n",
            "МЕМОРАНДУМ ПРО СПІВПРАЦЮ",
        ),
        (
            "СТРАТЕГІЯ ВІДНОВЛЕННЯ ХАРКІВСЬКОЇ ОБЛАСТІ НА 2026–2030 РОКИ\nверсія для громадського обговорення\n\n1. Перше.\n2. Друге.\n",
            "СТРАТЕГІЯ ВІДНОВЛЕННЯ ХАРКІВСЬКОЇ ОБЛАСТІ НА 2026–2030 РОКИ",
        ),
        (
            "RECOVERY BRIEF\nby Marta Oleksiuk and David Hale\n\n1. First.\n2. Second.\n",
            "RECOVERY BRIEF",
        ),
        (
            "ДОГОВІР ПОСТАВКИ № 12/03-26\nм.Київ      12 березня 2026 року\n\n1. Перше.\n2. Друге.\n",
            "ДОГОВІР ПОСТАВКИ № 12/03-26",
        ),
        (
            "ДОГОВІР ДАРУВАННЯ\nмісто Київ, дванадцятого березня дві тисячі двадцять шостого року\n\n1. Перше.\n2. Друге.\n",
            "ДОГОВІР ДАРУВАННЯ",
        ),
        (
            "Monitoring Plan — Phase I\nPrepared by the Joint Monitoring Group\n\n1. First.\n2. Second.\n",
            "Monitoring Plan — Phase I",
        ),
        // A title that opens with a greeting's letters is a title.
        (
            "Hi-Tech Valley Residency Terms\n\n1. First.\n2. Second.\n",
            "Hi-Tech Valley Residency Terms",
        ),
        (
            "HI Ukraine Country Strategy 2026–2028\n\n1. First.\n2. Second.\n",
            "HI Ukraine Country Strategy 2026–2028",
        ),
        // Comments on a bill head their sections with the article they are on.
        (
            "ЗАУВАЖЕННЯ ТА ПРОПОЗИЦІЇ ДО ЗАКОНОПРОЄКТУ\n\nЩодо статті 3\n\n1. Перше.\n2. Друге.\n",
            "ЗАУВАЖЕННЯ ТА ПРОПОЗИЦІЇ ДО ЗАКОНОПРОЄКТУ",
        ),
        // A headline over its section and date, over a box's heading.
        (
            "Що змінилося в плані після Женеви\nПолітика · 12 березня 2026, 14:05\n\nКоротко\n\n1. Перше.\n2. Друге.\n",
            "Що змінилося в плані після Женеви",
        ),
    ] {
        assert_eq!(Draft::from_text("t", text).title, title, "{text}");
    }
    // An act's subject broken anywhere, or set in capitals, is read whole.
    for (text, title) in [
        (
            "ВИКОНАВЧИЙ КОМІТЕТ\nРІШЕННЯ\n\nПро затвердження Програми підтримки\nвнутрішньо переміщених осіб\n\n1. Перше.\n2. Друге.\n",
            "Про затвердження Програми підтримки внутрішньо переміщених осіб",
        ),
        (
            "ПРАВИТЕЛЬСТВО ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\n\nОБ УТВЕРЖДЕНИИ ПРАВИЛ ПРИЕМА\n\n1. Первое.\n2. Второе.\n",
            "ОБ УТВЕРЖДЕНИИ ПРАВИЛ ПРИЕМА",
        ),
    ] {
        assert_eq!(Draft::from_text("t", text).title, title, "{text}");
    }
}

#[test]
fn an_approval_stamp_over_the_approved_texts_title_is_no_title() {
    let text = "ЗАТВЕРДЖЕНО\nрішенням виконавчого комітету\nІрпінської міської ради\nвід 10 лютого 2026 року № 88\n\nПОЛОЖЕННЯ\nпро конкурсну комісію\n\n1. Комісія є тимчасовим органом.\n2. До складу комісії входять дев'ять осіб.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "ПОЛОЖЕННЯ про конкурсну комісію");
    assert!(
        d.preamble.starts_with("ЗАТВЕРДЖЕНО\nрішенням"),
        "{}",
        d.preamble
    );
    // The head's own stamp over terms of reference, its title in small letters.
    let text = "ЗАТВЕРДЖУЮ\nДиректор ________ І. В. Гнатюк\n«___» ________ 2026 р.\n\n\
                Технічне завдання на ремонт покрівлі школи\n\n1. Мета робіт.\n2. Строки робіт.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "Технічне завдання на ремонт покрівлі школи");
    assert!(
        d.preamble.starts_with("ЗАТВЕРДЖУЮ\nДиректор"),
        "{}",
        d.preamble
    );
    // With no blank line under the stamp, the line in capitals still starts the title.
    let text =
        "ЗАТВЕРДЖЕНО\nнаказом Міністерства\nПОЛОЖЕННЯ\nпро комісію\n\n1. Перше.\n2. Друге.\n";
    assert_eq!(Draft::from_text("t", text).title, "ПОЛОЖЕННЯ про комісію");
}

#[test]
fn a_sites_note_on_its_unofficial_copy_is_no_title_and_the_act_under_it_has_one() {
    let text = "Текст законопроєкту, внесеного до Верховної Ради України. Неофіційна електронна \
                копія, може містити технічні неточності.\n\n\
                ЗАКОН УКРАЇНИ\nПро відновлення громад\n\n\
                Стаття 1. Цей Закон визначає заходи.\n\nСтаття 2. Заходи фінансуються з бюджету.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "Про відновлення громад");
    assert!(
        d.preamble.contains("Неофіційна електронна копія"),
        "{}",
        d.preamble
    );
    let text = "Unofficial working text written for testing; not an official document.\n\n\
                Leaked draft: the points of the plan\n\n\
                A draft of the proposal has been made public.\n\n\
                1. The state's sovereignty is confirmed.\n\n2. The parties sign an agreement.\n";
    assert_eq!(
        Draft::from_text("t", text).title,
        "Leaked draft: the points of the plan"
    );
    // A draft's own opening sentence names no copy: it is the preamble, and there is no title.
    let text = "The Parties agree that this unofficial text sets out their understanding.\n\n\
                1. The state's sovereignty is confirmed.\n\n2. The parties sign an agreement.\n";
    let d = Draft::from_text("t", text);
    assert!(
        d.preamble.starts_with("The Parties agree"),
        "{}",
        d.preamble
    );
}

#[test]
fn a_drafts_opening_sentence_on_its_unofficial_text_leaves_the_heading_over_the_points() {
    let text = "The Parties agree that this unofficial text sets out their common understanding.\n\n\
                Security arrangements\n\n1. The state's sovereignty is confirmed.\n\n\
                2. The parties sign an agreement.\n\nEconomic arrangements\n\n\
                3. Sanctions are lifted in stages.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "");
    assert_eq!(
        label_sections(&d)[0],
        ("1", "Security arrangements"),
        "{:?}",
        label_sections(&d)
    );
}

#[test]
fn a_pages_skip_link_menu_account_buttons_and_markings_over_the_title_are_no_title() {
    let page = "Jump to content\nMain menu\nSearch\nCreate account   Log in\n\n\
                Geneva framework (2025)\n\nArticle  Talk\n\n1. One thing is agreed.\n\
                2. Another thing is agreed.\n";
    assert_eq!(Draft::from_text("t", page).title, "Geneva framework (2025)");
    let memo = "OFFICIAL-SENSITIVE\nDRAFT - NOT FOR ONWARD CIRCULATION\n\n\
                Reassurance force options\n\n1. One thing is agreed.\n2. Another thing is agreed.\n";
    assert_eq!(
        Draft::from_text("t", memo).title,
        "Reassurance force options"
    );
    let order = "ПРОЄКТ (робоча редакція)\n\nПОЛОЖЕННЯ\nпро центр\n\n1. Перше положення.\n\
                 2. Друге положення.\n";
    assert_eq!(Draft::from_text("t", order).title, "ПОЛОЖЕННЯ про центр");
    // A title that is a marking's word in small letters stays the title.
    let novel = "Secret\n\n1. One thing is agreed.\n2. Another thing is agreed.\n";
    assert_eq!(Draft::from_text("t", novel).title, "Secret");
}

#[test]
fn a_channels_name_its_audience_and_the_posts_date_are_no_title() {
    let post = "Нотатки з Банкової\n8 412 subscribers\n\nDecember 23\n\nЩо відомо на ранок:\n\
                п.1 — суверенітет\nп.2 — ненапад\nп.3 — гарантії\n";
    let d = Draft::from_text("t", post);
    assert!(
        !d.title.contains("Банкової") && !d.title.contains("December"),
        "{}",
        d.title
    );
    assert!(d.preamble.contains("8 412 subscribers"), "{}", d.preamble);
    for count in ["12.3K підписників", "1,204 members", "5 тис. подписчиков"]
    {
        let text = format!("Канал\n{count}\n\nПлан миру\n\n1. Один пункт.\n2. Другий пункт.\n");
        assert_eq!(Draft::from_text("t", &text).title, "План миру", "{count}");
    }
    // A title over a line that counts something else stays the title.
    let text = "План миру\n28 points\n\n1. Один пункт.\n2. Другий пункт.\n";
    assert_eq!(Draft::from_text("t", text).title, "План миру");
}

#[test]
fn a_title_broken_after_its_joining_word_goes_on_with_its_date() {
    let draft = Draft::from_text(
        "t",
        "Harbour plan agreed by the port council in the month of\nMarch 2026\n\n\
         1. Fees fall.\n2. Berths open.\n",
    );
    assert_eq!(
        draft.title,
        "Harbour plan agreed by the port council in the month of March 2026"
    );
    // Under a whole title, the date is the page's and stays apart.
    let dated = Draft::from_text(
        "t",
        "Harbour plan for Varel\nMarch 2026\n\n1. Fees fall.\n2. Berths open.\n",
    );
    assert_eq!(dated.title, "Harbour plan for Varel");
    assert_eq!(dated.preamble, "March 2026");
}

#[test]
fn a_title_broken_inside_its_brackets_goes_on_to_close_them() {
    let draft = Draft::from_text(
        "t",
        "Harbour plan for Varel: the 12-point text (March\n2026)\n\nUnofficial copy.\n\n\
         1. Fees fall.\n2. Berths open.\n",
    );
    assert_eq!(
        draft.title,
        "Harbour plan for Varel: the 12-point text (March 2026)"
    );
    // A note in brackets under a whole title stays apart.
    let noted = Draft::from_text(
        "t",
        "Harbour plan for Varel\n(unofficial translation)\n\n1. Fees fall.\n2. Berths open.\n",
    );
    assert_eq!(noted.title, "Harbour plan for Varel");
}
