//! Tests of reading markers: numbering schemes, label keywords, bullets and the forms numbers
//! take.

use super::{
    LATIN_INSERTED, POSTFIX_ARTICLE_WORDS, closing_text, fixture, fixture_labels, label_texts,
    labels, pilcrows, texts,
};
use crate::draft::{Draft, PointKind};

#[test]
fn a_date_wrapped_to_a_lines_start_numbers_no_point() {
    // `18. november 2025` and `3. März 2026` open wrapped lines of a lead; the points under it
    // keep their numbers.
    for date in [
        "18. november 2025, er enige om",
        "3. März 2026 vereinbart",
        "14. marraskuuta 2025",
    ] {
        let text = format!(
            "Statement\n\nThe ministers, who met in Kirkenes\n{date}:\n\n1. One thing.\n\
             2. Another thing.\n3. A third thing.\n"
        );
        assert_eq!(labels(&text), ["1", "2", "3"], "{date}");
    }
    // A meeting's date on its own line over its agenda.
    let text = "Timetable\nThe parties agreed to meet on these dates:\n\
                18. November 2025, first meeting in Oslo.\n1. Opening.\n2. Ceasefire.\n\
                3. Exchange of prisoners.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    // A point that opens with a month's name but no year is a point.
    assert_eq!(
        labels("T\n1. May brings rain.\n2. June is dry.\n"),
        ["1", "2"]
    );
}

#[test]
fn numbering_schemes() {
    assert_eq!(labels("T\n1. One\n2. Two\n"), ["1", "2"]);
    assert_eq!(labels("T\n1) One\n2) Two\n"), ["1", "2"]);
    assert_eq!(labels("T\n(1) One\n(2) Two\n"), ["1", "2"]);
    assert_eq!(labels("T\nPoint 1: One\nPoint 2: Two\n"), ["1", "2"]);
    assert_eq!(labels("T\nItem 7. One\nItem 7a. Two\n"), ["7", "7a"]);
    assert_eq!(labels("T\n§ 1 One\n§ 2 Two\n"), ["§ 1", "§ 2"]);
    assert_eq!(labels("T\n§1. One\n§2. Two\n"), ["§1", "§2"]);
    assert_eq!(labels("Т\nПункт 1. Один\nПункт 2. Два\n"), ["1", "2"]);
    assert_eq!(labels("Т\nПараграф 1. Один\nПараграф 2. Два\n"), ["1", "2"]);
    assert_eq!(
        labels("Т\nСтаття 1\nТекст.\n\nСтаття 2\nТекст.\n"),
        ["Стаття 1", "Стаття 2"]
    );
    assert_eq!(
        labels("T\n12.1 One\n12.2 Two\n12.3 Three\n"),
        ["12.1", "12.2", "12.3"]
    );
    assert_eq!(labels("# T\n\n1. One\n2. Two\n"), ["1", "2"]);
    assert_eq!(
        labels("# T\n\n## 1. Scope\nText.\n\n## 2. Terms\nMore.\n"),
        ["1", "2"]
    );
    assert_eq!(
        labels("T\nArticle IV\nText.\n\nArticle V\nText.\n"),
        ["Article IV", "Article V"]
    );
}

#[test]
fn point_and_article_keywords_of_other_languages() {
    // Spanish and Czech pages of the 20-point plan, a Czech treaty, a Polish law.
    assert_eq!(
        labels("Plan\n\nPunto 1: Soberanía.\n\nPunto 2: No agresión.\n"),
        ["1", "2"]
    );
    assert_eq!(
        labels("Plán\n\nBod 1: Suverenita.\n\nBod 2: Neútočení.\n"),
        ["1", "2"]
    );
    assert_eq!(
        labels("Smlouva\n\nČlánek 1\nPříměří.\n\nČlánek 2\nStažení zbraní.\n"),
        ["Článek 1", "Článek 2"]
    );
    assert_eq!(
        labels("Ustawa\n\nArtykuł 1. Zakres.\n\nArtykuł 2. Definicje.\n"),
        ["Artykuł 1", "Artykuł 2"]
    );
    // Minutes numbering their agenda's questions, before a stop; a sentence citing one
    // (`Питання 1 порядку денного розглянуто`) and a consultation's questions under its
    // proposals label nothing.
    assert_eq!(
        labels("Протокол\n\nПитання 1. Про кошторис.\nЗатвердили.\n\nПитання 2. Різне.\nНічого.\n"),
        ["1", "2"]
    );
    assert_eq!(
        labels(
            "Протокол\n\n1. Збори обрали голову.\nПитання 1 порядку денного розглянуто.\n\n2. Збори затвердили кошторис.\nПитання 2 порядку денного розглянуто.\n"
        ),
        ["1", "2"]
    );
    assert_eq!(
        labels(
            "Consultation\n\n1. Fares are capped at two pounds.\n\nQuestion 1: Do you agree?\n\n2. Timetables are set with the parishes.\n\nQuestion 2: How should they be consulted?\n"
        ),
        ["1", "2"]
    );
    // A report's recommendations alone on their lines, a German agenda's `TOP 2:` over the
    // list it resolves, Polish minutes' `Ad 1.` under their agenda; a sentence that cites a
    // recommendation labels nothing.
    let text = "Review\n\nRecommendation 1\nKeep every branch open.\n\nRecommendation 2\nOpen late on Tuesdays.\n\nRecommendation 3\nPublish the visitor figures.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert_eq!(texts(text)[1], "Open late on Tuesdays.");
    let text = "Protokoll\n\nTOP 1: Begrüßung\nDas Protokoll wird genehmigt.\n\nTOP 2: Schulfest\nBeschlossen wird:\n1. Der Erlös geht an den Verein.\n2. Jede Klasse betreut einen Stand.\n3. Die 4a backt.\n\nTOP 3: Verschiedenes\nNichts.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    let text = "Protokół\n\nPorządek obrad:\n1. Otwarcie.\n2. Remont dachu.\n3. Wolne wnioski.\n\nAd 1.\nPosiedzenie otwarto.\n\nAd 2.\nWybrano ofertę.\n\nAd 3.\nWniosków nie zgłoszono.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert_eq!(texts(text)[1], "Wybrano ofertę.");
    let text = "Report\n\n1. Branches stay open.\nRecommendation 1 of the panel is accepted.\n\n2. Hours are extended.\nRecommendation 2 of the panel is accepted.\n";
    assert_eq!(labels(text), ["1", "2"]);
    // Recommendations among a report's numbered findings are the findings' text, and `TOP`
    // items over resolutions numbered through them give way to the numbers.
    let text = "Review\n\n1. The panel visited six branches.\n\n2. The hours do not suit workers.\n\nRecommendation 1: Open until 20:00.\n\n3. The book budget fell.\n\nRecommendation 2: Restore it.\n\n4. Morale is good.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
    assert!(texts(text)[1].ends_with("Open until 20:00."));
    let text = "Protokoll\n\nTOP 1: Dach\n1. Das Dach wird saniert.\n2. Die Rücklage zahlt.\n\nTOP 2: Garten\n3. Ein Gärtner kommt.\n4. Die Hecke wird geschnitten.\n5. Der Spielplatz bleibt.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4", "5"]);
    assert!(!texts(text)[1].contains("Garten"));
    // A number's own word: a committee's `Nr. 1:`, a list of amendments' `No. 1 —`, with no
    // blank lines (they were one paragraph).
    let text = "Empfehlung\n\nNr. 1: Die Souveränität.\nNr. 2: Der Pakt.\nNr. 3: Die Armee.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert_eq!(texts(text)[1], "Der Pakt.");
    let text = "Amendments\n\nNo. 1 — Raise the cap.\nNo. 2 — Delete the clause.\n";
    assert_eq!(labels(text), ["1", "2"]);
    assert_eq!(texts(text)[0], "Raise the cap.");
    // French minutes: `Point n° 1 :` (a number sign after the keyword) with the caption on
    // its line and the text below.
    let text = "Compte rendu\n\nPoint n° 1 : Budget\nLe budget est adopté.\n\n\
                Point n° 2 : Travaux\nLe préau sera repeint.\n\nPoint nº 3 : Divers\nRien.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert_eq!(texts(text)[1], "Travaux\nLe préau sera repeint.");
    // `Artikel Nr. 4711` is a product's number, not an article's label.
    let text = "Bestellung\n\n1. Bitte liefern Sie bis Freitag:\nArtikel Nr. 4711 Handschuhe, 10 Kartons\n\
                Artikel Nr. 5020 Desinfektionsmittel, 5 Liter\n2. Die Rechnung geht an die \
                Buchhaltung.\n3. Der Rabatt gilt wie vereinbart.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    // A transcript reads the points out (`Point one.`), the next one after the speaker's aside
    // on the same line; `Point one is…` is prose, `Point 4 of the draft` a citation.
    let text = "Briefing\n\nPoint one.  Sovereignty is confirmed.\n\nPoint two.  A pact is signed.\n\n\
                Q    Is the figure final?\n\nTHE PRESIDENT:  It is.  (Laughter.)  Point three.  The \
                army is capped.\n\nPoint four.  Guarantees.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        fixture_labels(&d),
        ["Point one", "Point two", "Point three", "Point four"]
    );
    assert_eq!(label_texts(&d)[2].1, "The army is capped.");
    assert!(label_texts(&d)[1].1.ends_with("(Laughter.)"));
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    // With a dash after the word, as digits may have.
    let text =
        "Briefing\n\nPoint one — borders hold.\n\nPoint two – a pact.\n\nPoint three - aid.\n";
    assert_eq!(labels(text), ["Point one", "Point two", "Point three"]);
    let text = "Notes\n\nPoint 1. Borders.\n\nPoint 2. Talks. Point 3 of the old draft is gone.\n";
    assert_eq!(labels(text), ["1", "2"]);
    assert!(
        labels("Notes\n\nPoint one is a ceasefire.\n\nPoint two is a pact.\n")
            .iter()
            .all(|l| l.starts_with('¶'))
    );
    // A citation wrapped to a line's start is no label in a list of plain numbers.
    let text = "Plan\n\n1. The parties apply Resolution\nNo. 5 of the Council.\n2. Talks go on.\n";
    assert_eq!(labels(text), ["1", "2"]);
}

