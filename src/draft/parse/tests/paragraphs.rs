//! Tests of drafts with no numbering.

use super::{fixture, fixture_labels, label_texts, pilcrows, texts};
use crate::draft::Draft;

#[test]
fn no_numbering_falls_back_to_paragraphs() {
    let d = Draft::from_text(
        "t",
        "Memo\n\nFirst paragraph\nwrapped.\n\nSecond paragraph.\n",
    );
    assert_eq!(d.title, "Memo");
    let got = label_texts(&d);
    assert_eq!(
        got,
        [
            ("¶1", "First paragraph wrapped."),
            ("¶2", "Second paragraph.")
        ]
    );
}

#[test]
fn one_paragraph_per_line_copied_from_a_web_page() {
    let d = fixture("one-paragraph-per-line.txt");
    assert_eq!(d.layout.scheme, "one paragraph per line");
    assert_eq!(d.title, "What the new ceasefire text says");
    assert_eq!(fixture_labels(&d), pilcrows(7));
    let first = d.numbered().next().unwrap().1;
    assert!(first.text.starts_with("The draft opens"));
    assert!(first.text.ends_with("within three days of signing."));
    let sections: Vec<Option<&str>> = d.numbered().map(|(_, p)| p.section.as_deref()).collect();
    let money = Some("Money for rebuilding");
    assert_eq!(sections, [None, None, None, None, money, money, money]);
    assert_eq!(d.layout.headings.len(), 1);
    assert_eq!(d.layout.headings[0].line, 6);
}

#[test]
fn hard_wrapped_paragraphs_are_joined_at_blank_lines() {
    let d = fixture("hard-wrapped-paragraphs.txt");
    assert_eq!(d.layout.scheme, "paragraphs separated by blank lines");
    assert_eq!(d.title, "What the new ceasefire text says");
    assert_eq!(fixture_labels(&d), pilcrows(3));
    assert!(d.points[1].text.contains("along the whole front within"));
    // The same shape without blank lines: still wrapped text, not one point per line.
    let no_blanks: String = d
        .source
        .lines()
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let joined = Draft::from_text("t", &no_blanks);
    assert_eq!(joined.layout.scheme, "paragraphs separated by blank lines");
    assert_eq!(joined.point_count(), 1);
}

#[test]
fn two_lines_that_each_end_a_sentence_are_two_paragraphs() {
    assert_eq!(
        texts("Notes\nThe first paragraph is here.\nThe second one follows it.\n"),
        ["The first paragraph is here.", "The second one follows it."]
    );
}

