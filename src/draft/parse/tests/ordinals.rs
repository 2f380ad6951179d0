//! Tests of ordinal words, letters and Roman numerals that number points.

use super::{closing_text, fixture, fixture_labels, label_texts, labels, pilcrows};
use crate::draft::{Draft, PointKind};

#[test]
fn ordinal_words_number_points() {
    let d = fixture("ordinal-words.txt");
    assert_eq!(
        fixture_labels(&d),
        ["First", "Second", "Third", "Fourth", "Fifth"]
    );
    assert_eq!(
        label_texts(&d)[2].1,
        "security guarantees that the partners' parliaments ratify."
    );
    // The dateline and the lead are the preamble; the remark after is the closing.
    assert!(d.preamble.starts_with("14 MARCH 2025"));
    let closing = d.points.last().unwrap();
    assert_eq!(closing.kind, PointKind::Closing);
    assert_eq!(
        closing.text,
        "He added that talks would continue next week."
    );
    let d = fixture("ordinal-words-uk.txt");
    assert_eq!(
        label_texts(&d),
        [
            ("Перше", "Суверенітет держави підтверджують усі підписанти."),
            ("Другий", "передбачає повну угоду про ненапад."),
            ("третій", "Держава отримує гарантії безпеки від партнерів."),
            ("Четверте", "армія в мирний час налічує до 800 тисяч осіб."),
        ]
    );
    // Prose that starts with ordinals, without a separator, or not from the first.
    for text in [
        "T\n\nFirst the parties meet.\n\nSecond World War memorials are restored.\n\nThird parties may observe.\n",
        "T\n\nSecond: talks.\n\nThird: a vote in parliament.\n\nFourth: elections within a year.\n",
    ] {
        assert!(labels(text).iter().all(|l| l.starts_with('¶')), "{text}");
    }
}

#[test]
fn ordinal_adverbs_and_ordinal_indicators_number_points() {
    assert_eq!(
        labels(
            "Умови\n\nПо-перше, повне припинення вогню.\n\nПо-друге, обмін усіх на всіх.\n\nПо-третє, гарантії безпеки від партнерів.\n"
        ),
        ["По-перше", "По-друге", "По-третє"]
    );
    assert_eq!(
        labels(
            "Условия\n\nВо-первых, полное прекращение огня на всей линии.\n\nВо-вторых, обмен всех на всех.\n\nВ-третьих, гарантии безопасности от партнёров.\n"
        ),
        ["Во-первых", "Во-вторых", "В-третьих"]
    );
    // With a keyword, and an article before it, as Italian pages write them.
    assert_eq!(
        labels(
            "Piano\n\nPrimo punto, la tregua lungo tutto il fronte.\n\nIl secondo punto, la neutralità del paese.\n\nIl terzo punto è l'autonomia regionale.\n"
        ),
        ["Primo", "secondo", "terzo"]
    );
    // An article before an ordinal with no keyword is prose (`The second round…`).
    assert!(
        labels("T\n\nFirst: a ceasefire on the whole front.\n\nThe second round: talks in Geneva.\n\nThird: a vote in parliament.\n")
            .iter()
            .all(|l| l.starts_with('¶'))
    );
    // `First,` as `Firstly,`: an English ordinal is an adverb as it stands, and a speech
    // sets out its points so; its opening and its thanks are the preamble and the closing.
    let d = Draft::from_text(
        "t",
        "Remarks (test)\nLet me set out our position.\nFirst, the borders must be respected.\nSecond, guarantees must be binding.\nThird, the exchange must be complete.\nThank you.\n",
    );
    assert_eq!(fixture_labels(&d), ["First", "Second", "Third"]);
    assert_eq!(
        d.numbered().nth(1).unwrap().1.text,
        "guarantees must be binding."
    );
    // Two only, or out of order, open sentences of prose.
    for text in [
        "T\n\nFirst, we met.\n\nWe talked at length.\n\nSecond, we signed the text.\n",
        "T\n\nFirst, we met.\n\nThird, we talked at length.\n\nSecond, we signed the text.\n",
    ] {
        assert!(labels(text).iter().all(|l| l.starts_with('¶')), "{text}");
    }
    // `1.º`, `1º`, `1°` number points as `1.` does.
    for text in [
        "Puntos\n\n1.º La soberanía queda reafirmada.\n2.º Se firma un pacto.\n3.º Se abre un fondo.\n",
        "Punti\n\n1° La sovranità è confermata.\n\n2° Si firma un patto.\n\n3° Si apre un fondo.\n",
        "Pontos\n\n1º A soberania é confirmada.\n2º Assina-se um pacto.\n3º Abre-se um fundo.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(fixture_labels(&d), ["1", "2", "3"], "{text}");
        assert!(d.numbered().all(|(_, p)| !p.text.starts_with(['º', '°'])));
    }
    let d = Draft::from_text(
        "t",
        "Acuerdo\n\nArtículo 1.º Las hostilidades cesan.\n\nArtículo 2.º Las fuerzas se retiran.\n",
    );
    assert_eq!(
        label_texts(&d),
        [
            ("Artículo 1", "Las hostilidades cesan."),
            ("Artículo 2", "Las fuerzas se retiran.")
        ]
    );
    // A French article's items `1°` … `4°` stay in it: numbers that never run on across
    // an article's line do not make the articles section headings.
    let d = Draft::from_text(
        "t",
        "Décret\n\nArticle 1er\nSont applicables les mesures suivantes :\n1° La suspension des opérations ;\n2° Le retrait des armes lourdes ;\n3° La libération des détenus ;\n4° L'ouverture de corridors.\n\nArticle 2\nLe ministre est chargé de l'exécution.\n",
    );
    assert_eq!(fixture_labels(&d), ["Article 1er", "Article 2"]);
}

