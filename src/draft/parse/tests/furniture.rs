//! Tests of leaving out a page's furniture.

use super::{closing_text, fixture, fixture_labels, label_texts, labels, texts};
use crate::draft::{Draft, PointKind};

#[test]
fn one_invitation_to_read_another_article_is_left_out() {
    let d = Draft::from_text(
        "t",
        "План\n\n1. Суверенітет.\n\nЧитайте також: Зеленський відповів на план\n\n2. Армія.\n\n3. Вибори.\n",
    );
    assert_eq!(d.layout.left_out.len(), 1);
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    // Other sites' words for it, over a headline (and its date): `Більше по темі:`,
    // `Читать также`.
    for invitation in ["Більше по темі:", "Читать также\n23 декабря, 18:40"]
    {
        let text = format!(
            "План\n\n1. Суверенітет.\n\n{invitation}\nПесков: Москва изучит документ\n\n2. Армія.\n\n3. Вибори.\n"
        );
        let d = Draft::from_text("t", &text);
        assert_eq!(label_texts(&d)[0], ("1", "Суверенітет."), "{invitation}");
        assert!(
            d.numbered().all(|(_, p)| p.section.is_none()),
            "{invitation}"
        );
    }
    // A law's own cross-reference stays, alone.
    let d = Draft::from_text(
        "t",
        "Rules\n\n1. A passport.\n\nSee also: Annex 1 to these rules\n\n2. A residence card.\n",
    );
    assert!(d.layout.left_out.is_empty());
}

#[test]
fn calls_to_subscribe_and_links_naming_the_site_are_page_furniture() {
    let text = "План: повний текст\n\nВидання оприлюднило документ.\n\n1. Суверенітет підтверджено.\n\nПідписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини\n\n2. Угоду про ненапад укладено.\n\nЧитайте також на «Сайт.UA»: Що змінилося після Женеви\n\n3. Гарантії надано.\n\nFollow us on Telegram\n\n4. Армію обмежено.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Суверенітет підтверджено."),
            ("2", "Угоду про ненапад укладено."),
            ("3", "Гарантії надано."),
            ("4", "Армію обмежено."),
        ]
    );
    assert_eq!(d.layout.left_out.len(), 3);
    assert_eq!(
        super::page_furniture("Підписуйтесь на наш канал, щоб не пропустити важливе."),
        Some(crate::draft::parse::furniture::Furniture::Subscribe)
    );
    // A promotion whose last sentence calls to subscribe, and a page's bulleted links under
    // its invitation to read on, between the points.
    let text = "План: повний текст\n\nВидання оприлюднило документ.\n\n1. Суверенітет підтверджено.\n\nБільше новин — у нашому Telegram-каналі. Підписуйтеся!\n\n2. Угоду про ненапад укладено.\n\nЧитайте також:\n   - У Кремлі заявили, що не отримували документ\n   - Реакція європейських столиць\n\n3. Гарантії надано.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Суверенітет підтверджено."),
            ("2", "Угоду про ненапад укладено."),
            ("3", "Гарантії надано."),
        ]
    );
    assert_eq!(d.layout.left_out.len(), 4, "{:?}", d.layout.left_out);
    // But a guide's list of documents to read right under its point, or in small letters, is
    // the point's; and an offer's terms ending in a call are a provision.
    for text in [
        "Рекомендації (тест)\n\n1. Вчитель складає план.\n\n2. Рекомендована література.\nЧитайте також:\n- Закон України «Про освіту»\n- Концепцію «Нова українська школа»\n\n3. Вчитель проходить навчання.\n",
        "Guidelines (test)\n\n1. Members attend a seminar.\n\nRead also:\n- the Code of Conduct for Councillors\n- the Guide to the Budget\n\n2. Members declare their interests.\n",
        "Оферта (тест)\n\n1. Доступ надається після оплати.\n\n2. Оплата доступу означає повне й беззастережне прийняття цієї оферти та згоду на обробку даних у нашому Telegram-каналі. Підписуйтеся!\n\nFollow us on Telegram\n",
    ] {
        let d = Draft::from_text("t", text);
        let kept = d.layout.left_out.iter().all(|l| {
            !l.text.contains("Закон") && !l.text.contains("Code") && !l.text.contains("оферти")
        });
        assert!(kept, "{text}: {:?}", d.layout.left_out);
    }
    // A call alone after a short promotion, in English too.
    assert_eq!(
        super::page_furniture("More stories on our Telegram channel. Subscribe!"),
        Some(crate::draft::parse::furniture::Furniture::Subscribe)
    );
    // A sentence about a channel, or a call with no channel named, is text.
    for line in [
        "Sanctions stay until the Council decides. Follow-up talks are held on Telegram.",
        "The ministry said on Telegram that talks go on.",
        "Subscribe to the treaty's principles.",
        "Підписуйтесь на офіційний канал оповіщення громади, щоб знати про евакуацію.",
        "Subscribe to the council's official flood-warning channel.",
    ] {
        assert_eq!(super::page_furniture(line), None, "{line}");
    }
}

#[test]
fn a_channels_subscribe_button_after_its_list_is_left_out() {
    let post = "План\n\n1⃣ Суверенітет.\n2⃣ Ненапад.\n3⃣ Гарантії.\n\n➡️ Підписатися\n";
    let d = Draft::from_text("t", post);
    assert_eq!(
        label_texts(&d),
        [("1", "Суверенітет."), ("2", "Ненапад."), ("3", "Гарантії.")]
    );
    assert_eq!(d.layout.left_out.len(), 1);
    // The verb in a sentence is the text's.
    assert!(super::page_furniture("Підписатися на угоду мають обидві сторони.").is_none());
}

#[test]
fn a_pdf_copy_keeps_its_points_without_the_page_footers() {
    let d = fixture("pdf-copy.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5", "6"]);
    let texts: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
    // The footer in the middle of the list is left out; the wrapped `5.` is text.
    assert_eq!(
        texts[2],
        "The country receives security guarantees from its partners."
    );
    assert!(
        texts[4].replace('\n', " ").ends_with("Article 5."),
        "{}",
        texts[4]
    );
    assert!(texts.iter().all(|t| !t.contains("Page")));
    assert_eq!(d.layout.left_out.len(), 3);
    assert!(d.preamble.starts_with("Unofficial working text"));
    // A page footer is one of a few shapes; a sentence about a page is text.
    for line in [
        "Page 2 of 10",
        "Сторінка 3 з 7",
        "Seite 2/4",
        "стр. 4 из 9",
        "PAGE 1",
        // A running header or footer beside it, in columns of its own.
        "DRAFT FRAMEWORK AGREEMENT - CONFIDENTIAL                 Page 1 of 3",
        "Page 2 of 3\tRestricted",
        "Проєкт угоди   Сторінка 2 з 5",
        // A presentation's slide counter.
        "Слайд 2 из 4",
        "Slide 3 of 12",
        "Folie 1 von 6",
    ] {
        assert!(super::page_number_line(line), "{line}");
    }
    for line in [
        "Page 5 of the report",
        "Page",
        "2 of 3",
        "Page two of three",
        // A sentence beside it is a point's text.
        "The parties meet again in March.     Page 1 of 3",
        "Costs      12",
        "discuss progress\t\tPage 1 of 2",
    ] {
        assert!(!super::page_number_line(line), "{line}");
    }
}

#[test]
fn a_presentations_slide_counters_are_no_title_and_no_text() {
    // A slide deck copied as text: the counter over each slide's text.
    let text = "Слайд 1 из 3\n\nГУМАНИТАРНЫЙ КОРИДОР\nОсновные положения\n\nСлайд 2 из 3\n\n\
                ① Коридор открыт ежедневно.\n\n② Маршрут согласован заранее.\n\nСлайд 3 из 3\n\n\
                ③ Колонны сопровождает Красный Крест.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "ГУМАНИТАРНЫЙ КОРИДОР");
    assert_eq!(labels(text), ["①", "②", "③"]);
    assert!(
        d.points.iter().all(|p| !p.text.contains("Слайд")),
        "{:?}",
        d.points
    );
    // A slide named in a sentence is text.
    assert!(!super::page_number_line("Slide 3 shows the map"));
}

#[test]
fn a_web_pages_furniture_is_left_out_of_the_points_and_listed() {
    let d = fixture("web-page-furniture.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5", "6"]);
    assert!(d.layout.headings.is_empty(), "{:?}", d.layout.headings);
    let left: Vec<(usize, &str)> = d
        .layout
        .left_out
        .iter()
        .map(|l| (l.line, l.text.as_str()))
        .collect();
    assert_eq!(
        left,
        [
            (2, "By A. Reporter (Photo: Agency)"),
            (10, "Advertisement"),
            (14, "Read also: How the talks in Geneva went"),
            (18, "Story continues below advertisement"),
            (
                22,
                "Troops at a training ground, November 2025. (AP Photo/Staff)"
            ),
        ]
    );
    let points: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
    assert_eq!(
        points[4],
        "Security guarantees are given by the United States and European states."
    );
    // A line that only starts like furniture is the draft's (here its closing).
    assert!(
        d.points
            .last()
            .unwrap()
            .text
            .starts_with("Related provisions:")
    );
    // Ukrainian: an announcement whose headline is on the next line, and a credit.
    let d = Draft::from_text(
        "t",
        "План\n\nПункт 1\n\nСуверенітет підтверджено.\n\nРеклама\n\nПункт 2\n\nУгода про ненапад.\n\nЧитайте також:\nЩо змінилося в плані\n\nПункт 3\n\nГарантії безпеки.\n\nІлюстративне фото / © Агенція\n",
    );
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(d.layout.headings.is_empty(), "{:?}", d.layout.headings);
    assert_eq!(d.layout.left_out.len(), 4);
    assert_eq!(d.numbered().nth(2).unwrap().1.text, "Гарантії безпеки.");
    assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
    // A draft's own lines that look like furniture stay: one `Реклама` heading in an
    // election law (a page shows its furniture more than once), a `Photo:` requirement
    // with figures, `photo/video` in a sentence, a lone `Read also:` whose headline was
    // lost before a section heading.
    let d = Draft::from_text(
        "t",
        "Закон\n\nАгітація\n\n1. Агітація починається з реєстрації.\n\nРеклама\n\n2. Політична реклама оплачується з фонду.\n",
    );
    assert_eq!(d.layout.headings.len(), 2);
    assert!(d.layout.left_out.is_empty());
    let d = Draft::from_text(
        "t",
        "Visa rules\n\nAdvertisement\n\n1. Applicants bring a passport.\nPhoto: 35 x 45 mm, colour, taken within six months.\n\n2. Evidence may include photo/video recordings (see Annex 2)\nand witness statements.\n\nRead also:\n\nHumanitarian issues\n\n3. Prisoners are exchanged.\n\nStory continues below advertisement\n",
    );
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        left,
        [
            "Advertisement",
            "Read also:",
            "Story continues below advertisement"
        ]
    );
    assert!(
        d.numbered()
            .next()
            .unwrap()
            .1
            .text
            .contains("Photo: 35 x 45 mm")
    );
    assert!(d.numbered().nth(1).unwrap().1.text.contains("photo/video"));
    assert_eq!(
        d.numbered().nth(2).unwrap().1.section.as_deref(),
        Some("Humanitarian issues")
    );
}