#[test]
fn a_list_whose_bullets_were_lost_is_split_per_line() {
    let d = fixture("list-bullets-lost.txt");
    let texts: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
    assert_eq!(
        texts[..5],
        [
            "Fighting stops on the whole front at once",
            "Both armies pull back to an agreed line",
            "All prisoners exchanged within two weeks",
            "Civilians may leave through open corridors",
            "A joint commission reports every month",
        ]
    );
    // The lead that announces them is the preamble.
    assert_eq!(texts.len(), 6);
    assert!(d.preamble.ends_with("written for tests):"));
    // A first line that is a sentence, then the lead, over items one per line.
    let d = Draft::from_text(
        "t",
        "The president announced a proposal to end the war.\nHere are some of the points:\nFighting stops immediately\nTroops withdraw to an agreed line\nAll hostages are released within 72 hours\nAid flows in at once\n",
    );
    assert_eq!(d.point_count(), 4);
    assert!(d.preamble.starts_with("The president announced"));
    // A paragraph opening a list whose bullets were lost keeps its items; a list of such
    // items under a lead stays a list.
    let text = "Resolution (test text)\n\nThe Assembly,\n\nCalls upon all states to suspend fishing of sturgeon for five years;\n\nDecides to establish an observatory in the port city;\n\nRequests the Observatory to submit its first report within a year, including:\nan estimate of the size of each stock;\na list of spawning grounds to restore;\nrecommendations on catch levels;\n\nUrges member states to remove obstacles to fish migration on rivers;\n\nDecides to remain seized of the matter.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.point_count(), 6, "{:?}", d.layout.reason);
    assert!(
        d.numbered()
            .nth(3)
            .unwrap()
            .1
            .text
            .ends_with("recommendations on catch levels;")
    );
    // Its preamble: the acting body on a line ending with a comma and the preambular
    // paragraphs under it, which open with participles.
    let text = "Draft resolution_v2.docx\n\nResolution (test text)\n\nThe Assembly,\n\nRecalling its earlier decisions on fisheries,\n\nDeeply concerned by the decline of the stocks,\n\nCalls upon all states to suspend fishing of sturgeon for five years;\n\nDecides to establish an observatory in the port city;\n\nDecides to remain seized of the matter.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "Resolution (test text)");
    assert_eq!(d.point_count(), 3, "{:?}", d.layout.reason);
    assert!(
        d.preamble
            .ends_with("Deeply concerned by the decline of the stocks,")
    );
    // Provisions that open with `Following` or `During` end with a full stop: no recitals.
    let plan = "Plan (test text)\n\nThe Parties,\n\nFollowing the withdrawal of heavy weapons, the monitors enter the zone.\n\nDuring the first phase, all prisoners are exchanged.\n\nPending elections, a joint council governs the area.\n\nThe plan enters into force on signature.\n";
    assert_eq!(Draft::from_text("t", plan).point_count(), 5);
    // A decree's operative items under its enacting formula are its points.
    let decree = "Указ (тестовий текст)\nВідповідно до статті 106 Конституції постановляю:\nутворити робочу групу з питань відбудови;\nзатвердити її склад;\nпокласти контроль на Офіс.\n";
    assert!(Draft::from_text("t", decree).point_count() >= 3);
    // A line ending with a comma over paragraphs that are no recitals is text.
    let letter = "Letter (test text)\n\nDear colleagues,\n\nThe talks resume on Monday in the capital.\n\nThe agenda follows next week.\n\nKind regards.\n";
    assert_eq!(Draft::from_text("t", letter).point_count(), 4);
    let text = "Decision (test text)\nThe parties undertake:\nto open the border crossings for trade;\nto exchange all prisoners within a month;\nto set up a joint commission on the missing;\nto hold talks every quarter;\n";
    assert_eq!(Draft::from_text("t", text).point_count(), 4);
    // A paragraph ending with a colon that opens the text's only list of two is text.
    assert_eq!(
        Draft::from_text(
            "t",
            "Note\n\nThe parties agreed, after a long night of talks in the capital, on the following two things:\n\nA ceasefire.\n\nTalks.\n"
        )
        .point_count(),
        3
    );
    // A wiki's citation marks do not hide a sentence's end.
    let d = Draft::from_text(
        "t",
        "Provisions\nThe draft contained these provisions:[12]\nSovereignty would be confirmed.[13]\nNATO would not expand further.[15][16]\nThe army would be capped.[13]\n",
    );
    assert_eq!(d.point_count(), 3);
    assert_eq!(d.preamble, "The draft contained these provisions:[12]");
    // Hard-wrapped prose breaks mid-sentence, its next lines mostly in small letters;
    // German capitals on its nouns do not make it a list.
    for text in [
        "Note\n\nThe parties agreed that the monitoring mission would report to both\ngovernments every month, and that its findings would be published on\nthe website of the mediator within ten days of each report, except where\nthe findings concern the safety of observers.\n",
        "Hinweis\n\nDie Parteien vereinbaren, dass die Beobachtermission beiden Regierungen\nmonatlich berichtet und dass ihre Befunde auf der Website des Vermittlers\nBinnen zehn Tagen veröffentlicht werden, ausgenommen Befunde, welche die\nSicherheit der Beobachter betreffen, sowie Angaben über deren Standorte.\n",
    ] {
        assert_eq!(Draft::from_text("t", text).point_count(), 1, "{text}");
    }
}

#[test]
fn a_lead_in_line_before_paragraphs_is_the_preamble() {
    let d = Draft::from_text(
        "t",
        "Town rules\nThe rules in short:\nDogs are walked on a leash in every park of the town.\nOwners clean up after their dogs at once.\nEvery dog is chipped within a month of its birth.\n",
    );
    assert_eq!(d.preamble, "The rules in short:");
    let got: Vec<&str> = d.numbered().map(|(_, p)| p.label.as_str()).collect();
    assert_eq!(got, ["¶1", "¶2", "¶3"]);
}

