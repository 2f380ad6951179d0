//! Tests of an act's heading under its issuer's masthead, and of words set out letter by
//! letter.

use super::texts;
use crate::draft::Draft;

#[test]
fn an_acts_heading_under_its_issuers_masthead_is_the_title() {
    let title = |text: &str| Draft::from_text("t", text).title;
    // A state, a region and a town over a mayor's order; a parliament, its term and a committee
    // over a draft opinion; a gazette's name, its issue and section over a law in capitals; a
    // ministry under a gazette over a decision in Arabic.
    let cases = [
        (
            "RÉPUBLIQUE FRANÇAISE\nDépartement de la Meuse\nCOMMUNE DE VILLERS\n\n\
             ARRÊTÉ N° 2026/12\nportant fermeture d'un pont\n\nLe Maire,\n\n\
             Article 1 : Le pont est fermé.\nArticle 2 : Une déviation est mise en place.\n",
            "ARRÊTÉ N° 2026/12",
        ),
        (
            "European Parliament\n2024-2029\n\nCommittee on Budgets\n\n3.2.2026\n\n\
             DRAFT OPINION\nof the Committee on Budgets\n\n1. Welcomes the proposal.\n\
             2. Regrets the delay.\n",
            "DRAFT OPINION",
        ),
        (
            "Resmî Gazete\n5 Ocak 2026 PAZARTESİ\nYASAMA BÖLÜMÜ\nKANUN\n\n\
             LİMAN GÜVENLİĞİ HAKKINDA KANUN\n\nMADDE 1- Bu Kanun limanları kapsar.\n\
             MADDE 2- Bakanlık denetler.\n",
            "LİMAN GÜVENLİĞİ HAKKINDA KANUN",
        ),
        (
            "الجريدة الرسمية – العدد ٢٠٠\nوزارة الزراعة\n\nقرار وزاري رقم ٥ / ٢٠٢٦\n\n\
             المادة الأولى\nيعمل بهذا القرار.\n\nالمادة الثانية\nينشر هذا القرار.\n",
            "قرار وزاري رقم ٥ / ٢٠٢٦",
        ),
    ];
    // (The line under the heading goes on from it: `portant fermeture d'un pont`.)
    for (text, want) in cases {
        assert!(title(text).starts_with(want), "{} | {text}", title(text));
    }
    // A council's site over its act, whose heading names only its kind: the subject is the
    // title, as under the act's heading alone.
    let council = "Громада Вербівки\nГоловна / Документи / Рішення\n\nУКРАЇНА\nВЕРБІВСЬКА \
                   СІЛЬСЬКА РАДА\n\nРІШЕННЯ\n\nвід 3.02.2026 № 12\n\nПро ремонт доріг\n\n\
                   1. Відремонтувати дороги.\n2. Контроль залишаю за собою.\n";
    assert_eq!(title(council), "Про ремонт доріг");
}