#[test]
fn numbers_before_a_tab_or_a_wide_gap_number_a_tables_rows() {
    // A table copied from a page or a word processor: the number in a cell of its own, a tab
    // or spaces after it, no dot; a cell's text wrapped onto a line of its own stays in its row.
    let text = "Plan of works (test text)\n\nNo\tWork\tBy\n1\tMains are replaced\tJune\n2\tThe \
                school roof is mended\tAugust\n3  Generators are installed\tSeptember\n4\tA fuel \
                stock of no less\n\tthan 30 days is built\tOctober\n5  Shelters are checked\t\
                October\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5"]);
    assert!(label_texts(&d)[3].1.contains("than 30 days"));
    assert_eq!(label_texts(&d)[2].1, "Generators are installed\tSeptember");
    // Numbers before a gap and a dash are a dash's (`1  – Text`).
    assert_eq!(
        labels("Plan\n\n1  – Fire stops.\n2  – Prisoners are exchanged.\n3  – Observers deploy.\n"),
        ["1", "2", "3"]
    );
    // A bulleted draft's annex table is no list of points; nor a table among paragraphs of one
    // line each.
    let annexed = "Plan\n\n- Fire stops.\n- Prisoners are exchanged.\n- Observers deploy.\n\nAnnex\n1\tKupiansk\tDaily\n2\tIzium\tWeekly\n3\tSumy\tDaily\n";
    assert_eq!(labels(annexed), ["•1", "•2", "•3"]);
    let report = "Report\nWe surveyed the schools in March.\nBy district:\n1\tIzium\t14 schools\n2\tKupiansk\t11 schools\n3\tChuhuiv\t9 schools\nShelters go first at the largest schools.\nDonors pay for the work.\n";
    let numbered = |d: &Draft| {
        d.layout.scheme.starts_with("numbers") || d.layout.scheme.starts_with("a table's rows")
    };
    assert!(!numbered(&Draft::from_text("t", report)));
    // A later draft that drops a row skips its number: the next row is a row still.
    let text = "Plan (test text)\n\n1\tMains are replaced\n2\tThe roof is mended\n4\tShelters are checked\n5\tA report is made\n";
    assert_eq!(labels(text), ["1", "2", "4", "5"]);
    // Not a row repeated, nor one far on: a wrapped line's figure.
    let text = "Plan (test text)\n\n1\tMains are replaced\n2\tThe roof is mended\n3\tShelters are\n25  Schools are checked\n4\tA report is made\n";
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
    // One space is a sentence's figure; a figure or a small letter after the gap is a table
    // of figures or a wrapped line; a table among paragraphs of prose is a report's figures.
    for text in [
        "Shelters in schools (test text)\n\nBackground\nThe department surveyed the schools in March.\n\nFindings\nMost schools lack a shelter. By district:\n1\tIzium\t14 schools\n2\tKupiansk\t11 schools\n3\tChuhuiv\t9 schools\n\nProposal\nModular shelters are built first at the largest schools.\n\nFunding\nThe regional budget and donors pay for the work.\n",
        "Report\n\n2 Prisoners were freed on Monday.\n3 Others wait.\n4 More are expected.\n",
        "Figures\n\n1\t250\t300\n2\t410\t390\n3\t120\t180\n",
        "Notes\n\nThe total was\n12  million in the first year and\n13  million in the next.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(!numbered(&d), "{text}: {}", d.layout.scheme);
    }
    // A table's rows are a list of their own: an annex's table numbered from 1 does not run
    // on from points numbered `1 –`, nor its first row become a heading of the last point.
    let text = "Plan of repairs (test text)\n\n1 – The city repairs the mains before winter.\n\n2 – The contractor reports to the council.\n\n3 – Residents are told of outages a week ahead.\n\nAnnex. Works by district\n\n1\tNorth: mains and boilers\n2\tSouth: boilers\n3\tCentre: pumps\n4\tRiverside: mains\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "The city repairs the mains before winter."),
            ("2", "The contractor reports to the council."),
            ("3", "Residents are told of outages a week ahead."),
        ]
    );
    assert!(d.layout.headings.is_empty(), "{:?}", d.layout.headings);
}

#[test]
fn any_bullet_character_starts_a_point() {
    let d = fixture("bullets-mixed.txt");
    assert_eq!(fixture_labels(&d), ["•1", "•2", "•3", "•4"]);
    assert_eq!(
        d.numbered().last().unwrap().1.text,
        "Observers may enter the strip at any time without notice."
    );
}

#[test]
fn number_signs_and_keycap_emoji() {
    assert_eq!(
        label_texts(&Draft::from_text(
            "t",
            "T\nПункт №1. Один.\nПункт № 2. Два.\nPoint No. 3: Three.\n"
        )),
        [("1", "Один."), ("2", "Два."), ("3", "Three.")]
    );
    // The sign alone before the number.
    assert_eq!(
        labels("План\n\n№ 1. Суверенітет.\n№2. Угоду укладено.\n№ 3. Гарантії надано.\n"),
        ["1", "2", "3"]
    );
    assert_eq!(
        labels("Plan\n\n#1. One is here.\n\n#2. Two is here.\n\n#3. Three.\n"),
        ["1", "2", "3"]
    );
    // A number sign in prose, and a heading's `#`, are not.
    assert_eq!(
        labels("Plan\n\n1. One.\n\n2. Two, see\n№ 5 of the annex.\n\n# 3 Things\n"),
        ["1", "2"]
    );
    let posts =
        "Plan\n1\u{fe0f}\u{20e3} One.\n2\u{20e3} Two.\n9\u{fe0f}\u{20e3} Nine.\n\u{1f51f} Ten.\n";
    assert_eq!(
        label_texts(&Draft::from_text("t", posts)),
        [("1", "One."), ("2", "Two."), ("9", "Nine."), ("10", "Ten.")]
    );
    // A decorative emoji glued to the number (`🔹1.`) is the bullet of a numbered list.
    let posts = "Plan\n\u{1f539}1. One.\n\u{25aa}\u{fe0f}2. Two.\n\u{1f539}3. Three.\n";
    assert_eq!(
        label_texts(&Draft::from_text("t", posts)),
        [("1", "One."), ("2", "Two."), ("3", "Three.")]
    );
    // Past ten, one keycap per digit (`1️⃣1️⃣`), and 🔟 lost in copying leaves a gap.
    let k = |n: &str| -> String { n.chars().map(|d| format!("{d}\u{fe0f}\u{20e3}")).collect() };
    let posts = format!(
        "Plan\n{} Nine.\n{} Eleven.\n{} Twelve.\n",
        k("9"),
        k("11"),
        k("12")
    );
    assert_eq!(
        label_texts(&Draft::from_text("t", &posts)),
        [("9", "Nine."), ("11", "Eleven."), ("12", "Twelve.")]
    );
}

#[test]
fn emoji_bullets_of_messenger_posts_are_bullets() {
    for glyph in ["▪️", "🔹", "🔸", "➡️", "📌"] {
        let text = format!(
            "Humanitarian package\n\nThe delegations agreed a package. The main terms:\n\n{glyph}The parties exchange all prisoners.\n{glyph}Civilians are released.\n{glyph} Deported children return home.\n"
        );
        assert_eq!(
            label_texts(&Draft::from_text("t", &text)),
            [
                ("•1", "The parties exchange all prisoners."),
                ("•2", "Civilians are released."),
                ("•3", "Deported children return home."),
            ],
            "{glyph}"
        );
    }
}