#[test]
fn letters_and_roman_numerals_number_a_draft_with_no_numbers() {
    let d = fixture("roman-points.txt");
    assert_eq!(
        fixture_labels(&d),
        ["I", "II", "III", "IV", "V", "VI", "VII"]
    );
    let two = &d.numbered().nth(1).unwrap().1.text;
    assert!(two.starts_with("Refraining from the threat"));
    assert!(d.layout.scheme.contains("Roman numerals"));
    assert_eq!(d.points.last().unwrap().kind, PointKind::Closing);
    // Ukrainian letters, with `Ґ` after `Г`; the place and date after are the closing.
    let d = fixture("lettered-points-uk.txt");
    assert_eq!(fixture_labels(&d), ["А", "Б", "В", "Г", "Ґ"]);
    assert_eq!(d.points.last().unwrap().text, "Женева, 29 січня");
    // A position paper signed with an initial that comes next in the numbering (`V. Morel`
    // under `IV. Funding.`): a name, and the closing's.
    let d = Draft::from_text(
        "t",
        "Position paper\n\nI. Junctions. Ten junctions are redesigned by 2028.\n\nII. Parking. Spaces at stations are doubled.\n\nIII. Rural routes. Quiet lanes are signed.\n\nIV. Funding. A tenth of the budget goes to cycling.\n\nWe look forward to discussing these points.\n\nV. Morel\nChair, Regional Cycling Forum\n",
    );
    assert_eq!(fixture_labels(&d), ["I", "II", "III", "IV"]);
    assert!(
        d.points
            .last()
            .unwrap()
            .text
            .ends_with("Chair, Regional Cycling Forum")
    );
    // A short last item that is no name stays an item: a heading over its sentence, a
    // heading over its paragraph, a sentence of two words.
    for (text, last) in [
        (
            "Agreement\n\nI. The Parties carry out a joint programme.\n\nII. Each Party names a coordinator.\n\nIII. Each Party bears its own costs.\n\nIV. This Agreement runs for five years.\n\nV. Amendments\nAmendments are made in writing.\n",
            "V",
        ),
        (
            "Memorandum\n\nA. The City provides the building.\n\nB. The Foundation pays the costs.\n\nC. The Museum holds four exhibitions.\n\nD. The partners meet every quarter.\n\nE. Evaluation\n\nThe project is evaluated after three years.\n",
            "E",
        ),
        (
            "Conclusions\n\na) The pilot should be extended next year.\nb) Funding should come from the regional budget.\nc) Results should be reported every six months.\nd) Not agreed.\n",
            "d",
        ),
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(fixture_labels(&d).last().copied(), Some(last), "{text}");
    }
    // A council's `Decides,` over `(a)`…`(c)`; Russian letters run on without `Ґ`.
    let d = Draft::from_text(
        "t",
        "Resolution\nThe Council,\nDecides,\n(a) To renew the mandate for six months;\n(b) To request a report;\n(c) To remain seized of the matter.\n",
    );
    assert_eq!(fixture_labels(&d), ["a", "b", "c"]);
    // A circular: its heading, subject, addressees and lead-in over `a)`…`e)`, then a
    // signature block (short lines, no full stop), as many paragraphs as items around them.
    let d = Draft::from_text(
        "t",
        "CIRCOLARE N. 12/2025\nOggetto: uso delle palestre\n\nTesto di prova.\n\nAi dirigenti scolastici.\n\nSi comunicano le regole:\na) le palestre sono concesse alle associazioni;\nb) l'uso è consentito la sera;\nc) l'associazione risponde dei danni;\nd) le pulizie sono a suo carico;\ne) il sabato restano alle scuole.\n\nIl Dirigente del Settore\ndott.ssa Laura Ferri\n",
    );
    assert_eq!(fixture_labels(&d), ["a", "b", "c", "d", "e"]);
    assert!(closing_text(&d).is_some_and(|c| c.ends_with("Laura Ferri")));
    // A heading over its section's text is a paragraph of the draft: the lettered list is
    // one section's.
    let text = "Tenancy\n\nRent\nThe rent is 800 euros a month.\n\nDeposit\nThe deposit is 1600 euros.\n\n\
                Repairs\nThe tenant shall:\na) report damage at once;\nb) let the landlord in;\nc) keep the \
                drains clear.\n\nNotice\nEither party may end it with three months' notice.\n\nPets\nNo \
                pets are kept without consent.\n";
    assert_eq!(labels(text), pilcrows(5));
    assert_eq!(
        labels(
            "Решение\n\nА. Огонь прекращается немедленно.\n\nБ. Вооружения отводятся от линии.\n\nВ. Пленные обмениваются всех на всех.\n\nГ. Участники получают амнистию.\n\nД. Выборы проходят осенью.\n\nЕ. Границу контролирует государство.\n\nЖ. Иностранные формирования выводятся.\n\nЗ. Проводится конституционная реформа.\n\nИ. Местные выборы назначаются законом.\n\nК. Работа групп активизируется.\n"
        ),
        ["А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К"]
    );
    // Two letters may be chance; a lettered list inside a draft of paragraphs is a part
    // of its paragraph.
    assert_eq!(
        labels(
            "Note\n\nA. Smith wrote the first part.\n\nB. Jones wrote the rest of it.\n\nThe editors checked both.\n"
        ),
        pilcrows(3)
    );
    let d = Draft::from_text(
        "t",
        "Lease terms\n\nThe flat is let for one year from 1 May.\n\nThe tenant shall:\na) pay the rent on the first day of each month;\nb) keep the flat clean;\nc) allow an inspection twice a year.\n\nThe landlord repairs the heating.\n\nEither party may end the lease with two months notice.\n",
    );
    assert_eq!(fixture_labels(&d), pilcrows(4));
    assert!(
        d.numbered()
            .nth(1)
            .unwrap()
            .1
            .text
            .contains("\nb) keep the flat clean;")
    ); // Nor are these lettered drafts: a long lettered list between paragraphs, names
    // with their initials, prose wrapped before `I.`.
    for text in [
        "Lease\n\nThe flat is let for a year.\n\nRent is paid monthly.\n\nThe deposit is one month.\n\nThe tenant shall:\na) pay on time;\nb) keep it clean;\nc) allow inspections;\nd) not sublet it;\ne) report damage;\nf) return the keys.\n\nThe landlord repairs the heating.\n\nNotice is two months.\n\nDisputes go to the court.\n",
        "Signed by\n\nА. Коваленко\n\nБ. Шевченко\n\nВ. Мельник\n\nГ. Бондар\n",
        "Waterways\n\nThe Parties shall keep the waterways listed in Annex\nI. navigable all year and free of obstacles.\n\nThey shall report on the ports in Annex\nII. every year to the Commission.\n\nThey shall dredge the channels in Annex\nIII. as the Commission decides.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert!(
            d.layout.scheme.contains("paragraph"),
            "{text}: {}",
            d.layout.scheme
        );
    }
}