#[test]
fn a_gazettes_act_under_its_issue_section_and_issuer_is_the_title() {
    let points = "\n\nArtículo 1. Objeto.\n\nLos muelles se reparan.\n\n\
                  Artículo 2. Plazo.\n\nLas obras duran un año.\n";
    // The Spanish gazette: its issue line, its section and the ministry over the act's title,
    // which its register number opens; the title is the act's, without the number.
    let boe = format!(
        "BOLETÍN OFICIAL DEL ESTADO\n\
         Núm. 40      Lunes 2 de marzo de 2026      Sec. I.   Pág. 2210\n\n\
         I. DISPOSICIONES GENERALES\n\nMINISTERIO DE TRANSPORTES\n\n\
         4417     Real Decreto 88/2026, de 1 de marzo, por el que se regulan los muelles del \
         norte.\n\nLa reforma de los muelles es urgente.{points}"
    );
    let draft = Draft::from_text("t", &boe);
    assert_eq!(
        draft.title,
        "Real Decreto 88/2026, de 1 de marzo, por el que se regulan los muelles del norte."
    );
    assert!(draft.preamble.contains("I. DISPOSICIONES GENERALES"));
    assert!(
        draft
            .preamble
            .contains("La reforma de los muelles es urgente.")
    );
    // A figure opening a sentence that cites an act, with no masthead over it, is prose.
    let prose = format!(
        "2026 Real Decreto 88/2026, por el que se regulan los muelles, dispone que se reparen.{points}"
    );
    assert_eq!(Draft::from_text("t", &prose).title, "");
    // The Turkish gazette: the kind's word alone (its section), the issuing ministry (`…
    // Bakanlığından:`, "from the Ministry"), then the act's name in capitals over two lines,
    // its kind last.
    let regulation = "Resmî Gazete\nTarih: 2 Mart 2026   Sayı: 33190\n\nYÖNETMELİK\n\n\
                      Ulaştırma Bakanlığından:\n\nKUZEY RIHTIMLARININ ONARIM\n\
                      USUL VE ESASLARINA DAİR YÖNETMELİK\n\nMADDE 1 – Rıhtımlar onarılır.\n\n\
                      MADDE 2 – Onarım bir yıl sürer.\n";
    let draft = Draft::from_text("t", regulation);
    assert_eq!(
        draft.title,
        "KUZEY RIHTIMLARININ ONARIM USUL VE ESASLARINA DAİR YÖNETMELİK"
    );
    assert!(draft.preamble.contains("Ulaştırma Bakanlığından:"));
    // A heading in capitals under a title in capitals that ends with a kind in English is no
    // part of it.
    let text = "FRAMEWORK FOR PEACE IN THE DELTA\nPART ONE: THE CEASEFIRE AGREEMENT\n\n\
                1. Fighting stops.\n2. Forces withdraw.\n";
    assert_eq!(
        Draft::from_text("t", text).title,
        "FRAMEWORK FOR PEACE IN THE DELTA"
    );
}

#[test]
fn a_title_over_its_subtitle_or_an_act_named_by_its_status_stays_the_title() {
    let title = |text: &str| Draft::from_text("t", text).title;
    for (text, want) in [
        // A subtitle right under the title that names a kind.
        (
            "PEACE FRAMEWORK FOR THE DELTA\nDraft agreement prepared by the mediators\n\n\
             1. Fighting stops.\n2. Forces withdraw.\n",
            "PEACE FRAMEWORK FOR THE DELTA",
        ),
        // A draft's status with its kind governed by it (`Projekt ustawy`, `Проект закону`).
        (
            "Projekt ustawy o drogach\n\nUSTAWA\n\nArt. 1. Pierwszy.\n\nArt. 2. Drugi.\n",
            "Projekt ustawy o drogach",
        ),
        // A byline whose name is a kind's word, and a subtitle naming a kind under a title's
        // second line, set in small letters.
        (
            "What is in the peace plan\nNews Desk\nBill Bostock\n3 December 2025\n\n1. One.\n2. Two.\n",
            "What is in the peace plan",
        ),
        (
            "PEACE FRAMEWORK FOR UKRAINE\nUkraine and the Russian Federation\nDraft Agreement\n\n\
             1. Sovereignty is confirmed.\n2. A pact is signed.\n",
            "PEACE FRAMEWORK FOR UKRAINE",
        ),
        // A Westminster bill's `A BILL` over `TO` is its heading, not its title.
        (
            "Ukraine Support Bill\nExplanatory Notes\nOrdered to be printed\n\nA BILL\nTO\n\
             Make provision about support.\n\n1. Support is given.\n2. Short title.\n",
            "Ukraine Support Bill",
        ),
        // A wrapped sentence of prose that ends with a kind's word is no heading.
        (
            "Harbour works\n\nThe Council, the Harbour Board and\nthe Developer record in this \
             Memorandum\nhow they will work together.\n\n1. Purpose.\n2. Status.\n",
            "Harbour works",
        ),
    ] {
        assert_eq!(title(text), want, "{text}");
    }
}