#[test]
fn numbers_in_other_characters_and_scripts_number_points() {
    // Right-to-left marks before the numbers (copied from a messenger or a word processor).
    let rlm = "عنوان\n\n\u{200f}1. تأكيد السيادة.\n\u{200f}2. اتفاق عدم اعتداء.\n\u{200f}3. ضمانات أمنية.\n";
    assert_eq!(labels(rlm), ["1", "2", "3"]);
    let rle = "כותרת\n\n\u{202b}1. ריבונות.\u{202c}\n\u{202b}2. הסכם.\u{202c}\n\u{202b}3. ערבויות.\u{202c}\n";
    assert_eq!(
        label_texts(&Draft::from_text("t", rle))[0],
        ("1", "ריבונות.")
    );
    // "Fake bold" digits and letters of a LinkedIn post read as plain ones.
    let bold = "What it says\n\n\u{1d7cf}. \u{1d412}overeignty.\n\u{1d7d0}. Non-aggression.\n\u{1d7d1}. Guarantees.\n";
    assert_eq!(
        label_texts(&Draft::from_text("t", bold)),
        [
            ("1", "Sovereignty."),
            ("2", "Non-aggression."),
            ("3", "Guarantees.")
        ]
    );
    // Enclosed numbers of every set, labelled as written.
    for (first, second, third) in [
        ('❶', '❷', '❸'),
        ('⑴', '⑵', '⑶'),
        ('⒈', '⒉', '⒊'),
        ('➊', '➋', '➌'),
    ] {
        let text = format!("Plan\n\n{first} One.\n{second} Two.\n{third} Three.\n");
        assert_eq!(
            labels(&text),
            [first.to_string(), second.to_string(), third.to_string()]
        );
    }
    assert_eq!(labels("Plan\n\n❿ Ten.\n⓫ Eleven.\n⓬ Twelve.\n").len(), 3);
    // Devanagari digits, and Arabic text glued to its number's dash.
    assert_eq!(
        labels("योजना\n\n१. संप्रभुता।\n२. समझौता।\n३. गारंटी।\n"),
        ["१", "२", "३"]
    );
    assert_eq!(
        label_texts(&Draft::from_text(
            "t",
            "عنوان\n\n1-سيتم التأكيد.\n\n2- ينص البند.\n\n3-ستحصل البلاد.\n"
        )),
        [
            ("1", "سيتم التأكيد."),
            ("2", "ينص البند."),
            ("3", "ستحصل البلاد.")
        ]
    );
    // Korean and Japanese news list items after triangles, text glued to them.
    assert_eq!(
        labels("종전안\n\n▲우크라이나 주권 재확인\n▲불가침 협정\n▲안보 보장\n"),
        ["•1", "•2", "•3"]
    );
    assert_eq!(
        labels("和平案\n\n▽主権を再確認\n▽不可侵合意\n▽安全の保証\n"),
        ["•1", "•2", "•3"]
    );
}

#[test]
fn inserted_points_bis_and_compound_words_after_a_keyword() {
    assert_eq!(
        labels("Draft\n\n4. Four.\n5. Five.\n5bis. Inserted.\n6. Six.\n"),
        ["4", "5", "5bis", "6"]
    );
    // A United Nations draft under negotiation: an inserted paragraph, and text in brackets.
    let un = "Zero draft\n\nPP1 Recalling the principles,\nPP2 [Deeply concerned][Noting] the situation,\nOP1 Calls on all parties;\nOP2 Urges the release;\nOP2 bis [Requests an exchange;]\nOP3 Decides to remain seized.\n";
    assert_eq!(labels(un), ["PP1", "PP2", "OP1", "OP2", "OP2 bis", "OP3"]);
    // Inserted articles written with a hyphen are articles.
    for (inserted, label) in [
        ("Art. 2-bis.", "Art. 2-bis"),
        ("Article 2-A.", "Article 2-A"),
    ] {
        let text = format!(
            "Law\n\nArt. 1.\nObject.\n\nArt. 2.\nDefinitions.\n\n{inserted}\nTransition.\n\nArt. 3.\nEntry into force.\n"
        );
        assert_eq!(labels(&text).len(), 4, "{text}");
        assert!(labels(&text).iter().any(|l| l == label), "{text}");
    }
    // News paragraphs that open on a citation or a word are no articles.
    let vi = "Tin tức\n\nĐiều 5 của NATO quy định phòng thủ chung.\n\nCác bên đã thảo luận.\n\nĐiều 3 bên cần làm là ngừng bắn.\n";
    assert_eq!(labels(vi), ["¶1", "¶2", "¶3"]);
    // A rise or fall of a figure is no bullet.
    let market = "Markets\n\nStocks rose today.\n▲ 2.3% Dow Jones\n▼ 1.1% Brent oil\n▲ 0.8% Euro Stoxx\nAnalysts expect more.\n";
    assert!(labels(market).iter().all(|l| !l.starts_with('•')));
    // `Article 5-style guarantees` opening a paragraph is no article.
    let prose = "Summary\n\nUkraine's sovereignty is reaffirmed by all.\n\nThe sides sign a non-aggression pact.\n\nArticle 5-style guarantees are given by the allies.\n\nRussia writes non-aggression into law.\n";
    assert_eq!(labels(prose), ["¶1", "¶2", "¶3", "¶4"]);
}

#[test]
fn article_keywords_and_adoption_formulas_of_more_languages() {
    let id = "UNDANG-UNDANG\n\nBAB I\nKETENTUAN UMUM\n\nPasal 1\nPemantau adalah orang.\n\nPasal 2\nPemerintah mengirim pemantau.\n\nPasal 3\nUndang-Undang ini mulai berlaku.\n\nDisahkan di Jakarta\npada tanggal 4 Desember 2025\n";
    let d = Draft::from_text("t", id);
    assert_eq!(
        label_texts(&d),
        [
            ("Pasal 1", "Pemantau adalah orang."),
            ("Pasal 2", "Pemerintah mengirim pemantau."),
            ("Pasal 3", "Undang-Undang ini mulai berlaku.")
        ]
    );
    assert!(closing_text(&d).is_some());
    assert_eq!(
        labels("ΝΟΜΟΣ\n\nΆρθρο 1\nΣκοπός.\n\nΆρθρο 2\nΟρισμοί.\n\nΆρθρο 3\nΙσχύς.\n"),
        ["Άρθρο 1", "Άρθρο 2", "Άρθρο 3"]
    );
    assert_eq!(
        labels(
            "LUẬT\n\nĐiều 1. Phạm vi\nLuật này.\n\nĐiều 2. Nguyên tắc\nTrung lập.\n\nĐiều 3. Hiệu lực\nCó hiệu lực.\n"
        ),
        ["Điều 1", "Điều 2", "Điều 3"]
    );
    // A Portuguese law's adoption and its president's signature close it.
    let pt = "Lei\n\nArtigo 1.º\nObjeto.\n\nArtigo 2.º\nA lei entra em vigor amanhã.\n\nAprovada em 20 de novembro de 2025.\nO Presidente da Assembleia da República, Fulano de Tal.\n";
    let d = Draft::from_text("t", pt);
    assert_eq!(
        label_texts(&d).last(),
        Some(&("Artigo 2", "A lei entra em vigor amanhã."))
    );
    assert!(closing_text(&d).is_some_and(|t| t.starts_with("Aprovada em")));
    // A sentence of the last point that opens alike stays in it, and so do status lines
    // after a sentence that starts like a formula.
    let referendum = "Acordo\n\nArtigo 1.º\nObjeto.\n\nArtigo 2.º\nO acordo vai a referendo.\nAprovado em referendo, entra em vigor em 30 dias.\n";
    assert!(
        Draft::from_text("t", referendum)
            .points
            .iter()
            .all(|p| p.kind != PointKind::Closing)
    );
    let status = "Plan\n\n1. Repair schools.\nStatus: in progress.\n\n2. Digitise the land records.\nDone in Kharkiv and Odesa; the other regions follow in 2026.\nFunding, as before, comes from the state budget.\n";
    assert!(
        Draft::from_text("t", status)
            .points
            .iter()
            .all(|p| p.kind != PointKind::Closing)
    );
    let news = "Lei\n\n1. Objeto.\n2. A lei foi votada.\nAprovada em comissão, seguiu para o plenário, onde foi debatida durante três dias seguidos e votada.\nDepois, o Presidente promulgou a lei, que foi publicada no Diário da República no dia seguinte.\nA oposição votou contra, e o partido do Governo votou a favor.\n";
    assert_eq!(
        Draft::from_text("t", news).points.last().map(|p| p.kind),
        Some(PointKind::Point)
    );
}

#[test]
fn a_forums_counts_of_comments_and_votes_are_no_labels() {
    // A thread copied under its post: `1.8k comments`, `2.1k points` are counts.
    let thread = "Title\n\n* The army cap is gone.\n* The amnesty is out.\n* Land is left to the leaders.\n\n\
                  1.8k comments  Share  Save\n\nu/someone · 6 hr. ago\nThe land part is the whole war.\n\
                  2.1k points   Reply  Share\n";
    assert_eq!(labels(thread), ["•1", "•2", "•3"]);
    // An inserted point lettered `k` or `m` keeps its letter.
    assert_eq!(
        labels("T\n\n1.8j. Ten.\n1.8k. Eleven.\n1.8m Twelve in capitals: Twelve.\n"),
        ["1.8j", "1.8k", "1.8m"]
    );
}

#[test]
fn inserted_articles_and_points_keep_their_suffix() {
    assert_eq!(
        labels(
            "Закон\n\nСтаття 1. Один.\nСтаття 2. Два.\nСтаття 2-1. Вставлена.\nСтаття 2¹. Ще одна.\nСтаття 3. Три.\n"
        ),
        [
            "Стаття 1",
            "Стаття 2",
            "Стаття 2-1",
            "Стаття 2¹",
            "Стаття 3"
        ]
    );
    assert_eq!(
        labels(
            "Bill\n\n1. Commission.\n2. Functions.\n2A. Duty to consult.\n3. Report.\n3A. Data.\n3B. Sources.\n4. Title.\n"
        ),
        ["1", "2", "2A", "3", "3A", "3B", "4"]
    );
    // Not before a dot (`5-10 countries`, `3D printing`), the number alone is read as ever.
    assert_eq!(super::inserted_suffix("-10 countries"), 0);
    assert_eq!(super::inserted_suffix("D printing"), 0);
    // An editor's note in braces stays with its article, not a heading.
    let law = "Закон\n\nСтаття 1. Визначення\n1. Терміни.\n\n{Пункт 1 в редакції Закону № 1}\n\nСтаття 2. Сфера\n1. Дія.\n";
    let d = Draft::from_text("t", law);
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    assert!(d.points.iter().any(|p| p.text.contains("{Пункт 1")));
}