#[test]
fn chapters_numbered_in_roman_or_capitals_over_their_paragraphs_keep_their_numerals() {
    // A caption of a word or two (`I. Purpose`) is no item alone; with the paragraphs under
    // it, it is a point, labelled by its numeral, as the draft labels it.
    let d = Draft::from_text(
        "t",
        "Statute\n\nI. Purpose\n\nThe universities cooperate in teaching.\n\nII. Members\n\nAny accredited university may join.\n\nA member may leave at the end of a year.\n\nIII. Bodies\n\nA council of rectors meets yearly.\n",
    );
    assert_eq!(fixture_labels(&d), ["I", "II", "III"]);
    assert_eq!(d.layout.scheme, "Roman numerals `I.`");
    let two = &d.numbered().nth(1).unwrap().1.text;
    assert!(
        two.starts_with("Members") && two.ends_with("end of a year."),
        "{two}"
    );
    // Capitals, and Cyrillic capitals over Markdown headings.
    let d = Draft::from_text(
        "t",
        "Terms\n\nA. Scope\n\nThe terms cover every bus route.\n\nB. Fares\n\nFares are set each year.\n\nC. Staff\n\nDrivers are trained twice a year.\n",
    );
    assert_eq!(fixture_labels(&d), ["A", "B", "C"]);
    let d = Draft::from_text(
        "t",
        "Умови\n\n## А. Сфера дії\n\nУмови діють на всіх маршрутах.\n\n## Б. Тарифи\n\nТарифи встановлюються щороку.\n\n## В. Персонал\n\nВодії навчаються двічі на рік.\n",
    );
    assert_eq!(fixture_labels(&d), ["А", "Б", "В"]);
    // A caption over its text with no blank line between is such a chapter too; unnumbered
    // captions under one of them are its text.
    let d = Draft::from_text(
        "t",
        "Strategy (test text)\n\nI. Purpose\nThe state supports veterans in their return to civilian life.\n\nII. Employment\nVeterans retrain for free in every job centre.\n\nGrants for businesses\nA new business gets a grant and a mentor.\n\nIII. Health\nEach region opens a rehabilitation centre.\n",
    );
    assert_eq!(fixture_labels(&d), ["I", "II", "III"]);
    assert!(
        d.numbered()
            .nth(1)
            .unwrap()
            .1
            .text
            .contains("Grants for businesses")
    );
    // Numerals out of order, or captions only some of which are numbered, leave the captions
    // unnumbered: bullets, as before.
    for text in [
        "Statute\n\nI. Purpose\n\nThe universities cooperate in teaching.\n\nIII. Members\n\nAny accredited university may join.\n\nII. Bodies\n\nA council of rectors meets yearly.\n",
        "Statute\n\nI. Purpose\n\nThe universities cooperate in teaching.\n\nMembers\n\nAny accredited university may join.\n\nIII. Bodies\n\nA council of rectors meets yearly.\n",
    ] {
        let d = Draft::from_text("t", text);
        assert_eq!(fixture_labels(&d), ["•1", "•2", "•3"], "{text}");
    }
}

#[test]
fn small_roman_numerals_number_the_terms_of_a_statement() {
    let text = "JOINT STATEMENT (unofficial test text)\n\nThe delegations agreed that:\n\n\
        (i) each side frees its detainees within two weeks;\n\n\
        (ii) the wounded are exchanged first;\n\n\
        (iii) lists of civilians are exchanged before the next round; and\n\n\
        (iv) the delegations meet again within a month.\n\nGeneva, 2 June 2025\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.layout.scheme, "small Roman numerals `(i)`");
    assert_eq!(labels(text), ["i", "ii", "iii", "iv"]);
    assert_eq!(d.preamble, "The delegations agreed that:");
    // A lettered list that reaches `(i)` stays lettered: `(i)` is its ninth letter.
    let letters: String = "abcdefghij"
        .chars()
        .map(|c| format!("({c}) the parties shall act on item {c} at once;\n"))
        .collect();
    assert_eq!(
        labels(&format!("Duties\n\n{letters}")),
        ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
    );
}