#[test]
fn social_footers_foreign_ad_marks_and_omission_marks_are_left_out() {
    let left_out = |text: &str| -> Vec<String> {
        Draft::from_text("t", text)
            .layout
            .left_out
            .iter()
            .map(|l| l.text.clone())
            .collect()
    };
    // A German page: an invitation with its headline, an ad's mark, a photo credit.
    let german = "TESTTEXT\nWir dokumentieren den Plan:\n1. Die Grenzen werden bestätigt.\n\
        2. Ein Abkommen wird geschlossen.\nLesen Sie auch\nWas der Plan für den Süden bedeutet\n\
        3. Die Armee wird begrenzt.\nWerbeanzeige\n4. Garantien werden gegeben.\nFoto: Archiv/Max Muster\n\
        5. Ein Fonds wird eingerichtet.\n";
    assert_eq!(labels(german), ["1", "2", "3", "4", "5"]);
    assert_eq!(left_out(german).len(), 4, "{:?}", left_out(german));
    let d = Draft::from_text("t", german);
    assert_eq!(label_texts(&d)[1].1, "Ein Abkommen wird geschlossen.");
    // A post copied with its footer: the counts, buttons, time and views are no text of the
    // last point.
    let post = "TEST POST\nThe terms as I got them:\n1) Truce from midnight\n2) Sailors back within 72h\n\
        3) Aid through neutral agencies\nShow more\nTranslate post\n12:31 PM · Nov 21, 2025\n\
        1.2M Views\n\nSee translation\n2.4K\n312 comments\nLike\nComment\nShare\n";
    let d = Draft::from_text("t", post);
    assert_eq!(label_texts(&d)[2].1, "Aid through neutral agencies");
    assert_eq!(left_out(post).len(), 10, "{:?}", left_out(post));
    // A page's `(…)` between the points it quotes.
    let excerpt = "TESTTEXT\nAuszüge:\n\n1. Die Grenzen werden bestätigt.\n\n(…)\n\n\
        5. Garantien werden gegeben.\n\n(…)\n\n9. Wahlen finden statt.\n";
    let d = Draft::from_text("t", excerpt);
    assert!(d.layout.headings.is_empty(), "{:?}", d.layout.headings);
    assert_eq!(left_out(excerpt), ["(…)", "(…)"]);
    // One button word alone is a draft's own line (a heading `Share` of a shareholders'
    // agreement), and a count needs its word or its K or M (`312` alone is no count).
    let shares = "Agreement\n\nShare\n\n1. Each party holds half of the shares.\n\n2. Transfers need consent.\n";
    assert!(left_out(shares).is_empty());
}

#[test]
fn teasers_captions_and_embedded_posts_between_the_points_are_left_out() {
    let points = |middle: &str| {
        format!(
            "PLAN (test text)\nThe points:\n\n1. Borders are confirmed.\n\n2. A pact is signed.\n\n\
             {middle}\n\n3. The army is capped.\n\n4. Guarantees are given.\n"
        )
    };
    for middle in [
        // An invitation to read alone on its line, over one headline or several.
        "Mehr zum Thema\nVerhandlungen: Was Selenskyj jetzt bleibt\nBerlin fordert Mitsprache",
        "LEGGI ANCHE\nUcraina, Zelensky: «Momento difficile»",
        "Más información\nZelenski avisa de que Ucrania afronta un momento difícil",
        "İLGİLİ HABERLER\nKremlin: Plan bize resmi olarak iletilmedi",
        "Читайте також\nЩо відомо про план",
        "Lire aussi | Guerre en Ukraine : Kiev face à un choix difficile",
        // A photo's labels and caption, an agency's gallery caption.
        "Автор фото,Reuters\nПідпис до фото,\nОбмеження армії — спірний пункт",
        "[2/3] A delegate arrives in Geneva, November 23, 2025. REUTERS/Name Purchase Licensing \
         Rights, opens new tab",
        // An embedded post and its attribution.
        "Guarantees are the core of this framework. pic.twitter.com/AbC123\n\
         — Example Diplomat (@example_diplomat) December 23, 2025",
        "Haberin Devamı",
        // A note app's callout tags.
        "<aside>\n</aside>",
    ] {
        let d = Draft::from_text("t", &points(middle));
        assert_eq!(label_texts(&d)[1].1, "A pact is signed.", "{middle}");
        assert_eq!(d.layout.left_out.len(), middle.lines().count(), "{middle}");
        assert!(d.numbered().all(|(_, p)| p.section.is_none()), "{middle}");
    }
    // A link's note read out in a sentence goes; the sentence stays.
    let d = Draft::from_text(
        "t",
        &points("The talks go on, a document seen by Reuters shows, opens new tab."),
    );
    assert!(label_texts(&d)[1].1.ends_with("seen by Reuters shows."));
    // On a page of one paragraph per line, only the first line under the invitation is its
    // headline; a quotation ending in a full stop is no headline.
    let d = Draft::from_text(
        "t",
        "Plan (test text)\nThe government presented the draft.\nMehr zum Thema\nGenf: Was bleibt \
         offen\nDie Kernpunkte\nWaffenruhe entlang der Front\nAustausch aller Gefangenen\n\
         Wahlen innerhalb von 100 Tagen\nThe draft goes to Berlin on Friday.\n",
    );
    assert_eq!(d.layout.left_out.len(), 2, "{:?}", d.layout.left_out);
    let d = Draft::from_text(
        "t",
        &points("Related\n\"The parties shall meet again in May.\""),
    );
    assert!(d.layout.left_out.len() < 2, "{:?}", d.layout.left_out);
    // A headline is no sentence: a line ending in a full stop or a colon after `Related` is
    // the draft's.
    let d = Draft::from_text(
        "t",
        &points("Related\nThe parties agree to meet again in May."),
    );
    assert!(d.layout.left_out.len() < 2, "{:?}", d.layout.left_out);
}

#[test]
fn a_teaser_printed_twice_between_the_points_is_left_out() {
    let text = |middle: &str| {
        format!(
            "PLAN (test text)\nThe points:\n\n1. Borders are confirmed.\n\n2. A pact is signed.\n\n\
             {middle}\n\n3. The army is capped.\n"
        )
    };
    let teaser = "Ukraine receives the US draft\nUkraine receives the US draft";
    let d = Draft::from_text("t", &format!("{}\n\nФото: Getty Images", text(teaser)));
    assert_eq!(label_texts(&d)[1].1, "A pact is signed.");
    assert_eq!(d.layout.left_out.len(), 3);
    // Alone, with nothing else of a page's, it is a heading set in both columns of a table.
    let d = Draft::from_text("t", &text(teaser));
    assert!(d.layout.left_out.is_empty());
    // A sentence pasted twice is the draft's, and so is a short line twice (`Yes`).
    for middle in [
        "The parties agree to meet.\nThe parties agree to meet.",
        "Agreed text\nAgreed text",
    ] {
        let d = Draft::from_text("t", &text(middle));
        assert!(d.layout.left_out.is_empty(), "{middle}");
    }
}

#[test]
fn a_chats_message_headers_and_marks_are_left_out() {
    let text = "PLAN (test text)\n#desk\nAnna K  9:14 AM\nThe draft as we got it:\n\
                1. Borders are confirmed.\n2. A pact is signed.\n(edited)\nOleh P  9:16 AM\n\
                thanks, noted\n[14:05] Anna K\n3. The army is capped.\n\
                3 replies Last reply today at 9:40 AM\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert_eq!(d.layout.left_out.len(), 5, "{:?}", d.layout.left_out);
    // The other writer's message stays with the point above, as editors' notes do.
    assert_eq!(label_texts(&d)[1].1, "A pact is signed. thanks, noted");
    assert_eq!(label_texts(&d)[2].1, "The army is capped.");
    // A copy from Slack: two writers once each, the draft's message edited, its reactions'
    // shortcodes with their counts, and the thread's count and last reply on lines of their own.
    let slack = "Olena K  10:42 AM\nColleagues, the final draft, please review:\n\
                 1. Grants reach 250,000.\n2. Veterans may apply.\n3. Reports follow. (edited)\n\
                 :+1:\n3\n:eyes:\n1\n\n3 replies\nLast reply 2 hours ago\n\n\
                 Andrii M  10:58 AM\nOn point 2, families too?\n";
    let d = Draft::from_text("t", slack);
    assert_eq!(labels(slack), ["1", "2", "3"]);
    assert_eq!(d.title, "");
    assert_eq!(d.layout.left_out.len(), 8, "{:?}", d.layout.left_out);
    // Its `(edited)` mark is the chat's, not the point's text.
    assert_eq!(label_texts(&d)[2].1, "Reports follow.");
    // A programme's two sessions with their times and a count of replies in a sentence make
    // no chat; nor does a sentence that opens `Last reply`.
    for text in [
        "Consultation (test)\n\nMorning Session 9:30 AM\n1. The Ministry presents the draft.\n2. Comments are summed up.\n14 replies were received from the councils.\nAfternoon Session 2:00 PM\n3. The comments are discussed.\n",
        "Kyiv answers (test)\n\nRead also: Talks in Geneva end without result\n\n1. A ceasefire holds along the line.\n2. No limit is set on the army.\nLast reply from Moscow is expected by Friday.\n3. Elections follow.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(
            d.layout
                .left_out
                .iter()
                .all(|l| l.text.starts_with("Read also")),
            "{text}: {:?}",
            d.layout.left_out
        );
    }
    // An agenda's session and time, a name and a bare time, are the draft's.
    // So are its titles with their times, in the chat's shapes: no writer writes twice.
    for agenda in [
        "AGENDA (test text)\n\n1. Opening.\nPlenary Session 10:00\n2. Votes.\n\
         Closing Remarks 17:30\n3. Close.\n",
        "AGENDA (test text)\n\n1. Opening.\nOpening Plenary 9:30 AM\n2. Votes.\n\
         Closing Session 4:30 PM\n3. Close.\n",
        "AGENDA (test text)\n\n1. Opening.\n[09:00] Opening Statements\n2. Votes.\n\
         [12:00] Voting Time\n3. Close.\n",
    ] {
        assert!(
            Draft::from_text("t", agenda).layout.left_out.is_empty(),
            "{agenda}"
        );
    }
}