#[test]
fn paragraphs_opening_with_a_caption_in_bold_are_a_list_of_points() {
    // A news page in Markdown lists a plan's points as paragraphs opening with a caption in
    // bold (`**Army.**`, `**Army:**`, `**Army** –`): they are the points; the byline, photo
    // and introduction before them the preamble, the comments after them the closing.
    let d = fixture("news-page-bold-captions.md");
    assert_eq!(d.title, "Inside the revised framework: the points in brief");
    assert_eq!(fixture_labels(&d), ["•1", "•2", "•3", "•4", "•5", "•6"]);
    assert_eq!(
        first_words(&d),
        [
            "Sovereignty.",
            "Non-aggression:",
            "Army",
            "Security",
            "Reconstruction.",
            "Elections."
        ]
    );
    assert!(d.layout.reason.contains("open with a caption in bold"));
    let preamble = d
        .points
        .iter()
        .find(|p| p.kind == crate::draft::PointKind::Preamble);
    assert!(preamble.is_some_and(|p| p.text.contains("point by point")));
    assert!(
        d.numbered()
            .all(|(_, p)| !p.text.contains("Neither capital"))
    );
    // Captions that are few among the paragraphs (an opinion piece's), a caption alone on its
    // line (a heading over its paragraph), three captions only, or numbered points with notes
    // in bold: not such a list.
    let sparse = "# Why it fails\n\nIntro.\n\n**First, timing.** One.\n\nTwo.\n\nThree.\n\n**Second, money.** Four.\n\nFive.\n\nSix.\n\n**Third, guarantees.** Seven.\n\nEight.\n\nNine.\n\n**Finally, votes.** Ten.\n\nEleven.\n";
    let alone = "What it says\n\n**Sovereignty**\nIt is confirmed.\n\n**Army**\nIt keeps 800,000.\n\n**Guarantees**\nThey are given.\n\n**Elections**\nThey are held.\n";
    let three = "News\n\n**Sovereignty.** It is confirmed.\n\n**Army.** It keeps 800,000.\n\n**Guarantees.** They are given.\n";
    let numbered = "# Framework\n\n1. It is sovereign.\n\n**Note:** agreed.\n\n2. No attacks.\n\n**Note:** bracketed.\n\n3. An army of 800,000.\n\n**Note:** disputed.\n\n4. Guarantees.\n\n**Note:** to ratify.\n";
    for text in [sparse, alone, three, numbered] {
        let d = Draft::from_text("t", text);
        assert!(
            d.numbered().all(|(_, p)| !p.label.starts_with('•')),
            "{:?} for {text}",
            d.layout.scheme
        );
    }
    assert_eq!(Draft::from_text("t", numbered).numbered().count(), 4);
    // An article with a few captions and a long tail of prose (two in three of the paragraphs
    // from the first caption to the end are not captions) is read as paragraphs.
    let tail = format!(
        "{three}\n**Elections.** They are held.\n\n{}",
        "More prose follows here.\n\n".repeat(4)
    );
    assert!(
        Draft::from_text("t", &tail)
            .numbered()
            .all(|(_, p)| p.label.starts_with('¶'))
    );
    // A headline in bold over the text is the title; a wrapped line starting `**Note:**` after
    // `…on this point:` is no caption; a caption may be closed by an unspaced dash, and
    // captioned paragraphs may follow one another without a blank line after a full stop.
    let page = "**EXCLUSIVE:** what the leaked plan says\n\nOfficials described it on Tuesday.\n\n**Ceasefire.** Fighting stops in 72 hours.\n\n**Troops**—Forces pull back, as one official said on this point:\n**Note:** less near the river.\n\n**Prisoners:** All are exchanged.\n**Sanctions** – They are eased in stages.\n\nNo comment came from Moscow.\n";
    let d = Draft::from_text("t", page);
    assert_eq!(d.title, "EXCLUSIVE: what the leaked plan says");
    assert_eq!(
        first_words(&d),
        ["Ceasefire.", "Troops—Forces", "Prisoners:", "Sanctions"]
    );
}