#[test]
fn french_first_articles_are_article_1() {
    for first in ["Article 1er", "Article premier", "Article 1re"] {
        let text = format!(
            "Loi\n\n{first}\nObjet de la loi.\n\nArticle 2\nDéfinitions.\n\nArticle 3\nEntrée en vigueur.\n"
        );
        assert_eq!(labels(&text), [first, "Article 2", "Article 3"], "{first}");
    }
    assert_eq!(super::first_in_words("premiers pas"), None);
}

#[test]
fn a_status_mark_before_a_number_labels_the_point() {
    let d = Draft::from_text(
        "t",
        "Що залишилося\n\nПорівняли дві версії.\n\n✅ 1. Суверенітет підтверджується.\n✅ 2. Угода про ненапад.\n❌ 3. НАТО не розширюється.\n✏️ 4. Діалог Росії та НАТО.\n",
    );
    assert_eq!(
        label_texts(&d),
        [
            ("✅ 1", "Суверенітет підтверджується."),
            ("✅ 2", "Угода про ненапад."),
            ("❌ 3", "НАТО не розширюється."),
            ("✏️ 4", "Діалог Росії та НАТО."),
        ]
    );
    // A mark glued to a label's keyword, as a journalist's notes flag a point (`❗️п.3`).
    let notes = "Нотатки\n\nп.1 — суверенітет підтверджено\nп.2 — угода про ненапад\n❗️п.3 (території) — найважче\nп.4 — армія\n";
    assert_eq!(labels(notes).len(), 4, "{:?}", labels(notes));
    assert!(labels(notes)[2].ends_with('3'));
    // A status mark before text, or before a figure that is no point's number, is text.
    assert!(
        labels(
            "T\n\n✅ Agreed on the ceasefire.\n\n❌ 600,000 troops rejected.\n\n✅ 2025 talks.\n"
        )
        .iter()
        .all(|l| l.starts_with('¶'))
    );
}