#[test]
fn a_drafts_own_lines_that_look_like_a_pages_are_kept() {
    let left_out = |text: &str| Draft::from_text("t", text).layout.left_out.len();
    // `Comment` under each article of an annotated draft, a `Share` heading.
    let annotated = "DRAFT LAW (test text)\n\nArticle 1\nThe Ministry publishes each draft.\nComment\n\
        Respondents asked for sixty days.\n\nArticle 2\nAnyone may write in.\nComment\nNon-residents too.\n\
        \nShare\n\nArticle 3\nEach party holds 500 shares.\n";
    assert_eq!(left_out(annotated), 0);
    // A negotiating text's placeholders, a law's list of documents, a decree's cross-reference,
    // an agenda's times, a table's figures.
    let law = "VERORDNUNG (Testtext)\n\n§ 1\nDem Antrag sind beizufügen:\nFoto: Nicht älter als sechs Monate\n\
        Bild: Unterschrift auf weißem Papier\n\n§ 2\nUse of terms\n[…]\n\n§ 3\nFinancing\n[…]\n";
    assert_eq!(left_out(law), 0);
    let decree = "DÉCRET (texte d'essai)\n\nArticle 1\nUn fonds est créé.\n\nArticle 2\n\
        Le fonds aide les communes.\nLire aussi : l'article L. 2335-2 du code.\n\nArticle 3\nLe ministre exécute.\n";
    assert_eq!(left_out(decree), 0);
    let agenda = "PROGRAMME (test text)\n\n1. Morning\n09:00 · Registration, Hall 2\n\
        10:30 · Opening with 3 speakers\n\n2. Afternoon\n14:00 · Working groups\n15:30 · Report back\n";
    assert_eq!(left_out(agenda), 0);
    let table = "ALLOCATION (test text)\n\n1. Shares are held as follows:\nAlice Martin\n1,200 shares\n\
        Bruno Keller\n800 shares\n\n2. Budgets:\nNorth\n2.4M\nSouth\n750K\nThresholds:\n-5\n+2\n";
    assert_eq!(left_out(table), 0);
    // `show more` in a wrapped sentence is its text.
    let wrapped = "GUIDANCE (test text)\n\n1. Inspectors visit twice a year. Where the records\nshow more\n\
        than ten incidents, a third visit is made.\n\nSee translation\n\n2. Reports are filed weekly.\n";
    assert_eq!(
        texts(wrapped)[0],
        "Inspectors visit twice a year. Where the records show more than ten incidents, a third visit is made."
    );
}

#[test]
fn a_page_number_and_the_footnotes_above_a_page_break_are_left_out() {
    // A PDF's text with its form feeds: the page's footnotes, then its number, at the foot.
    let text = "FRAMEWORK (test text)\n\n1. The ceasefire holds along the line.\n\n\
                2. Monitoring is done from space.¹ Both sides report weekly.\n\n\
                ¹ The monitoring mission is to be agreed\nby the guarantors.\n\n3\n\
                \u{c}3. Sanctions are lifted in stages.\n\n4. Elections follow.\n\n4\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
    let texts: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
    assert_eq!(
        texts[1],
        "Monitoring is done from space.¹ Both sides report weekly."
    );
    assert_eq!(texts[3], "Elections follow.");
    assert_eq!(d.layout.left_out.len(), 4, "{:?}", d.layout.left_out);
    // The marks flattened to figures (`space1`, a note `1 The…` under the rule), and the form
    // feed on a line of its own after the page's number.
    let text = "FRAMEWORK (test text)\n\n1. The ceasefire holds along the line.\n\n\
                2. Monitoring is done from space1 and reported weekly.\n\n\
                __________\n1 The mission is to be agreed.\n\n     3\n\n\u{c}\n\
                3. Sanctions are lifted in stages.\n\n4. Elections follow.\n\n4\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
    let texts: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
    assert_eq!(
        texts[1],
        "Monitoring is done from space1 and reported weekly."
    );
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    // A figure that nothing cites after a word is a point's text (`Annex 1 lists…`), nor
    // does a code cite it (`CO1`, `Annex C1`, `Level1`, `s.1`).
    for code in [
        "space",
        "space (CO1)",
        "space (Annex C1)",
        "space at Level1",
        "space (s.1)",
    ] {
        let text = text.replace("space1", code);
        let d = Draft::from_text("t", &text);
        let texts: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
        assert!(texts[1].ends_with("is to be agreed."), "{code}: {texts:?}");
    }
    // A superscript note that nothing cites is the point's.
    let text = "FRAMEWORK (test text)\n\n1. The ceasefire holds.\n\n2. Troops withdraw.\n\n\
                ¹ A line nothing cites.\n\n2\n\u{c}3. Aid flows.\n\n3\n";
    let d = Draft::from_text("t", text);
    let texts: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
    assert!(texts[1].ends_with("nothing cites."), "{texts:?}");
    assert_eq!(d.layout.left_out.len(), 2);
    // A number alone before a page break that no page's number runs on from is a table's
    // last cell.
    let text = "FRAMEWORK (test text)\n\n1. Troops by region:\nNorth\n800\n\u{c}2. Aid flows.\n";
    assert!(super::texts(text)[0].ends_with("800"));
    // A slide's number atop its page is its point's label, not a page number.
    let text = "KEY POINTS (test text)\n\n1\nSovereignty is confirmed.\n\n2\nA pact is signed.\n\
                \u{c}3\nGuarantees are given.\n\n4\nThe army is capped.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
}

#[test]
fn a_news_pages_breadcrumb_byline_and_captions_are_left_out() {
    let text = "World | Europe\n\nThe plan, point by point\n\nBy Staff Reporter  •  21 November \
                2025, 09:14\n\nThe list as we got it.\n\n1. Borders are confirmed.\n\n\
                [Image: Delegations meet in Geneva. Photo: Reuters/J. Smith]\n\n\
                2. A pact is signed.\n\nNegotiators in Geneva. Photo: EPA\n\n3. The army is capped.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert_eq!(d.title, "The plan, point by point");
    assert_eq!(d.layout.left_out.len(), 4, "{:?}", d.layout.left_out);
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    for line in ["By Staff Reporter, 21 November 2025", "By AP, 3 March 2026"] {
        assert!(super::byline(line), "{line}");
    }
    for line in [
        "By Order of the Council",
        "By 2027 the troops leave.",
        "By agreement of the Parties",
        "By Agreement",
        "By Mutual Consent",
        "By Anna Kovalenko",
    ] {
        assert!(!super::byline(line), "{line}");
    }
    assert!(super::breadcrumb("Home › News › Politics"));
    for line in [
        "Kyiv / 21 November",
        "Title: One | Two",
        "Home",
        "Memorandum / Меморандум",
    ] {
        assert!(!super::breadcrumb(line), "{line}");
    }
}