#[test]
fn captions_over_paragraphs_open_the_points_of_a_list_without_numbers() {
    // An explainer sets each provision under a caption of its own line: each caption with
    // the paragraphs under it is a point; the byline and the lead above them the preamble.
    let d = fixture("explainer-captions-over-paragraphs.txt");
    assert_eq!(d.title, "What the revised framework says, point by point");
    assert_eq!(fixture_labels(&d), ["•1", "•2", "•3", "•4", "•5"]);
    assert_eq!(
        first_words(&d),
        [
            "Sovereignty",
            "Non-aggression",
            "Size",
            "Security",
            "Elections"
        ]
    );
    let two = d.numbered().nth(1).unwrap().1;
    let words = two.text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.starts_with("Non-aggression The two sides"), "{words}");
    assert!(words.ends_with("within a day."), "{words}");
    assert!(d.layout.reason.contains("captions over their paragraphs"));
    // The same as a Markdown page (its headings' marks are no text), as a web page's `<h3>`s
    // become, and one paragraph per line.
    let markdown = "# Plan\n\n## Sovereignty\n\nIt is confirmed by all.\n\n## Army\n\nIt keeps 800,000 troops.\n\n## Assets\n\nThey fund the rebuilding.\n";
    let per_line = "Plan\nSovereignty\nIt is confirmed by all.\nArmy\nIt keeps 800,000 troops.\nAssets\nThey fund the rebuilding.\n";
    for text in [markdown, per_line] {
        let d = Draft::from_text("t", text);
        assert_eq!(first_words(&d), ["Sovereignty", "Army", "Assets"], "{text}");
    }
    // Not such a list: two captions only; a caption over many paragraphs (an article's
    // subheadings); captions that end sentences or say more than the paragraph under them.
    let two_only =
        "Plan\n\nSovereignty\n\nIt is confirmed by all.\n\nArmy\n\nIt keeps 800,000 troops.\n";
    let long = format!(
        "Plan\n\nBackground\n\n{}Talks\n\n{}Outlook\n\n{}",
        "A paragraph of prose.\n\n".repeat(5),
        "A paragraph of prose.\n\n".repeat(5),
        "A paragraph of prose.\n\n".repeat(5)
    );
    let sentences = "Plan\n\nIt is confirmed.\n\nSovereignty is confirmed by all.\n\nIt is capped.\n\nThe army keeps 800,000.\n\nIt is agreed.\n\nAssets fund the rebuilding.\n";
    // A status under each proposal (saying the same few things, the last under the last).
    let statuses = "Decisions (test)\n\nThe council shall repair the bridge this year.\n\nAdopted unanimously\n\nThe council shall close the market on Sundays.\n\nRejected\n\nThe council shall plant trees along the river.\n\nAdopted by a majority\n\nThe council shall publish its budget online.\n\nAdopted with amendments\n";
    for text in [two_only, long.as_str(), sentences, statuses] {
        let d = Draft::from_text("t", text);
        assert!(
            d.numbered().all(|(_, p)| !p.label.starts_with('•')),
            "{:?} for {text}",
            d.layout.scheme
        );
    }
}

/// The first word of each numbered point.
fn first_words(d: &Draft) -> Vec<&str> {
    d.numbered()
        .map(|(_, p)| p.text.split_whitespace().next().unwrap_or(""))
        .collect()
}

#[test]
fn wrapped_text_under_short_headings_with_no_blank_lines_stays_wrapped() {
    // The headings over the wrapped lines say nothing of the shape; the wrapped lines, going
    // on in lower case, say the text is wrapped.
    let text = "Agreement on the corridor\nSection one\nThe Parties agree that the corridor shall remain open to all\nvessels carrying grain and that inspections shall take place\nat the agreed ports only.\nSection two\nEach Party shall notify the other of any incident within\nthree days and shall cooperate in its investigation.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.layout.scheme, "paragraphs separated by blank lines");
    assert!(
        d.points
            .iter()
            .any(|p| p.text.contains("open to all vessels carrying grain"))
    );
}