#[test]
fn spanish_clauses_and_resolutions_by_ordinal_with_a_dash() {
    let contract = "TEXTO DE PRUEBA\nCONVENIO DE COLABORACIÓN\n\nCLÁUSULAS\n\n\
        PRIMERA.- Objeto. El convenio regula la acogida de familias.\n\
        SEGUNDA.- Obligaciones. El Ayuntamiento cede dos locales.\n\
        TERCERA.- Financiación. El Ayuntamiento aporta 20.000 euros.\n\
        Y en prueba de conformidad, firman el presente convenio.\n";
    let d = Draft::from_text("t", contract);
    assert_eq!(labels(contract), ["PRIMERA", "SEGUNDA", "TERCERA"]);
    assert_eq!(
        label_texts(&d)[2].1,
        "Financiación. El Ayuntamiento aporta 20.000 euros."
    );
    let closing = d.points.last().unwrap();
    assert_eq!(closing.kind, PointKind::Closing);
    assert!(closing.text.starts_with("Y en prueba de conformidad"));
    let resolution = "RESOLUCIÓN (texto de prueba)\n\nRESUELVE:\n\n\
        Primero.- Declarar el alto el fuego desde el 1 de mayo.\n\
        Segundo.- Crear una comisión mixta de verificación.\n\
        Tercero.- Publicar la presente resolución.\n";
    assert_eq!(labels(resolution), ["Primero", "Segundo", "Tercero"]);
    let numbered = "RESOLUCIÓN (texto de prueba)\n\nRESUELVE:\n\n1º.- Declarar el alto el fuego.\n\n\
        2º.- Crear una comisión.\n\n3º.- Publicar la resolución.\n";
    assert_eq!(labels(numbered), ["1", "2", "3"]);
    assert_eq!(
        label_texts(&Draft::from_text("t", numbered))[0].1,
        "Declarar el alto el fuego."
    );
    // Past the tenth, in one word and then two (`UNDÉCIMA`, `DECIMOTERCERA`, `VIGÉSIMO
    // PRIMERA`), and Italian's in one word: before, the clauses past the tenth were unknown and
    // the contract was read a paragraph per line.
    let words = [
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
        "UNDÉCIMA",
        "DUODÉCIMA",
        "DECIMOTERCERA",
        "DECIMOCUARTA",
        "DECIMOQUINTA",
        "DECIMOSEXTA",
        "DECIMOSÉPTIMA",
        "DECIMOCTAVA",
        "DECIMONOVENA",
        "VIGÉSIMA",
        "VIGÉSIMO PRIMERA",
        "VIGÉSIMO SEGUNDA",
    ];
    let clauses: String = words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            format!(
                "{w}.– Cláusula {}. Las partes cumplen lo pactado.\n\n",
                k + 1
            )
        })
        .collect();
    let contract = format!("CONVENIO DE PRUEBA\n\nCLÁUSULAS\n\n{clauses}");
    assert_eq!(labels(&contract), words);
    let d = Draft::from_text("t", &contract);
    assert_eq!(
        label_texts(&d)[21].1,
        "Cláusula 22. Las partes cumplen lo pactado."
    );
    let italian = [
        "Primo",
        "Secondo",
        "Terzo",
        "Quarto",
        "Quinto",
        "Sesto",
        "Settimo",
        "Ottavo",
        "Nono",
        "Decimo",
        "Undicesimo",
        "Dodicesimo",
    ];
    let items: String = italian
        .iter()
        .map(|w| format!("{w}. Le parti rispettano gli impegni presi.\n\n"))
        .collect();
    assert_eq!(labels(&format!("PROTOCOLLO DI PROVA\n\n{items}")), italian);
}

#[test]
fn recitals_numbered_by_ordinal_words_stay_the_preamble_of_the_clauses_after_them() {
    // Eleven recitals under `EXPONEN`, then the clauses from the first again: the clauses are
    // the points (before, the recitals were, and the clauses went to the closing).
    let words = [
        "PRIMERO",
        "SEGUNDO",
        "TERCERO",
        "CUARTO",
        "QUINTO",
        "SEXTO",
        "SÉPTIMO",
        "OCTAVO",
        "NOVENO",
        "DÉCIMO",
        "UNDÉCIMO",
    ];
    let recitals: String = words
        .iter()
        .map(|w| format!("{w}.- Que la norma {w} regula la materia del puerto.\n\n"))
        .collect();
    let text = format!(
        "CONVENIO DE PRUEBA SOBRE EL PUERTO\n\nEXPONEN\n\n{recitals}\
         Por todo ello, acuerdan las siguientes\n\nCLÁUSULAS\n\n\
         PRIMERA.- Objeto. El convenio regula las obras del puerto.\n\n\
         SEGUNDA.- Financiación. Cada parte aporta la mitad.\n\n\
         TERCERA.- Vigencia. El convenio dura dos años.\n"
    );
    assert_eq!(labels(&text), ["PRIMERA", "SEGUNDA", "TERCERA"]);
    // A resolution's facts and grounds, then what it resolves: the last run.
    let text = "RESOLUCIÓN DE PRUEBA\n\nANTECEDENTES DE HECHO\n\n\
        PRIMERO.- Con fecha 3 de enero se presentó la solicitud.\n\n\
        SEGUNDO.- Se abrió un periodo de información pública.\n\n\
        TERCERO.- No se presentaron alegaciones.\n\n\
        FUNDAMENTOS DE DERECHO\n\n\
        PRIMERO.- El órgano es competente para resolver.\n\n\
        SEGUNDO.- La solicitud cumple la norma aplicable.\n\n\
        RESUELVO:\n\n\
        PRIMERO.- Conceder la autorización solicitada.\n\n\
        SEGUNDO.- Notificar la resolución a la empresa.\n\n\
        TERCERO.- Publicar la resolución en el boletín.\n\n\
        CUARTO.- Contra ella cabe recurso en el plazo de un mes.\n";
    assert_eq!(labels(text), ["PRIMERO", "SEGUNDO", "TERCERO", "CUARTO"]);
    assert!(
        label_texts(&Draft::from_text("t", text))[0]
            .1
            .starts_with("Conceder")
    );
}

#[test]
fn korean_letters_number_points() {
    // As Korean official documents number their items (가, 나, 다, …).
    let text = "양해각서(안)\n\n양측은 다음과 같이 합의한다.\n\n가. 양측은 전력망 복구를 추진한다.\n\n\
                나. 정부는 학교 재건을 지원한다.\n\n다. 양측은 공동 작업반을 구성한다.\n";
    assert_eq!(labels(text), ["가", "나", "다"]);
    // Out of order, or only two, they are text.
    let text = "메모\n\n나. 양측은 전력망 복구를 추진한다.\n\n가. 정부는 학교 재건을 지원한다.\n";
    assert!(labels(text).iter().all(|l| l.starts_with('¶')));
}

