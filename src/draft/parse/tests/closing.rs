//! Tests of what ends the points and goes to the closing.

use super::{closing_text, fixture, fixture_labels, label_texts, labels, texts};
use crate::draft::{Draft, PointKind};

#[test]
fn an_earlier_message_quoted_under_a_replys_points_is_the_closing() {
    let mail = "Colleagues, the latest version:\n\n1. Sovereignty reaffirmed.\n2. Non-aggression.\n3. Army of 800,000.\n\nRegards,\nOlena\n\nFrom: Mark <mark@example.org>\nSent: Monday, 24 November 2025 18:40\nTo: Olena <olena@example.org>\nSubject: RE: points\n\n1. Sovereignty confirmed.\n2. Non-aggression pact.\n3. Army capped at 600,000.\n";
    let d = Draft::from_text("t", mail);
    assert_eq!(labels(mail), ["1", "2", "3"]);
    assert!(closing_text(&d).is_some_and(|t| t.contains("Army capped at 600,000.")));
    assert!(d.layout.reason.contains("earlier message"));
    // A mail program's `On … wrote:` over the quoted message.
    let reply = "Two comments:\n1. Comment one.\n2. Comment two.\n\nOn Tue, Dec 23, 2025 at 8:02 AM Lead \
                 <lead@example.org> wrote:\n> Please comment.\n>\n> 1. First point.\n> 2. Second point.\n";
    let d = Draft::from_text("t", reply);
    assert_eq!(label_texts(&d)[1].1, "Comment two.");
    assert!(closing_text(&d).is_some_and(|t| t.contains("Second point.")));
    // A page's `Le 23 novembre 2025, le président a écrit :` over a quoted post is no mail.
    let page = "Le plan\n\n1. Un.\n2. Deux.\n\nLe 23 novembre 2025, le président a écrit :\n\
                « Nous travaillons. »\n\n3. Trois.\n4. Quatre.\n";
    assert_eq!(labels(page), ["1", "2", "3", "4"]);
    // A forwarded draft under the header is the draft.
    let forward = "FYI\n\n-----Original Message-----\nFrom: Mark\nSent: Monday\nTo: Olena\nSubject: points\n\n1. Sovereignty confirmed.\n2. Non-aggression pact.\n3. Army capped.\n";
    assert_eq!(labels(forward), ["1", "2", "3"]);
    // A reply's numbered remarks, each citing a point of the draft quoted under it, with a
    // comment between the quoted points: the quoted draft is the draft.
    let remarks = "Добрий день!\n\nКоротко:\n1) п. 3 треба пом'якшити;\n2) п. 4 я б прибрала.\n\nЗ повагою,\nОлена\n\n\
                   > 23.11.2025, 22:47, Андрій <a@example.org> пише:\n>\n> 1. Ми підтверджуємо підтримку.\n>\n\
                   > 2. Домовленості ухвалюються за участі України.\n>\n> 3. Ми вимагаємо повернути дітей.\n\n\
                   Пропоную «закликаємо».\n\n>\n> 4. Ми закликаємо передати ППО.\n";
    let d = Draft::from_text("t", remarks);
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    assert!(d.preamble.contains("п. 3 треба"), "{}", d.preamble);
    // Remarks of its own, not citing points, stay the reply's list, as above.
    let own = remarks
        .replace("п. 3 треба", "треба")
        .replace("п. 4 я б", "я б");
    assert_eq!(labels(&own), ["1", "2"]);
    // Numbered like the quoted draft, under its header, the remarks still are no points.
    let same = "Коротко:\n1. п. 3 треба пом'якшити;\n2. п. 4 я б прибрала.\n\nОлена\n\n-----Original Message-----\n\
                From: Андрій\nSent: Monday\nTo: Олена\nSubject: План\n\n1. Перший.\n2. Другий.\n3. Третій.\n4. Четвертий.\n5. П'ятий.\n";
    assert_eq!(
        texts(same),
        ["Перший.", "Другий.", "Третій.", "Четвертий.", "П'ятий."]
    );
    // A counter-proposal replacing the clauses of a draft not twice as long is the reply's.
    let counter = "Our counter-proposal:\n\n1. Clause 1 is replaced: a ceasefire on 1 March.\n2. Clause 2 is replaced: all for all.\n\
                   3. Clause 3 is replaced: sanctions stay.\n\nAnna\n\n-----Original Message-----\nFrom: Lead\nSent: Monday\nTo: Anna\n\
                   Subject: Plan\n\n1. A ceasefire.\n2. An exchange.\n3. Sanctions go.\n4. Elections.\n5. A fund.\n";
    assert_eq!(labels(counter), ["1", "2", "3"]);
}

#[test]
fn an_annex_after_the_last_point_is_no_text_of_it() {
    let contract = "AGREEMENT\n\nClause 1 Definitions\nTerms mean what they say.\n\nClause 2 Term\nIt lasts a year.\n\nClause 3 Governing law\nEnglish law governs it.\n\nSchedule 1 – Service levels\n1. Drones are available 95% of the time.\n2. Faults are fixed within 48 hours.\n";
    let d = Draft::from_text("t", contract);
    assert_eq!(
        label_texts(&d).last(),
        Some(&("3", "Governing law\nEnglish law governs it."))
    );
    assert!(closing_text(&d).is_some_and(|t| t.starts_with("Schedule 1")));
    let ja = "法律\n\n第一条　目的を定める。\n\n第二条　定義を定める。\n\n第三条　報告する。\n\n附　則\nこの法律は、公布の日から施行する。\n";
    assert!(closing_text(&Draft::from_text("t", ja)).is_some());
    // A bill's explanatory memorandum under its last article, its heading in capitals.
    let bill = "USTAWA (projekt, test)\n\nArt. 1. Tworzy się Fundusz.\nArt. 2. Fundusz finansuje odbudowę.\nArt. 3. Ustawa wchodzi w życie po 14 dniach.\n\nUZASADNIENIE\nProjektowana ustawa zapewnia finansowanie odbudowy.\n";
    let d = Draft::from_text("t", bill);
    assert_eq!(
        label_texts(&d).last(),
        Some(&("Art. 3", "Ustawa wchodzi w życie po 14 dniach."))
    );
    assert!(closing_text(&d).is_some_and(|t| t.starts_with("UZASADNIENIE")));
    // A German draft's `Begründung` in small letters, with its notes on each section (`Zu §
    // 1` over `§ 1 beschreibt…`, which is no ninth section numbered 1).
    let entwurf = "Entwurf eines Gesetzes (Test)\n\n§ 1 Zweck\nDas Gesetz regelt die Hilfe.\n\n§ 2 Zuständigkeit\nZuständig ist die Förderstelle.\n\n§ 3 Inkrafttreten\nDas Gesetz tritt morgen in Kraft.\n\nBegründung\n\nZu § 1\n§ 1 beschreibt den Zweck.\n\nZu § 3\nDie Frist ist kurz.\n";
    let d = Draft::from_text("t", entwurf);
    assert_eq!(fixture_labels(&d), ["§ 1", "§ 2", "§ 3"]);
    assert!(closing_text(&d).is_some_and(|t| t.starts_with("Begründung")));
    // A reason under each amendment, the numbers going on below it, is the amendment's.
    let amendments = "Poprawki (test)\n\n1) w art. 2 skreśla się pkt 3;\n\nUzasadnienie\nPoprawka usuwa przepis.\n\n\
                      2) w art. 5 dodaje się ust. 4;\n\nUzasadnienie\nPoprawka uzupełnia ustawę.\n\n3) w art. 9 skreśla się ust. 2.\n";
    assert_eq!(labels(amendments), ["1", "2", "3"]);
    // A sentence naming a schedule is no annex's heading.
    for heading in [
        "Schedule 1 – Service levels",
        "ANNEX",
        "Додаток 2",
        "Annex II",
        "ПОЯСНЮВАЛЬНА ЗАПИСКА",
    ] {
        assert!(super::annex_heading(heading), "{heading}");
    }
    for sentence in [
        "Schedule 1 of the old agreement still applies to them.",
        "Annexes to the report were read.",
        "schedule 2",
        "Пояснювальна записка до пункту 3 додається.",
    ] {
        assert!(!super::annex_heading(sentence), "{sentence}");
    }
}