#[test]
fn number_forms_of_other_pages_number_points() {
    // `1.-` (Latin American pages), `1.—(1)` (UK regulations), a thread's `1/`, a table's
    // tab after the number.
    for (text, first) in [
        (
            "Plan\n\n1.- Gaza será una zona libre.\n2.- Gaza será reconstruida.\n3.- La guerra termina.\n",
            "Gaza será una zona libre.",
        ),
        (
            "Regulations\n\n1.—(1) These Regulations may be cited.\n(2) They extend to the UK.\n2.—(1) The earlier Regulations are amended.\n3. In regulation 40, omit paragraph (3).\n",
            "(1) These Regulations may be cited.\n(2) They extend to the UK.",
        ),
        (
            "Thread\n\n1/ Sovereignty is confirmed.\n2/ A pact is signed.\n3/7 The army is capped.\n",
            "Sovereignty is confirmed.",
        ),
        // Text tokenised by a machine translation: a space before every stop, the list's too.
        (
            "Memorandum\n\n1 . The Parties confirm navigation to Odesa , Chornomorsk .\n2 . Vessels notify the centre .\n3 . Inspection lasts no more than\n24 hours .\n",
            "The Parties confirm navigation to Odesa , Chornomorsk .",
        ),
        (
            "Table\n\n1\tSovereignty is confirmed\tUnchanged\n2\tA pact is signed\tUnchanged\n3\tThe army is capped\tDeleted\n",
            "Sovereignty is confirmed\tUnchanged",
        ),
        // A thread's count in brackets, a German mail's `1.)`, a French or Spanish `1°)`.
        (
            "Thread\n\n(1/20) Sovereignty is confirmed.\n(2/20) A pact is signed.\n(3/20) The army is capped.\n",
            "Sovereignty is confirmed.",
        ),
        (
            "Punkte\n\n1.) Die Souveränität wird bestätigt.\n2.) Ein Pakt wird geschlossen.\n3.) Die Armee wird begrenzt.\n",
            "Die Souveränität wird bestätigt.",
        ),
        (
            "Points\n\n1°) La souveraineté est confirmée.\n2°) Un pacte est signé.\n3º) L'armée est limitée.\n",
            "La souveraineté est confirmée.",
        ),
        // A judgment's paragraph numbers, a Chinese page's, a template's.
        (
            "Judgment\n\n[1] The applicant seeks review.\n\n[2] The respondent opposes it.\n\n[3] The application is declined.\n",
            "The applicant seeks review.",
        ),
        (
            "要点\n\n【1】乌克兰的主权得到确认。\n【2】双方签署条约。\n【3】军队规模受限。\n",
            "乌克兰的主权得到确认。",
        ),
        (
            "Items\n\n{1} Sovereignty is confirmed.\n{2} A pact is signed.\n{3} The army is capped.\n",
            "Sovereignty is confirmed.",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(fixture_labels(&d), ["1", "2", "3"], "{text}");
        assert_eq!(d.numbered().next().unwrap().1.text, first);
    }
    // A link's label, a gallery's count and a fraction in brackets number nothing.
    for line in [
        "[1]: https://example.org/plan",
        "[2/3] A delegate arrives in Geneva. REUTERS/Name",
        "(2/3 of the members) agree.",
        "[12345] Text",
        "2025 .",
        "3 .5 million",
    ] {
        assert!(super::super::markers::marker(line).is_none(), "{line}");
    }
    // A page count with figures after it is no thread number.
    assert!(
        labels("T\n\n2/2   25-03011\n\n3/4 2025\n")
            .iter()
            .all(|l| l.starts_with('¶'))
    );
    // Keywords of other pages.
    for (text, label) in [
        (
            "Plan\n\nProposal 1: Neutral status.\n\nProposal 2: Guarantees.\n",
            "1",
        ),
        (
            "Plan\n\nProposal-1: Neutral status.\n\nProposal-2: Guarantees.\n",
            "1",
        ),
        (
            "Kanun\n\nMADDE 1 – (1) Bu Kanunun amacı.\n\nMADDE 2 – (1) Kapsam.\n",
            "MADDE 1",
        ),
        (
            "תוכנית\n\nסעיף 1: עזה תהיה אזור מפורז.\n\nסעיף 2: עזה תפותח מחדש.\n",
            "1",
        ),
        (
            "خطة\n\nبند 1: وقف فوري للقتال.\n\nبند 2: تبادل الأسرى.\n",
            "1",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(d.point_count(), 2, "{text}");
        assert!(
            d.numbered().next().unwrap().1.label.starts_with(label),
            "{text}"
        );
    }
    // Ordinal adverbs of other languages.
    for (text, first) in [
        (
            "Déclaration\n\nPremièrement, les frontières ne changent pas par la force.\n\nDeuxièmement, les forces armées ne sont pas limitées.\n\nTroisièmement, l'Europe participe aux garanties.\n",
            "Premièrement",
        ),
        (
            "Oświadczenie\n\nPo pierwsze, o granicach nie można decydować bez Ukrainy.\n\nPo drugie, siły sojusznicze w Polsce to sprawa NATO.\n\nPo trzecie, sankcje pozostają do czasu pokoju.\n",
            "pierwsze",
        ),
        (
            "البيان\n\nأولاً: الترحيب بوقف إطلاق النار في القطاع.\n\nثانياً: ضرورة إدخال المساعدات الإنسانية دون قيود.\n\nثالثاً: دعم جهود إعادة الإعمار في القطاع.\n",
            "أولاً",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(d.point_count(), 3, "{text}");
        assert_eq!(d.numbered().next().unwrap().1.label, first);
    }
}

#[test]
fn arabic_script_digits_and_circled_numbers_number_points() {
    let d = Draft::from_text(
        "t",
        "قانون\n\nمادة ١\nيعمل بأحكام هذا القانون.\n\nمادة ٢\nيقصد بالكلمات الآتية المعاني المبينة.\n\nمادة ٣\nينشر هذا القانون في الجريدة الرسمية.\n",
    );
    assert_eq!(fixture_labels(&d), ["مادة ١", "مادة ٢", "مادة ٣"]);
    assert_eq!(
        labels(
            "清单\n\n①全面停火，双方军队脱离接触；\n②交换全部被扣押人员；\n③设立国际监督机制；\n"
        ),
        ["①", "②", "③"]
    );
    // Hebrew letters, as Israeli government decisions number their items.
    assert_eq!(
        labels(
            "החלטה\n\nמחליטים:\n\nא. להטיל על משרד החוץ לתאם את העברת הסיוע.\n\nב. להקים צוות בין-משרדי שיגיש המלצות.\n\nג. להקצות לצורך ביצוע ההחלטה תקציב ייעודי.\n"
        ),
        ["א", "ב", "ג"]
    );
    // EUR-Lex: its page lines are left out, and a recital's number alone on its line
    // heads no article.
    let d = Draft::from_text(
        "t",
        "Choose the experimental features you want to try\n\nThis document is an excerpt from the EUR-Lex website\n\nCOUNCIL REGULATION (EU) 2023/0000\n\nWhereas:\n\n(1)\n\nThe Council adopted an earlier decision.\n\n(2)\n\nFurther action by the Union is therefore needed,\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nDefinitions apply.\n\nArticle 2\n\nExports are prohibited.\n",
    );
    assert_eq!(d.title, "COUNCIL REGULATION (EU) 2023/0000");
    assert_eq!(d.layout.left_out.len(), 2);
    assert!(d.numbered().all(|(_, p)| p.section.is_none()));
    // Persian digits with a dash, past nine (two digits, four bytes).
    let text = (1..=11)
        .map(|n| {
            let digits: String = n
                .to_string()
                .chars()
                .map(|c| char::from_u32(0x6F0 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
                .collect();
            format!("{digits}- بند شماره {n} درباره آتش‌بس.\n")
        })
        .collect::<String>();
    let d = Draft::from_text("t", &format!("عنوان\n\n{text}"));
    assert_eq!(d.numbered().count(), 11, "{:?}", label_texts(&d));
    assert_eq!(label_texts(&d)[10].0, "۱۱");
    // A wrapped line opening with a compound (`۱۰-روزه`, "ten-day") or a range (`15 - 20
    // percent`) is no point.
    let report = "گزارش\n\nکشاورزان برای یک دوره\n۱۰-روزه آب نداشتند و خسارت بین\n۱۵ - ۲۰ درصد برآورد شد:\n\n۱- بدهی‌ها امهال می‌شود.\n۲- بیمه رایگان می‌شود.\n۳- سهمیه آب بازنگری می‌شود.\n";
    assert_eq!(labels(report), ["۱", "۲", "۳"]);
    let report = "Report\n\nLosses in these areas were estimated at\n15 - 20 percent. The commission approved:\n\n1- Debts are deferred.\n2- Insurance becomes free.\n3- Quotas are reviewed.\n";
    assert_eq!(labels(report), ["1", "2", "3"]);
    // A year in Arabic digits in a title is no point.
    assert_eq!(super::eastern_arabic_number("٢٠٢٤"), None);
    assert_eq!(super::eastern_arabic_number("١٢ "), Some((4, 12)));
}

#[test]
fn numbers_with_a_dash_or_colon_are_points_when_they_run_on() {
    let d = fixture("dash-numbers-uk.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5"]);
    assert!(
        d.numbered()
            .nth(2)
            .unwrap()
            .1
            .text
            .ends_with("місія з 10 – 15 країн.")
    );
    assert_eq!(
        labels("Points\n1- The fighting stops.\n2- The area is demilitarised.\n3- Aid enters.\n"),
        ["1", "2", "3"]
    );
    assert_eq!(
        labels("Points\n1: The fighting stops.\n2: The area is demilitarised.\n3: Aid enters.\n"),
        ["1", "2", "3"]
    );
    // Two such lines in prose are not a list, nor are times and ranges; numbered points
    // keep a wrapped line that starts with a range as their text.
    assert_eq!(
        labels(
            "Report\n\n15 – 20 people came to the first meeting of the group.\n\n30 – 40 came to the second one, held a week later.\n"
        ),
        pilcrows(2)
    );
    assert_eq!(
        texts(
            "Plan\n\n1. The mission is staffed by\n10 – 15 countries.\n2. Talks start.\n3. Aid enters.\n"
        )[0],
        "The mission is staffed by 10 – 15 countries."
    );
}

#[test]
fn numbers_glued_to_bullet_glyphs_are_the_points() {
    let d = Draft::from_text(
        "t",
        "Sea truce\n\nThe points in brief:\n\n•1 Ships stay in port.\n•2. Crews go home.\n●3 Observers check the ports.\n",
    );
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Ships stay in port."),
            ("2", "Crews go home."),
            ("3", "Observers check the ports.")
        ]
    );
    assert_eq!(d.preamble, "The points in brief:");
    // With a space the number is the item's text, and a dash glued to a digit is a minus.
    assert_eq!(labels("T\n\n• 5 million people\n• 7 towns\n"), ["•1", "•2"]);
    assert_eq!(labels("T\n\n-1 degree\n\n-2 degrees\n"), ["¶1", "¶2"]);
}

#[test]
fn section_signs_and_article_words_after_the_number() {
    // Swedish and Finnish `1 §`, under `1 kap.` chapters.
    let swedish = "Lag om tillsyn av vapenvila (inofficiell testtext)\n\n\
        1 §   Lagen gäller tillsyn av en vapenvila.\n\n\
        2 §   Tillsynen utförs av en myndighet som regeringen utser.\n\n\
        3 §   Myndigheten ska rapportera varje överträdelse.\n";
    assert_eq!(labels(swedish), ["1 §", "2 §", "3 §"]);
    assert_eq!(
        label_texts(&Draft::from_text("t", swedish))[0].1,
        "Lagen gäller tillsyn av en vapenvila."
    );
    // Lithuanian `1 straipsnis.` and Latvian `1. pants.` with their captions.
    let lithuanian = "PALIAUBŲ ĮSTATYMAS (neoficialus tekstas)\n\n\
        1 straipsnis. Paskirtis\nĮstatymas nustato stebėsenos tvarką.\n\n\
        2 straipsnis. Sprendimas\n1. Sprendimą priima Vyriausybė.\n2. Apie jį informuojamas Seimas.\n\n\
        3 straipsnis. Įsigaliojimas\nĮstatymas įsigalioja sausio 1 d.\n";
    let d = Draft::from_text("t", lithuanian);
    assert_eq!(d.layout.scheme, "`1 straipsnis`");
    assert_eq!(
        labels(lithuanian),
        ["1 straipsnis", "2 straipsnis", "3 straipsnis"]
    );
    let latvian = "Pamiera likums (neoficiāls teksts)\n\n\
        1. pants. Mērķis\nLikums nosaka kārtību.\n\n\
        2. pants. Dalība\n(1) Lēmumu pieņem valdība.\n(2) Par to informē Saeimu.\n";
    assert_eq!(labels(latvian), ["1. pants", "2. pants"]);
    // A section cited at a line's start is no label (`1 §-ában`, "in section 1").
    let cited = labels("Cím\n\n1 §-ában foglaltak szerint.\n\n2 §-a alapján.\n");
    assert!(cited.iter().all(|l| l.starts_with('¶')), "{cited:?}");
}

#[test]
fn pilcrows_and_hashtags_before_numbers() {
    let pilcrows = "SETTLEMENT TERMS (unofficial test text)\n\n\
        ¶ 1. The supplier delivers the units by March.\n\n\
        ¶ 2. The agency pays within ten days.\n\n\
        ¶3. Each side bears its own costs.\n";
    assert_eq!(labels(pilcrows), ["1", "2", "3"]);
    let d = Draft::from_text("t", pilcrows);
    assert_eq!(
        label_texts(&d)[0].1,
        "The supplier delivers the units by March."
    );
    let post = "The plan in brief (unofficial test notes)\n\n\
        #1 Sovereignty is confirmed by every signatory.\n\
        #2 A pact of non-aggression is signed.\n\
        #3 The army keeps 800,000 troops.\n\n\
        #peace #2025talks\n";
    assert_eq!(labels(post), ["1", "2", "3"]);
    let d = Draft::from_text("t", post);
    assert_eq!(label_texts(&d)[2].1, "The army keeps 800,000 troops.");
    // Unpunctuated points, as a thread's summary writes them, are points too.
    let thread = "The new draft in short (test text):\n\n\
        #1 Immediate halt to strikes on energy infrastructure\n\
        #2 Grain ships get guaranteed passage through the strait\n\
        #3 Sanctions relief is tied to verified compliance\n\n\
        Share if you think people should know.\n";
    assert_eq!(labels(thread), ["1", "2", "3"]);
    // A year or a tag after `#` numbers nothing.
    let tags = labels("Notes\n\n#2025 was the year of talks.\n#peace is the aim.\n");
    assert!(tags.iter().all(|l| l.starts_with('¶')), "{tags:?}");
}

#[test]
fn citations_of_sections_at_a_line_start_open_none() {
    // Wrapped lines that cite a section: the text goes on in small letters, with another
    // number, or with a case ending after a colon.
    let swedish = "Lag om tillsyn (inofficiell testtext)\n\n\
        1 §   Lagen gäller tillsyn av en vapenvila som riket har\nåtagit sig att följa.\n\n\
        2 §   Myndigheten ska, utom i fall som avses i\n5 § andra stycket, rapportera varje brott.\n\n\
        3 §   Lagen träder i kraft den 1 juli 2026.\n";
    assert_eq!(labels(swedish), ["1 §", "2 §", "3 §"]);
    let hungarian = "Törvény (nem hivatalos szöveg)\n\n\
        1. § (1) A hatóság ellenőrzi a tűzszünetet.\n(2) A hatóság jelent a\n\
        3. § (2) bekezdése szerinti határidőben.\n\n\
        2. § A jelentés nyilvános.\n\n3. § (1) A határidő március 31.\n";
    assert_eq!(labels(hungarian), ["1. §", "2. §", "3. §"]);
    let finnish = "Laki (epävirallinen testiteksti)\n\n1 §\nSoveltamisala\nLakia sovelletaan valvontaan.\n\n\
        2 §\nIlmoitus\nRikkomuksesta ilmoitetaan heti. Edellä\n1 §:ssä tarkoitettu valvonta ja\n\
        3 §:n mukaiset kulut korvataan.\n\n3 §\nKulut\nKulut maksaa valtio.\n";
    assert_eq!(labels(finnish), ["1 §", "2 §", "3 §"]);
    // A German amending law's items cite the sections they change: `§ 1` and `§ 2` stay the
    // points.
    let german = "Gesetz zur Änderung (inoffizieller Testtext)\n\n§ 1 Änderung des Gesetzes\n\
        Das Gesetz wird wie folgt geändert:\n1. § 4 wird aufgehoben.\n2. § 6 Absatz 2 wird gestrichen.\n\n\
        § 2 Inkrafttreten\nDieses Gesetz tritt am Tag nach der Verkündung in Kraft.\n";
    assert_eq!(labels(german), ["§ 1", "§ 2"]);
    // An English item that opens on `Pants` is no Latvian article.
    let kit = "Kit list (test text)\n\nMonitors wear:\n1. Pants in olive green, long.\n\
        2. Shirts with the mission badge.\n3. Boots that cover the ankle.\n";
    assert_eq!(labels(kit), ["1", "2", "3"]);
}

#[test]
fn lone_pilcrows_and_hashtag_headings_number_nothing() {
    // `¶ 4.` citing a paragraph at a wrapped line's start, once, numbers no point.
    let filing = "COMPLAINT (test text)\n\n1. Plaintiff is a monitoring firm; see the contract at\n\
        ¶ 4. Defendant is the agency that hired it.\n\n2. The agency did not pay.\n\n3. Plaintiff asks for payment.\n";
    assert_eq!(labels(filing), ["1", "2", "3"]);
    // `#1 Sovereignty` over a numbered list heads it.
    let notes = "Plan notes (test text)\n\n#1 Sovereignty\n1. Every signatory confirms it.\n\
        2. No party disputes it.\n\n#2 Security\n1. A pact of non-aggression is signed.\n\
        2. A mission watches the line.\n";
    let d = Draft::from_text("t", notes);
    assert_eq!(labels(notes), ["1", "2", "1", "2"]);
    assert_eq!(d.layout.headings.len(), 2);
}

#[test]
fn article_numbers_spelt_out() {
    let text = "ARTICLES OF AGREEMENT (test text)\n\nARTICLE ONE\nThe body is called the Relief Board.\n\n\
        ARTICLE TWO\nThe Board coordinates convoys.\n\nArticle Three\nThe Board has five members.\n";
    assert_eq!(
        labels(text),
        ["ARTICLE ONE", "ARTICLE TWO", "Article Three"]
    );
    // A number word in small letters, or a word that only starts like one, is prose.
    assert!(
        labels("Notes\n\nArticle one of the draft was dropped.\n\nArticle tenfold rises.\n")
            .iter()
            .all(|l| l.starts_with('¶'))
    );
}

#[test]
fn number_words_in_prose_label_nothing() {
    let briefing = "Briefing (test text)\n\nThe draft says little about guarantees.\n\n\
        Article Five of the North Atlantic Treaty is not mentioned.\n\n\
        Step One is a ceasefire watched by monitors.\n\nThe rest is left open.\n";
    assert!(
        labels(briefing).iter().all(|l| l.starts_with('¶')),
        "{:?}",
        labels(briefing)
    );
}

#[test]
fn a_section_inserted_after_another_keeps_its_letter() {
    let text = "Lag om tillsyn (inofficiell testtext)\n\n1 §   Lagen gäller tillsyn.\n\n\
        2 §   Tillsynen utförs av en myndighet.\n\n2 a §   Myndigheten ska rapportera.\n\n\
        3 §   Lagen träder i kraft den 1 juli 2026.\n";
    assert_eq!(labels(text), ["1 §", "2 §", "2 a §", "3 §"]);
    let d = Draft::from_text("t", text);
    assert_eq!(label_texts(&d)[2].1, "Myndigheten ska rapportera.");
    // A letter that is a word (`3 a week`) before no `§` labels nothing.
    assert_eq!(
        labels("T\n\n1 §   Meals.\n\n2 §   Drinks,\n3 a week at most.\n"),
        ["1 §", "2 §"]
    );
}

#[test]
fn outline_items_under_lettered_parts_are_the_points() {
    let text = "Framework (test text)\nDiscussion draft\nA. Security\nA.1 The army keeps up to \
                800,000.\nA.2 Guarantors give assurances.\nB. Economy\nB.1 A fund is set up.\n\
                B.2. Free trade is agreed.\n";
    let d = Draft::from_text("t", text);
    let sections: Vec<(&str, Option<&str>)> = d
        .numbered()
        .map(|(_, p)| (p.label.as_str(), p.section.as_deref()))
        .collect();
    assert_eq!(
        sections,
        [
            ("A.1", Some("A. Security")),
            ("A.2", Some("A. Security")),
            ("B.1", Some("B. Economy")),
            ("B.2", Some("B. Economy"))
        ]
    );
    assert_eq!(label_texts(&d)[3].1, "Free trade is agreed.");
    // Not initials, a year, or a letter and number with no text after them.
    for text in [
        "Note\nA.D. 2025 was hard.\nU.S. aid goes on.\n",
        "Table\nA.1\nB.2\nC.3\n",
        "Refs\nA.1234 is a code.\nB.5678 is another.\n",
    ] {
        let labels = labels(text);
        assert!(
            !labels.iter().any(|l| l.contains('.')),
            "{text}: {labels:?}"
        );
    }
}

#[test]
fn a_stray_full_stop_before_a_number_hides_no_point() {
    let text = "Plan (test text)\n\n1. Se confirmará la soberanía .\n\n. 2. Se firmará un pacto.\n\n\
                3. Se celebrará un diálogo.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert_eq!(texts(text)[1], "Se firmará un pacto.");
    // Not a sentence's full stop before a figure, or a stop before a sub-number.
    let text = "Plan (test text)\n\n1. The army is capped\n. 600,000 is the figure.\n\n2. Talks.\n";
    assert_eq!(labels(text), ["1", "2"]);
    let text = "Plan (test text)\n\n1. Funds.\n. 1.1 Sub item.\n\n2. Talks.\n";
    assert_eq!(labels(text), ["1", "2"]);
}

#[test]
fn article_words_of_central_european_balkan_persian_and_hindi_laws() {
    for (text, first) in [
        (
            "ZÁKON (test)\n\nČl. 1\nText jedna.\n\nČl. 2\nText dva.\n\nČl. 3\nText tři.\n",
            "Čl. 1",
        ),
        (
            "ЗАКОН (тест)\n\nЧл. 1. Текст едно.\nЧл. 2. Текст две.\nЧл. 3. Текст три.\n",
            "Чл. 1",
        ),
        (
            "ZAKON (test)\n\nČlanak 1.\nTekst jedan.\n\nČlanak 2.\nTekst dva.\n",
            "Članak 1",
        ),
        // Azerbaijani (with `ə`, in capitals too), Armenian, Georgian.
        (
            "SAZİŞ (test)\n\nMADDƏ 1\nMətn bir.\n\nMADDƏ 2\nMətn iki.\n",
            "MADDƏ 1",
        ),
        (
            "ՀԱՄԱՁԱՅՆԱԳԻՐ (թեստ)\n\nՀոդված 1\nԱռաջին տեքստ։\n\nՀոդված 2\nԵրկրորդ տեքստ։\n",
            "Հոդված 1",
        ),
        (
            "შეთანხმება (ტესტი)\n\nმუხლი 1\nპირველი ტექსტი.\n\nმუხლი 2\nმეორე ტექსტი.\n",
            "მუხლი 1",
        ),
        (
            "ЗАКОН (тест)\n\nЧлан 1\nТекст један.\n\nЧлан 2\nТекст два.\n",
            "Члан 1",
        ),
        (
            "متن (آزمایشی)\nماده ۱ - متن یک.\nماده ۲ - متن دو.\nماده ۳ - متن سه.\n",
            "ماده ۱",
        ),
        (
            "पाठ (परीक्षण)\nधारा 1. पहला पाठ।\nधारा 2. दूसरा पाठ।\nधारा 3. तीसरा पाठ।\n",
            "धारा 1",
        ),
        (
            "CONTRATO (prueba)\nCláusula 1. Objeto.\nCláusula 2. Precio.\nCláusula 3. Plazo.\n",
            "1",
        ),
    ] {
        assert_eq!(
            labels(text).first().map(String::as_str),
            Some(first),
            "{text}"
        );
        assert!(labels(text).len() >= 2, "{text}");
    }
    // Citations at a line's start open no article: an amending law's `Članak 5. mijenja se`,
    // a wrapped `čl. 2 odst. 3` or `чл. 7 от Закона`, a Persian or Hindi citation running on.
    for text in [
        "ZAKON (test)\n\nČlanak 1.\nTekst.\n\nČlanak 2.\nČlanak 5. mijenja se i glasi:\n\
         „Novi tekst.“\n\nČlanak 3.\nKraj.\n",
        "ЗАКОН (тест)\n\nЧл. 1. Разрешения по\nчл. 7 от Закона.\nЧл. 2. Текст.\nЧл. 3. \
         Край.\n",
        "ZÁKON (test)\n\nČl. 1\nPodle\nčl. 2 odst. 3 nařízení.\n\nČl. 2\nText.\n\nČl. 3\n\
         Konec.\n",
        "متن (آزمایشی)\nماده ۱ - تکالیف مقرر در\nماده ۵ این قانون.\nماده ۲ - متن دو.\nماده ۳ - \
         متن سه.\n",
        "पाठ (परीक्षण)\nधारा 1. प्रक्रियाएँ जो\nधारा 7 के अधीन हैं।\nधारा 2. दूसरा पाठ।\nधारा 3. \
         तीसरा पाठ।\n",
    ] {
        assert_eq!(labels(text).len(), 3, "{text}: {:?}", labels(text));
    }
}

#[test]
fn articles_and_clauses_numbered_in_ordinal_words() {
    for (text, expected) in [
        (
            "CONTRATO (teste)\n\nCLÁUSULA PRIMEIRA – DO OBJETO\nTradução.\n\nCLÁUSULA SEGUNDA – \
             DO PREÇO\nCinco mil.\nParágrafo único. Até o quinto dia.\n",
            vec!["CLÁUSULA PRIMEIRA", "CLÁUSULA SEGUNDA"],
        ),
        (
            "LEY (prueba)\n\nArtículo primero.- Objeto.\n\nArtículo segundo.- Ámbito.\n",
            vec!["Artículo primero", "Artículo segundo"],
        ),
        (
            "اتفاق (تجريبي)\n\nالمادة الأولى:\nنص واحد.\n\nالمادة الثانية:\nنص اثنان.\n",
            vec!["المادة الأولى", "المادة الثانية"],
        ),
        (
            "ΝΟΜΟΣ (δοκιμή)\n\nΆρθρο πρώτο\nΚείμενο ένα.\n\nΆρθρο δεύτερο\nΚείμενο δύο.\n",
            vec!["Άρθρο πρώτο", "Άρθρο δεύτερο"],
        ),
        (
            "Закон (тест)\n\nСтаття перша. Текст один.\n\nСтаття друга. Текст два.\n",
            vec!["Стаття перша", "Стаття друга"],
        ),
        (
            "اتفاق (تجريبي)\n\nالمادة (1)\nنص واحد.\n\nالمادة (2)\nنص اثنان.\n",
            vec!["المادة (1)", "المادة (2)"],
        ),
    ] {
        assert_eq!(labels(text), expected, "{text}");
        assert_eq!(texts(text).len(), 2, "{text}");
    }
    // Two words: a Spanish tens word and its unit, an Arabic unit and its ten.
    let spanish: String = [
        "PRIMERA",
        "SEGUNDA",
        "TERCERA",
        "CUARTA",
        "QUINTA",
        "SEXTA",
        "SÉPTIMA",
        "OCTAVA",
        "NOVENA",
        "DÉCIMA",
        "DÉCIMA PRIMERA",
        "DÉCIMA SEGUNDA",
    ]
    .iter()
    .map(|o| format!("CLÁUSULA {o}.- El proveedor entrega.\n"))
    .collect();
    let labels_es = labels(&format!("CONTRATO (prueba)\n\n{spanish}"));
    assert_eq!(labels_es.len(), 12, "{labels_es:?}");
    assert_eq!(labels_es[10], "CLÁUSULA DÉCIMA PRIMERA");
    let arabic: String = [
        "الأولى",
        "الثانية",
        "الثالثة",
        "الرابعة",
        "الخامسة",
        "السادسة",
        "السابعة",
        "الثامنة",
        "التاسعة",
        "العاشرة",
        "الحادية عشرة",
    ]
    .iter()
    .map(|o| format!("المادة {o}:\nنص.\n\n"))
    .collect();
    let labels_ar = labels(&format!("اتفاق (تجريبي)\n\n{arabic}"));
    assert_eq!(
        labels_ar.last().map(String::as_str),
        Some("المادة الحادية عشرة")
    );
    assert_eq!(labels_ar.len(), 11);
    // Further on: Arabic units with their tens, Greek tens and units, Spanish one-word and
    // Portuguese hyphenated compounds.
    for (word, value) in [
        ("الحادية والعشرون:", 21),
        ("الثالثة عشرة", 13),
        ("δέκατο τρίτο", 13),
        ("ενδέκατο", 11),
        ("εικοστό πρώτο", 21),
        ("VIGESIMOPRIMERA.-", 21),
        ("DÉCIMA-PRIMEIRA –", 11),
        ("vigésimo tercero.", 23),
        ("Ier", 0),
    ] {
        assert_eq!(
            super::spelled_ordinal(word).map(|(v, _)| v).unwrap_or(0),
            value,
            "{word}"
        );
    }
    // A number in brackets labels only alone or before a separator (`Article (5) of the
    // Labour Law` cites one).
    let text = "Decree (test)\n\n1. The Labour Law is amended.\nArticle (5) of the Labour Law \
                shall read: new text.\n\n2. Two.\n\n3. Three.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    // Prose that cites an article in words opens none.
    let text = "Rules (test)\n\n1. The committee applies\nArtículo primero del Reglamento.\n\n\
                2. Two.\n\n3. Three.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
}

#[test]
fn inserted_articles_with_a_dash_or_alone_keep_their_suffix() {
    let text = "Testo (prova)\n\nArt. 1 - Uno.\nArt. 2 - Due.\nArt. 2-bis - Il ritiro.\n\
                Art. 2 ter – La Commissione.\nArt. 3 - Tre.\n";
    assert_eq!(
        labels(text),
        ["Art. 1", "Art. 2", "Art. 2-bis", "Art. 2 ter", "Art. 3"]
    );
    assert_eq!(texts(text)[2], "Il ritiro.");
    let text = "Loi (essai)\n\nArticle 4\nQuatre.\n\nArticle 4 bis\nInséré.\n\nArticle 5\nCinq.\n";
    assert_eq!(labels(text), ["Article 4", "Article 4 bis", "Article 5"]);
    // A French bill marks what a reading inserted or struck out, in brackets after the number.
    let text = "Projet de loi (essai)\n\nArticle 4\nQuatre.\n\nArticle 4 bis (nouveau)\nInséré.\n\n\
                Article 4 ter (Supprimé)\n\nArticle 5\nCinq.\n";
    assert_eq!(
        labels(text),
        ["Article 4", "Article 4 bis", "Article 4 ter", "Article 5"]
    );
    // A capital after the adverb is the label's (`7 bis A`); German's `bis` ("to") before a
    // bracket that does not end the line is no adverb.
    let text = "Projet de loi (essai)\n\nArticle 7\nSept.\n\nArticle 7 bis A (nouveau)\nInséré.\n\nArticle 8\nHuit.\n";
    assert_eq!(labels(text), ["Article 7", "Article 7 bis A", "Article 8"]);
    let text = "Gesetz (Entwurf)\n\n§ 1\nEins.\n\n§ 2\nDie Verordnung wird geändert:\n§ 4 bis (einschließlich) § 7 werden aufgehoben.\n\n§ 3\nDrei.\n";
    assert!(
        !labels(text).iter().any(|l| l.contains("bis")),
        "{:?}",
        labels(text)
    );
    // A word after the number that is no suffix stays text (`Article 5 bisects…` is none).
    let text = "Plan (test)\n\nArticle 1 - One.\nArticle 2 bisects the zone.\nArticle 3 - Three.\n";
    assert!(!labels(text).iter().any(|l| l.contains("bis")));
    // After French's first article (`Article 1er`, `Article premier`), as after a figure.
    let text = "Projet de loi (essai)\n\nArticle 1er\nUn.\n\nArticle 1er bis (nouveau)\nInséré.\n\nArticle 2\nDeux.\n";
    assert_eq!(
        labels(text),
        ["Article 1er", "Article 1er bis", "Article 2"]
    );
    let text = "Projet de loi (essai)\n\nArticle premier\nUn.\n\nArticle premier ter\nInséré.\n\nArticle 2\nDeux.\n";
    assert_eq!(
        labels(text),
        ["Article premier", "Article premier ter", "Article 2"]
    );
}

#[test]
fn a_keyword_running_on_into_a_sentence_cites_and_labels_nothing() {
    // An amending bill: its sections' instructions cite the sections they amend.
    let text = "BILL (test text)\n\nSEC. 1. SHORT TITLE.\nThis Act is the Peace Act.\n\n\
                SEC. 2. CONDITIONS.\nSection 7 of the Support Act is amended by inserting after \
                section 7 the following:\nnew text.\n\nSEC. 3. REVIEW.\nArticle 12 is deleted.\n";
    assert_eq!(labels(text), ["SEC. 1", "SEC. 2", "SEC. 3"]);
    // A label before its text, with a capital or a separator, is one.
    for text in [
        "Treaty\n\nArticle 1 The Parties agree.\n\nArticle 2 They meet.\n",
        "Treaty\n\nArticle 1 – scope of the treaty.\n\nArticle 2 – meetings.\n",
    ] {
        assert_eq!(labels(text), ["Article 1", "Article 2"], "{text}");
    }
}

#[test]
fn a_spanish_laws_dispositions_close_its_articles() {
    let text = "Ley de prueba (texto de prueba)\n\nArtículo 1. Objeto.\nRegula las ayudas.\n\n\
                Artículo 2. Cuantía.\nHasta el setenta por ciento.\n\n\
                Disposición adicional primera. Plazo.\nSeis meses.\n\n\
                Disposición adicional segunda. Coordinación.\nCon las regiones.\n\n\
                DISPOSICIÓN TRANSITORIA ÚNICA. Solicitudes.\nSe resuelven como antes.\n\n\
                Disposición final primera. Entrada en vigor.\nAl día siguiente.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        labels(text),
        [
            "Artículo 1",
            "Artículo 2",
            "Disposición adicional primera",
            "Disposición adicional segunda",
            "DISPOSICIÓN TRANSITORIA ÚNICA",
            "Disposición final primera"
        ]
    );
    assert_eq!(
        label_texts(&d)[1].1,
        "Cuantía.\nHasta el setenta por ciento."
    );
    assert!(
        d.layout
            .reason
            .contains("4 of them a Spanish law's dispositions")
    );
    // The sole article of an amending law is the first, and its final disposition follows.
    let text = "Ley de prueba\n\nArtículo único. Modificación.\nSe modifica el artículo 3.\n\n\
                Disposición final única. Entrada en vigor.\nAl día siguiente.\n";
    assert_eq!(labels(text), ["Artículo único", "Disposición final única"]);
    // Cited in a sentence, a disposition is text; with no articles, it numbers nothing.
    let text = "Ley de prueba\n\nArtículo 1. Objeto.\nComo dispone la\ndisposición final primera de \
                la Ley 2/2020.\n\nArtículo 2. Plazo.\nSeis meses.\n";
    assert_eq!(labels(text), ["Artículo 1", "Artículo 2"]);
    let text = "Notas\n\n1. Primera nota.\n2. Segunda nota.\n\nDisposición final primera. Vigor.\n";
    assert_eq!(labels(text), ["1", "2"]);
}

#[test]
fn english_ordinal_suffixes_with_a_stop_number_points() {
    let text = "The points (test text)\n\n1st. Open covenants.\n2nd. Free navigation.\n3rd. No trade barriers.\n4th. Fewer arms.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
    // Without the stop, or with the wrong suffix, they are words.
    let text = "Bill (test text)\n\n1st Session of the Assembly.\n2nd reading on Monday.\n3rd reading on Friday.\n";
    assert_eq!(labels(text), pilcrows(3));
    let text = "Notes (test text)\n\n1th. One.\n2st. Two.\n3nd. Three.\n";
    assert_eq!(labels(text), pilcrows(3));
    // Before an abbreviation it is a unit's name or a letter's date.
    let text = "Order (test text)\n\n1. The brigade moves at dawn.\n2. 3rd. Bn. leads the column.\n3. The column halts at noon.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    // Before a month's name it is a date wrapped to a line's start.
    let text = "Minutes (test text)\n\n1. The minutes were approved.\n2. The budget was adopted.\n3. The next meeting will be held on the\n4th. July 2024 in the town hall.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
}

#[test]
fn keyword_lists_hold_what_their_quick_tests_expect() {
    // `postfix_marker` compares a keyword's capitals byte by byte.
    for k in POSTFIX_ARTICLE_WORDS {
        assert_eq!(k.to_uppercase(), k.to_ascii_uppercase(), "{k}");
    }
    // `number_token` tries the Latin adverbs only after a small ASCII letter.
    for w in LATIN_INSERTED {
        assert!(w.starts_with(|c: char| c.is_ascii_lowercase()), "{w}");
    }
    assert_eq!(
        labels("T\n1. PANTS\nText.\n2. PANTS\nMore.\n"),
        ["1. PANTS", "2. PANTS"]
    );
}

#[test]
fn an_abbreviated_keyword_may_have_its_number_right_after_its_stop() {
    let text = "Коротко\n\nп.1. Суверенітет підтверджується.\nп.2. Укладається пакт про ненапад.\nп.3. Армія до 800 тисяч.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    let text = "Zmiany\n\nArt.1. Ustawa określa zasady.\nArt.2. Fundusz tworzy minister.\nArt.3. Ustawa wchodzi w życie.\n";
    assert_eq!(labels(text), ["Art.1", "Art.2", "Art.3"]);
    // Not `No.1`: a phrase (`No.1 priority`) as often as a label.
    let text = "Notes\n\nNo.1 priority is the ceasefire.\nNo.2 priority is the exchange.\nNo.3 priority is aid.\n";
    assert!(labels(text).iter().all(|l| l.starts_with('¶')));
}

#[test]
fn polish_and_belarusian_keywords_label_points() {
    let text = "Najważniejsze punkty\n\nPkt 1. Suwerenność zostaje potwierdzona.\nPkt 2. Strony zawierają pakt.\nPkt 3. Armia liczy do 800 tys.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    let text = "ЗАКОН\n\nАртыкул 1. Прадмет\nЗакон вызначае парадак.\n\nАртыкул 2. Фінансаванне\nУзнаўленне фінансуецца з бюджэту.\n";
    assert_eq!(labels(text), ["Артыкул 1", "Артыкул 2"]);
}

#[test]
fn a_star_or_dagger_after_a_number_marks_a_changed_point() {
    let text = "Revised points (* = changed)\n\n1. Sovereignty is confirmed.\n2.* A non-aggression pact covers Europe.\n3. Russia will not invade.\n4.† Ukraine may join the EU.\n5. Elections are held.\n6.* Sanctions are lifted in stages.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(
        label_texts(&d),
        [
            ("1", "Sovereignty is confirmed."),
            ("2", "A non-aggression pact covers Europe."),
            ("3", "Russia will not invade."),
            ("4", "Ukraine may join the EU."),
            ("5", "Elections are held."),
            ("6", "Sanctions are lifted in stages."),
        ]
    );
    // A star glued to a word is emphasis, not a mark (`2.*Important*`), and stays text; a
    // star after a number with no stop is a rating (`4* Hotel`).
    assert_eq!(
        labels("List\n\n1. One thing.\n2.*Important* says the note.\n"),
        ["1"]
    );
    let hotels = "Terms of reference\n\n1. Venue: Geneva.\n2. Accommodation in two hotels:\n4* Hotel Cornavin, 40 rooms\n5* Hotel President Wilson, 20 rooms\n3. Transport by minibus.\n4. Interpretation.\n";
    assert_eq!(labels(hotels), ["1", "2", "3", "4"]);
}