#[test]
fn lettered_points_over_announced_numbered_lists_are_the_points() {
    let text = "Principles (test text)\n\nCirculated to partners.\n\nA. Sovereignty is not \
                negotiable.\n\nB. A ceasefire, monitored as follows:\n1. by satellites;\n\
                2. by observers;\n3. by a hotline.\n\nC. Guarantees equal collective defence.\n\n\
                D. The army has no limit.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["A", "B", "C", "D"]);
    assert!(label_texts(&d)[1].1.ends_with("3. by a hotline."));
    // Numbered points of their own, sentences with capitals, stay the points.
    let text = "Plan (test text)\n\nA. Security, as follows:\n1. Borders hold.\n2. Troops leave.\n\n\
                B. Aid.\n\nC. Talks.\n";
    assert_eq!(labels(text), ["1", "2"]);
}

#[test]
fn roman_points_in_hard_wrapped_text_are_the_points() {
    // A page wrapped at a width with no blank lines: an item's first line breaks mid-sentence
    // (`II. Free` over `navigation…`), and a numeral may stand alone over its item's text.
    let text = "Heads of a settlement (test text)\nThe programme of the settlement, as we see it, is\nthis:\nI. Open covenants, openly arrived at, after which there\nshall be no private understandings.\nII. Free\nnavigation upon the rivers, in peace and in war.\nIII.\nThe removal of all barriers to trade between the\nparties.\nIV. Guarantees that armaments will be reduced.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["I", "II", "III", "IV"]);
    assert_eq!(
        label_texts(&d)[1].1,
        "Free navigation upon the rivers, in peace and in war."
    );
    assert!(
        label_texts(&d)[2]
            .1
            .starts_with("The removal of all barriers")
    );
    // A numeral ending a name that wrapped (`World War` over `II. The…`) numbers nothing, nor
    // with a caption's words after it.
    let text = "Remarks (test text)\n\nThe movement grew during World War\nI. Aftermath\nOur volunteers carried stretchers home.\nIt grew again during World War\nII. Aftermath\nThe Conventions of 1949 answered it.\nAnd in Protocol\nIII. Today\nWe work with the same principles.\n";
    assert!(
        labels(text).iter().all(|l| l.starts_with('¶')),
        "{:?}",
        labels(text)
    );
    let text = "Remarks (test text)\n\nThe movement grew with every war. It became known during World War\nI. Our volunteers carried stretchers and wrote letters home\nfor the wounded. Its work grew again during World War\nII. The Conventions of 1949 answered that war, and a third emblem came with Protocol\nIII. Today we work with the same principles.\n";
    assert!(labels(text).iter().all(|l| l.starts_with('¶')));
    // Chapter titles over their text are the chapters' numerals, each chapter with its text.
    let text = "Rules (test text)\n\nI. Purpose\nThese rules govern the hall.\nII. Hours\nThe hall opens at nine.\nIII. Fees\nA room costs ten euros.\n";
    assert_eq!(labels(text), ["I", "II", "III"]);
    assert_eq!(
        label_texts(&Draft::from_text("t", text))[1].1,
        "Hours\nThe hall opens at nine."
    );
}

#[test]
fn an_ordinal_word_with_no_separator_goes_on_with_a_run_of_such_paragraphs() {
    let text = "Що відомо (тестовий текст)\n\nПерший пункт передбачає обмін усіх полонених на всіх.\n\nДругий — повернення депортованих дітей до родин.\n\nТретій пункт стосується гарантій безпеки від партнерів.\n\nЧетвертий визначає строки виборів після підписання.\n\nП'ятий пункт — відбудова зруйнованих міст і сіл.\n";
    assert_eq!(
        labels(text),
        ["Перший", "Другий", "Третій", "Четвертий", "П'ятий"]
    );
    // Not after items that did not name themselves points: `Fourth quarter data…` is the
    // page's sentence.
    let text = "Three steps (test text)\n\nThe minister presented the measures.\n\nFirst: VAT on bread is cut to 10 percent.\n\nSecond: fuel excise is frozen until the end of the year.\n\nThird: tariffs for households do not rise before spring.\n\nFourth quarter data showed inflation at 11.8 percent.\n";
    assert_eq!(labels(text), ["First", "Second", "Third"]);
    // Nor after two: the run of items is three at least before a bare word goes on with it.
    let text = "План (тестовий текст)\n\nПерший пункт передбачає обмін усіх полонених на всіх.\n\nДругий пункт стосується повернення депортованих дітей.\n\nТретій рік поспіль сторони не можуть домовитися про обмін.\n";
    assert!(labels(text).iter().all(|l| l.starts_with('¶')));
}