#[test]
fn a_running_header_beside_the_page_numbers_is_left_out() {
    let text = "AGREEMENT (test text)\nPage 1 of 3\n\n1. The ceasefire holds.\n\n\
                CONFIDENTIAL   Draft 14.11.2025\nPage 2 of 3\n\n2. Prisoners are exchanged.\n\n\
                CONFIDENTIAL   Draft 14.11.2025\nPage 3 of 3\n\n3. Aid flows.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    assert_eq!(d.layout.left_out.len(), 5);
    // A status line under points, beside page numbers too, is the draft's; a running title
    // is the title on the first page.
    let text = "AGREEMENT (test text)\n\n1. The ceasefire holds.\nAgreed\n\n2. Talks.\nAgreed\n\
                Page 1 of 2\n\n3. Aid flows.\nAgreed\nPage 2 of 2\n";
    assert!(
        label_texts(&Draft::from_text("t", text))[2]
            .1
            .ends_with("Agreed")
    );
    let text = "Framework Agreement\nPage 1 of 2\n\n1. The ceasefire holds.\n\n\
                Framework Agreement\nPage 2 of 2\n\n2. Aid flows.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "Framework Agreement");
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    // A running header at the top of the first page too, then again after the first page's
    // number: the later copies are left out (not a section heading over the next page's
    // points), the first stays the title, whatever follows it (a title's second line,
    // `BETWEEN UKRAINE AND MOLDOVA`), unless its words are a draft's status and a note on its
    // distribution (`DRAFT – CONFIDENTIAL`, `build::front_matter`): then the title is the line
    // under it.
    for (text, title) in [
        (
            "DRAFT – CONFIDENTIAL\nAGREEMENT ON GAS TRANSIT\n\nThe parties agree as follows:\n\n\
             1. Gas flows.\n\n2. Fees are reviewed.\n\nPage 1 of 2\n\nDRAFT – CONFIDENTIAL\n\n\
             3. Disputes go to arbitration.\n\nPage 2 of 2\n",
            "AGREEMENT ON GAS TRANSIT",
        ),
        (
            "AGREEMENT ON GAS TRANSIT\nBETWEEN UKRAINE AND MOLDOVA\n\n1. Gas flows.\n\n\
             2. Fees are reviewed.\n\nPage 1 of 2\n\nAGREEMENT ON GAS TRANSIT\n\n\
             3. Disputes go to arbitration.\n\nPage 2 of 2\n",
            // (The title's second line, opening with a joining word, is the title's.)
            "AGREEMENT ON GAS TRANSIT BETWEEN UKRAINE AND MOLDOVA",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(d.title, title, "{text}");
        assert_eq!(labels(text), ["1", "2", "3"]);
        assert!(d.numbered().all(|(_, p)| p.section.is_none()), "{text}");
        assert_eq!(d.layout.left_out.len(), 3, "{text}");
    }
    // Once only, it may be the draft's heading.
    let text = "AGREEMENT (test text)\nPage 1 of 2\n\n1. The ceasefire holds.\n\n\
                Final provisions\nPage 2 of 2\n\n2. Prisoners are exchanged.\n";
    assert_eq!(Draft::from_text("t", text).layout.left_out.len(), 2);
    // The header and the page's number on one line, in columns, set off by blank lines: no
    // section heading, and the last one no closing.
    let text = "AGREEMENT (test text)\n\n1. The ceasefire holds.\n2. Talks go on.\n\n\
                AGREEMENT - CONFIDENTIAL          Page 1 of 2\n\n3. Aid flows.\n\n\
                AGREEMENT - CONFIDENTIAL          Page 2 of 2\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    assert_eq!(d.layout.left_out.len(), 2);
    assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
}

#[test]
fn a_pdfs_page_numbers_alone_between_the_points_are_left_out() {
    let text = "FRAMEWORK (test text)\n\n1. The ceasefire holds.\n\n2. A commission:\n(a) hears \
                reports;\n\n2\n\n(b) publishes findings.\n\n3. Troops withdraw.\n\n3\n\n\
                4. Aid flows.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    assert_eq!(d.layout.left_out.len(), 2);
    // A list's own numbers alone on their lines, with sub-items under them, are its labels.
    let text = "KEY POINTS (test text)\n\n1\n\nSovereignty is confirmed:\n(a) borders hold;\n\n2\n\n\
                A pact is signed.\n\n3\n\nThe army is capped.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
}

#[test]
fn a_call_to_subscribe_naming_the_channel_is_left_out_alone() {
    // The only furniture on the page, right under a point with no final stop.
    let text = "Le plan (texte de test)\n1. Fin de la guerre\n2. Cessez-le-feu complet\n3. Échange de prisonniers\nAbonnez-vous à notre canal Telegram\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert_eq!(label_texts(&d)[2].1, "Échange de prisonniers");
    assert_eq!(d.layout.left_out.len(), 1);
    // Wording a point announces is its text, even with a second call under it; and one call
    // that does not end the page is not enough to call it furniture.
    let text = "Social media policy (test text)\n\n1. Only the office posts on the school's accounts.\n\n2. Staff may share school posts. The approved wording is:\nFollow us on Facebook for term dates\nJoin our newsletter for weekly news\n\n3. Breaches are dealt with under the staff procedure.\n";
    assert!(texts(text)[1].ends_with("Join our newsletter for weekly news"));
    let text = "Circolare (testo di prova)\n\n1. Orari\nLe lezioni iniziano alle 8.\n2. Avvisi urgenti\nIscriviti al canale Telegram dell'Istituto per gli avvisi\n3. Uscite\nLe uscite sono autorizzate.\n";
    assert!(texts(text)[1].contains("Iscriviti al canale Telegram"));
    // A notice telling its readers where to follow announcements says it as its own text.
    let text = "Объявление (тестовый текст)\n\n1. Отключение воды с 9:00.\n2. Подача воды с 18:00.\n3. Следите за объявлениями в Telegram-канале управляющей компании.\n";
    assert!(texts(text)[2].starts_with("Следите за объявлениями"));
}

#[test]
fn the_title_set_again_between_the_points_is_left_out() {
    let text = "Ministry statement (test text)\n\nThe ministry published \"A Path to a Settlement\" today.\n\n1. Respect sovereignty.\n\n2. Cease fire.\n\nA Path to a Settlement\n\n3. Start talks.\n\n4. Exchange prisoners.\n\nA Path to a Settlement\n\n5. Rebuild.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3", "4", "5"]);
    assert!(
        d.numbered()
            .all(|(_, p)| p.section.is_none() && !p.text.contains("Path"))
    );
    // Named above only in a sentence, it is the minutes' own heading, set under each item.
    let text = "Minutes (test text)\n\nThe roll-call votes on each item are given below.\n\n1. The budget is approved.\n\nRoll-call votes on each item\n\nFor 6, against 0.\n\n2. The repair is funded.\n\nRoll-call votes on each item\n\nFor 7, against 0.\n";
    assert!(Draft::from_text("t", text).layout.left_out.is_empty());
    // A heading that the text above never names heads its sections, however often it repeats.
    let text = "Minutes (test text)\n\n1. The budget is approved.\n\nComments of the Secretariat\n\n2. The audit is noted.\n\nComments of the Secretariat\n\n3. The next meeting is in May.\n";
    assert!(
        Draft::from_text("t", text)
            .numbered()
            .skip(1)
            .all(|(_, p)| p.section.as_deref() == Some("Comments of the Secretariat"))
    );
}

#[test]
fn a_printing_office_s_tags_around_a_bill_are_left_out() {
    let text = "[Congressional Bills]\n\n<DOC>\n\nA BILL (test text)\n\n1. The fund opens.\n\n2. The board meets.\n\n3. Reports are due.\n                                 <all>\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert_eq!(d.layout.left_out.len(), 2);
    assert!(d.points.iter().all(|p| !p.text.contains("<all>")));
}

#[test]
fn a_newsletters_paywall_under_the_last_point_is_left_out() {
    let post = "Peace pact, point by point\n\n2. A non-aggression agreement is concluded.\n\nSo nothing is solved.\n\n7. Ukraine stays out of alliances.\n\nA constitution belongs to the citizens.\n\nKeep reading with a 7-day free trial\nSubscribe to Marta's Newsletter to keep reading this post and get 7 days of free access to the full post archives.\nAlready a paid subscriber? Sign in\n";
    let d = Draft::from_text("t", post);
    let texts = label_texts(&d);
    assert_eq!(texts.last().map(|t| t.0), Some("7"));
    assert!(!texts.last().unwrap().1.contains("Keep reading"));
    assert!(!texts.last().unwrap().1.contains("Sign in"));
    // A draft's own sentence about reading on is its text.
    let rules = "Rules\n\n1. Members may keep reading with a lamp after ten.\n\n2. Keep reading with a free trial is offered to guests.\n";
    assert!(
        label_texts(&Draft::from_text("t", rules))[1]
            .1
            .contains("free trial is offered")
    );
}