#[test]
fn words_set_out_letter_by_letter_are_read_as_words() {
    let draft = Draft::from_text(
        "t",
        "З А К О Н   У К Р А Ї Н И\n\nПро мости\n\nСтаття 1. Мости ремонтують.\n\
         Стаття 2. Мости фарбують.\n",
    );
    assert!(
        draft.preamble.contains("ЗАКОН УКРАЇНИ"),
        "{}",
        draft.preamble
    );
    assert_eq!(draft.title, "Про мости");
    // A court's formula with its colon apart, and a line of three letters, which may be a list
    // of options: only lines set out whole, of four letters or more.
    let court = Draft::from_text(
        "t",
        "РЕШЕНИЕ\n\nСуд у с т а н о в и л :\nиск подан.\n\nр е ш и л :\n\n1. Иск удовлетворить.\n\
         2. Взыскать расходы.\n\nа б в\n",
    );
    assert!(court.preamble.contains("решил:"), "{}", court.preamble);
    assert!(
        court.preamble.contains("у с т а н о в и л"),
        "{}",
        court.preamble
    );
    assert!(court.points.iter().any(|p| p.text.contains("а б в")));
    // Nor a table's row of marks, nor options in the alphabet's order.
    for line in ["Y N Y N", "A B C D E"] {
        let text = format!("Votes\n\n1. First motion.\n{line}\n2. Second motion.\n");
        assert!(texts(&text)[0].contains(line), "{line}");
    }
}

#[test]
fn a_decrees_heading_with_its_subject_on_one_line_is_the_title() {
    // A decree's heading names its number, its date and its subject on one line, longer than
    // the lines of the masthead over it.
    let draft = Draft::from_text(
        "t",
        "RÉPUBLIQUE FRANÇAISE\n\nMinistère de la culture\n\n\
         Décret n° 2026-77 du 9 février 2026 relatif aux horaires d'ouverture des bibliothèques \
         et des médiathèques municipales\n\nLe Premier ministre,\nDécrète :\n\n\
         Article 1er\nLes bibliothèques ouvrent le dimanche.\n\n\
         Article 2\nLe ministre est chargé de l'exécution du présent décret.\n",
    );
    assert!(
        draft.title.starts_with("Décret n° 2026-77"),
        "{}",
        draft.title
    );
    assert!(draft.preamble.contains("RÉPUBLIQUE FRANÇAISE"));
    // A headline that opens with a kind's word runs to no more words than a title.
    let long = "Décret n° 2026-77 du 9 février 2026 relatif aux horaires d'ouverture des \
                bibliothèques municipales des communes de plus de deux mille habitants du \
                département";
    let text = format!(
        "RÉPUBLIQUE FRANÇAISE\n\nMinistère de la culture\n\n{long}\n\n\
         Article 1er\nLes bibliothèques ouvrent.\n\nArticle 2\nLe ministre exécute.\n"
    );
    assert_eq!(Draft::from_text("t", &text).title, "RÉPUBLIQUE FRANÇAISE");
}

#[test]
fn a_polish_acts_subject_under_its_heading_and_date_is_the_title() {
    // `USTAWA`, its date, then its subject in small letters, as the act is cited by it.
    let act = |subject: &str| {
        Draft::from_text(
            "t",
            &format!(
                "USTAWA\nz dnia 3 marca 2026 r.\n{subject}\n\n\
                 Art. 1. Gmina prowadzi rejestr studni.\n\n\
                 Art. 2. Ustawa wchodzi w życie po upływie 14 dni.\n"
            ),
        )
    };
    let draft = act("o studniach publicznych");
    assert_eq!(draft.title, "o studniach publicznych");
    assert!(draft.preamble.contains("z dnia 3 marca 2026 r."));
    let order = act("w sprawie studni publicznych");
    assert_eq!(order.title, "w sprawie studni publicznych");
    // A Romanian government's decision under its issuer: `HOTĂRÂRE` over `privind …`, read
    // as one heading.
    let decision = Draft::from_text(
        "t",
        "GUVERNUL ROMÂNIEI

HOTĂRÂRE
privind fântânile publice din comune

\
         Art. 1. Comunele țin un registru al fântânilor.

\
         Art. 2. Hotărârea intră în vigoare la publicare.
",
    );
    assert_eq!(
        decision.title,
        "HOTĂRÂRE privind fântânile publice din comune"
    );
    // A paragraph below it, the subject is the title, as a Polish act's.
    let decision = Draft::from_text(
        "t",
        "GUVERNUL ROMÂNIEI\n\nHOTĂRÂRE\n\nprivind fântânile publice din comune\n\n\
         Art. 1. Comunele țin un registru al fântânilor.\n\n\
         Art. 2. Hotărârea intră în vigoare la publicare.\n",
    );
    assert_eq!(decision.title, "privind fântânile publice din comune");
    assert!(decision.preamble.contains("GUVERNUL ROMÂNIEI"));
    // Under a heading that names no kind of act, such a line is the preamble's.
    let other = Draft::from_text(
        "t",
        "KOMUNIKAT\nz dnia 3 marca 2026 r.\no studniach publicznych\n\n\
         Art. 1. Gmina prowadzi rejestr studni.\n\nArt. 2. Wchodzi w życie.\n",
    );
    assert_eq!(other.title, "KOMUNIKAT");
}