#[test]
fn ordinal_words_run_to_the_twentieth_and_the_last_may_say_so() {
    let uk = "Що відомо (тестовий текст)\n\nПерший пункт передбачає обмін усіх полонених на всіх.\n\nДругий — повернення депортованих дітей до родин.\n\nТретій пункт стосується гарантій безпеки від партнерів.\n\nЧетвертий визначає строки виборів після підписання.\n\nП'ятий, останній, — відбудова зруйнованих міст і сіл.\n";
    let d = Draft::from_text("t", uk);
    let texts = label_texts(&d);
    assert_eq!(texts.len(), 5);
    assert_eq!(texts[4], ("П'ятий", "відбудова зруйнованих міст і сіл."));
    assert_eq!(super::ordinal_word_value("Двадцатый"), Some(20));
    assert_eq!(super::ordinal_word_value("fourteenth"), Some(14));
    assert_eq!(super::ordinal_word_value("п’ятнадцятий"), Some(15));
    // The last item may say so before its ordinal, or join it with a conjunction.
    let ru = "Тезисы (тестовый текст)\n\nПервое. Прекращение огня вдоль всей линии.\n\nВторое. Обмен пленными по формуле всех на всех.\n\nТретье. Возвращение депортированных детей.\n\nИ последнее, четвёртое: выборы после отмены военного положения.\n";
    let d = Draft::from_text("t", ru);
    let texts = label_texts(&d);
    assert_eq!(texts.len(), 4, "{texts:?}");
    assert_eq!(
        texts[3],
        ("четвёртое", "выборы после отмены военного положения.")
    );
    for lead in ["И, наконец, четвёртое:", "Наконец, четвёртое:"] {
        let text = ru.replace("И последнее, четвёртое:", lead);
        let d = Draft::from_text("t", &text);
        assert_eq!(label_texts(&d).len(), 4, "{lead}");
    }
    let ru = ru.replace("И последнее, четвёртое:", "Четвёртое, заключительное.");
    let d = Draft::from_text("t", &ru);
    let texts = label_texts(&d);
    assert_eq!(
        texts[3],
        ("Четвёртое", "выборы после отмены военного положения.")
    );
    let de = "Eckpunkte (Testtext)\n\nErstens: Waffenruhe entlang der ganzen Linie.\n\nZweitens: Austausch aller Gefangenen.\n\nDrittens und letztens: Wahlen nach dem Ende des Kriegsrechts.\n";
    let d = Draft::from_text("t", de);
    let texts = label_texts(&d);
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert_eq!(
        texts[2],
        ("Drittens", "Wahlen nach dem Ende des Kriegsrechts.")
    );
    let uk = "Пріоритети (тестовий текст)\n\nПо-перше, укриття в усіх школах міста до вересня.\n\nПо-друге, дві нові котельні на місцевому біопаливі.\n\nПо-третє, ремонт Південного мосту у два етапи.\n\nПо-четверте, сорок нових тролейбусів за кредитом банку.\n\nПо-п'яте, центр реабілітації ветеранів на базі лікарні.\n\nПо-шосте, програма безпечного міста на весь рік.\n\nПо-сьоме, новий генеральний план міста до осені.\n\nПо-восьме, усі адміністративні послуги для мешканців онлайн.\n\nПо-дев'яте, муніципальний фонд житла для переселенців.\n\nПо-десяте, підтримка малого бізнесу в кожному районі.\n\nПо-одинадцяте, ремонт ліфтів у будинках, де живуть літні люди.\n\nДванадцята, і остання: звіт перед громадою щокварталу на сесії ради.\n";
    let d = Draft::from_text("t", uk);
    let texts = label_texts(&d);
    assert_eq!(texts.len(), 12, "{texts:?}");
    assert_eq!(texts[10].0, "По-одинадцяте");
    assert_eq!(
        texts[11],
        (
            "Дванадцята",
            "звіт перед громадою щокварталу на сесії ради."
        )
    );
    let fr = "Priorités (texte de test)\n\nPremièrement, la trêve sera respectée sur toute la ligne.\n\nDeuxièmement, les échanges de prisonniers reprendront dès lundi.\n\nTroisièmement et dernier point, un bilan sera présenté dans un an.\n";
    let d = Draft::from_text("t", fr);
    let texts = label_texts(&d);
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert_eq!(
        texts[2],
        ("Troisièmement", "un bilan sera présenté dans un an.")
    );
    let uk = "Звернення (тестовий текст)\n\nПерше – комунальні служби працюють у посиленому режимі.\n\nДруге – пункти незламності відкриті цілодобово в кожній громаді.\n\nІ третє. Ми відповідаємо на дзвінки гарячої лінії щодня.\n";
    let d = Draft::from_text("t", uk);
    let texts = label_texts(&d);
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert_eq!(
        texts[2],
        ("третє", "Ми відповідаємо на дзвінки гарячої лінії щодня.")
    );
    // A word naming the last with no separator after it is the item's text.
    let ru = "Итоги (тестовый текст)\n\nВо-первых, стороны договорились о прекращении огня.\n\nВо-вторых, начнётся обмен пленными по спискам.\n\nВ-третьих, заключительное заседание пройдёт в мае.\n";
    let d = Draft::from_text("t", ru);
    let texts = label_texts(&d);
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert_eq!(
        texts[2],
        ("В-третьих", "заключительное заседание пройдёт в мае.")
    );
    // A lead with no ordinal after it is the page's sentence.
    let prose = ru.replace(
        "Четвёртое, заключительное.",
        "И последнее, о чём сказал министр:",
    );
    assert_eq!(label_texts(&Draft::from_text("t", &prose)).len(), 3);
    // `, last,` is no separator without a word that says so.
    let prose = "Notes.\n\nFirst, the parties met.\n\nSecond, the cold, wet weather.\n";
    assert!(labels(prose).iter().all(|l| l.starts_with('¶')));
}

#[test]
fn numbered_lists_inside_points_numbered_by_ordinal_words_stay_their_text() {
    // An Arabic council's decision: its items are ordinal words (`أولاً:` …), two of them
    // listing what they say in lists of their own, each from `١-`.
    let d = fixture("ordinal-decisions-with-lists-ar.txt");
    assert_eq!(
        fixture_labels(&d),
        ["أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً"]
    );
    assert!(label_texts(&d)[1].1.contains("خط القرى الجبلية"));
    assert!(label_texts(&d)[3].1.contains("عدم استعمال الهاتف"));
    assert!(
        d.layout.scheme.contains("ordinal words"),
        "{}",
        d.layout.scheme
    );
    // A Spanish resolution's list under one decision, shorter than the decisions.
    let text = "Acuerdos (prueba)\n\nPRIMERO.- Aprobar el plan.\n\nSEGUNDO.- Financiarlo así:\n1. Con fondos propios la mitad.\n2. Con una subvención el resto.\n\nTERCERO.- Publicarlo.\n\nCUARTO.- Notificarlo a los vecinos.\n";
    assert_eq!(labels(text), ["PRIMERO", "SEGUNDO", "TERCERO", "CUARTO"]);
}