#[test]
fn an_invitation_to_read_in_other_languages_is_left_out_between_the_points() {
    let d = fixture("read-also-between-points.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    assert!(d.layout.headings.is_empty(), "{:?}", d.layout.headings);
    let left: Vec<usize> = d.layout.left_out.iter().map(|l| l.line).collect();
    assert_eq!(left, [8]);
    // The same in the other languages a page writes it in, one alone enough.
    for invitation in [
        "Lee también: Cómo se negoció el corredor",
        "Lire aussi : Comment le corridor a été négocié",
        "Leggi anche: Come è stato negoziato il corridoio",
        "Leia também: Como o corredor foi negociado",
        "Lesen Sie auch: Wie der Korridor verhandelt wurde",
        "Čtěte také: Jak se vyjednával koridor",
        "Ayrıca okuyun: Koridor nasıl müzakere edildi",
    ] {
        let text = format!(
            "Plan\n\n1) Goods cross free.\n2) Lorries stop once.\n\n{invitation}\n\n3) Fees are reviewed.\n"
        );
        let d = Draft::from_text("t", &text);
        assert_eq!(fixture_labels(&d), ["1", "2", "3"], "{invitation}");
        assert!(d.layout.headings.is_empty(), "{invitation}");
        assert_eq!(d.layout.left_out.len(), 1, "{invitation}");
    }
    // A point that cites an article after the words stays the draft's.
    let text = "Plan\n\n1) Goods cross free.\n2) Lorries stop once.\n\nLire aussi : l'article L. 2335-2 du code\n\n3) Fees are reviewed.\n";
    assert!(Draft::from_text("t", text).layout.left_out.is_empty());
}

#[test]
fn a_box_of_other_stories_between_the_points_is_left_out() {
    let d = fixture("teaser-box-between-points.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    assert!(d.layout.headings.is_empty(), "{:?}", d.layout.headings);
    let left: Vec<usize> = d.layout.left_out.iter().map(|l| l.line).collect();
    // The call to join the channel too, now that the page shows its furniture.
    assert_eq!(left, [5, 19, 21, 23]);
    assert_eq!(
        d.preamble,
        "We set the drafts side by side below. Test text."
    );
    let second = d.numbered().nth(1).map(|(_, p)| p.text.clone()).unwrap();
    assert!(second.ends_with("one on each side."), "{second}");
    // Over the page's prose, not right above a point, the heading and its lines are left as
    // they were; a blurb with a stop cannot open the box; and a lone `Read also:` over a
    // section's heading is no box (`a_web_pages_furniture_is_left_out_of_the_points_and_listed`).
    for text in [
        "Plan\n\n1. Duties\n\nNone.\n\nOther Topics of Interest\n\nMinisters meet in Tallinn\n\nThe talks went on for hours and ended late.\n",
        "Plan\n\n1. Duties\n\nNone.\n\nOther Topics of Interest\n\nMinisters meet in Tallinn.\n\n2. Fees\n\nLow.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(d.layout.left_out.is_empty(), "{text}");
    }
}

#[test]
fn a_sites_language_switcher_and_reading_time_are_left_out() {
    // Copied over a news page's headline, `ua en ru` read as the draft's title.
    let text = "ua en ru\n\nThe plan's twenty points (test text)\n\n10 min read\n\nThe president went through the plan.\n\n1. Sovereignty is confirmed.\n2. A pact of non-aggression is signed.\n\nЧас читання: 4 хв\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "The plan's twenty points (test text)");
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(left, ["ua en ru", "10 min read", "Час читання: 4 хв"]);
    assert_eq!(
        Draft::from_text("t", "UA | EN | RU\n\nPlan\n\n1. A.\n2. B.\n").title,
        "Plan"
    );
    // Not a line with other words, one code alone or repeated, or a sentence about reading.
    for line in [
        "EN",
        "en en",
        "Ukraine EN RU",
        "Reading time is short",
        "It is a 10 min read.",
    ] {
        let d = Draft::from_text("t", &format!("{line}\n\nPlan\n\n1. A.\n2. B.\n"));
        assert!(
            d.layout.left_out.is_empty(),
            "{line}: {:?}",
            d.layout.left_out
        );
    }
}

#[test]
fn a_social_posts_footer_in_ukrainian_is_left_out_of_its_last_point() {
    // A post listing points, copied with its footer: translation link, reactions, counts,
    // buttons and the comments' sort, no blank line between (before, all of it was point 5).
    let text = "Олександр Тестовий\n2 год. · Коротко про переговори (тестовий текст):\n1) Зауваження враховано.\n2) Частину пунктів вилучено.\n3) Гарантії посилено.\n4) Територію залишено лідерам.\n5) Наступний раунд скоро.\nПереглянути переклад\n👍❤️😢 1,2 тис.\n245 коментарів  87 поширень\nПодобається\nКоментувати\nПоширити\nНайрелевантніші\n";
    let d = Draft::from_text("t", text);
    let last = d.numbered().last().unwrap().1;
    assert_eq!(last.text, "Наступний раунд скоро.");
    assert_eq!(d.layout.left_out.len(), 7, "{:?}", d.layout.left_out);
    // A button word or a count of shares alone, with no furniture beside it, stays.
    for text in [
        "Правила\n\n1. Подобається чи ні, правила діють.\n2. Поширити можна лише копію.\n",
        "Register (test)\n\n1. Holders:\n1,200 shares\n2. Transfers need consent.\n",
    ] {
        assert!(
            Draft::from_text("t", text).layout.left_out.is_empty(),
            "{text}"
        );
    }
}

#[test]
fn a_posts_header_and_its_comments_numbers_are_not_the_posts_points() {
    // The writer's name over the post's age and audience; under the post its buttons, then
    // comments, one of them citing the points by their numbers.
    let text = "Olena Test\n3h · 🌍\n\nFriends, here is what the delegations agreed (test text):\n\n1) Wounded prisoners are released first.\n2) The ICRC visits every place of detention.\n3) Lists are exchanged within ten days.\n4) Children are returned to their guardians.\n\nWhat do you think?\n\n👍❤️ 2.3K\n412 comments  987 shares\nLike\nComment\nShare\nMost relevant\nAndriy B.\nPoint 4 matters most.\n2h  Like  Reply  14\nMaria S.\n1) and 3) were promised before.\n1h  Like  Reply\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(left[..2], ["Olena Test", "3h · 🌍"]);
    assert_eq!(
        d.numbered().last().unwrap().1.text,
        "Children are returned to their guardians."
    );
    assert!(closing_text(&d).is_some_and(|c| c.contains("1) and 3) were promised")));
    // A byline's `·` with words after it, and an agenda's time, stay.
    for line in [
        "By Staff · 21 November",
        "09:00 · Registration",
        "3h · Opening",
        "21 Nov, 10:15 · 🇺🇸",
        "Due 21 Nov, 17:00 · ⏰",
    ] {
        assert!(!super::super::furniture::post_age_line(line), "{line}");
    }
    for line in [
        "November 21, 2024 at 10:15 AM · 🌍",
        "22 листопада о 10:15 · 🌍",
        "2 год. · 👥",
    ] {
        assert!(super::super::furniture::post_age_line(line), "{line}");
    }
    // A page of several posts: the draft's longer list under an earlier post's buttons is
    // the draft's.
    let feed = "Group (test)\n\nEarlier post:\n1) Meeting on Monday.\n2) Bring the forms.\nLike\nComment\nShare\n\nThe draft:\n1) Fire stops.\n2) Weapons withdraw.\n3) A mission watches.\n4) Prisoners are exchanged.\n5) Talks begin.\n";
    assert!(
        Draft::from_text("t", feed)
            .numbered()
            .any(|(_, p)| p.text == "Talks begin.")
    );
    // Numbers after a post's buttons that go on from the post's are its points.
    let text = "Plan (test)\n\n1) One.\n2) Two.\nLike\nComment\n3) Three.\n";
    assert_eq!(
        fixture_labels(&Draft::from_text("t", text)),
        ["1", "2", "3"]
    );
}

#[test]
fn a_un_resolutions_pdf_copy_keeps_its_numbered_title_and_loses_its_running_title() {
    let d = fixture("un-resolution-pdf-copy.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
    // The cover above the numbered title is the preamble, its masthead first.
    assert!(
        d.title.starts_with("81/4. Safe passage of grain"),
        "{}",
        d.title
    );
    assert!(
        d.preamble.starts_with("United Nations A/RES/81/4"),
        "{}",
        d.preamble
    );
    assert!(d.preamble.contains("The General Assembly,"));
    // Page 2's running title (symbol and short title) heads no section of points 4 on.
    assert!(d.layout.headings.is_empty());
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert!(
        left.contains(&"A/RES/81/4 Safe passage of grain through the Kessel Sound"),
        "{left:?}"
    );
    let four = d.numbered().last().unwrap().1;
    assert_eq!(four.text, "Decides to remain seized of the matter.");
    for line in [
        "Territorial integrity of Ukraine A/RES/68/262",
        "A/RES/68/262 Territorial integrity of Ukraine",
    ] {
        assert_eq!(
            super::un_running_title(line),
            Some("A/RES/68/262"),
            "{line}"
        );
    }
    // A line of the text that opens with a symbol goes on with small words.
    for line in [
        "A/RES/68/262 of 27 March 2014, entitled",
        "A/RES/68/262",
        "Territorial integrity: see A/RES/68/262",
    ] {
        assert_eq!(super::un_running_title(line), None, "{line}");
    }
    // One that ends with it is a title's shape, but far from a page's print marks it is
    // the text's.
    let text = "United Nations A/RES/81/5\n\n81/5. Grain\n\nThe General Assembly,\n\nRecalling its resolution A/RES/81/4\n\n1. Decides to act.\n\n2. Decides to adjourn.\n";
    let d = Draft::from_text("t", text);
    assert!(d.layout.left_out.is_empty(), "{:?}", d.layout.left_out);
    // Another document's symbol and title near the print marks (a report's table of the
    // documents before the Assembly) is the text's.
    let text = "United Nations A/80/512\n\nReport of the Fourth Committee\n\n1. The Committee had before it:\nA/80/13 Report of the Commissioner-General\n25-21877 (E) 241125\n*2521877*\nA/80/512\nA/80/208 Persons displaced by the hostilities\n2. The Committee adopted the draft.\n2/2 25-21877\n";
    let d = Draft::from_text("t", text);
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        left,
        [
            "25-21877 (E) 241125",
            "*2521877*",
            "A/80/512",
            "2/2 25-21877"
        ]
    );
    assert!(texts(text)[0].contains("A/80/208 Persons displaced"));
    // Minutes numbered by year and item, with no United Nations cover, keep their title; so
    // does a text whose wrapped line opens with a decree's number and a sentence.
    for (text, title) in [
        (
            "Minutes of the Parish Council, 3 March 2025\nPresent: Cllr J. Ashworth (Chair)\n25/41. Apologies for absence. Apologies were received.\n25/42. Declarations of interest. None were declared.\n",
            "Minutes of the Parish Council, 3 March 2025",
        ),
        (
            "ПОЛОЖЕННЯ\nЦе Положення затверджено Указом від 24 лютого 2022 року №\n64/2022. Воно визначає порядок дій.\n1. Перше.\n2. Друге.\n",
            "ПОЛОЖЕННЯ",
        ),
    ] {
        assert_eq!(Draft::from_text("t", text).title, title);
    }
    // A Human Rights Council cover runs longer (its agenda item's wording on three lines).
    let text = "United Nations A/HRC/RES/61/3\nGeneral Assembly Distr.: General\n8 April 2026\nOriginal: English\nHuman Rights Council\nSixty-first session\n23 February–3 April 2026\nAgenda item 3\nPromotion and protection of all human rights, civil,\npolitical, economic, social and cultural rights,\nincluding the right to development\nResolution adopted by the Human Rights Council on 2 April 2026\n61/3. Safe schools in armed conflict\nThe Human Rights Council,\n1. Calls upon States to protect schools;\n2. Decides to remain seized of the matter.\n";
    assert_eq!(
        Draft::from_text("t", text).title,
        "61/3. Safe schools in armed conflict"
    );
    // Without a cover, a numbered line is no title's sign: `81/4. Safe passage` alone.
    assert!(super::un_resolution_title(
        "ES-11/1. Aggression against Ukraine"
    ));
    assert!(!super::un_resolution_title("3/4. of the members"));
    assert!(!super::un_resolution_title("1/2 Pound"));
}

#[test]
fn an_osce_decisions_page_headers_are_left_out_and_its_attachment_is_the_closing() {
    let d = fixture("osce-decision-pdf-copy.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        left,
        [
            "PCOEJ1601 - 2 - PC.DEC/8801",
            "12 October 2026",
            "PCOEJ1601 - 3 - PC.DEC/8801",
            "12 October 2026"
        ]
    );
    // The sentence the page broke runs on; the attachment after the last point is its
    // closing, not its text.
    let points: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
    assert!(
        points[1].ends_with("on its use every three months;"),
        "{}",
        points[1]
    );
    assert_eq!(
        points[2],
        "Decides that the team shall report to the Chairmanship every two weeks."
    );
    assert!(closing_text(&d).is_some_and(|c| c.starts_with("Attachment")));
    // An annex reviewed in the last item, its twin heading above in the same item: the
    // item's text, page break or not.
    let text = "Minutes\n\n1. Opening.\n2. Technical annexes. The meeting reviewed them one by one.\nAnnex 1 – Technical Specification\nThe top speed is reduced to 80 km/h.\nPage 2 of 2\nAnnex 2 – Delivery Schedule\nThe first train is delivered within 18 months.\n";
    assert!(closing_text(&Draft::from_text("t", text)).is_none());
    assert!(texts(text)[1].ends_with("within 18 months."));
    for line in ["PCOEJ1601 - 2 - PC.DEC/8801", "DRAFT – 3 – CONFIDENTIAL"] {
        assert!(super::page_number_line(line), "{line}");
    }
    for line in [
        "Article 2 - 3 - 4",
        "within weeks - 2 - and",
        "- 2 - of the",
    ] {
        assert!(!super::page_number_line(line), "{line}");
    }
}

#[test]
fn messages_copied_from_a_messenger_keep_their_headers_out_of_the_points() {
    // Telegram's desktop app writes a header over each message copied with others; a reply
    // or a forward names its channel under it.
    let text = "Проєкт (тест)\n1. Припинення вогню.\n2. Обмін полоненими.\n\nExample Channel, [24.11.2025 12:40]\nIn reply to Example Channel\n3. Повернення дітей.\n\nExample Channel, [24.11.2025 12:41]\nForwarded from Новини Міста\n4. Відкриття коридорів.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Припинення вогню."),
            ("2", "Обмін полоненими."),
            ("3", "Повернення дітей."),
            ("4", "Відкриття коридорів.")
        ]
    );
    // A channel post's views under it, with or without the time.
    let text = "Проєкт (тест)\n1. Суверенітет.\n2. Вибори.\n👁 12K 09:01\n\n3. Амністію прибрано.\n👁 1,2 тис.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(label_texts(&d)[1], ("2", "Вибори."));
    assert_eq!(label_texts(&d)[2], ("3", "Амністію прибрано."));
    assert_eq!(d.layout.left_out.len(), 2);
    // Not a reply's line (a point's wrapped text may say so), a letter's reply nor a
    // bracketed note that says more.
    for line in [
        "In reply to Councillor Brown",
        "In reply to your letter of 5 May",
        "Forwarded from the ministry, as agreed",
        "Note, [see annex 2]",
    ] {
        let text = format!("Plan\n\n1. First point.\n{line}\n2. Second point.\n");
        let d = Draft::from_text("t", &text);
        assert!(label_texts(&d)[0].1.contains(line), "{line}");
    }
}