#[test]
fn a_long_line_opening_with_a_kind_but_no_number_is_no_acts_heading() {
    // A news page's lead that opens with `Agreement` and names a figure runs on as a
    // sentence; the headline stays the title. Only a heading with the act's number may be
    // as long as a title.
    let text = "Harbour Times\nMarch 4, 2026 08:30 AM GMT\n\nTwo cities agree on harbour plan\n\n\
                By Ann Lee\n\nAgreement on the 12-point harbour plan came after three nights \
                of talks between the port authorities\n\n\
                1. The harbour stays open.\n2. Fees are halved.\n";
    assert_eq!(
        Draft::from_text("t", text).title,
        "Two cities agree on harbour plan"
    );
}

#[test]
fn a_small_o_under_an_acts_heading_is_a_polish_or_czech_subject_only() {
    let title = |text: &str| Draft::from_text("t", text).title;
    // An Italian law's subject wrapped onto a line that opens with `o` ("or").
    assert_eq!(
        title(
            "LEGGE 2 APRILE 2026, N. 41\n\nMisure per i pescatori dipendenti\n\
             o autonomi delle lagune costiere\n\nArt. 1. Il fondo è istituito.\n\n\
             Art. 2. Il fondo è gestito dalla Regione.\n"
        ),
        "LEGGE 2 APRILE 2026, N. 41"
    );
    // A Polish contract's kind under its heading: the heading is the title.
    assert!(
        title(
            "UMOWA NR 7/2026\no dzieło\nzawarta w dniu 2 kwietnia 2026 r. w Gdańsku\n\n\
             § 1. Wykonawca wykona mapę.\n\n§ 2. Zamawiający zapłaci 900 zł.\n"
        )
        .starts_with("UMOWA NR 7/2026"),
    );
    // A Polish statute's subject comes right under its heading or its date, not after a
    // line of prose.
    assert_eq!(
        title(
            "USTAWA\nz dnia 3 marca 2026 r.\nNowelizacja przepisów\no studniach publicznych\n\n\
             Art. 1. Gmina prowadzi rejestr studni.\n\nArt. 2. Ustawa wchodzi w życie.\n"
        ),
        "USTAWA"
    );
}

#[test]
fn a_french_bill_under_its_number_and_filing_is_read_with_its_articles() {
    // The Assemblée's printout: the bill's number, the chamber, the filing date in a sentence,
    // then `PROPOSITION DE LOI` and its subject, the explanatory statement before the articles.
    let bill = "N° 2040\n\nASSEMBLÉE NATIONALE\nDIX-SEPTIÈME LÉGISLATURE\n\
                Déposé le 2 avril 2026 sur le bureau de l'Assemblée.\n\n\
                PROPOSITION DE LOI\nrelative aux ponts communaux\n\n(texte d'essai)\n\n\
                EXPOSÉ DES MOTIFS\n\nL'article 1er crée un fonds. L'article 2 le finance.\n\n\
                Article 1er\n\nUn fonds des ponts est créé.\n\nArticle 2\n\nL'État le dote.\n\n\
                Article 3\n\nLa loi entre en vigueur en 2027.\n";
    let d = Draft::from_text("t", bill);
    assert_eq!(d.title, "PROPOSITION DE LOI relative aux ponts communaux");
    assert_eq!(
        texts(bill),
        [
            "Un fonds des ponts est créé.",
            "L'État le dote.",
            "La loi entre en vigueur en 2027."
        ]
    );
}