#[test]
fn a_pages_lists_and_lines_after_the_points_are_not_points() {
    // A `Most read` box and a wiki's references, numbered from 1 again to the end.
    for (text, last) in [
        (
            "Framework\n\n1. Sovereignty is reaffirmed.\n\n2. A pact is signed.\n\n3. A fund is created.\n\nMost read\n\n1. Storm knocks out power\n\n2. Bank holds rates\n",
            "Most read\n1. Storm knocks out power\n2. Bank holds rates",
        ),
        (
            "Porozumienie\n\n1. Suwerenność jest potwierdzona.\n\n2. Pakt zostaje podpisany.\n\n3. Fundusz powstaje.\n\nNajczęściej czytane\n1. Zima wraca do miasta\n2. Nowe stawki podatku\n",
            "Najczęściej czytane\n1. Zima wraca do miasta\n2. Nowe stawki podatku",
        ),
        (
            "Framework\nFrom Wikipedia, the free encyclopedia\n\nThe points were:[1]\n\n1. Sovereignty is confirmed.[2]\n2. A pact is concluded.[2]\n3. Elections are held.[3]\n\nReferences\n\n1. ^ \"Framework published\". Example News.\n2. ^ \"The points\". Example Daily.\n",
            "References\n1. ^ \"Framework published\". Example News.\n2. ^ \"The points\". Example Daily.",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(fixture_labels(&d), ["1", "2", "3"], "{text}");
        let closing = d.points.last().unwrap();
        assert_eq!(closing.kind, PointKind::Closing);
        assert_eq!(closing.text, last);
    }
    // A list of what an appeal encloses, numbered from 1 again to the end: its items are
    // short titles of documents.
    let d = Draft::from_text(
        "t",
        "Обращение\n\nПросим:\n1. Заменить скамейки.\n2. Установить урны.\n3. Восстановить освещение.\n\nПриложения:\n1. Схема сквера на 1 л.\n2. Подписи жителей на 4 л.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(closing_text(&d).is_some_and(|c| c.starts_with("Приложения:")));
    // An order's list of staff who sign that they have read it, after the director's
    // signature, is the closing too.
    let d = Draft::from_text(
        "t",
        "НАКАЗ\n\nНАКАЗУЮ:\n\n1. Перевести виробництво до цеху № 1.\n2. Встановити двозмінний режим.\n3. Контроль залишаю за собою.\n\nДиректор                         Олег ТКАЧУК\n\nЗ наказом ознайомлені:\n1. Гнатюк Л. М.      ____________   «___» ________ 2025\n2. Бойко Р. С.       ____________   «___» ________ 2025\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(closing_text(&d).is_some_and(|c| c.contains("З наказом ознайомлені:")));
    // Right under the last point, with no signature, the list is left as it is.
    let d = Draft::from_text(
        "t",
        "ПРИКАЗ\n\n1. Назначить ответственного.\n2. Провести инструктаж.\n\nС приказом ознакомлены:\n1. Петров П. П.\n2. Сидоров С. С.\n\n3. Контроль оставляю за собой.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "1", "2", "3"]);
    // Under `Додатки:` a draft may set its annexes out in full: long items stay points.
    let d = Draft::from_text(
        "t",
        "Постанова\n\n1. Затвердити порядок.\n2. Визначити виконавця.\n\nДодатки:\n1. Порядок подання заяв визначає, хто і в який строк подає заяву до органу місцевого самоврядування разом з документами.\n2. Заява розглядається протягом тридцяти днів з дня її надходження, а рішення надсилається заявникові письмово.\n",
    );
    assert_eq!(fixture_labels(&d).len(), 4);
    // The wiki's own line is left out; its citation marks do not make the lead a heading.
    let d = Draft::from_text(
        "t",
        "Framework\nFrom Wikipedia, the free encyclopedia\n\nThe points were:[1]\n\n1. Sovereignty is confirmed.[2]\n2. A pact is concluded.[2]\n3. Elections are held.[3]\n",
    );
    assert_eq!(d.layout.left_out.len(), 1);
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    // Notes numbered inside a law's article are followed by its next articles: they stay.
    let d = Draft::from_text(
        "t",
        "Act\n\nArticle 1. Terms.\n\nArticle 2. Scope.\n\nNotes:\n1. The first note to the article.\n2. The second note to the article.\n\nArticle 3. Entry into force.\n",
    );
    assert_eq!(fixture_labels(&d), ["Article 1", "Article 2", "Article 3"]);
    // A messenger's emoji before `Читайте також:` does not make it a heading.
    let d = Draft::from_text(
        "t",
        "Головне\n\n1️⃣ Суверенітет підтверджується.\n2️⃣ Угода про ненапад.\n\n👉 Читайте також: що відомо про переговори\n\n3️⃣ Армія без скорочень.\n4️⃣ Фонд відбудови.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    assert_eq!(d.layout.left_out.len(), 1);
    // An editor's note in square brackets stays in the point before it too, and heads no
    // section over the points after it.
    let d = Draft::from_text(
        "t",
        "Acuerdo\n\n1. El local se cede a la Asociación.\n\n2. Los gastos corren a cargo del Ayuntamiento.\n\n[Nota: la Asociación pide elevar el límite.]\n\n[Comentario de R. Gil: de acuerdo con 1.800 euros.]\n\n3. El acuerdo dura cuatro años.\n\n4. Se puede resolver con tres meses de preaviso.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    assert!(label_texts(&d)[1].1.ends_with("1.800 euros.]"));
    // So does a note named so, however it ends; a template's part in brackets heads its points.
    let d = Draft::from_text(
        "t",
        "SPA\n\n1. The Seller sells the shares.\n\n2. The price is EUR 50,000.\n\n[Drafting note: clause 3 only if the Buyer is a company]\n\n3. The Buyer is duly incorporated.\n",
    );
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    let d = Draft::from_text(
        "t",
        "Terms\n\n[PART A – SERVICES]\n\n1. The Supplier cleans weekly.\n\n[PART B – PAYMENT AND INVOICING]\n\n2. Invoices are paid in 30 days.\n",
    );
    assert_eq!(
        d.numbered().nth(1).unwrap().1.section.as_deref(),
        Some("[PART B – PAYMENT AND INVOICING]")
    );
    // An editor's note in brackets between points stays in the point before it.
    let d = Draft::from_text(
        "t",
        "План\n\n1. Суверенитет подтверждается.\n\n2. Стороны заключают соглашение.\n\n(Пункт 3 американского плана исключается)\n\n4. Начинается диалог.\n\n5. Украина получает гарантии.\n",
    );
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    assert!(label_texts(&d)[1].1.ends_with("исключается)"));
}

#[test]
fn a_draft_quoted_by_a_page_is_its_points_and_the_page_text_after_is_the_closing() {
    let d = fixture("quoted-draft.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5", "6", "7"]);
    let points: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
    // The quotation marks are the page's: the first point starts, and the last ends,
    // with the draft's own words.
    assert!(points[0].starts_with("A full ceasefire"));
    assert_eq!(
        points[6],
        "All foreign armed units and mercenaries leave the area."
    );
    // A quotation inside a point is the point's.
    assert!(points[5].ends_with("\"all for all\"."));
    let closing = d.points.last().unwrap();
    assert_eq!(closing.kind, PointKind::Closing);
    assert!(closing.text.starts_with("The leaders also backed"));
    // The page's invitation to read another article is left out.
    assert!(closing.text.ends_with("separate declaration."));
    assert_eq!(d.layout.left_out.len(), 1);
    // Guillemets, the quote closing after a quotation of its own.
    let d = Draft::from_text(
        "t",
        "Текст документа\nНаводимо повний текст.\n«1. Припинення вогню.\n2. Відведення озброєнь.\n3. Обмін полоненими за принципом «всіх на всіх».»\nДокумент підписали вночі.\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    let last = d.numbered().last().unwrap().1;
    assert_eq!(last.text, "Обмін полоненими за принципом «всіх на всіх».");
    assert_eq!(d.points.last().unwrap().text, "Документ підписали вночі.");
    // Unquoted, a last point ending in a quotation keeps its next line (here, as other
    // points have more than one paragraph).
    let d = Draft::from_text(
        "t",
        "Plan\n\n1. A ceasefire.\n2. Guns pulled back.\nThe mission verifies it.\n3. Prisoners exchanged \"all for all.\"\nThe exchange is overseen by the Red Cross.\n",
    );
    assert!(
        d.numbered()
            .last()
            .unwrap()
            .1
            .text
            .ends_with("by the Red Cross.")
    );
    assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
    // An amending law quotes the new wording of an article after its own first point:
    // that quotation is a point's text, not a point.
    assert_eq!(
        labels(
            "Закон\n\n1. Статтю 4 викласти в такій редакції:\n«1. Оборона держави покладається на уряд.»;\nчастину другу виключити.\n\n2. Статтю 5 доповнити частиною такого змісту:\n«4. Уряд щороку звітує про оборону.».\n\n3. Статтю 6 виключити.\n\n4. Цей Закон набирає чинності з дня опублікування.\n"
        ),
        ["1", "2", "3", "4"]
    );
    // Each point quoted on its own; and English quoting of several paragraphs, each
    // opening with a mark and the last closing: the marks are the page's, the text
    // after the last is the closing.
    for text in [
        "Memo\n\nThe ministry listed:\n\n\"1. A ceasefire along the whole line.\"\n\n\"2. An exchange of all prisoners.\"\n\n\"3. Elections within 100 days.\"\n\nKyiv has not replied.\n",
        "Memo\n\nThe ministry listed:\n\n\"1. A ceasefire along the whole line.\n\n\"2. An exchange of all prisoners. Its motto: \"all for all\"\nIt is overseen by the Red Cross.\n\n\"3. Elections within 100 days.\"\n\nKyiv has not replied.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(fixture_labels(&d), ["1", "2", "3"], "{text}");
        assert_eq!(
            d.numbered().last().unwrap().1.text,
            "Elections within 100 days."
        );
        assert_eq!(d.points.last().unwrap().text, "Kyiv has not replied.");
    }
    // A quotation inside the last point does not close the draft's: its next lines stay.
    let d = Draft::from_text(
        "t",
        "Statement\n\nIt reads:\n\n\"1. Peace is the aim.\n2. Prisoners are exchanged.\n3. The sides call it \"all for all.\"\nThe exchange ends within a month.\nThe sides report to the group.\"\n\nIt is signed next week.\n",
    );
    assert!(
        d.numbered()
            .last()
            .unwrap()
            .1
            .text
            .ends_with("The sides report to the group.")
    );
    assert_eq!(d.points.last().unwrap().text, "It is signed next week.");
}

#[test]
fn a_treatys_closing_formula_and_signatures_are_the_closing_not_the_last_article() {
    let d = fixture("treaty-closing-formula.txt");
    assert_eq!(
        fixture_labels(&d),
        ["Article 1", "Article 2", "Article 3", "Article 4"]
    );
    // The last article keeps its own paragraphs.
    let four = &d.numbered().last().unwrap().1.text;
    assert!(four.ends_with("unless a Party objects."), "{four}");
    let closing = d.points.last().unwrap();
    assert_eq!(closing.kind, PointKind::Closing);
    assert!(closing.text.starts_with("Done at Vienna on 3 March"));
    assert!(closing.text.ends_with("For the second Party"));
    // Ukrainian, right under the last point of a numbered list.
    let d = Draft::from_text(
        "t",
        "Угода\n\n1. Сторони співпрацюють.\nСпівпраця охоплює енергетику.\n\n2. Угода набирає чинності з дня підписання.\nВчинено в м. Києві 3 березня у двох примірниках.\nЗа Першу Сторону\n",
    );
    assert_eq!(
        d.numbered().last().unwrap().1.text,
        "Угода набирає чинності з дня підписання."
    );
    assert!(
        d.points
            .last()
            .unwrap()
            .text
            .starts_with("Вчинено в м. Києві")
    );
    // Minutes: the chair closes the meeting after the last agenda item, whose text is set off
    // by blank lines like every item's.
    let d = Draft::from_text(
        "t",
        "Compte rendu (texte d'essai)\n\nPoint 1 : Budget\nLe budget est adopté.\n\nPoint 2 : Travaux\nLe préau sera repeint.\n\nPoint 3 : Divers\nUn abri à vélos est demandé.\n\nLa séance est levée à 19 h 40.\nLa directrice\n",
    );
    assert_eq!(
        d.numbered().last().unwrap().1.text,
        "Divers\nUn abri à vélos est demandé."
    );
    assert!(closing_text(&d).is_some_and(|c| c.starts_with("La séance est levée")));
    // Rules of procedure saying when a meeting is closed, with no time: the article's text.
    let text = "Règlement (texte d'essai)\n\nArticle 1\nLe conseil se réunit chaque mois.\n\nArticle 2\nLe maire préside.\n\nArticle 3\nLa séance est levée par le maire lorsque l'ordre du jour est épuisé.\n";
    let d = Draft::from_text("t", text);
    assert!(closing_text(&d).is_none());
    assert!(label_texts(&d)[2].1.starts_with("La séance est levée"));
    // A wrapped line that starts with the same words is the article's.
    let d = Draft::from_text(
        "t",
        "Treaty\n\nArticle 1\nThe Parties cooperate.\n\nArticle 2\nThe demining work shall be\ndone in stages agreed each year.\n",
    );
    assert!(
        d.numbered()
            .last()
            .unwrap()
            .1
            .text
            .ends_with("agreed each year.")
    );
    assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
    // Words that open a formula but name no place or originals, or quote a formula as
    // new wording, are the point's.
    for last in [
        "3. Digitise the land records.\nDone in 18 of 24 regions; the rest by the end of the year.\n",
        "3. The inspection is recorded.\nDone in accordance with the standards, the record is signed by both.\n",
        "3. Порушення фіксується.\nВчинено в стані сп'яніння, воно карається вдвічі.\n",
        "3. The final formula is replaced by the following:\nDone at Geneva on the date below, in English and French.\n",
    ] {
        let d = Draft::from_text(
            "t",
            &format!("Plan\n\n1. One thing.\nIts detail.\n\n2. Another thing.\n\n{last}"),
        );
        assert!(
            d.points.iter().all(|p| p.kind != PointKind::Closing),
            "{last}"
        );
    }
}

#[test]
fn text_after_the_list_is_the_closing_not_the_last_point() {
    let d = fixture("text-after-the-list.txt");
    let four = d.numbered().last().unwrap().1;
    assert_eq!(four.label, "4");
    assert_eq!(
        four.text,
        "Elections are held as soon as possible after signature."
    );
    assert!(d.source[four.range.clone()].ends_with("after signature."));
    let closing = d.points.last().unwrap();
    assert_eq!(
        (closing.kind, closing.label.as_str()),
        (PointKind::Closing, "Closing")
    );
    assert!(
        closing
            .text
            .starts_with("The text now goes to the other side")
    );
    assert!(closing.text.ends_with("remains the hardest point."));
    assert_eq!(
        d.layout.left_out[0].text,
        "Read more: what the allies said about the revised plan"
    );
    assert!(d.source[closing.range.clone()].starts_with("The text now goes"));
    // `Read more:` heads no point: not a section heading; nor does the page's lead-in, the
    // only heading, which stays in the preamble.
    assert!(d.layout.headings.is_empty());
    assert!(d.preamble.contains("Full text of the revised plan"));
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    // One paragraph per line, no blank lines: the same.
    let d = Draft::from_text(
        "t",
        "Plan\n1. One is agreed.\n2. Two is agreed.\n3. Three is agreed.\nOfficials said the talks go on.\nA reply is due next week.\n",
    );
    assert_eq!(d.numbered().last().unwrap().1.text, "Three is agreed.");
    assert_eq!(
        d.points.last().map(|p| (p.kind, p.text.as_str())),
        Some((
            PointKind::Closing,
            "Officials said the talks go on.\nA reply is due next week."
        ))
    );
    // A point with lines of its own (one paragraph per line) does not make the prose set off
    // after the last point its text.
    let d = Draft::from_text(
        "t",
        "Plan\n\n1. One is agreed.\n2. Two is agreed, with terms.\nIf one side attacks, the guarantees lapse.\nThe payment clause is gone.\n3. Three is agreed.\n\nEarlier, the president said the talks go on.\n",
    );
    assert_eq!(d.numbered().last().unwrap().1.text, "Three is agreed.");
    assert_eq!(
        closing_text(&d),
        Some("Earlier, the president said the talks go on.")
    );
    assert!(d.numbered().nth(1).unwrap().1.text.ends_with("is gone."));
    // Unless the last point's sentence goes on there (`…on these terms:` over `violations…`).
    let d = Draft::from_text(
        "t",
        "Plan\n\n1. One is agreed.\n2. Two is agreed, with terms.\nIf one side attacks, the guarantees lapse.\n3. It binds the parties on these terms:\n\nviolations are sanctioned within 48 hours.\n",
    );
    assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
    // A signature block right under the last point, no blank line between.
    let d = Draft::from_text(
        "t",
        "MEMORANDUM\n\n1. The parties cooperate on flood warnings.\n2. Each party names a contact office.\n3. This memorandum takes effect on signature.\nFor the Ministry of Environment\nJ. Smith\n",
    );
    assert_eq!(
        d.numbered().last().unwrap().1.text,
        "This memorandum takes effect on signature."
    );
    assert_eq!(
        d.points.last().unwrap().text,
        "For the Ministry of Environment\nJ. Smith"
    );
}

#[test]
fn a_last_point_of_several_paragraphs_keeps_them_when_others_have_several_too() {
    let text = "Plan\n\n1. One.\n\nMore on one.\n\n2. Two.\n\nMore on two.\n\n3. Three.\n\nMore on three.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        d.numbered().last().unwrap().1.text,
        "Three.\nMore on three."
    );
    assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
    // Sub-items are not paragraphs: they stay in the last point.
    let d = Draft::from_text(
        "t",
        "Plan\n\n1. One.\n\n2. Two.\n\n3. Three:\n\na) first;\n\nb) second.\n",
    );
    assert!(d.numbered().last().unwrap().1.text.ends_with("b) second."));
    assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
}

#[test]
fn the_closing_never_takes_another_points_paragraph() {
    // Keyword lines as section headings, the draft ending in one; point 5 has a second
    // paragraph, point 6 (the last) none: point 6 is whole, and the closing is the last
    // heading line.
    let text = "Plan\n\nSection 1\n1. Один.\n2. Два.\n3. Три.\n\nSection 2\n4. Чотири.\n5. П'ять.\n\nЩе про п'ять.\n6. Шість пунктів погоджено.\n\nSection 3\n";
    let d = Draft::from_text("t", text);
    let six = d.numbered().last().unwrap().1;
    assert_eq!(six.text, "Шість пунктів погоджено.");
    assert!(d.source[six.range.clone()].starts_with("6. Шість"));
    assert_eq!(d.points.last().unwrap().text, "Section 3");
    // Under keyword headings a last article of two paragraphs keeps both.
    let d = Draft::from_text(
        "t",
        "Treaty\n\nArticle 1\nOne.\n\nArticle 2\nTwo.\n\nArticle 3\nThree.\n\nIt may be renewed for six months.\n",
    );
    assert_eq!(
        d.numbered().last().unwrap().1.text,
        "Three.\nIt may be renewed for six months."
    );
    assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
}

#[test]
fn a_short_tail_is_the_closing_only_when_nothing_else_follows() {
    let last = |text: &str| {
        let d = Draft::from_text("t", text);
        assert!(
            d.points.iter().all(|p| p.kind != PointKind::Closing),
            "{text}"
        );
        d.numbered().last().unwrap().1.text.clone()
    };
    // Names after a colon belong to the point.
    assert!(
        last(
            "Decision\n\n1. One.\n2. Two.\n3. The following are appointed:\nJohn Smith\nJane Doe\n"
        )
        .ends_with("Jane Doe")
    );
    // Wrapped text that broke after a sentence.
    assert!(last("M\n\n1. One.\n2. Two.\n3. It takes effect on signature. It lasts five\nyears.\nThe parties may extend it by agreement for\nfurther periods of five years.\n").ends_with("five years."));
    // A point wrapped after a sentence does not keep the closing from the line after
    // the list.
    let d = Draft::from_text(
        "t",
        "M\n\n1. The parties cooperate. They share data.\nEach party pays its own costs\nof doing so.\n2. Two.\n3. Three.\n\nDone in Kyiv on 3 May 2026 in two copies.\n",
    );
    assert_eq!(d.points.last().unwrap().kind, PointKind::Closing);
}

#[test]
fn the_closing_starts_at_the_first_of_a_paragraph_or_a_signature() {
    // A signature block right under the last point closes the draft, but not when
    // another point has a second paragraph: then the short lines may be the last point's
    // own (a list of sectors or names after a full stop).
    let d = Draft::from_text(
        "t",
        "Decision\n\n1. The budget is approved.\n2. Two.\n3. Three.\n4. Pay rises.\nFor the Board\nChair\n",
    );
    assert_eq!(d.numbered().last().unwrap().1.text, "Pay rises.");
    assert_eq!(d.points.last().unwrap().text, "For the Board\nChair");
    let d = Draft::from_text(
        "t",
        "Decision\n\n1. The plan is approved.\n\nIt covers 2027.\n2. Two.\n3. The fund supports these sectors.\nAgriculture\nEnergy\n",
    );
    assert!(d.numbered().last().unwrap().1.text.ends_with("Energy"));
    // Set off by a blank line, a block of several such lines is the signatures, though a
    // point has a second paragraph (a statement signed by three leaders).
    let d = Draft::from_text(
        "t",
        "Statement

1. The fire stops.

The sides stay where they are.
2. Two.
3. Links reopen.

President of A
Prime Minister of B
",
    );
    assert_eq!(d.numbered().last().unwrap().1.text, "Links reopen.");
    assert_eq!(
        d.points.last().unwrap().text,
        "President of A\nPrime Minister of B"
    );
    // Prose, then a signature, after the last point: all of it is the closing.
    let d = Draft::from_text(
        "t",
        "Decision\n\n1. One.\n2. Two.\n3. The committee meets monthly.\n\nThe Board reviews this in December.\nFor the Board\nChair\n",
    );
    assert_eq!(
        d.numbered().last().unwrap().1.text,
        "The committee meets monthly."
    );
    assert!(
        d.points
            .last()
            .unwrap()
            .text
            .starts_with("The Board reviews this")
    );
}

#[test]
fn notes_under_a_footnote_rule_close_the_points() {
    let text = "Joint communiqué (test text)\n1. The delegations met three times.\n\
        2. They extended the truce by thirty days.\n3. They asked the mission to double its patrols.38\n\
        4. They meet again at the month's end.\n__________\n38 The mission has forty members.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d)[3],
        ("4", "They meet again at the month's end.")
    );
    assert_eq!(closing_text(&d), Some("38 The mission has forty members."));
    // A short line to fill in stays the point's text.
    let form = "Form (test text)\n1. Name of the monitor:\n_____\n2. Post held:\n_____\n";
    assert_eq!(texts(form)[0], "Name of the monitor:\n_____");
}

#[test]
fn a_witness_formula_over_the_place_and_date_closes() {
    let text = "ACCORD (texte d'essai)\n\nArticle 1\nLes parties coopèrent.\n\nArticle 2\nL'accord entre en vigueur à la signature.\n\
        En foi de quoi, les soussignés ont signé le présent accord.\n\
        Fait à Paris, le 3 mars 2025, en deux exemplaires originaux.\nPour la République A\nPour la République B\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d)[1].1,
        "L'accord entre en vigueur à la signature."
    );
    assert!(
        closing_text(&d)
            .is_some_and(|c| c.starts_with("En foi de quoi") && c.contains("Fait à Paris"))
    );
    // The same in English and German, over signatories' headings with their colon, with a
    // long dated formula, and in Spanish and Italian: the witness formula, then the dated one.
    for (witness, done, sign) in [
        (
            "IN WITNESS WHEREOF the undersigned have signed this Agreement.",
            "Done at Vienna on 3 March 2026, in two originals in English.",
            "For A\nFor B",
        ),
        (
            "Zu Urkund dessen haben die Unterzeichneten dieses Abkommen unterschrieben.",
            "Geschehen zu Wien am 3. März 2026 in zwei Urschriften.",
            "Für A\nFür B",
        ),
        (
            "IN WITNESS WHEREOF, the undersigned, being duly authorised thereto by their \
             respective Governments, have signed this Agreement.",
            "DONE at Vienna on 3 March 2026, in duplicate, in the English and German \
             languages, both texts being equally authentic.",
            "For the Government of the Republic of Austria:\n\nFor the Government of the \
             United Kingdom:",
        ),
        (
            "En fe de lo cual, los abajo firmantes suscriben el presente Acuerdo.",
            "Hecho en Madrid, el 3 de marzo de 2026, en dos ejemplares.",
            "Por el Reino de España\nPor la República de Valdoria",
        ),
        (
            "In fede di che, i sottoscritti hanno firmato il presente Accordo.",
            "Fatto a Roma, il 3 marzo 2026, in due originali.",
            "Per la Repubblica Italiana\nPer la Repubblica di Valdoria",
        ),
    ] {
        let text = format!(
            "AGREEMENT (test text)\n\nArticle 1\nThe Parties cooperate.\n\nArticle 2\nThis \
             Agreement enters into force on signature.\n\n{witness}\n\n{done}\n\n{sign}\n"
        );
        let d = Draft::from_text("t", &text);
        assert_eq!(
            label_texts(&d)[1].1,
            "This Agreement enters into force on signature.",
            "{witness}"
        );
        assert!(closing_text(&d).is_some_and(|c| c.starts_with(witness) && c.contains(done)));
    }
    // An American bill as a chamber passed it, and its attestation.
    let text = "A BILL (test text)\n\nSection 1. Short title\nThis Act is the Transit Act.\n\nSection 2. \
                Effective date\nThis Act takes effect on July 1.\n\nPassed the Senate on first reading.\n\n\
                Attest:\n\nJULIA DOE,\n\nSecretary.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d)[1].1,
        "Effective date\nThis Act takes effect on July 1."
    );
    assert!(closing_text(&d).is_some_and(|c| c.starts_with("Passed the Senate")));
    // The same form quoted by a section, past a blank line under its colon, is the section's.
    let text = "A BILL (test text)\n\nSection 1. Form\nEach engrossed bill shall bear the following:\n\n\
                Passed the House of Representatives [date].\n\nAttest:\n\n[NAME],\n\nClerk.\n";
    let d = Draft::from_text("t", text);
    assert!(closing_text(&d).is_none(), "{:?}", closing_text(&d));
    // Two dated formulas, in two languages, close too.
    let text = "AGREEMENT (test text)\n\nArticle 1\nThe Parties cooperate.\n\nArticle 2\nThis \
                Agreement enters into force on signature.\n\nDone at Brussels on 3 March 2026.\n\
                Fait à Bruxelles, le 3 mars 2026.\n\nFor the European Union\nFor Ukraine\n";
    let d = Draft::from_text("t", text);
    assert!(closing_text(&d).is_some_and(|c| c.starts_with("Done at Brussels")));
    // A status list's `Done in …; …` under an article stays its text, even over a dated one.
    let text = "Status (test text)\n\nArticle 1\nDemining continues.\n\nArticle 2\nRepairs to \
                power lines.\nDone in Kharkiv and Sumy; the rest in 2026.\nDone in Odesa on 3 \
                March 2026.\n";
    assert!(
        label_texts(&Draft::from_text("t", text))[1]
            .1
            .contains("Done in Odesa")
    );
    // Not when the point's own sentences follow the witness line.
    let text = "AGREEMENT (test text)\n\nArticle 1\nThe Parties cooperate.\n\nArticle 2\n\
        IN WITNESS WHEREOF the Parties record their will.\nThe Commission reports each year on \
        the progress made.\nDone at the Commission's seat on 3 March 2026.\n";
    let d = Draft::from_text("t", text);
    assert!(label_texts(&d)[1].1.contains("reports each year"));
}

#[test]
fn notes_cited_by_the_points_close_the_list() {
    let text = "LISTE (texte d'essai)\n1. Délibération.\n2. Attestation d'assurance (1).\n\
                3. Déclaration d'absence de charges (2).\n(1) Une attestation sur l'honneur \
                suffit.\n(2) Absence d'hypothèque\nsur le bien.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d)[2].1,
        "Déclaration d'absence de charges (2)."
    );
    assert!(
        closing_text(&d)
            .is_some_and(|c| c.starts_with("(1) Une attestation") && c.ends_with("sur le bien."))
    );
    // The last point's own items `(1)`, `(2)`, cited by nothing before them, stay.
    let text = "LIST (test text)\n1. Funds.\n2. Talks.\n3. The board shall:\n(1) meet monthly;\n\
                (2) report yearly.\n";
    assert!(
        label_texts(&Draft::from_text("t", text))[2]
            .1
            .contains("(2) report yearly.")
    );
    // Nor when a line after the notes is no note.
    let text = "LIST (test text)\n1. Funds (1).\n2. Talks.\n3. Aid.\n(1) A note.\n4. More aid.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
    // A web page's footnotes in square brackets, cited right after the points' words.
    let text = "STATEMENT (test text)\n\n1. A shared ferry ticket.[1]\n2. A lower speed limit.[2]\n\
                3. A clean-up day.\n\n[1] Its price is set by the operator.\n[2] It is 20 knots now.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(label_texts(&d)[2].1, "A clean-up day.");
    assert!(
        closing_text(&d).is_some_and(|c| c.starts_with("[1] Its price") && c.ends_with("now."))
    );
    // Items `[1]`, `[2]` opening the lines of every point cite nothing: the last point's
    // stay its own.
    let text = "PLAN (test text)\n\n1. The ferry:\n[1] a shared ticket;\n[2] a lower limit.\n\
                2. The harbour:\n[1] a clean-up day;\n[2] new bins.\n3. The beach:\n[1] lifeguards;\n\
                [2] no jet skis.\n";
    let d = Draft::from_text("t", text);
    assert!(closing_text(&d).is_none());
    assert!(label_texts(&d)[2].1.ends_with("[2] no jet skis."));
    // Cited by nothing, they stay the last point's.
    let text = "STATEMENT (test text)\n\n1. A shared ferry ticket.\n2. A lower speed limit.\n\
                3. A clean-up day:\n[1] in spring;\n[2] in autumn.\n";
    assert!(
        label_texts(&Draft::from_text("t", text))[2]
            .1
            .contains("[2] in autumn.")
    );
}