#[test]
fn a_threads_post_headers_and_counts_copied_from_the_web_are_left_out() {
    let text = "Thread on the framework\n\nAnna Reporter\n@annareports\n·\nDec 4\n1/ The framework has 20 points.\n14\n52\n310\n41K\nAnna Reporter\n@annareports\n·\nDec 4\n2/ Sovereignty is confirmed.\n3\n18\n120\n12K\nAnna Reporter\n@annareports\n·\nDec 4\n3/ The army cap was raised.\n7\n25\n188\n15K\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "The framework has 20 points."),
            ("2", "Sovereignty is confirmed."),
            ("3", "The army cap was raised."),
        ]
    );
    assert_eq!(closing_text(&d), None);
    assert_eq!(d.layout.left_out.len(), 24);
    // A channel's signature after a blank line leaves the line above it alone.
    let text = "Позиції сторін\n\n1. Армія\nСША: 600 тисяч\n2. НАТО\nСША: відмова\nУкраїна без змін\n\n@channel_name\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d)[1],
        ("2", "НАТО\nСША: відмова Україна без змін")
    );
    // A chat's mention (`@ivan` over a reply) and a press contact's handle are no post's
    // header (none has the `·` under it): the reply and the contact stay.
    let text = "Draft memorandum, round 3\n\n1. Ceasefire along the line of contact.\n2. Exchange of prisoners within 30 days.\n@ivan\nKeep 30 days for now\n3. Return of deported children.\n";
    assert!(Draft::from_text("t", text).layout.left_out.is_empty());
    let text = "Joint statement\n\n1. We support Ukraine.\n2. We welcome the loan.\n3. We strengthen sanctions.\n\nFor media enquiries please contact the press office\nMarta Zielinska\n@MSZ_RP\n+48 22 523 9000\n";
    assert!(Draft::from_text("t", text).layout.left_out.is_empty());
    // One post's header on a page: the figures at the page's end are a table's.
    let text = "Kyiv plan for shelters\n\nVitali Klitschko\n@Vitaliy_Klychko\n·\nDec 4\n1. Every school gets a shelter.\n2. Metro stays open.\n3. Shelters per district:\nDarnytskyi\n24\n18\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.layout.left_out.len(), 4);
    assert_eq!(
        label_texts(&d)[2],
        ("3", "Shelters per district: Darnytskyi 24 18")
    );
    // Without a handle, a column of figures is text.
    let text = "Losses\n\n1. Kharkiv region:\n420\n310\n2. Sumy region:\n120\n80\n3. Odesa region:\n50\n40\n";
    assert!(Draft::from_text("t", text).layout.left_out.is_empty());
}

#[test]
fn a_consolidated_eu_acts_marks_and_a_council_documents_footers_are_left_out() {
    let text = "▼B\nArticle 1\nDefinitions apply as follows.\n▼M2\nThe term 'assets' means funds.\n▼B\nArticle 2\nSales are prohibited.\n▼M1\nContracts before 2014 are exempt.\n▼B\nArticle 3\nThis enters into force at once.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d),
        [
            (
                "Article 1",
                "Definitions apply as follows.\nThe term 'assets' means funds."
            ),
            (
                "Article 2",
                "Sales are prohibited.\nContracts before 2014 are exempt."
            ),
            ("Article 3", "This enters into force at once."),
        ]
    );
    assert_eq!(d.title, "");
    let text = "Council conclusions\n\n1. The Council reaffirms its support.\n2. The Council stresses that Ukraine must be involved.\n15012/25 AB/cd 2\nANNEX RELEX.1 LIMITE EN\n3. The Council stands ready to act.\n4. The Council remains seized of the matter.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d)[1],
        ("2", "The Council stresses that Ukraine must be involved.")
    );
    assert_eq!(d.layout.left_out.len(), 2);
    // The footer's `ANNEX` in the document's language.
    let text = text.replace("ANNEX RELEX.1 LIMITE EN", "ZAŁĄCZNIK RELEX.1 LIMITE PL");
    assert_eq!(Draft::from_text("t", &text).layout.left_out.len(), 2);
}

#[test]
fn a_live_pages_update_stamp_alone_is_left_out_and_an_update_that_says_something_stays() {
    let d = Draft::from_text(
        "t",
        "План: що відомо\n\n1. Суверенітет підтверджується.\n2. Гарантії за зразком статті 5.\nОновлено о 14:20\n3. Армія до 800 тисяч.\n",
    );
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Суверенітет підтверджується."),
            ("2", "Гарантії за зразком статті 5."),
            ("3", "Армія до 800 тисяч."),
        ]
    );
    assert_eq!(d.layout.left_out.len(), 1);
    let d = Draft::from_text(
        "t",
        "Plan\n\n1. Sovereignty is confirmed.\n2. Guarantees follow Article 5.\nUPD 15:05: the talks resumed in Geneva.\n3. The army is capped.\n",
    );
    assert!(d.layout.left_out.is_empty());
}

#[test]
fn a_legislation_databases_notes_and_banner_are_left_out_and_a_drafts_own_words_stay() {
    let act = "Example Act 2025\n\nChanges to legislation: There are currently no known outstanding effects for the Example Act 2025.\n\n1 The Fund\n\n(1) There is to be a fund.\n\n(2) The Secretary of State must pay sums into it.\n\nCommencement Information\nI1 S. 1 in force at Royal Assent\n\n2 Purposes\n\n(1) Sums may be used only for approved projects.\n\nTextual Amendments\nF1 Words in s. 2(1) substituted by the Finance Act 2025\n\n3 Receipts\n\n(1) Contributions may be accepted.\n";
    let d = Draft::from_text("t", act);
    assert_eq!(d.layout.left_out.len(), 5);
    assert_eq!(
        label_texts(&d)[0],
        (
            "1",
            "The Fund\n(1) There is to be a fund.\n(2) The Secretary of State must pay sums into it."
        )
    );
    // A draft's own heading in those words stays its text.
    let text = "Agreement\n\n1. The Parties agree on the following.\nChanges to legislation: the Parties shall amend their laws within a year.\n2. The Parties meet each spring.\nCommencement Information\n3. The Parties report each year.\n";
    assert!(Draft::from_text("t", text).layout.left_out.is_empty());
}

#[test]
fn a_sites_menu_over_the_headline_is_left_out_and_the_headline_is_the_title() {
    // A page copied whole from a browser: the skip link, the site's name and its menu one
    // item to a line, the section's name, the date, then the headline.
    let page = "Skip to main content\nThe Daily Ledger\nHome\nNews\nWorld\nOpinion\nSign in\n\nPolitics\n\n21 November 2025, 10:15\n\nWhat the 28-point plan says about Ukraine's army\n\nThe draft was shared with reporters on Thursday.\n\n1. Sovereignty is confirmed.\n\n2. The army is capped.\n";
    let d = Draft::from_text("t", page);
    assert_eq!(d.title, "What the 28-point plan says about Ukraine's army");
    assert!(d.preamble.starts_with("21 November 2025"), "{}", d.preamble);
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        left,
        [
            "Skip to main content",
            "The Daily Ledger",
            "Home",
            "News",
            "World",
            "Opinion",
            "Sign in",
            "Politics"
        ]
    );
    assert_eq!(labels(page), ["1", "2"]);
    // In Ukrainian, with the section's name beside the date.
    let page = "Вісник\nГоловна\nНовини\nПолітика\nЕкономіка\nСпорт\n\n24.12.2025 09:41\nПолітика\n\nЗеленський розкрив зміст рамкового документа\n\n1. Суверенітет.\n\n2. Армія.\n";
    let d = Draft::from_text("t", page);
    assert_eq!(d.title, "Зеленський розкрив зміст рамкового документа");
    assert_eq!(d.preamble, "24.12.2025 09:41");
    // Skip links in other languages over the headline are the page's.
    for skip in [
        "Aller au menu",
        "Ir al contenido",
        "Vai al contenuto",
        "דלג לתוכן העמוד",
    ] {
        let page =
            format!("{skip}\n\nPlan des ports\n\n1. Les ports ouvrent.\n2. Les taxes baissent.\n");
        assert_eq!(
            Draft::from_text("t", &page).title,
            "Plan des ports",
            "{skip}"
        );
    }
}