#[test]
fn ordinal_words_under_an_acts_enacting_word_are_the_points_whatever_the_recitals() {
    // Under the act's enacting word, after recitals however many, and with its transitory
    // articles numbered again after them.
    let recitals: String = (1..=6)
        .map(|k| format!("Que el municipio {k} necesita pozos públicos nuevos;\n\n"))
        .collect();
    let text = format!(
        "ACUERDO de prueba sobre pozos\n\nCONSIDERANDO\n\n{recitals}ACUERDO\n\n\
         PRIMERO.- Se crea el registro de pozos públicos del municipio.\n\n\
         SEGUNDO.- La comisión revisará los pozos cada año natural.\n\n\
         TERCERO.- Los vecinos podrán consultar el registro en línea.\n\n\
         TRANSITORIOS\n\nPRIMERO.- El acuerdo entra en vigor mañana.\n\n\
         SEGUNDO.- Los pozos ya abiertos se inscriben en un año.\n"
    );
    assert_eq!(labels(&text), ["PRIMERO", "SEGUNDO", "TERCERO"]);
    // Without the enacting word, so many paragraphs around three ordinals are prose, and so
    // under a sentence of prose that leads in with a colon.
    let prose = text.replace("\n\nACUERDO\n\n", "\n\n");
    assert!(labels(&prose).iter().all(|l| l.starts_with('¶')));
    for lead in ["El plan tiene tres ejes:", "QUÉ CAMBIA:"] {
        let prose = text.replace("\n\nACUERDO\n\n", &format!("\n\n{lead}\n\n"));
        assert!(labels(&prose).iter().all(|l| l.starts_with('¶')), "{lead}");
    }
}

#[test]
fn a_minutes_agenda_items_around_its_decisions_do_not_number_them() {
    // The agenda items `2.-` and `3.-` of a council's minutes stand around the decisions
    // `PRIMERO.-` … `QUINTO.-`: the decisions are the points.
    let d = fixture("minutes-agenda-around-decisions-es.txt");
    assert_eq!(
        fixture_labels(&d),
        ["PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO"]
    );
    assert!(d.preamble.contains("MODIFICACIÓN DE LA ORDENANZA"));
}

#[test]
fn ordinal_words_give_way_to_numbers_that_are_the_drafts_points() {
    // Ordinal words in the lead above a numbered plan, a numbered plan with them after it, and
    // points 5 to 7 of a plan quoted between four ordinal paragraphs: the numbers are the points.
    let lead = "Plan (test)\n\nFirst, the talks resumed.\n\nSecond, the envoys met.\n\nThird, a text emerged:\n\n1. A ceasefire.\n2. An exchange.\n3. A monitoring mission.\n4. Elections.\n";
    assert_eq!(labels(lead), ["1", "2", "3", "4"]);
    let after = "Plan (test)\n\n1. A ceasefire.\n2. An exchange.\n3. A monitoring mission.\n\nFirst, it is short.\n\nSecond, it is vague.\n\nThird, it is late.\n";
    assert_eq!(labels(after), ["1", "2", "3"]);
    let quoted = "Plan (test)\n\nFirst, the draft grew.\n\n5. A ceasefire.\n6. An exchange.\n7. Elections.\n\nSecond, it shrank.\n\nThird, it was leaked.\n\nFourth, it was signed.\n";
    assert_eq!(labels(quoted), ["5", "6", "7"]);
    // Adverbs of a speech or a judgment, with a comma (`Firstly, …`), around a quoted list
    // label nothing; nor do decisions with more than one numbered item after them (the
    // minutes' own decisions in prose).
    let speech = "Speech (test)\n\nFirstly, the talks resumed and a text emerged:\n1. A ceasefire.\n2. An exchange.\n3. Elections.\n\nSecondly, the envoys met.\n\nThirdly, the guarantors agreed.\n\nFourthly, the parliament must ratify it.\n";
    assert_eq!(labels(speech), ["1", "2", "3"]);
    let minutes = "Acta (prueba)\n\n2.- TERRAZAS.\n\nPRIMERO.- Ampliar el horario.\n\nSEGUNDO.- Reducir la tasa.\n\nTERCERO.- Dejar un paso libre.\n\nCUARTO.- Informar al público.\n\nQUINTO.- Vigilar.\n\nSEXTO.- Publicar.\n\n3.- Se aprueba la cuenta general de 2025.\n\n4.- Se nombra a la nueva tesorera.\n";
    assert_eq!(labels(minutes), ["2", "3", "4"]);
    // Roman numerals over lists that count from 1 under each are sections, as before.
    let roman = "Law (test)\n\nI. General\n\n1. Scope.\n2. Terms.\n\nII. Duties\n\n1. Reporting.\n2. Records.\n\nIII. Final\n\n1. Entry into force.\n";
    assert!(
        labels(roman).iter().all(|l| !l.starts_with('I')),
        "{:?}",
        labels(roman)
    );
}

#[test]
fn numbers_written_as_ordinals_before_a_points_keyword_number_the_points() {
    let d = Draft::from_text(
        "t",
        "Головне з плану\n\n1-й пункт — суверенітет підтверджується.\n2-й пункт — укладається пакт про ненапад.\n3-й пункт — армія до 800 тисяч.\n\nДжерело: брифінг.\n",
    );
    assert_eq!(
        label_texts(&d),
        [
            ("1-й", "суверенітет підтверджується."),
            ("2-й", "укладається пакт про ненапад."),
            ("3-й", "армія до 800 тисяч."),
        ]
    );
    // French, with the space French puts before a colon.
    let d = Draft::from_text(
        "t",
        "Plan de paix : l'essentiel\n\n1er point : la souveraineté est confirmée.\n2e point : un pacte est conclu.\n3e point : l'armée est plafonnée.\n",
    );
    assert_eq!(
        label_texts(&d),
        [
            ("1er", "la souveraineté est confirmée."),
            ("2e", "un pacte est conclu."),
            ("3e", "l'armée est plafonnée."),
        ]
    );
    // Without a keyword, such a number is prose (`1st place went to…`).
    assert!(labels("Results\n\n1st place went to Kyiv.\n2nd place went to Lviv.\n3rd place went to Odesa.\n").iter().all(|l| l.starts_with('¶')));
}