#[test]
fn an_asterisk_footnote_cited_above_closes_the_list() {
    // A Russian outlet's mandatory note on an organisation it names (`издание*`).
    let text = "ПЛАН (тестовый текст)\nТекст опубликовало издание*, его подтвердили.\n\n\
                1. Суверенитет подтвержден.\n2. Пакт подписан.\n3. Армия ограничена.\n\n\
                * Издание признано нежелательной\nорганизацией.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(label_texts(&d)[2].1, "Армия ограничена.");
    assert!(
        closing_text(&d)
            .is_some_and(|c| c.starts_with("* Издание") && c.ends_with("организацией."))
    );
    // Cited in a point, with a second mark (`**`).
    let text = "PLAN (test text)\n\n1. Borders hold.\n2. Meta** and the Fund* agree.\n\
                3. Aid flows.\n\n* A note.\n** Another note.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(label_texts(&d)[2].1, "Aid flows.");
    // A bullet under the last point is cited by no word, and Markdown's `*emphasis*` is no
    // citation: both stay the point's.
    for text in [
        "PLAN (test text)\n\n1. Borders hold.\n2. Talks go on.\n3. Aid flows to:\n\n* Kharkiv\n* Sumy\n",
        "PLAN (test text)\n\n1. Borders *hold* firm.\n2. Talks go on.\n3. Aid flows.\n\n* hold firm\n",
        "PLAN (test text)\n\n1. Borders hold.\n2. Talks go on.\n3. Aid flows via the *Sumy \
         crossing point* to:\n\n* Kharkiv\n* Sumy\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(closing_text(&d).is_none(), "{text}");
        assert!(label_texts(&d)[2].1.contains("\n"), "{text}");
    }
}