#[test]
fn a_title_set_on_several_short_lines_or_a_list_of_topics_is_no_menu() {
    // Short lines with no news site's item among them: the draft's title, read whole.
    let text = "AGREEMENT\nON COOPERATION IN\nSCIENCE\nAND\nTECHNOLOGY\n\n1. The Parties agree.\n\n2. The Parties sign.\n";
    let d = Draft::from_text("t", text);
    assert!(d.layout.left_out.is_empty());
    assert_eq!(
        d.title,
        "AGREEMENT ON COOPERATION IN SCIENCE AND TECHNOLOGY"
    );
    // Nor a list of the draft's topics, subjects a site's menu also names, under its title.
    for topics in [
        "Peace framework\n\nSecurity\nPolitics\nEconomy\nHumanitarian\nCulture",
        "Peace framework\nSecurity\nPolitics\nEconomy\nHumanitarian\nCulture",
        "Меморандум про співпрацю\n\nЕкономіка\nПолітика\nКультура\nСпорт\nСвіт",
    ] {
        let text =
            format!("{topics}\n\n1. Sovereignty is confirmed.\n\n2. Guarantees are given.\n");
        let d = Draft::from_text("t", &text);
        assert!(d.layout.left_out.is_empty(), "{topics}");
        assert_eq!(d.title, topics.lines().next().unwrap(), "{topics}");
    }
    // A skip link that a text quotes, beside its sentence, is the text's.
    let text = "Accessible websites\n\nSkip to main content\nThe phrase above must be the first link.\n\n1. Offer a skip link.\n\n2. Describe images.\n";
    assert!(Draft::from_text("t", text).layout.left_out.is_empty());
}

#[test]
fn embedded_posts_promotions_and_video_teasers_between_points_are_left_out() {
    let page = "План\n\n1. Суверенітет.\n\nПропустити Подкаст і продовжити читання\n\nПодкаст\nЩотижневий подкаст\nЕпізоди\nКінець Подкаст\n\n2. Армія.\n\nВідео\n3:15\nЗеленський про план\nДивитися відео\n\n3. Вибори.\n\nSkip Twitter post, 1\n\nAllow Twitter content?\nAccept and continue\n\nEnd of Twitter post, 1\n\n4. Гарантії.\n";
    let d = Draft::from_text("t", page);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Суверенітет."),
            ("2", "Армія."),
            ("3", "Вибори."),
            ("4", "Гарантії.")
        ]
    );
    assert_eq!(d.layout.left_out.len(), 13);
    // A draft's own `End of …` line with no opening above it stays, and so do a contract's
    // `Skip …` and `End of …` that name different things, with points between them, and
    // a list of a portal's buttons that a point announces.
    for text in [
        "Protocol\n\n1. One.\n\n2. Two.\n\nEnd of protocol.\n",
        "Contract\n\n1. Scope.\n\nSkip tracing of debtors is allowed\n\n2. Fees.\n\n3. Term.\n\nEnd of term: 31 December\n\n4. Law.\n",
        "Specification\n\n1. The evidence page has three buttons:\n\nPlay\n3:15\nWatch video\nDownload\n\n2. Access is logged.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(d.layout.left_out.is_empty(), "{text}");
        assert_eq!(
            d.numbered().last().map(|(_, p)| p.label.as_str()),
            Some(if text.contains("4.") { "4" } else { "2" }),
            "{text}"
        );
    }
}

#[test]
fn a_sites_menu_run_on_into_the_headline_or_set_on_one_line_is_left_out() {
    // A page copied with no blank lines: the menu's column runs on into the headline.
    let page = "Kyiv Ledger\nSupport us\nNews\nWar\nPolitics\nOpinion\nRevealed: the 28 points Washington wants Kyiv to accept\nStaff reporter\n\n1. Sovereignty is reaffirmed.\n\n2. A pact is signed.\n";
    let d = Draft::from_text("t", page);
    assert_eq!(
        d.title,
        "Revealed: the 28 points Washington wants Kyiv to accept"
    );
    assert_eq!(d.layout.left_out.len(), 6);
    // A menu on one line, under the site's name and over the section's name.
    let page = "Continental Review\nHome | Europe | Ukraine | Analysis | Podcasts\nAnalysis\nFive clauses in the draft that Kyiv finds hardest\n\n1. The army cap.\n\n2. The amnesty.\n";
    let d = Draft::from_text("t", page);
    assert_eq!(d.title, "Five clauses in the draft that Kyiv finds hardest");
    // A title in several languages between bars is no menu.
    let text = "AGREEMENT | УГОДА | СОГЛАШЕНИЕ\nOn cooperation\n\n1. The Parties agree.\n\n2. They sign.\n";
    let d = Draft::from_text("t", text);
    assert!(d.layout.left_out.is_empty());
}

#[test]
fn a_two_line_menu_over_a_headline_with_a_colon_is_left_out() {
    // Both lines are the site's own; the headline, two parts about a colon, ends the column.
    let page = "Главная\nОнлайн\nПереговоры о мире: онлайн-трансляция 24 декабря\nОбновлено в 21:05\nЗеленский зачитал пункты документа.\n1. Суверенитет подтверждается.\n2. Заключается пакт о ненападении.\n3. Армия ограничивается.\n";
    let d = Draft::from_text("t", page);
    assert_eq!(d.title, "Переговоры о мире: онлайн-трансляция 24 декабря");
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(left, ["Главная", "Онлайн"]);
    // Two lines that are not both the site's are the draft's.
    let text =
        "Главная\nУгода про співпрацю: текст\n1. Сторони співпрацюють.\n2. Сторони звітують.\n";
    assert!(Draft::from_text("t", text).layout.left_out.is_empty());
}

#[test]
fn a_pages_share_buttons_and_cookie_notice_are_left_out() {
    // The share line under the menu's bar, a cookie notice with its heading and buttons over
    // the site's name, and one with its button at the page's foot.
    let page = "We value your privacy\nWe and our partners store cookies on your device to personalise content and ads.\nAccept all\nReject all\nThe Evening Star\nSign in\nNews\nWorld\nPolitics\nFull text: the plan the US gave Ukraine\nПоделиться: ВКонтакте Одноклассники Telegram WhatsApp\n1. Sovereignty is confirmed.\n2. A pact is signed.\n3. The army is capped.\nМы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.\nПринять\n";
    let d = Draft::from_text("t", page);
    assert_eq!(d.title, "Full text: the plan the US gave Ukraine");
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert!(left.contains(&"We value your privacy"));
    assert!(left.contains(&"Reject all"));
    assert!(left.contains(&"Поделиться: ВКонтакте Одноклассники Telegram WhatsApp"));
    assert!(left.contains(&"Принять"));
    assert_eq!(
        d.numbered().last().map(|(_, p)| p.text.as_str()),
        Some("The army is capped.")
    );
    // A notice whose button was copied onto its line, at the page's top: not the title.
    let page = "Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь на сайте, вы соглашаетесь с правилами. Хорошо\nЧто входит в план: список\nПоделиться: ВКонтакте Одноклассники Telegram WhatsApp\n1) Суверенитет подтверждается.\n2) Подписывается пакт.\n3) Армия ограничена.\n";
    let d = Draft::from_text("t", page);
    assert_eq!(d.title, "Что входит в план: список");
    assert_eq!(labels(page), ["1", "2", "3"]);
    // A government page copied whole: its skip link, a cookie notice with its buttons side by
    // side on one line, then the menu and a breadcrumb whose last section has four words.
    let page = "Skip to main content\nCookies on GOV.EXAMPLE\nWe use some essential cookies to make this service work.\nAccept additional cookies    Reject additional cookies    View cookies\nMenu\nSearch GOV.EXAMPLE\nHome > Government > Transport > Policy papers and consultations\nPolicy paper\nDraft Heads of Agreement: Rail Freight Corridor\nPublished 3 December 2025\n\n1. The corridor opens to all operators.\n2. Inspections take place at one joint station.\n3. Charges are published every year.\n";
    let d = Draft::from_text("t", page);
    assert_eq!(d.title, "Draft Heads of Agreement: Rail Freight Corridor");
    assert_eq!(d.layout.left_out.len(), 8, "{:?}", d.layout.left_out);
    assert_eq!(labels(page), ["1", "2", "3"]);
    // A point's sentence ending in such a word stays a point, and a notice's line ending in
    // a word that is no button stays where it is.
    let text = "Rules\n1. The site uses cookies. OK\n2. Consent is recorded.\nShare: Facebook Telegram WhatsApp X\n";
    assert_eq!(labels(text), ["1", "2"]);
    // A provision on cookies is the draft's, and so is a sentence naming networks.
    let text = "Policy\n1. The site stores cookies only with the user's consent.\n2. Notices are published on Facebook, Telegram and X.\n3. Share: the parties share the costs.\n";
    let d = Draft::from_text("t", text);
    assert!(d.layout.left_out.is_empty());
    assert_eq!(labels(text), ["1", "2", "3"]);
}

#[test]
fn networks_buttons_and_cookies_a_draft_names_are_its_own() {
    // A list of networks a point announces, a cookie notice a policy requires with its
    // buttons, a title in two languages on two lines: the draft's, on a draft with no page
    // furniture.
    for text in [
        "Social media policy\n1. Staff may post on the following networks:\nFacebook X Telegram WhatsApp\n2. Posts are approved.\n",
        "Policy\n1. Staff post only through the press office.\nShare: Facebook, Telegram, Viber\n2. Posts are approved.\n",
        "Website rules\n1. The site shows this notice:\nWe use cookies to improve the site.\nAccept all\nReject all\n2. Consent is recorded.\n",
        "Договір позики | Loan Agreement\nПроект | Draft\n1. Позикодавець надає позику.\n2. Позичальник повертає її.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(
            d.layout.left_out.is_empty(),
            "{text}: {:?}",
            d.layout.left_out
        );
    }
    // A draft's last point with lines of its own over its signatures, no blank line anywhere:
    // the lines stay the point's.
    // (A resolution of four points whose signatures under a dated line would have the
    // lines read one paragraph each, were it a web page.)
    let text = "RESOLUTION OF THE BOARD OF DIRECTORS OF A LOGISTICS COMPANY\nAdopted at the meeting held in Hamburg on 12 March 2026\nThe Board of Directors, having reviewed the accounts, resolves as follows:\n1. The annual accounts for the financial year 2025 are approved.\n2. The report of the auditors is noted.\n3. The remuneration report is submitted to the General Meeting for an advisory vote.\n4. The Company shall pay a dividend of EUR 0.40 per registered share.\nThe dividend shall be paid on 15 April 2026 to shareholders entered in the register on 1 April 2026.\nTreasury shares held by the Company are not entitled to the dividend.\nHamburg, 12 March 2026\nChair of the Board\nMaria Keller\nVice-Chair\nThomas Brandt\nSecretary\nJonas Brandt\n";
    let d = Draft::from_text("t", text);
    assert!(
        d.numbered()
            .last()
            .is_some_and(|(_, p)| p.text.contains("Treasury shares held by the Company"))
    );
}