#[test]
fn a_german_transcripts_punkt_eins_labels_the_points() {
    let d = Draft::from_text(
        "t",
        "Überblick\n\nPunkt eins: Die Souveränität wird bestätigt.\n\nPunkt zwei: Ein Nichtangriffspakt wird geschlossen.\n\nPunkt drei: Die Armee wird begrenzt.\n",
    );
    assert_eq!(
        label_texts(&d),
        [
            ("Punkt eins", "Die Souveränität wird bestätigt."),
            ("Punkt zwei", "Ein Nichtangriffspakt wird geschlossen."),
            ("Punkt drei", "Die Armee wird begrenzt."),
        ]
    );
}

#[test]
fn an_amendment_sheets_references_to_articles_label_no_points() {
    // Each amendment names the part of the text it changes (`Article 3 – paragraph 2`); the
    // amendments are the points, though the references outnumber them.
    let text = "AMENDMENTS 4 - 6\n\n\
        Amendment 4\nAna Ruiz\n\nProposal for a directive\nArticle 3 – paragraph 2\n\n\
        Text proposed by the Commission\tAmendment\n\
        2. Ports publish their fees.\t2. Ports publish their fees online.\n\n\
        Amendment 5\nJan Berg\n\nProposal for a directive\nArticle 3 – paragraph 4 – point b\n\
        Article 3 – paragraph 4 – point c\n\n\
        Text proposed by the Commission\tAmendment\n\
        (b) fees for pilots;\t(b) fees for pilots and tugs;\n\n\
        Amendment 6\nAna Ruiz\n\nProposal for a directive\nArtikel 7 – Absatz 1 a (neu)\n\n\
        Text proposed by the Commission\tAmendment\n\
        \t1a. Member States report each year.\n";
    assert_eq!(labels(text), ["4", "5", "6"]);
    // An article's caption after a dash is its own label's text.
    assert_eq!(
        labels(
            "Rules\n\nArticle 1 – Scope\nThis applies.\n\nArticle 2 – Paragraphs\nEach is numbered.\n"
        ),
        ["Article 1", "Article 2"]
    );
}

#[test]
fn comments_headed_by_the_parts_they_are_about_keep_their_articles() {
    // With no amendments numbered, a reference to a part of an article heads the comment
    // on it, and labels it.
    let text = "Comments on the draft directive\n\n\
        Article 1 – paragraph 3\nThe scope should cover river ports.\nThey carry most freight.\n\n\
        Article 2 – paragraph 1\nThe definition is too narrow.\nPrivate operators are left out.\n\n\
        Article 4 – paragraph 2\nSix months is too short.\nA year is usual.\n";
    assert_eq!(labels(text), ["Article 1", "Article 2", "Article 4"]);
}