#[test]
fn a_speakers_number_one_number_two_are_the_points() {
    let d = Draft::from_text(
        "t",
        "Remarks on the framework\n\nTHE PRESIDENT: Thank you. Here is what is in it.\n\nNumber one, the fighting stops.\n\nNumber two, Ukraine gets guarantees.\n\nNumber three, Europe pays for rebuilding.\n\nQ: Will Ukraine give up territory?\n",
    );
    assert_eq!(
        label_texts(&d),
        [
            ("Number one", "the fighting stops."),
            ("Number two", "Ukraine gets guarantees."),
            ("Number three", "Europe pays for rebuilding."),
        ]
    );
    assert_eq!(
        labels(
            "Remarks\n\nNumber One: the fighting stops.\n\nNumber Two: Ukraine gets guarantees.\n\nNumber Three: Europe pays for rebuilding.\n"
        ),
        ["Number One", "Number Two", "Number Three"]
    );
    // `Number one priority is…` has no comma: prose.
    assert!(labels("Notes\n\nNumber one priority is peace.\n\nNumber two priority is aid.\n\nNumber three priority is trade.\n").iter().all(|l| l.starts_with('¶')));
}

#[test]
fn a_speaker_mixing_ordinal_points_and_point_three_reads_one_run() {
    // A briefing's transcript: `The first point:`, then `Point three.`, and `And the fifth
    // point:` at the end, with a question between.
    let d = Draft::from_text(
        "t",
        "Briefing on the framework\n\nSPEAKER: I will read the points.\n\nThe first point: sovereignty is confirmed.\n\nThe second point: a non-aggression pact is signed.\n\nPoint three. Ukraine receives security guarantees.\n\nQUESTION: Is that binding?\n\nSPEAKER: Let me finish.\n\nPoint four. The army keeps its peacetime size.\n\nPoint four was the hardest.\n\nAnd the fifth point: a ceasefire starts at once.\n",
    );
    assert_eq!(
        label_texts(&d),
        [
            ("first", "sovereignty is confirmed."),
            ("second", "a non-aggression pact is signed."),
            (
                "Point three",
                "Ukraine receives security guarantees.\nQUESTION: Is that binding?\nSPEAKER: Let me finish."
            ),
            (
                "Point four",
                "The army keeps its peacetime size.\nPoint four was the hardest."
            ),
            ("fifth", "a ceasefire starts at once."),
        ]
    );
    // `Point one of the plan…` with no separator is prose, and number words with a keyword
    // alone, with no ordinal word, stay the keyword's own scheme.
    let l = labels(
        "Notes\n\nPoint one of the plan is peace.\n\nPoint two of the plan is aid.\n\nPoint three of the plan is trade.\n",
    );
    assert!(l.iter().all(|l| l.starts_with('¶')), "{l:?}");
}

#[test]
fn lettered_or_roman_points_keep_their_place_over_an_annexs_short_numbered_list() {
    // A non-paper's elements `A.` to `F.`, then its attachment listing participants `1.` to
    // `3.`: the letters are the points, the attachment the closing's.
    let elements: String = [
        "Purpose",
        "Navigation",
        "Fishing",
        "Stocks",
        "Environment",
        "Rescue",
    ]
    .iter()
    .zip('A'..)
    .map(|(t, l)| format!("{l}. {t}\nThe Parties agree on the {t} element as drafted.\n"))
    .collect();
    let text = format!(
        "Elements for a Framework Agreement\nThis non-paper lists the elements agreed.\n{elements}\
         Attachment: Participants\n1. Delegation of Kavel.\n2. Delegation of Doria.\n\
         3. Facilitators.\n"
    );
    assert_eq!(labels(&text), ["A", "B", "C", "D", "E", "F"]);
    // A declaration's operative paragraphs `(i)` to `(iv)` under its lead-in, then the page's
    // `See also` links.
    let text = "Déclaration conjointe\n\nLes ministres, réunis à Paris,\n\ncondamnant les frappes,\n\n\
                conscients de l'hiver,\n\nsont convenus :\n\n(i) de livrer les équipements ;\n\n\
                (ii) de financer les protections ;\n\n(iii) de coordonner leurs aides ;\n\n\
                (iv) de se réunir au printemps.\n\nLes ministres ont salué les agents.\n\n\
                Voir aussi\n1. Chronologie du soutien\n2. Conférence de Paris\n";
    assert_eq!(labels(text), ["i", "ii", "iii", "iv"]);
    // Not when a lead-in runs into the numbers (a letter's problems `A.` … `F.`, then `We ask
    // you to` over its three requests), nor after recitals with no heading between (a
    // resolution's `(i)` … `(iv)`, then its operative `1.` … `3.`).
    let problems: String = ["short", "missing", "unclear", "late", "costly", "vague"]
        .iter()
        .zip('A'..)
        .map(|(t, l)| format!("{l}. The consultation is {t}.\n"))
        .collect();
    for lead in ["We therefore ask you to", "It is agreed as follows."] {
        let text = format!(
            "Dear Minister,\n\nWe see these problems:\n{problems}\n{lead}\n1. extend the period,\n\
             2. publish the assessment,\n3. exempt small firms.\n\nYours faithfully,\nChamber\n"
        );
        assert_eq!(labels(&text), ["1", "2", "3"], "{lead}");
    }
    let text = "Draft resolution on aid workers\n\nThe General Assembly,\n\n(i) Recalling its \
                resolution,\n(ii) Concerned at attacks,\n(iii) Noting the losses,\n(iv) Welcoming \
                the report,\n\n1. Condemns all attacks;\n2. Demands access;\n3. Requests a report.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    // Not a list as long as half the letters: then the numbers are the draft's.
    let text = format!(
        "Elements\n{elements}Annex\n1. One item applies here.\n2. Two items apply here.\n\
         3. Three items apply here.\n4. Four items apply here.\n"
    );
    assert_eq!(labels(&text), ["1", "2", "3", "4"]);
}