#[test]
fn a_consultations_comment_counts_under_its_points_are_left_out() {
    let text = "Обговорення проєкту (тест)\n\n1. Порядок визначає механізм компенсації.\nКоментарі: 4\n\n\
                2. Компенсація надається коштами.\nКоментарі: 11\n\n3. Заява подається онлайн.\nКоментарі: 0\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Порядок визначає механізм компенсації."),
            ("2", "Компенсація надається коштами."),
            ("3", "Заява подається онлайн."),
        ]
    );
    assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
    // One count, or a count over the comments themselves, stays as it was.
    let text = "Обговорення проєкту (тест)\n\n1. Порядок визначає механізм компенсації.\nКоментарі: 4\n\n\
                2. Компенсація надається коштами.\n\nКоментарі: 2\nОксана: підтримую.\n";
    let d = Draft::from_text("t", text);
    assert!(d.layout.left_out.is_empty(), "{:?}", d.layout.left_out);
}

#[test]
fn a_pages_footnotes_over_a_bare_number_or_with_no_blank_line_are_left_out() {
    // The page's number straight under the notes, and a bare number over the point's second
    // half running on in small letters (then the number goes too).
    for (text, gone) in [
        (
            "PLAN\n\n1. Sovereignty is confirmed.¹\n2. Prisoners are released and returned to the side of their\n________________\n¹ The formula dates from 2019.\nPage 1 of 3\nchoice within a month.\n3. Lists are exchanged.\n",
            "Page 1 of 3",
        ),
        (
            "PLAN\n\n1. Sovereignty is confirmed.¹\n2. Prisoners are released and returned to the side of their\n________________\n¹ The formula dates from 2019.\n\n2\nchoice within a month.\n3. Lists are exchanged.\n",
            "2",
        ),
    ] {
        assert_eq!(labels(text), ["1", "2", "3"], "{text}");
        let d = Draft::from_text("t", text);
        let two = d
            .numbered()
            .nth(1)
            .map(|(_, p)| p.text.clone())
            .unwrap_or_default();
        assert_eq!(
            two, "Prisoners are released and returned to the side of their\nchoice within a month.",
            "{text}"
        );
        let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.trim()).collect();
        assert!(left.contains(&gone), "{left:?}");
    }
    // A form's blank with its instruction over the figure written in (the instruction's mark
    // is cited nowhere), and a bare number that follows the bare numbers above (a point's,
    // on its own line), stay.
    for (text, kept) in [
        (
            "ДОГОВІР (тест)\n\n1. Позикодавець передає кошти.\n\n2. Сума позики становить\n_______________\n* сума вказується цифрами\n5000\nгривень і повертається до 31 грудня.\n\n3. Договір набирає чинності.\n",
            "5000",
        ),
        (
            "DECLARATION (test)\n\n1\ncivilians are protected¹;\n\n2\ncorridors are opened;\n\n________________\n¹ As defined in the Protocol.\n\n3\nprisoners are exchanged.\n",
            "3",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert!(
            d.layout.left_out.iter().all(|l| l.text.trim() != kept),
            "{text}: {:?}",
            d.layout.left_out
        );
    }
    // A bare number over a capital may be a point's number on its own line: the notes stay
    // with it, and so does the number.
    let text = "PLAN\n\n1. Sovereignty is confirmed.\n2. Prisoners are released.\n________________\n¹ The formula dates from 2019.\n\n3\nLists are exchanged.\n";
    let d = Draft::from_text("t", text);
    assert!(
        d.layout
            .left_out
            .iter()
            .all(|l| !l.text.contains("2019") && l.text.trim() != "3"),
        "{:?}",
        d.layout.left_out
    );
}

#[test]
fn a_pages_footnotes_between_a_points_halves_are_left_out() {
    // A point broken by a page's foot: the rule, the notes, the page's number and the running
    // header of the next page, then the point's second half.
    let text = "PLAN\n\n1. Sovereignty is confirmed.\n\n2. Ukraine is compensated for the guarantee.¹ An unprovoked strike on\n\n__________\n¹ The form of compensation is set out in an annex.\n² Figure as circulated on 19 November.\n\nPage 1 of 2\n\nDRAFT — NOT FOR DISTRIBUTION\n\nMoscow voids the guarantee.\n\n3. Elections follow.\n\nPage 2 of 2\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3"]);
    let two = &d
        .numbered()
        .nth(1)
        .map(|(_, p)| p.text.clone())
        .unwrap_or_default();
    assert!(!two.contains("annex"), "{two}");
    assert!(two.ends_with("Moscow voids the guarantee."), "{two}");
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert!(
        left.contains(&"² Figure as circulated on 19 November."),
        "{left:?}"
    );
    // Notes under a rule with no page's number under them (the draft's own notes at its end)
    // stay, and so does a point under a rule.
    for text in [
        "PLAN\n\n1. Sovereignty is confirmed.\n\n2. A pact is signed.¹\n\n__________\n¹ As set out in the Charter.\n",
        "PLAN\n\n1. Sovereignty is confirmed.\n\n__________\n2. A pact is signed.\n\nPage 1 of 2\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(
            d.layout
                .left_out
                .iter()
                .all(|l| !l.text.contains("Charter") && !l.text.contains("pact")),
            "{text}: {:?}",
            d.layout.left_out
        );
    }
}

#[test]
fn a_channels_name_over_a_forwarded_posts_header_is_left_out_with_it() {
    let text = "Frontline Digest\nForwarded from Kyiv Wire Live\n\nDraft memorandum on a ceasefire\n\n1. Hostilities stop.\n\n2. Artillery pulls back.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "Draft memorandum on a ceasefire");
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(left, ["Frontline Digest", "Forwarded from Kyiv Wire Live"]);
    // Not a title over a blank line, nor a sentence.
    for text in [
        "Frontline Digest\n\nForwarded from Kyiv Wire Live\n\n1. Hostilities stop.\n\n2. Artillery pulls back.\n",
        "We received this today.\nForwarded from Kyiv Wire Live\n\n1. Hostilities stop.\n\n2. Artillery pulls back.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(
            d.layout.left_out.iter().all(|l| l.line != 1),
            "{text}: {:?}",
            d.layout.left_out
        );
    }
}

#[test]
fn a_pdfs_running_feet_and_the_notes_straight_over_them_are_left_out() {
    // A running footer with its page's number at the page's right edge, a running head under
    // it, a note cited on its page with no rule over it.
    let foot = |n: u32| format!("Для службового користування{}{n}", " ".repeat(40));
    let text = format!(
        "ДЕКЛАРАЦІЯ\n\nI. Відновлення є спільною відповідальністю держав і\nміжнародних установ.\nII. Громади, що постраждали найбільше, отримують\nфінансування.¹\n¹ Перелік громад визначається Урядом.\n{}\n                         Проєкт від 03.12.2025\nIII. Учасники підтримують розмінування земель як\nпріоритет.\n{}\n                         Проєкт від 03.12.2025\nIV. Декларація відкрита для приєднання.\n",
        foot(1),
        foot(2)
    );
    let d = Draft::from_text("t", &text);
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        left,
        [
            "¹ Перелік громад визначається Урядом.",
            foot(1).as_str(),
            "Проєкт від 03.12.2025",
            foot(2).as_str(),
            "Проєкт від 03.12.2025",
        ]
    );
    let second = |d: &Draft| d.numbered().nth(1).map(|(_, p)| p.text.clone());
    assert_eq!(
        second(&d).as_deref(),
        Some("Громади, що постраждали найбільше, отримують фінансування.¹")
    );
    // A figure set after the stop at a line's end cites a note (`…the Republic.1`).
    let text = "1. The Participants respect the borders of the\nRepublic.1\n2. In the event of an attack the Participants will\n1 The term is defined in Annex A.\nDRAFT – 21/11/2025      Page 1 of 2\nconsult within 24 hours.\n3. Disputes are settled by consultation.\nDRAFT – 21/11/2025      Page 2 of 2\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        second(&d).as_deref(),
        Some("In the event of an attack the Participants will consult within 24 hours.")
    );
    // None of these (review42b): a table's rows in a point; a line opening with a figure over
    // a page's number when the note's mark is cited on another page only, or a date; a code's
    // stop before the figure.
    for text in [
        "1. The price is paid in instalments:\nPayment      1\nPayment      2\nPayment      3\n2. The fund is audited.\n",
        "1. The budget is shared:\nEducation      12\nHealth      13\n2. The fund is audited.\n",
        "1. The schools listed are rebuilt first:\n1 Kyiv region — 120 schools.\n— 1 —\n2. The works are financed by the fund.1\n1 The fund is defined in Article 9.\n— 2 —\n",
        "1. The term ends on the date set by the Council.1\n1 January 2026 is the latest date.\n— 1 —\n2. Second.\n— 2 —\n",
        "1. Members of NATO.1\n1 The note.\n— 1 —\n2. Second.\n— 2 —\n",
    ] {
        let d = Draft::from_text("t", text);
        let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.trim()).collect();
        assert!(
            left.iter()
                .all(|l| l.starts_with('—') || l.ends_with("Article 9.")),
            "{text}: {left:?}"
        );
    }
}

#[test]
fn a_posts_reactions_are_left_out() {
    let text = "Рамковий документ\n\n1. Перше.\n\n2. Друге.\n\n📲 Підписатися на канал | Надіслати новину\n👍 1,4 тис.  🔥 212  😢 35\n👁 96 тис.  14:32\n";
    let d = Draft::from_text("t", text);
    let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(left, ["👍 1,4 тис.  🔥 212  😢 35", "👁 96 тис.  14:32"]);
    // One emoji and a figure may be a point's text.
    let text = "Рамковий документ\n\n1. Перше.\n\n2. Друге:\n👍 12\n";
    assert!(Draft::from_text("t", text).layout.left_out.is_empty());
}