#[test]
fn signing_formulas_of_more_languages_close() {
    for done in [
        "Signed at Geneva on 3 March 2026, in two originals.",
        "Gedaan te Middelburg, op 1 juni 2026, in tweevoud.",
        "Sporządzono w Gdańsku dnia 1 czerwca 2026 r. w dwóch egzemplarzach.",
        "Vyhotoveno v Brně dne 1. června 2026 ve dvou vyhotoveních.",
        "Feito em Lisboa, em 1 de junho de 2026, em dois exemplares.",
        "Încheiat la Iași la 1 iunie 2026, în două exemplare.",
        "Съставено в София на 1 юни 2026 г. в два екземпляра.",
        "Feito em duplicado, em Lisboa, aos 3 de março de 2026.",
        "Dada en la Sala de Sesiones, a los diez días de junio de 2026.",
        "Sporządzono we Wrocławiu dnia 1 czerwca 2026 r.",
        "E, por estarem assim justos e contratados, assinam o presente em duas vias.",
        "Y para que así conste, firman el presente contrato por duplicado.",
        "Letto, confermato e sottoscritto.",
        "Fait en deux exemplaires, à Genève, le 3 mars 2026.",
        "IN TESTIMONY WHEREOF, the undersigned have signed this Agreement.",
        "Dado en Madrid, el 1 de diciembre de 2025.",
        "Il presente decreto, munito del sigillo dello Stato, sarà inserito nella Raccolta.",
        "This Regulation shall be binding in its entirety and directly applicable.",
        "THE WHITE HOUSE,\nDecember 1, 2025.",
        "Fait le 1er décembre 2025.\nPar le Premier ministre :\nLe ministre de l'intérieur,",
    ] {
        let text = format!(
            "AGREEMENT (test text)\n\nArticle 1\nThe Parties cooperate.\n\nArticle 2\nIt \
             enters into force on signature.\n\n{done}\n\nFor A\nFor B\n"
        );
        let d = Draft::from_text("t", &text);
        assert_eq!(
            label_texts(&d)[1].1,
            "It enters into force on signature.",
            "{done}"
        );
        assert!(
            closing_text(&d).is_some_and(|c| c.starts_with(done)),
            "{done}"
        );
    }
}

#[test]
fn a_sentence_opening_with_an_execution_formula_stays_the_points() {
    // A list of agreements, each with its status line; the last keeps its own.
    let text = "AGREEMENTS (test text)\n\n1. Memorandum on energy\nSigned by the ministers on \
                12 May 2025.\n\n2. Agreement on readmission\nSigned by the ministers on 12 May \
                2025.\n\n3. Protocol on the border\nSigned by the heads of service on 13 May 2025.\n";
    let d = Draft::from_text("t", text);
    assert!(closing_text(&d).is_none());
    assert!(label_texts(&d)[2].1.ends_with("13 May 2025."));
    let text = "DECISION (test text)\n\n1. The talks go on.\n\n2. The Council signs.\n\n\
                For and on behalf of the Member States, the Presidency signs the Final Act.\n";
    let d = Draft::from_text("t", text);
    assert!(closing_text(&d).is_none());
    assert!(label_texts(&d)[1].1.ends_with("the Final Act."));
    // A line to sign is the closing.
    let text = "AGREEMENT (test text)\n\n1. The Supplier supplies.\n\n2. English law governs.\n\n\
                For and on behalf of EXAMPLE LLC\n\nSigned by NAME, director ........\n";
    let d = Draft::from_text("t", text);
    assert!(closing_text(&d).is_some_and(|c| c.starts_with("For and on behalf")));
}

#[test]
fn a_spanish_laws_promulgation_closes_it() {
    // `Por tanto,` over the King's command, the place and date, and the signatures.
    let text = "Ley de prueba\n\nArtículo 1. Objeto.\nRegula las ayudas.\n\n\
                Disposición final única. Entrada en vigor.\nAl día siguiente.\n\n\
                Por tanto,\nMando a todos los españoles, particulares y autoridades, que guarden \
                y hagan guardar esta ley.\n\nMadrid, 18 de diciembre de 2025.\n\nFELIPE R.\n\n\
                El Presidente del Gobierno,\nNOMBRE APELLIDO\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["Artículo 1", "Disposición final única"]);
    assert_eq!(label_texts(&d)[1].1, "Entrada en vigor.\nAl día siguiente.");
    assert!(
        closing_text(&d).is_some_and(|c| c.starts_with("Por tanto,") && c.ends_with("APELLIDO"))
    );
    // `Por tanto` running on in a sentence is the point's text.
    let text = "Ley de prueba\n\nArtículo 1. Objeto.\nRegula las ayudas.\n\nArtículo 2. Plazo.\n\
                Seis meses.\nPor tanto, las ayudas se pagan antes.\n";
    assert!(closing_text(&Draft::from_text("t", text)).is_none());
}

#[test]
fn a_signature_or_a_place_and_date_set_off_under_the_last_article_is_the_closing() {
    // A law's signatory and place, a statute's adoption and date, a bylaw's signing line and
    // signatory: under keyword articles whose bodies have paragraphs of their own.
    for (text, last, closing) in [
        (
            "ЗАКОН\n\nСтаття 1. Мета\nЗакон визначає порядок.\n\nСтаття 2. Набрання чинності\nЗакон набирає чинності з дня опублікування.\n\nКабінет Міністрів готує акти.\n\nПрезидент України\nм. Київ\n5 березня 2025 року\n№ 4321-IX\n",
            "Кабінет Міністрів готує акти.",
            "Президент України\nм. Київ\n5 березня 2025 року\n№ 4321-IX",
        ),
        (
            "Reglamento\n\nArtículo 1.- El Consejo se reúne cada mes.\nArtículo 2.- Los acuerdos se adoptan por mayoría.\n\nAprobado en asamblea, a 9 de octubre de 2024.\n",
            "Los acuerdos se adoptan por mayoría.",
            "Aprobado en asamblea, a 9 de octubre de 2024.",
        ),
        (
            "ДОГОВІР\n\nСтаття 1. Предмет\nСторони відновлюють підстанції.\n\nСтаття 2. Строк дії\nДоговір діє три роки.\n\nм. Житомир, 15 квітня 2025 року\n",
            "Договір діє три роки.",
            "м. Житомир, 15 квітня 2025 року",
        ),
        (
            "ДОГОВОР\n\nСтатья 1. Предмет\nСтороны восстанавливают подстанции.\n\nСтатья 2. Срок действия\nДоговор действует три года.\n\nг. Москва, 5 мая 2025 г.\n",
            "Договор действует три года.",
            "г. Москва, 5 мая 2025 г.",
        ),
        (
            "Satzung\n\n§ 1 Zweck\nDie Halle dient dem Sport.\n\n§ 2 Inkrafttreten\nDiese Satzung tritt am Tag nach ihrer Bekanntmachung in Kraft.\n\nAusgefertigt: Neustadt, den 10. Januar 2025\nDer Bürgermeister\n",
            "Inkrafttreten\nDiese Satzung tritt am Tag nach ihrer Bekanntmachung in Kraft.",
            "Ausgefertigt: Neustadt, den 10. Januar 2025\nDer Bürgermeister",
        ),
        // A date in Chinese numerals under the issuing body; a place whose date is left
        // blank for the signing; lines to sign on, with the signatories' titles (and names).
        (
            "某市办法\n\n第一条　为了方便市民，制定本办法。\n\n第二条　本办法自发布之日起施行。\n\n某市文化和旅游局\n二〇二五年六月\n",
            "本办法自发布之日起施行。",
            "某市文化和旅游局\n二〇二五年六月",
        ),
        (
            "Satzung\n\n§ 1 Zweck\nDer Verein fördert den Sport.\n\n§ 2 Vorstand\nDer Vorstand besteht aus drei Personen.\n\nWeißenau, den ...................\n",
            "Der Vorstand besteht aus drei Personen.",
            "Weißenau, den ...................",
        ),
        (
            "Convenio\n\n1. El Ayuntamiento cede el local a la Asociación.\n\n2. La Asociación limpia el local.\n\nEn Valdemora, a __ de ______ de 2025.\n",
            "La Asociación limpia el local.",
            "En Valdemora, a __ de ______ de 2025.",
        ),
        (
            "Projeto de Lei\n\nArt. 1º Ficam instalados bebedouros nas praças.\n\nArt. 2º Esta Lei entra em vigor na data de sua publicação.\n\nSala das Sessões, em ___ de ______ de 2025.\nVereador Paulo Matos\n",
            "Esta Lei entra em vigor na data de sua publicação.",
            "Sala das Sessões, em ___ de ______ de 2025.\nVereador Paulo Matos",
        ),
        (
            "Vyhláška\n\nČl. 1\nObec stanoví dobu nočního klidu.\n\nČl. 2\nTato vyhláška nabývá účinnosti dnem vyhlášení.\n\n................................          ................................\nstarosta                                  místostarosta\n",
            "Tato vyhláška nabývá účinnosti dnem vyhlášení.",
            "................................          ................................\nstarosta                                  místostarosta",
        ),
        // Minutes numbering their agenda's questions, signed on lines with titles and names.
        (
            "Протокол № 2\n\nПитання 1. Про кошторис.\nВИРІШИЛИ: затвердити кошторис.\n\nПитання 2. Різне.\nВИРІШИЛИ: наступні збори провести у вересні.\n\nГолова зборів ____________ Н. Гаврилюк\nСекретар ____________ Т. Бондар\n",
            "ВИРІШИЛИ: наступні збори провести у вересні.",
            "Голова зборів ____________ Н. Гаврилюк\nСекретар ____________ Т. Бондар",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert!(
            d.numbered().last().unwrap().1.text.ends_with(last),
            "{text}"
        );
        assert_eq!(closing_text(&d), Some(closing), "{text}");
    }
    // The article's own last paragraph stays: a list after a lead-in, a sentence that names a
    // date, short lines with no date (members, addressees, a table of fees), a schedule of
    // dates.
    for (text, last_words) in [
        // The last of lettered items (`в.` over `г.`) with a place and a date: an item.
        (
            "ДОГОВІР\n\nСтаття 1. Предмет\nСторони відновлюють підстанції.\n\nСтаття 2. Строки\nРоботи виконуються в такі строки.\n\nа. Підстанція Північна, 1 березня 2025 року.\n\nб. Підстанція Східна, 1 квітня 2025 року.\n\nв. Підстанція Західна, 1 травня 2025 року.\n\nг. Підстанція Південна, 1 червня 2025 року.\n",
            "Південна, 1 червня 2025 року.",
        ),
        (
            "Statute\n\nArticle 1\nThe Board meets.\n\nArticle 2\nThe Board has three founding members.\n\nAustria\nBelgium\nCzech Republic\n",
            "Czech Republic",
        ),
        (
            "Закон\n\nСтаття 1. Мета\nЗакон визначає порядок.\n\nСтаття 2. Виконання\nЦей Закон виконують такі органи.\n\nКабінет Міністрів України\nНаціональний банк України\n",
            "Національний банк України",
        ),
        (
            "Rules\n\nArticle 1\nFees are paid in advance.\n\nArticle 2\nThe fees are as follows.\n\nRegistration of a company      EUR 100\nAnnual renewal      EUR 50\n",
            "EUR 50",
        ),
        (
            "Plan\n\nArticle 1\nThe plan has phases.\n\nArticle 2\nThe phases start on these dates.\n\nPhase one, 1 March 2026\nPhase two, 1 June 2026\n",
            "1 June 2026",
        ),
        (
            "Treaty\n\nArticle 1\nThe Parties cooperate.\n\nArticle 2\nThe members of the Board are:\n\nAlpha Republic\nBeta Kingdom\n",
            "Beta Kingdom",
        ),
        (
            "Treaty\n\nArticle 1\nThe Parties cooperate.\n\nArticle 2\nThe review is held every year.\n\nThe first review, on 5 March 2027, is public.\n",
            "is public.",
        ),
        // A short rule under a sentence is no line to sign on, nor a sentence's dotted leader
        // (in lower case, not a signatory's title).
        (
            "Rules\n\nArticle 1\nFees are paid in advance.\n\nArticle 2\nThe fee is due monthly.\n\n.....\n",
            ".....",
        ),
        (
            "Rules\n\nArticle 1\nFees are paid in advance.\n\nArticle 2\nThe fee is due monthly.\n\nthe amount due is ..........\n",
            "the amount due is ..........",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert!(
            d.numbered().last().unwrap().1.text.ends_with(last_words),
            "{text}"
        );
        assert_eq!(closing_text(&d), None, "{text}");
    }
}

#[test]
fn a_paragraph_set_off_after_a_tight_list_is_the_closing() {
    // No blank line between the points (`Point N:` over its line, a chat's `1 - ` lines), then
    // a note set off by one: under a keyword or plain numbers, in capitals or not.
    for (text, closing) in [
        (
            "Summary\n\nPoint 1:\nA ceasefire from Sunday.\nPoint 2:\nHeavy guns withdrawn.\nPoint 3:\nA hotline.\n\nThe summary was not confirmed by either side.\n",
            "The summary was not confirmed by either side.",
        ),
        (
            "here is what they sent\n\n1 - guns pulled back 15 km\n2 - observers get access\n3 - corridor opens on day 2\n\nthoughts?\n",
            "thoughts?",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(d.numbered().count(), 3, "{text}");
        assert_eq!(closing_text(&d), Some(closing), "{text}");
    }
    // The last point's own paragraph stays: after a sentence left open, indented under the
    // point, or where the points are set apart by blank lines themselves.
    for (text, last_words) in [
        (
            "Terms\n\nPoint 1:\nA ceasefire.\nPoint 2:\nGuns withdrawn.\nPoint 3:\nThe parties agree as follows:\n\nthe hotline stays open day and night.\n",
            "day and night.",
        ),
        (
            "Terms\n\nPoint 1:\nA ceasefire.\nPoint 2:\nGuns withdrawn.\nPoint 3:\nA hotline between the staffs.\n\n   It is tested every week.\n",
            "It is tested every week.",
        ),
        (
            "Terms\n\nArticle 1\nA ceasefire.\n\nArticle 2\nGuns withdrawn.\n\nArticle 3\nA hotline.\n\nIt is tested every week.\n",
            "It is tested every week.",
        ),
        // A sentence carried on after a blank line, in a list whose points end their sentences.
        (
            "Terms of supply\n\n1. The Supplier delivers the goods.\n2. The Buyer pays within 30 days.\n3. The Supplier delivers to the premises of the Buyer\n\nwithin 30 days of the order.\n",
            "within 30 days of the order.",
        ),
        // Articles, even with no blank line between them, keep their paragraphs.
        (
            "SERVICE AGREEMENT\n\nArticle 1. Subject\nCleaning services.\nArticle 2. Price\nEUR 500 a month.\nArticle 3. Termination\nOn 30 days notice.\n\nTermination does not affect rights accrued before it.\n",
            "rights accrued before it.",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert!(
            d.numbered().last().unwrap().1.text.ends_with(last_words),
            "{text}"
        );
        assert_eq!(closing_text(&d), None, "{text}");
    }
}

#[test]
fn a_quote_between_the_points_does_not_keep_the_page_s_last_paragraph_in_the_last_point() {
    // A news page: a quote set off under point 1 (commentary, it stays there), the article's
    // own paragraph after the last point (the closing).
    let text = "Leaked plan\n\nA draft seen by this paper sets out four steps.\n\n\
                1. A ceasefire under observers.\n\n\"Nobody will trust it without observers,\" a diplomat said.\n\n\
                2. Heavy weapons withdrawn.\n\n3. Detainees released.\n\n4. Elections within a year.\n\n\
                The mediators present the plan next week.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.numbered().count(), 4);
    assert!(
        d.numbered()
            .next()
            .unwrap()
            .1
            .text
            .ends_with("a diplomat said.")
    );
    assert_eq!(
        closing_text(&d),
        Some("The mediators present the plan next week.")
    );
    // A point with a paragraph of its own that is not a quote still keeps the last point's.
    let text = "Leaked plan\n\nA draft seen by this paper sets out four steps.\n\n\
                1. A ceasefire under observers.\n\nThe observers come from neutral states.\n\n\
                2. Heavy weapons withdrawn.\n\n3. Detainees released.\n\n4. Elections within a year.\n\n\
                The mediators present the plan next week.\n";
    let d = Draft::from_text("t", text);
    assert!(d.numbered().last().unwrap().1.text.ends_with("next week."));
    assert_eq!(closing_text(&d), None);
}

#[test]
fn the_parties_signatures_side_by_side_under_the_last_article_are_the_closing() {
    // Two parties' columns, named, with lines to sign on after a label.
    let d = Draft::from_text(
        "t",
        "Соглашение\n\nСтатья 1. Предмет\nЦентр проводит занятия.\n\nСтатья 2. Заключительные положения\nСпоры разрешаются путём переговоров.\n\nЦентр: ____________ / Белов А. И. /      Школа: ____________ / Котова Н. С. /\n",
    );
    assert_eq!(
        closing_text(&d),
        Some("Центр: ____________ / Белов А. И. /      Школа: ____________ / Котова Н. С. /")
    );
    // A table of roles and names that the last point announces is its text, and so is a small
    // table set off under the last point.
    let text = "Statute\n\nArticle 1 – Name\nThe club is called Rowing Club.\n\nArticle 2 – Board\nThe board consists of the following persons.\n\nChair        Dr. Helen Price\nTreasurer        Mark Owens\n";
    let d = Draft::from_text("t", text);
    assert_eq!(closing_text(&d), None);
    assert!(d.numbered().nth(1).unwrap().1.text.contains("Mark Owens"));
    let text = "Rules\n\n1. Members pay yearly.\n\n2. The office opens as follows.\n\nMonday to Friday    Open\nSaturday and Sunday    Closed\n";
    let d = Draft::from_text("t", text);
    assert_eq!(closing_text(&d), None);
    assert!(d.numbered().nth(1).unwrap().1.text.contains("Closed"));
}

#[test]
fn a_news_page_s_own_text_after_the_last_point_is_the_closing() {
    // Blocks whose provisions are paragraphs of their own (so the last block's next paragraph
    // could be its own), then the page's recap of earlier reports, or its copyright line.
    for (text, closing) in [
        (
            "Що відомо про план (тестовий текст)\n\n1. Безпека\n\nАрмія зберігає свою чисельність.\n\n2. Відбудова\n\nСтворюється фонд на 50 млрд.\n\n3. Вибори\n\nВибори відбудуться навесні.\n\nНагадаємо, раніше в мережі з'явилася інша версія документа.\n",
            "Нагадаємо, раніше в мережі з'явилася інша версія документа.",
        ),
        (
            "Что известно о плане (тестовый текст)\n\n1. Безопасность\n\nАрмия сохраняет численность.\n\n2. Восстановление\n\nСоздается фонд.\n\n3. Выборы\n\nВыборы пройдут весной.\n\nНапомним, что переговоры продолжатся на следующей неделе.\n",
            "Напомним, что переговоры продолжатся на следующей неделе.",
        ),
        (
            "The plan (test text)\n\n1. Security\n\nThe army keeps its size.\n\n2. Rebuilding\n\nA fund of 50 billion is set up.\n\n3. Elections\n\nElections are held in spring.\n\n© Example Media 2025. All rights reserved.\n",
            "© Example Media 2025. All rights reserved.",
        ),
        // No blank lines on the page: the recap stands right after the point's sentence.
        (
            "The plan (test text)\nPoint 1\nThe army keeps its size.\nIt is reviewed yearly.\nPoint 2\nA fund is set up.\nPoint 3\nElections are held in spring.\nEarlier, Example.NET reported that the talks would move to Oslo.\n",
            "Earlier, Example.NET reported that the talks would move to Oslo.",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(d.numbered().count(), 3, "{text}");
        assert_eq!(closing_text(&d), Some(closing), "{text}");
    }
    // A last clause of the draft's own: `Earlier` with no verb of reporting, copyright as the
    // clause's subject, a credit line the clause quotes before it goes on, minutes citing an
    // earlier meeting, an official letter citing an earlier letter.
    for text in [
        "Licence (test text)\n\n1. Scope\n\nThe licence covers the photos.\n\n2. Fees\n\nNo fee is due.\n\n3. Credit\n\nEach photo is credited as follows:\n© Maria Test 2024\nThe credit stands under the photo.\n",
        "Licence (test text)\n\n1. Scope\n\nThe licence covers the program.\n\n2. Fees\n\nNo fee is due.\n\n3. Notices\n\nThe start screen shows this notice:\n\n© 2025 Test Software Ltd\nAll rights reserved\n",
        "ПРОТОКОЛ (тестовый текст)\n\n1. Отчет председателя.\n\nОтчет принят единогласно.\n\n2. Смета.\n\nСмета утверждена.\n\n3. О ремонте крыши.\n\nКак сообщалось на прошлом собрании, подрядчик закончил работы.\nРЕШИЛИ: работы принять.\n",
        "Лист (тестовий текст)\n\n1. Про облік.\n\nЗабезпечити облік майна.\n\n2. Про звіт.\n\nПодати звіт до 1 квітня.\n\n3. Про виконання.\n\nЯк повідомлялося листом від 1 березня, строк подання звітів змінено.\n",
        "Terms (test text)\n\n1. Security\n\nThe army keeps its size.\n\n2. Rebuilding\n\nA fund is set up.\n\n3. Reporting\n\nThe commission reports each quarter.\n\nEarlier, unpublished reports remain confidential.\n",
        "Licence (test text)\n\n1. Scope\n\nThe licence covers the maps.\n\n2. Fees\n\nNo fee is due.\n\n3. Rights\n\nThe licensee may copy the maps.\n\nCopyright in the maps stays with the Agency.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(closing_text(&d), None, "{text}");
    }
}

#[test]
fn the_heading_of_the_parties_details_under_the_last_article_is_the_closing() {
    let text = "ДОГОВІР ОРЕНДИ (тестовий текст)\n\nСтаття 1. ПРЕДМЕТ\n1.1 Орендодавець передає приміщення.\nСтаття 2. ПЛАТА\n2.1 Плата становить 10 000 грн на місяць.\nСтаття 3. СТРОК\n3.1 Договір діє один рік.\nРеквізити та підписи сторін:\nОрендодавець: ____________     Орендар: ____________\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["Стаття 1", "Стаття 2", "Стаття 3"]);
    assert!(
        closing_text(&d)
            .unwrap()
            .starts_with("Реквізити та підписи сторін:")
    );
    // Right under a last point's sentence left without its stop.
    let text = "CONSULTANCY AGREEMENT (test text)\n\n1. The Consultant advises the Client.\n2. The Client pays a daily rate.\n3. This Agreement is governed by Norwegian law and disputes go to the courts of Oslo\nSignatures of the Parties\nFor the Client: ______________\n";
    assert!(
        closing_text(&Draft::from_text("t", text)).is_some_and(|c| c.starts_with("Signatures"))
    );
    // Among the headings a template's last point lists, it is the point's text.
    let text = "РІШЕННЯ (тестовий текст)\n\n1. Затвердити типовий договір.\n\n2. Оприлюднити його.\n\n3. Договір має такі розділи:\nПредмет договору\nЦіна договору\nРеквізити та підписи сторін\nДодатки до договору\n";
    let d = Draft::from_text("t", text);
    assert_eq!(closing_text(&d), None);
    assert!(label_texts(&d)[2].1.ends_with("Додатки до договору"));
    // Numbered as an article of its own, it is a point.
    let text = "ДОГОВІР (тестовий текст)\n\nСтаття 1. ПРЕДМЕТ\nОрендодавець передає приміщення.\nСтаття 2. ПЛАТА\nПлата становить 10 000 грн.\nСтаття 3. РЕКВІЗИТИ ТА ПІДПИСИ СТОРІН\nОрендодавець: м. Київ, вул. Тестова, 1.\n";
    assert_eq!(labels(text), ["Стаття 1", "Стаття 2", "Стаття 3"]);
}

#[test]
fn a_closing_formula_with_its_place_left_blank_and_a_signed_by_heading() {
    let text = "ARMISTICE (test text)\n\n1. Fire ceases at noon.\n\n2. Forces withdraw two kilometres.\n\n3. Prisoners are exchanged.\n\nDone at ____________ at 1000 hours on the __ day of July, in both languages.\n\nCOMMANDER, NORTH        COMMANDER, SOUTH\n";
    assert!(
        closing_text(&Draft::from_text("t", text)).is_some_and(|c| c.starts_with("Done at ___"))
    );
    let text = "TRATTATO (testo di prova)\n\nArticolo 1\nLe parti cessano il fuoco.\n\nArticolo 2\nLe forze si ritirano.\n\nArticolo 3\nIl trattato entra in vigore alla ratifica.\n\nFatto a ______ il __ aprile 2022, in tre originali.\n";
    assert!(closing_text(&Draft::from_text("t", text)).is_some_and(|c| c.starts_with("Fatto a")));
    let text = "Record (test text)\n\n1. A ceasefire from Sunday.\n\nIt is monitored by drones.\n\n2. Heavy weapons withdrawn.\n\n3. An amnesty law is passed.\n\nSigned by:\nAmbassador H. Test\nL. D. Sample\n";
    assert!(
        closing_text(&Draft::from_text("t", text)).is_some_and(|c| c.starts_with("Signed by:"))
    );
    // A blank in a sentence (`done at ____ o'clock` in a point) is no formula: lower case.
    let text = "Plan (test text)\n\n1. The handover is done at ____ o'clock.\n\n2. Forces withdraw.\n\n3. Observers report.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
}

#[test]
fn a_law_s_signature_block_ending_with_its_number_is_the_closing() {
    let text = "ФЕДЕРАЛЬНЫЙ ЗАКОН (тестовый текст)\n\nСтатья 1. Настоящий закон определяет порядок.\n\nСтатья 2. Правительство утверждает программу.\n\nСтатья 3. Настоящий закон вступает в силу со дня опубликования.\n\nПрезидент\nРоссийской Федерации\nИ. Тестов\nМосква, Кремль\n2 февраля 2016 года\nN 00-ФЗ\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["Статья 1", "Статья 2", "Статья 3"]);
    assert!(closing_text(&d).is_some_and(|c| c.starts_with("Президент") && c.ends_with("N 00-ФЗ")));
    // A bill's block, its date and number left blank to fill in at signature.
    let text = "ЗАКОН (тестовый текст)\n\nСтатья 1. Настоящий закон определяет порядок.\n\nСтатья 2. Настоящий закон вступает в силу со дня опубликования.\n\nГубернатор области                        И.И. Петров\nг. Новоград\n«___» __________ 2025 года\n№ ____-ОЗ\n";
    let d = Draft::from_text("t", text);
    assert!(
        closing_text(&d).is_some_and(|c| c.starts_with("Губернатор") && c.ends_with("№ ____-ОЗ")),
        "{:?}",
        closing_text(&d)
    );
    // Six such lines without the law's number are more than a signature block.
    let text = "ЗАКОН (тестовый текст)\n\nСтатья 1. Настоящий закон определяет порядок.\n\nСтатья 2. Правительство утверждает программу.\n\nСтатья 3. Перечень районов:\n\nСеверный\nЮжный\nЗападный\nВосточный\nЦентральный\n2 февраля 2016 года\n";
    assert_eq!(closing_text(&Draft::from_text("t", text)), None);
}

#[test]
fn a_treaty_formula_wrapped_over_two_lines_with_signature_places_is_the_closing() {
    let treaty = "Угода\n\nСтаття 1\nЗагальні положення\nСторони співпрацюють.\n\nСтаття 2\nНабрання чинності\nУгода набирає чинності з дати підписання.\n\n     Вчинено в м. Києві 14 січня 1998 року в двох примірниках\nукраїнською та англійською мовами.\n\n За Україну                              За Фонд\n (підпис)                                (підпис)\n";
    let d = Draft::from_text("t", treaty);
    assert_eq!(
        label_texts(&d).last(),
        Some(&(
            "Стаття 2",
            "Набрання чинності Угода набирає чинності з дати підписання."
        ))
    );
    assert!(closing_text(&d).is_some_and(|t| t.starts_with("Вчинено")));
    // The formula's date or its copies on a line of their own, then seals' places.
    let minsk = "Соглашение\n\n1. Стороны сотрудничают.\n\n2. Соглашение вступает в силу с даты подписания.\n\nСовершено в городе Минске\n12 февраля 2019 года в двух экземплярах,\nкаждый на русском языке.\n(подпись)                (подпись)\nМ.П.                     М.П.\n";
    let d = Draft::from_text("t", minsk);
    assert_eq!(
        label_texts(&d)[1].1,
        "Соглашение вступает в силу с даты подписания."
    );
    assert!(closing_text(&d).is_some_and(|t| t.starts_with("Совершено в городе Минске")));
    // A last article that is only the formula keeps it: no point is left empty.
    let only = "Agreement\n\nArticle 1\nThe Parties cooperate.\n\nArticle 2\nDone at Port Maren on 1 May 2025 in two originals, each in the\nAsteran and Velmoran languages.\n";
    let d = Draft::from_text("t", only);
    assert!(
        label_texts(&d)
            .last()
            .is_some_and(|p| p.1.starts_with("Done at Port Maren"))
    );
    // So does a last article that is its caption and the formula.
    let caption = "Угода\n\nСтаття 1\nСторони співпрацюють.\n\nСтаття 2. Мови\nВчинено в м. Києві 20 червня 2023 року у двох примірниках, кожний українською та англійською мовами.\n\nЗа Кабінет Міністрів України\n";
    let d = Draft::from_text("t", caption);
    assert!(
        label_texts(&d)
            .last()
            .is_some_and(|p| p.1.contains("Вчинено в м. Києві"))
    );
    // Places to sign in brackets, and nothing else on the line.
    assert!(super::signature_placeholders(" (підпис)        (підпис)"));
    assert!(super::signature_placeholders("(L.S.)"));
    assert!(super::signature_placeholders("/підпис/        /підпис/"));
    assert!(super::signature_placeholders("М.П.                 М.П."));
    assert!(!super::signature_placeholders("/ the Fund signs first /"));
    assert!(!super::signature_placeholders("М.П.Іваненко"));
    assert!(!super::signature_placeholders("(a) the Fund signs first"));
    assert!(!super::signature_placeholders("(signed) by both"));
}

#[test]
fn an_acts_notes_cited_in_its_recitals_under_the_signatures_are_the_closing() {
    let act = "Regulation on repairs\n\nHaving regard to the opinion of the Court of Auditors (1),\nActing in accordance with the ordinary legislative procedure (2),\nHAVE ADOPTED THIS REGULATION:\n\nArticle 1\nSubject matter\nThis Regulation sets up an instrument.\n\nArticle 2\nEntry into force\nThis Regulation enters into force on the day after its publication.\nDone at Brussels, 29 February 2024.\nFor the European Parliament\nThe President\nR. EXAMPLE\n(1)   OJ C 111, 1.2.2024, p. 1.\n(2)   Position of the European Parliament of 27 February 2024.\n";
    let d = Draft::from_text("t", act);
    assert_eq!(labels(act), ["Article 1", "Article 2"]);
    assert!(
        closing_text(&d)
            .is_some_and(|t| t.starts_with("Done at Brussels") && t.contains("OJ C 111"))
    );
    // Notes are cited after a word, not as a part of the text (`subsection (1)`).
    let order = "Order\n\nThis Order amends subsection (1) and subsection (2) of the Act.\n\n1. Fees rise.\n\n2. It comes into force\n(1) as regards point 1, on 1 May;\n(2) as regards the rest, on 1 June.\n";
    let d = Draft::from_text("t", order);
    assert!(label_texts(&d)[1].1.contains("on 1 June."));
    assert!(closing_text(&d).is_none());
    // A last article's own paragraphs, cited elsewhere as `Article 1(1)`, stay in it.
    let own = "Regulation\n\nArticle 1\nAs Article 2(1) and 2(2) say, aid is paid.\n\nArticle 2\nApplication\n(1) It applies from May.\n(2) It applies to all.\n";
    let d = Draft::from_text("t", own);
    assert!(
        label_texts(&d)
            .last()
            .is_some_and(|p| p.1.contains("It applies to all."))
    );
    assert!(closing_text(&d).is_none());
}

#[test]
fn a_news_pages_source_and_a_blogs_comments_after_the_points_are_the_closing() {
    let news = "План\n\n1. Суверенітет.\nТекст першого пункту.\n2. Ненапад.\nТекст другого пункту.\nДжерело: Факти\n";
    let d = Draft::from_text("t", news);
    assert_eq!(label_texts(&d)[1].1, "Ненапад.\nТекст другого пункту.");
    assert_eq!(closing_text(&d), Some("Джерело: Факти"));
    // A source line with text after it is a point's (a table credits its figures).
    let table = "Plan\n\n1. Aid.\nSource: World Bank\nFigures are in dollars.\n2. Trade.\nSource: WTO\nMore text follows here.\n";
    assert!(closing_text(&Draft::from_text("t", table)).is_none());
    let blog = "The draft\n\n1. Ceasefire.\n\nWho enforces it?\n\n2. Elections.\n\nWhen?\n\n7 Responses to \"The draft\"\n\nAnonymous says:\nPoint 2 is vague.\n";
    let d = Draft::from_text("t", blog);
    assert_eq!(label_texts(&d)[1].1, "Elections.\nWhen?");
    assert!(closing_text(&d).is_some_and(|t| t.starts_with("7 Responses")));
    // A count in words, the heading and the invitation on one line, other languages.
    for heading in [
        "One Response to “Our seven rules”",
        "Leave a Reply Cancel reply",
        "2 відповіді на “Дев'ять кроків”",
        "Залишити відповідь",
        "5 комментариев к «Плану»",
    ] {
        let page = format!(
            "Rules\n\n1. Leave before four.\n\n2. Report when back.\n\n{heading}\n\nTaras says:\nThanks.\n"
        );
        let d = Draft::from_text("t", &page);
        assert_eq!(label_texts(&d)[1].1, "Report when back.", "{heading}");
    }
    // A numbered point that opens with the words quotes no title.
    let point = "Rules\n\n1. Consultation.\n\n2 Responses to the consultation are published.\n";
    assert!(closing_text(&Draft::from_text("t", point)).is_none());
    // Each point's own source line, the last one's too.
    let plan = "Plan\n\n1. Roads are repaired.\nSource: state budget.\n\n2. Schools reopen.\nSource: donor funds.\n";
    let d = Draft::from_text("t", plan);
    assert_eq!(
        label_texts(&d)[1].1,
        "Schools reopen.\nSource: donor funds."
    );
    assert!(closing_text(&d).is_none());
    // A record line under every item of minutes is the items' own.
    let minutes = "Minutes\n\n1. The budget was moved.\nMotion agreed to.\n\n2. The audit was moved.\nMotion agreed to.\n";
    assert!(closing_text(&Draft::from_text("t", minutes)).is_none());
    // A record quoted in a sentence that goes on is the point's.
    let guide = "Guide\n\n1. The Chair puts the question.\n2. The Clerk writes in the Journal either\nQuestion agreed to.\nor, if the House votes against,\nQuestion negatived.\n";
    assert!(
        label_texts(&Draft::from_text("t", guide))[1]
            .1
            .ends_with("Question negatived.")
    );
    // The Senate's form of the record.
    let senate = "Motion\n\n1. The Senate notes the date.\n\n2. The Senate supports aid.\n\nQuestion—put and passed.\n";
    assert_eq!(
        closing_text(&Draft::from_text("t", senate)),
        Some("Question—put and passed.")
    );
    // A parliament's record under an order's last paragraph.
    let order = "Order\n\n1. The Bill is taken now.\n\n2. No dilatory Motion is made.\n\nQuestion agreed to.\n";
    let d = Draft::from_text("t", order);
    assert_eq!(label_texts(&d)[1].1, "No dilatory Motion is made.");
    assert_eq!(closing_text(&d), Some("Question agreed to."));
}

#[test]
fn a_replys_few_remarks_over_a_forwarded_draft_leave_the_draft_its_points() {
    let mail = "От: Виталий <v@example.org>\nКому: Группа <g@example.org>\nКопия: Инна <i@example.org>\nТема: FW: проект\n\nКоллеги, замечания:\n– п. 2: срок нереален;\n– п. 4 снять.\n\n-------- Пересылаемое сообщение --------\nОт: Инна <i@example.org>\nТема: проект\nКому: Виталий <v@example.org>\n\n> ПРОЕКТ\n>\n> 1. Движение возобновляется.\n> 2. Поезда ходят ежедневно.\n> 3. Досмотр проводится в пути.\n> 4. Доходы делятся поровну.\n> 5. Соглашение вступает в силу с подписания.\n";
    let d = Draft::from_text("t", mail);
    let texts = label_texts(&d);
    assert_eq!(texts.len(), 5);
    assert_eq!(texts[1], ("2", "Поезда ходят ежедневно."));
    assert!(
        d.layout
            .left_out
            .iter()
            .any(|l| l.text.starts_with("Копия:"))
    );
    // A reply's own list numbered from 1, shorter than the forwarded one, is the draft (a
    // counter-proposal that merges points).
    let counter = "Our version for signature:\n\n1. Ceasefire now.\n2. Prisoners exchanged.\n3. Talks in May.\n\n---------- Forwarded message ---------\nFrom: Mark <m@example.org>\nSubject: draft\nTo: Olena <o@example.org>\n\n1. Ceasefire.\n2. Heavy weapons withdrawn.\n3. Prisoners exchanged.\n4. Talks in April.\n5. Elections.\n";
    let d = Draft::from_text("t", counter);
    assert_eq!(label_texts(&d).len(), 3);
    assert!(closing_text(&d).is_some_and(|t| t.contains("Heavy weapons withdrawn.")));
}

#[test]
fn a_news_sites_footer_asking_to_report_a_typo_is_the_closing() {
    let d = fixture("typo-footer-after-points.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert_eq!(
        closing_text(&d),
        Some("Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter.")
    );
    let text = "План\n\n1. Перший.\n\n2. Другий.\n\nЕсли вы заметили ошибку, выделите её и нажмите Ctrl+Enter.\n";
    assert!(closing_text(&Draft::from_text("t", text)).is_some());
    // A manual's step that names the keys but no error stays the point's.
    let text = "Guide\n\n1. Open the form.\n\n2. Type the message.\n\nPress Ctrl+Enter to send it to the whole team.\n";
    let d = Draft::from_text("t", text);
    assert!(closing_text(&d).is_none());
    assert!(texts(text)[1].ends_with("whole team."));
}

#[test]
fn a_live_pages_later_entries_after_the_points_are_the_closing() {
    // One paragraph per line, no blank lines: the entry after the list opens with its time.
    let d = fixture("live-page-entries-after-points.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5"]);
    let five = d.numbered().last().unwrap().1;
    assert_eq!(
        five.text,
        "Reconstruction starts with the power grid and the water supply."
    );
    let closing = closing_text(&d).unwrap();
    assert!(closing.starts_with("15:45 GMT"), "{closing}");
    assert!(closing.ends_with("for forty minutes."), "{closing}");
    for time in [
        "13:55",
        "9:05 a.m. ET",
        "1:55pm",
        "1.45pm GMT",
        "14:35 Uhr",
        "2:10 p.m. Kyiv time",
        "14:40 (Kyiv)",
        "13:55 GMT+2",
    ] {
        let text = format!(
            "Plan\n\n1. First.\n\n2. Second.\n{time}\nTalks resume\nThe envoys met again.\n"
        );
        assert!(
            closing_text(&Draft::from_text("t", &text)).is_some(),
            "{time}"
        );
    }
    // A time with words after it, or a figure, is a line of the point's.
    for line in [
        "10:30 the session resumes.",
        "12:305",
        "Meeting at 10:30",
        "12.30",
    ] {
        let text = format!("Plan\n\n1. First.\n\n2. Second.\n{line}\n");
        assert!(
            closing_text(&Draft::from_text("t", &text)).is_none(),
            "{line}"
        );
        assert!(texts(&text)[1].ends_with(line), "{line}");
    }
    // A programme's times under each item are its own, the last item's too; and so is an
    // item's time over what happened then, with no headline and no entry after it.
    let text = "Programme\n\n1. Monday. Arrival.\n10:00\nTalks with the minister.\n\n2. Tuesday. Visit to the port.\n11:00\nTour of the grain terminal\n15:30\nDeparture.\n";
    assert!(closing_text(&Draft::from_text("t", text)).is_none());
    assert!(texts(text)[1].ends_with("Departure."));
    let text = "Minutes\n\n1. Apologies. None.\n\n2. Other business. The Chair suspended the meeting.\n11:40\nThe meeting resumed. The auditors raised the valuation of the fund, and the Committee asked for a report.\n";
    assert!(closing_text(&Draft::from_text("t", text)).is_none());
}

#[test]
fn a_pages_list_of_sources_after_the_points_is_the_closing() {
    let d = fixture("sources-after-points.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert_eq!(
        closing_text(&d),
        Some("Quellen:\n(1) Agenturmeldung vom 3.12.2025\n(2) Eigene Recherche")
    );
    // A point's own sources (of financing, or listed as an item's parts) stay its text.
    for text in [
        "Plan\n\n1. Roads are repaired.\n\n2. Funds are set aside.\nSources of financing:\n(1) the state budget for 2026\n",
        "Plan\n\n1. Roads are repaired.\n\n2. Funds are set aside.\nSources:\n(a) the state budget for 2026;\n(b) grants.\n",
        "Plan\n\n1. Roads are repaired.\n\n2. Funds are set aside.\nSources:\n(a) the state budget\n(b) grants\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(closing_text(&d).is_none(), "{text}");
        assert_eq!(fixture_labels(&d), ["1", "2"], "{text}");
    }
}

#[test]
fn a_bills_dated_place_of_session_is_the_closing() {
    let d = fixture("bill-dateline-pt.txt");
    assert_eq!(fixture_labels(&d), ["Art. 1", "Art. 2", "Art. 3"]);
    assert_eq!(
        closing_text(&d),
        Some("Sala das Sessões, em 1º de março de 2026.\nDeputada FULANA DE TAL")
    );
    // An article that only mentions a session on a day stays whole.
    let text = "PROJETO DE LEI\n\nArt. 1º Primeiro.\n\nArt. 2º O Plenário reúne-se em sessão extraordinária no 1º dia útil de dezembro de 2025, com quórum de maioria.\n";
    assert!(closing_text(&Draft::from_text("t", text)).is_none());
}

#[test]
fn a_mails_signature_after_the_last_point_is_the_closing() {
    for (text, closing) in [
        (
            "Plan\n\n1. One is agreed.\n\n2. Two is agreed.\n\n-- \nSent from my phone\n",
            "--\nSent from my phone",
        ),
        (
            "Проєкт (тест)\n\n1. Суверенітет підтверджується.\n2. Вибори після підписання.\n\n--\nОлена Коваленко\nзаступниця голови\n",
            "--\nОлена Коваленко\nзаступниця голови",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(fixture_labels(&d), ["1", "2"], "{text}");
        assert_eq!(closing_text(&d), Some(closing), "{text}");
    }
    // Two dashes inside a point's text, or a dashed sub-item, are the point's.
    let d = Draft::from_text(
        "t",
        "Plan\n\n1. One:\n- first;\n- second.\n\n2. Two -- agreed.\n",
    );
    assert!(closing_text(&d).is_none());
}

#[test]
fn a_readers_numbered_comment_under_the_comments_heading_is_no_point() {
    for heading in [
        "Comments (1)",
        "Коментарі (12)",
        "Kommentare (3)",
        "2 Comments",
        "Комментарии: 3",
        "Comments: 12",
    ] {
        let text = format!(
            "Plan (test)\n\n1. Sovereignty is confirmed.\n2. Elections follow the signing.\n3. A ceasefire starts at once.\n\n{heading}\n\nmaria77 1h ago\n1. It is a trap.\n"
        );
        let d = Draft::from_text("t", &text);
        assert_eq!(fixture_labels(&d), ["1", "2", "3"], "{heading}");
        assert!(
            closing_text(&d).is_some_and(|c| c.starts_with(heading)),
            "{heading}"
        );
    }
    // A section of the draft named so, with no count or with one, keeps its points when they
    // go on from the list's.
    for heading in ["Comments", "Comments (3)", "Comments: 2"] {
        let text = format!(
            "Consultation (test)\n\n1. Scope.\n2. Timing.\n\n{heading}\n\n3. Comments are sent by email.\n4. They are published.\n"
        );
        assert_eq!(labels(&text), ["1", "2", "3", "4"], "{heading}");
    }
}

#[test]
fn a_letters_salutation_is_no_title() {
    let d = Draft::from_text(
        "t",
        "Dear colleagues,\n\nThe revised points:\n\n1. Ceasefire at midnight.\n2. Neutral monitoring.\n3. Sanctions reviewed.\n\nBest regards,\nMark\n",
    );
    assert_eq!(d.title, "");
    assert!(d.preamble.starts_with("Dear colleagues,"));
    assert_eq!(
        labels("Шановні колеги,\n\n1. Перше.\n2. Друге.\n3. Третє.\n"),
        ["1", "2", "3"]
    );
    for salutation in [
        "Шановні колеги!",
        "Dear all",
        "Szanowni Państwo,",
        "Hallo zusammen,",
    ] {
        let d = Draft::from_text(
            "t",
            &format!("{salutation}\n\n1. Perse.\n2. Druhe.\n3. Tretie.\n"),
        );
        assert_eq!(d.title, "", "{salutation}");
    }
}

#[test]
fn a_channels_last_words_under_numbered_points_are_the_closing() {
    // Under a post's numbered points, one paragraph each, a paragraph opening with a
    // messenger's emoji is the channel's, not the last point's.
    let post = "Plan (test text)\n\n1️⃣ Fire stops at midnight.\n\n2️⃣ Heavy weapons are withdrawn.\n\n3️⃣ A mission watches the line.\n\n📌 We will update as we learn more.\n";
    let d = Draft::from_text("t", post);
    assert_eq!(
        d.numbered().last().unwrap().1.text,
        "A mission watches the line."
    );
    assert_eq!(
        closing_text(&d),
        Some("📌 We will update as we learn more.")
    );
    // A point with such a paragraph of its own keeps the last point's too.
    let own = post.replace(
        "2️⃣ Heavy weapons are withdrawn.\n",
        "2️⃣ Heavy weapons are withdrawn.\n\n📌 Artillery first.\n",
    );
    let d = Draft::from_text("t", &own);
    assert!(d.numbered().last().unwrap().1.text.ends_with("learn more."));
}

#[test]
fn a_posts_lead_into_its_points_is_no_title() {
    // A line ending with a colon after a sentence, or addressing its readers, leads in.
    for lead in [
        "⚡️ The draft has been passed to us. Main points:",
        "Friends, here is what the delegations agreed on yesterday:",
        "Друзі, ось що погодили делегації:",
    ] {
        let d = Draft::from_text(
            "t",
            &format!("{lead}\n\n1. Ceasefire.\n2. Monitoring.\n3. Exchange.\n"),
        );
        assert_eq!(d.title, "", "{lead}");
        assert_eq!(d.preamble, lead);
    }
    // A title naming its list stays the title.
    for title in [
        "Key points:",
        "Peace plan: the main provisions",
        "Основні пункти плану:",
        "Ось що передбачає новий проєкт угоди про припинення вогню:",
        "Full text of the 20-point peace framework:",
        "The U.S. plan in brief:",
        "Dr. Kovalenko's rules for negotiators:",
    ] {
        let d = Draft::from_text(
            "t",
            &format!("{title}\n\n1. Ceasefire.\n2. Monitoring.\n3. Exchange.\n"),
        );
        assert_eq!(d.title, title);
    }
}

#[test]
fn an_agendas_last_item_is_only_a_title_and_the_note_under_it_is_the_closing() {
    // Its items are all one line: the note after the last is no text of it (a statute's last
    // section, `3 Short title`, over its text is: its other sections have text under their
    // titles).
    let d = Draft::from_text(
        "t",
        "Agenda\n\n1. Adoption of the agenda\n2. Gas transit\n3. Any other business\n\nThe meeting will be held in room S-3. Please confirm by 9 December.\n",
    );
    assert_eq!(
        closing_text(&d),
        Some("The meeting will be held in room S-3. Please confirm by 9 December.")
    );
}

#[test]
fn a_news_pages_paragraphs_after_the_last_keyword_point_are_its_closing() {
    // A page's copy (its menu is left out): `Пункт N —` points of one paragraph each, then
    // the article's last paragraph.
    let menu = "Вестник\nГлавная\nНовости\nПоиск\nВойти\n\n";
    let points: String = (1..=6)
        .map(|n| format!("Пункт {n} — Положение номер {n} принимается.\n\n"))
        .collect();
    let text = format!(
        "{menu}План\n\n{points}Киев получил документ в четверг. Ответа ждут к концу месяца.\n"
    );
    let d = Draft::from_text("t", &text);
    assert_eq!(d.numbered().count(), 6);
    assert_eq!(
        closing_text(&d),
        Some("Киев получил документ в четверг. Ответа ждут к концу месяца.")
    );
    // A regulation's own `Пункт` keeps its second paragraph.
    let text = format!(
        "Порядок\n\n{points}Це положення не поширюється на громади прифронтових районів.\n"
    );
    let d = Draft::from_text("t", &text);
    assert_eq!(closing_text(&d), None);
    // On a page, one point in ten with a paragraph under it (a box the page set there) does
    // not make the list's points paragraphs long.
    let mut points: String = (1..=12)
        .map(|n| format!("{n}. Provision number {n} applies.\n\n"))
        .collect();
    points = points.replacen(
        "5. Provision number 5 applies.\n\n",
        "5. Provision number 5 applies.\n\nThe site lives on its readers' support.\n\n",
        1,
    );
    let page =
        format!("Skip to content\n\nPlan\n\n{points}Moscow has not yet replied to the text.\n");
    let d = Draft::from_text("t", &page);
    assert_eq!(
        closing_text(&d),
        Some("Moscow has not yet replied to the text.")
    );
    // A draft's own list keeps a proviso under its last point, as under another.
    let text = format!("Plan\n\n{points}Provided that no fine exceeds the cap.\n");
    assert_eq!(closing_text(&Draft::from_text("t", &text)), None);
    // Two points of twelve with paragraphs of their own, on a page: the last one's is its
    // own too.
    let points = points.replacen(
        "8. Provision number 8 applies.\n\n",
        "8. Provision number 8 applies.\n\nIt applies from the first day.\n\n",
        1,
    );
    let page = format!("Skip to content\n\nPlan\n\n{points}It applies from the signature.\n");
    assert_eq!(closing_text(&Draft::from_text("t", &page)), None);
}

#[test]
fn a_readers_comment_numbered_again_under_the_pages_comments_is_no_point() {
    let points: String = (1..=8)
        .map(|n| format!("{n}. Положення номер {n}.\n\n"))
        .collect();
    let text = format!(
        "План\n\n{points}Топ коментарі\n\n+14\nLviv_Observer\nМої червоні лінії прості:\n\n1. Жодного визнання.\n2. Жодних обмежень для армії.\n"
    );
    let d = Draft::from_text("t", &text);
    assert_eq!(d.numbered().count(), 8);
    assert!(closing_text(&d).is_some_and(|t| t.contains("Жодного визнання.")));
    // A draft's own second list under another heading stays.
    let text = format!(
        "План\n\n{points}Прикінцеві положення\n\n1. Закон набирає чинності.\n2. Уряд готує акти.\n"
    );
    assert_eq!(Draft::from_text("t", &text).numbered().count(), 10);
}

#[test]
fn a_pages_subheading_under_the_last_point_opens_the_closing() {
    // A page copied with no blank lines, the page's commentary under several points: the
    // article's subheading under the last one, over its prose, is the closing.
    let mut points = String::new();
    for n in 1..=8 {
        points.push_str(&format!("Пункт {n}. Положення номер {n} ухвалено.\n"));
        if n % 3 == 0 {
            points.push_str("Президент наголосив, що це питання ще обговорюють.\n");
        }
    }
    let page = format!(
        "Перейти до змісту\nПлан з восьми пунктів\n{points}Що далі\nЗа словами президента, США передадуть документ іншій стороні найближчим часом.\n"
    );
    let d = Draft::from_text("t", &page);
    assert_eq!(d.numbered().count(), 8);
    assert!(closing_text(&d).is_some_and(|t| t.starts_with("Що далі")));
    // A draft's own list keeps a short line under its last point.
    let text = format!(
        "План з восьми пунктів\n{points}Що далі\nЗа словами президента, США передадуть документ іншій стороні найближчим часом.\n"
    );
    assert_eq!(closing_text(&Draft::from_text("t", &text)), None);
}

#[test]
fn a_live_pages_posts_numbered_by_the_page_are_no_points() {
    // The page numbers its posts, each headline glued to its time; the plan is quoted in a
    // post, indented deeper. The next post ends the last point.
    let mut page = String::from(
        "Live Reporting\n  1. Kremlin will study the textpublished at 18:20 GMT\n     The Kremlin offers no view.\n  2. What is in the framework?published at 17:45 GMT\n     Here is the draft:\n",
    );
    for n in 1..=5 {
        page.push_str(&format!("     {n}. Provision number {n} is agreed.\n"));
    }
    page.push_str("  3. Territory is the hardest issuepublished at 17:10 GMT\n     Our correspondent says the sides are far apart.\n");
    let d = Draft::from_text("t", &page);
    assert_eq!(labels(&page), ["1", "2", "3", "4", "5"]);
    assert_eq!(
        d.numbered().last().map(|(_, p)| p.text.as_str()),
        Some("Provision number 5 is agreed.")
    );
    assert!(closing_text(&d).is_some_and(|t| t.contains("Territory is the hardest issue")));
}

#[test]
fn a_page_copied_with_no_blank_lines_ends_its_last_point_at_its_line() {
    // Every line of the page is a paragraph: the menu, the byline and the page's lists end no
    // sentence and say nothing of the text's shape, so the journalist's commentary after the
    // last point and the page's "Most read" list are not the point's text.
    let page = "Home / World / Europe\nThe Northern Herald\nSearch\nSign in\nWORLD\n21 November 2025, 14:03\nWhat Washington proposes: the plan in five points\nThe text handed to Kyiv has appeared in the open\nAlex Grant\nShare\n1) The country's sovereignty is confirmed.\n2) The parties conclude a non-aggression agreement.\n3) The army is capped at 600,000 in peacetime.\n4) Elections are held within 100 days.\n5) A ceasefire takes effect once the sides agree.\nEarlier a spokesman said the capital had not received the text and knew of it only from the press.\nMost read\n1. First snow expected in the capital\n2. Pensions in December: who gets more\n3. Central bank leaves its rate unchanged\n© 2025 The Northern Herald\n";
    let d = Draft::from_text("t", page);
    assert_eq!(labels(page), ["1", "2", "3", "4", "5"]);
    assert_eq!(
        d.numbered().last().map(|(_, p)| p.text.as_str()),
        Some("A ceasefire takes effect once the sides agree.")
    );
    assert!(closing_text(&d).is_some_and(|t| t.starts_with("Earlier a spokesman")));
}

#[test]
fn an_annexs_list_or_a_pages_related_documents_numbered_anew_under_the_points_number_none() {
    let text = "Про пункти незламності\n\n1.Визначити пункти.\n2.Відділу освіти забезпечити роботу.\n\
                3.Рішення набирає чинності.\n\nМіський голова          Олена ШЕВЧУК\n\n\
                          Додаток 1\n          до рішення виконавчого комітету\n\n\
                ПЕРЕЛІК пунктів\n1. Ліцей № 1, вул. Шкільна, 4\n2. Будинок культури, вул. Соборна, 19\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    let d = Draft::from_text("t", text);
    let closing = closing_text(&d).unwrap_or_default();
    assert!(closing.contains("Ліцей № 1"), "{closing}");
    let text = "Reassurance force: options\n\n1. Partners agreed on a force.\n\
                2. Officials considered three options.\n3. Option C is the most resilient.\n\n\
                Eastern Europe Department\nExt. 4417\n\n\
                Annex A: Bases considered\n1. RAF Brize Norton\n2. Rzeszów (Poland)\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    let text = "РЕШЕНИЕ\n\n1. Иск удовлетворить частично.\n2. Взыскать задолженность.\n\
                3. В остальной части отказать.\n\nСудья          И.А. Петрова\n\n\
                Источник: kaluga.arbitr.ru\nПохожие документы:\n1. Решение № А23-3981/2025\n\
                2. Постановление № 20АП-5521/2025\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    // An annex whose numbers go on from the points', or whose items are provisions, holds
    // points of the draft.
    let text = "Agreement\n\n1. First.\n2. Second.\n3. Third.\n\nAnnex\n4. Fourth.\n5. Fifth.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4", "5"]);
    let text = "Agreement\n\n1. First.\n2. Second.\n3. Third.\n\nAnnex 1\n1. Omit rule 4.\n2. Omit rule 9.\n";
    assert_eq!(labels(text), ["1", "2", "3", "1", "2"]);
}

#[test]
fn a_meetings_agenda_over_the_items_its_minutes_number_again_is_the_preambles() {
    let text = "ПРОТОКОЛ № 7\nзаседания рабочей группы\n\nПОВЕСТКА ДНЯ:\n\
                1. О подготовке к отопительному периоду.\n2. О резервных источниках.\n3. Разное.\n\n\
                1. СЛУШАЛИ:\nИванова П.С. о подготовке.\nРЕШИЛИ:\n1.1. Информацию принять.\n\n\
                2. СЛУШАЛИ:\nОрлову Н.В. о резервах.\nРЕШИЛИ:\n2.1. Утвердить график.\n\n\
                3. СЛУШАЛИ:\nЗахарова Е.Н.\nРЕШИЛИ:\n3.1. Подготовить памятку.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(
        label_texts(&d)[0].1.starts_with("СЛУШАЛИ"),
        "{:?}",
        label_texts(&d)
    );
    assert!(
        d.preamble.contains("О резервных источниках"),
        "{}",
        d.preamble
    );
    // Minutes that number only their agenda keep its items as the points.
    let text = "Minutes\n\nAgenda:\n1. Budget.\n2. Staffing.\n3. Any other business.\n\n\
                The meeting closed at 18:00.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
}

#[test]
fn an_annex_right_under_the_points_keeps_its_provisions() {
    // No signature between: the annex's measures are provisions, even without full stops.
    let text = "Framework for a settlement\n\n1. The parties agree to the principles below.\n\
                2. The parties implement the measures listed in Annex 1.\n\
                3. This framework enters into force on signature.\n\n\
                Annex 1: Immediate measures\n1. Ceasefire along the current line of contact\n\
                2. Exchange of all prisoners of war, all for all\n\
                3. Return of deported children to their families\n";
    assert_eq!(labels(text).len(), 6, "{:?}", labels(text));
}
