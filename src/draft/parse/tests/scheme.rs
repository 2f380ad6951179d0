//! Tests of choosing the top-level scheme.

use super::{fixture, fixture_labels, labels, pilcrows, texts};
use crate::draft::{Draft, PointKind};

#[test]
fn a_pages_key_points_with_its_comment_after_them_are_the_points() {
    let d = Draft::from_text(
        "t",
        "Kyiv's plan in brief\nThe outlet says it saw the draft.\nKey elements:\n\
         \u{25aa}\u{fe0f} Troops stay where they stand.\n\
         \u{25aa}\u{fe0f} The army keeps 800,000 soldiers.\n\
         \u{25aa}\u{fe0f} Elections follow the signature.\n\
         The text says nothing about the language question.\n\
         Nor does it mention the frozen assets.\n",
    );
    assert_eq!(fixture_labels(&d), ["•1", "•2", "•3"]);
    let closing = d.points.last().unwrap();
    assert_eq!(closing.kind, PointKind::Closing);
    assert!(closing.text.starts_with("The text says nothing"));
    // More comment than list: the bullets are a list inside running text.
    let d = Draft::from_text(
        "t",
        "Notes\nKey elements:\n- Troops stay.\n- The army keeps its size.\n- Elections follow.\n\
         One.\nTwo more sentences here.\nThree of them.\nAnd a fourth.\n",
    );
    assert!(d.numbered().all(|(_, p)| !p.label.starts_with('•')));
}

#[test]
fn dash_bullets_are_points_when_nothing_is_numbered() {
    let d = fixture("bullets-dash.txt");
    assert_eq!(fixture_labels(&d), ["•1", "•2", "•3", "•4"]);
    assert_eq!(d.title, "Main elements of the framework, as reported");
    assert_eq!(
        d.points[3].text,
        "Prisoners are exchanged all for all, civilians first.\n- Wounded soldiers follow the civilians.\n- Everyone else goes home last."
    );
}

#[test]
fn a_bullet_list_inside_a_paragraph_stays_in_it() {
    let d = fixture("bullets-inline-list.txt");
    assert_eq!(fixture_labels(&d), pilcrows(3));
    assert!(
        d.points[1]
            .text
            .ends_with("\n- a shared list of prisoners,\n- a hotline between the commanders.")
    );
    // Bullets inside a numbered point are its sub-items, as before.
    assert_eq!(labels("T\n1. One:\n- a\n- b\n2. Two\n"), ["1", "2"]);
}

#[test]
fn plain_numbers_in_any_style_follow_the_number_sequence() {
    // A list pasted together from copies numbered differently.
    let text = "Plan (test text)\n\nThe plan includes the following measures:\n\n1. A single alert app replaces local systems.\n2. Every community has a tested evacuation route.\n3. Evacuation centres are stocked in advance.\n4) Buses are contracted in each region.\n5) Pets are accepted at all centres.\n6. Fire chiefs may order evacuations.\n(7) An independent review examines every evacuation.\n8. The plan is updated every year.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(labels(text), ["1", "2", "3", "4", "5", "6", "7", "8"]);
    assert!(
        d.layout.scheme.starts_with("numbers in any style"),
        "{}",
        d.layout.scheme
    );
    // Items under points break the run at each point: they stay the points' items.
    let text = "T\n\n1. First point:\n(1) an item;\n(2) another.\n2. Second point:\n(1) an item;\n(2) another.\n3. Third point.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    // A short enumeration in the lead before a list of its own style stays the lead's.
    let text = "T\n\nThe text has three parts: 1) scope, 2) terms, 3) review.\n\n1. Scope is set.\n2. Terms are set.\n3. Review is set.\n4. Entry into force.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
}

#[test]
fn a_news_pages_summary_box_above_the_draft_is_the_preamble() {
    let text = "Соглашение о транзите (тестовый текст)\n\nГлавное:\n- соглашение подписано на десять лет;\n- тариф пересматривается ежегодно.\n\nМинистерство иностранных дел опубликовало полный текст соглашения на своём сайте.\n\nСогласно тексту, стороны обязуются:\n- обеспечить транзит грузов;\n- установить единый тариф;\n- сократить время контроля;\n- создать два совместных пункта;\n- признавать электронные накладные;\n- не вводить односторонних запретов.\n";
    let got = texts(text);
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(got[0], "обеспечить транзит грузов;");
    let d = Draft::from_text("t", text);
    assert!(
        d.layout.reason.contains("sum up the page"),
        "{}",
        d.layout.reason
    );
    // Without a summary's heading, the first items are points.
    let plain = text.replace("Главное:", "Стороны сообщили:");
    assert_eq!(texts(&plain).len(), 8);
    // Nor is a plan under `Key points:` whose items wrap, or go on under a sub-heading.
    let wrapped = text.replace(
        "- тариф пересматривается ежегодно.",
        "- тариф пересматривается\n  ежегодно.",
    );
    assert_eq!(texts(&wrapped).len(), 8);
    let sections = text.replace(
        "Министерство иностранных дел опубликовало полный текст соглашения на своём сайте.",
        "Другие пункты",
    );
    assert_eq!(texts(&sections).len(), 8);
    // A page copied with no blank lines: the box's items run into the page's sentence and
    // its lead-in, then the plan numbered from 1 again.
    let mut page = String::from(
        "28 points: what is in the plan\nIn brief\n1. The army would be capped.\n2. Sanctions would be lifted.\nWashington has presented Kyiv with a draft. Its full text, in translation:\n",
    );
    for n in 1..=6 {
        page.push_str(&format!("{n}. Provision number {n} applies.\n"));
    }
    let got = texts(&page);
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(got[0], "Provision number 1 applies.");
}

#[test]
fn a_pages_numbered_notes_are_no_points() {
    // A press release's points as bullets, its notes to editors numbered.
    let text = "Press release (test text)\n\nThe revised agreement provides that:\n\n• both countries share the river's waters fairly;\n• a joint commission meets twice a year;\n• each country may draw at most a third of the flow;\n• gauging stations report every day.\n\nNotes to editors\n1. The river is 412 km long.\n2. Talks began in 2017.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(fixture_labels(&d), ["•1", "•2", "•3", "•4"]);
    // A wiki's references: numbers followed by the arrow back to the text.
    let wiki = "Water treaty (test text)\n\nThe treaty's articles provide:\n\n1. Both countries share the waters.\n2. A commission meets twice a year.\n3. Disputes go to arbitration.\n\nReferences\n\n1. ↑ Text initialled in May 2023.\n2. ↑ Commission report, 2024.\n";
    let d = Draft::from_text("t", wiki);
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    // A briefing's numbered recommendations under a bare `Notes`, citing nothing, are its
    // points; so are points that open with an arrow.
    let briefing = "Briefing (test text)\n\nKey facts:\n\n• 400 lakes are monitored;\n• 38 are dangerous;\n• 9 valleys lie below them;\n• 2 stations report daily.\n\nNotes\n\n1. Build a warning centre in the capital.\n2. Train the rescue services of each valley.\n3. Drain the two most dangerous lakes.\n";
    assert_eq!(
        fixture_labels(&Draft::from_text("t", briefing)),
        ["1", "2", "3"]
    );
    // After numbered points: notes to editors numbered again from 1; a Markdown `## Notes`
    // list that the points refer to (`[1]`); but a `Notes` section of a draft numbered again
    // from 1, referred to by nothing and citing nothing, is its points.
    let release = "Housing compact signed (test text)\n\n\"1. Rents rise by at most the rate of inflation.\"\n\"2. Every district opens an advice office.\"\n\"3. Empty homes are taxed after a year.\"\n\nThe chair said the compact would be judged by results.\n\nNotes to editors\n1. The full text is on the city's website.\n2. Photos may be used free of charge.\n";
    let d = Draft::from_text("t", release);
    assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
    let notes = "# Housing compact\n\n1. Regulated homes[1] are let at capped rents.\n2. Empty homes[2] are taxed.\n3. Grants cover half the cost of renovation.\n4. Permits are decided in ninety days.\n\n## Notes\n\n1. Homes let under the municipal scheme.\n2. Nobody registered there for a year.\n";
    assert_eq!(
        fixture_labels(&Draft::from_text("t", notes)),
        ["1", "2", "3", "4"]
    );
    let sections = notes.replace("[1]", "").replace("[2]", "");
    assert_eq!(
        fixture_labels(&Draft::from_text("t", &sections)),
        ["1", "2", "3", "4", "1", "2"]
    );
    // Nor when the only `[1]` is a Markdown reference link, or the only `¹` an article's
    // (`152¹`, as Ukrainian and Russian statutes number inserted articles).
    for mark in ["[the annex][1]", "Article 152¹"] {
        let text = sections.replace("are taxed.", &format!("are taxed under {mark}."));
        assert_eq!(
            fixture_labels(&Draft::from_text("t", &text)),
            ["1", "2", "3", "4", "1", "2"],
            "{mark}"
        );
    }
    // The notes are the run from 1: a part numbered again after them is the draft's.
    let annex = format!("{notes}\n## Annex\n\n1. The map is attached.\n2. The list is attached.\n");
    assert_eq!(
        fixture_labels(&Draft::from_text("t", &annex)),
        ["1", "2", "3", "4", "1", "2"]
    );
    let arrows = "Indicators (test text)\n\n1. ↑ Exports rise by a tenth.\n2. ↓ Imports fall by a fifth.\n3. ↑ Reserves rise to six months of imports.\n";
    assert_eq!(
        fixture_labels(&Draft::from_text("t", arrows)),
        ["1", "2", "3"]
    );
}

#[test]
fn label_keywords_in_any_mix_follow_the_number_sequence() {
    let d = fixture("keywords-mixed.txt");
    assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5", "6", "7", "8"]);
    assert!(d.layout.scheme.starts_with("label keywords in any mix"));
    let texts: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
    assert_eq!(
        texts[0],
        "The parties end all hostilities from the day this text is signed."
    );
    assert_eq!(
        texts[3],
        "Sanctions are eased in stages as the ceasefire holds."
    );
    assert_eq!(texts[6], "Гуманітарні коридори залишаються відкритими.");
    assert_eq!(
        texts[7],
        "Final provisions\nThis text enters into force upon signature."
    );
    // One keyword with sections inside articles: the articles stay the points.
    assert_eq!(
        labels("T\nArticle 1\nText.\nSection 1\nA.\nSection 2\nB.\nArticle 2\nText.\n"),
        ["Article 1", "Article 2"]
    );
}

#[test]
fn numbers_running_on_through_section_lines_are_the_points() {
    let d = fixture("sections-over-numbers.txt");
    let got: Vec<(&str, Option<&str>)> = d
        .numbered()
        .map(|(_, p)| (p.label.as_str(), p.section.as_deref()))
        .collect();
    let (one, two, three) = (
        Some("Section I. Security"),
        Some("Section II. Territory"),
        Some("Section III. Economy"),
    );
    assert_eq!(
        got,
        [
            ("1", one),
            ("2", one),
            ("3", one),
            ("4", two),
            ("5", two),
            ("6", three),
            ("7", three)
        ]
    );
    assert_eq!(d.layout.scheme, "numbers `1.`");
    assert_eq!(d.layout.headings.len(), 3);
    assert_eq!(d.title, "Peace framework as a newspaper printed it");
    // Numbers that start again under each article: the articles are the points.
    assert_eq!(
        labels("T\nArticle 1\n1. a\n2. b\n3. c\nArticle 2\n1. d\n2. e\n3. f\n"),
        ["Article 1", "Article 2"]
    );
}

#[test]
fn bullets_under_short_numbered_headings_are_the_points() {
    let d = fixture("numbered-areas-over-bullets.txt");
    let got: Vec<(&str, Option<&str>)> = d
        .numbered()
        .map(|(_, p)| (p.label.as_str(), p.section.as_deref()))
        .collect();
    let (security, guarantee, territory, economy) = (
        Some("1. Security and status of the Republic"),
        Some("Guarantee of the mediator:"),
        Some("2. Territory"),
        Some("3. Economy and sanctions"),
    );
    assert_eq!(
        got,
        [
            ("•1", security),
            ("•2", security),
            ("•3", security),
            ("•4", security),
            ("•5", guarantee),
            ("•6", guarantee),
            ("•7", territory),
            ("•8", territory),
            ("•9", economy),
            ("•10", economy),
        ]
    );
    let texts: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
    assert_eq!(texts[3], "The Republic's army is capped at 600,000.");
    assert!(
        d.layout
            .reason
            .contains("section headings and the bullets are the points")
    );
    // Numbered points that are sentences keep their bullets as sub-items.
    assert_eq!(
        labels(
            "T\n\n1. Both armies pull back.\n- by five kilometres\n- within a week\n2. Trade reopens.\n- at three crossings\n- under escort\n"
        ),
        ["1", "2"]
    );
    // Short numbered headings with a lone bullet each: not a list, the numbers stay.
    assert_eq!(
        labels("T\n\n1. Security\n- Armies pull back.\n2. Trade\n- Crossings reopen.\n"),
        ["1", "2"]
    );
}

#[test]
fn a_short_list_in_another_style_before_the_points_is_the_leads() {
    let clauses: String = (1..=6)
        .map(|k| format!("{k}. Clause {k} applies.\n"))
        .collect();
    // A contract's parties, an agency's list of the sections it then quotes.
    for lead in [
        "PARTIES\n(1) BUYER LIMITED; and\n(2) SUPPLIER LLC.\n",
        "The text has three parts:\n1) the terms;\n2) the ceasefire;\n3) the steps.\n",
    ] {
        let text = format!("AGREEMENT (test)\n{lead}\n{clauses}");
        assert_eq!(labels(&text), ["1", "2", "3", "4", "5", "6"], "{lead}");
        let d = Draft::from_text("t", &text);
        assert!(d.points[1].kind == PointKind::Preamble && d.points[1].text.contains("2)"));
    }
    // Not a short draft of sentences with notes listed after it, nor a last point announcing
    // a list.
    let notes: String = (1..=6)
        .map(|k| format!("{k}) Note {k} explains.\n"))
        .collect();
    let text = format!(
        "AGREEMENT (test)\n\n1. Ships leave.\n2. Inspections take place.\n3. It lasts 120 \
         days.\n\nExplanatory notes\n\n{notes}"
    );
    assert_eq!(labels(&text), ["1", "2", "3"]);
    let items: String = (1..=6).map(|k| format!("({k}) matter {k};\n")).collect();
    let text = format!(
        "STATEMENT (test)\n\n1. They reaffirm the ceasefire.\n\n2. They exchange prisoners.\n\n\
         3. They settle the following by June:\n{items}"
    );
    assert_eq!(labels(&text), ["1", "2", "3"]);
    // Not a list as long as the points, nor one the points follow inside it.
    let text = "PLAN (test)\n(1) One.\n(2) Two.\n(3) Three.\n\n1. Note one.\n2. Note two.\n3. Note three.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    assert!(texts(text)[0].starts_with("One."));
}

#[test]
fn a_letters_points_typed_with_dashes_outrank_its_annexs_short_list() {
    // Seven points typed `1 - …`, the signature, then an annex listing three items `1.` …
    // `3.`: the letter's points are the draft's.
    let points: String = (1..=7)
        .map(|k| format!("{k} - The cabinet supports measure {k}.\n\n"))
        .collect();
    let text = format!(
        "Geachte voorzitter,\n\n{points}De minister,\n[naam]\n\nBijlage: deelnemende staten\n\
         1. Lidstaten: 38\n2. Overige staten: 11\n3. Waarnemers: 2\n"
    );
    assert_eq!(labels(&text), ["1", "2", "3", "4", "5", "6", "7"]);
    // Not an agenda's items typed `1 - …`, then the decisions under a lead-in.
    let text = "Minutes of the residents' meeting\n\nAgenda:\n1 - Minutes of the last meeting\n\
                2 - Accounts\n3 - The facade\n4 - The lift\n5 - Other business\n\n\
                Decisions taken:\n1. A levy of 600 euros is approved.\n2. Three quotes are sought.\n";
    assert_eq!(labels(text), ["1", "2"]);
    // Not when the list after them is as long as half of them: two lists of the draft.
    let text = format!(
        "Plan\n\n{points}Annex\n1. Item one applies.\n2. Item two applies.\n3. Item three \
         applies.\n4. Item four applies.\n"
    );
    assert_eq!(labels(&text), ["1", "2", "3", "4"]);
}

#[test]
fn a_contracts_parties_named_with_their_terms_are_no_points() {
    let text = "THIS AGREEMENT is dated 5 December 2025 (test text)\n\nPARTIES\n\n(1) KYIV LLC whose \
                office is in Kyiv (the Customer).\n\n(2) GRID LIMITED whose office is in London \
                (the Supplier).\n\nAGREED TERMS\n\n1. Interpretation. Terms apply.\n\n\
                2. Duration. It runs a year.\n\n3. Services. The Supplier repairs.\n\n\
                4. Charges. The Customer pays.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
}

#[test]
fn a_page_s_summary_before_the_full_text_it_announces_is_its_lead() {
    let text = "Plan released (test text)\n\nKey details at a glance:\n1) A ceasefire at once.\n2) Hostages back in 72 hours.\n3) Aid enters.\n\nBelow is the full text of the plan:\n\n1. The Strip becomes free of terror.\n2. The Strip is rebuilt.\n3. The war ends at once.\n4. Hostages are returned within 72 hours.\n5. Prisoners are released.\n6. Fighters who disarm get an amnesty.\n7. Aid flows in.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4", "5", "6", "7"]);
    // Named without announcing the list below (`The full text was confirmed…` over readers'
    // comments), the first list stays the points.
    let text = "Draft memorandum: full text (test text)\n\n1) The parties open the crossing.\n2) Trucks pass at night.\n3) Inspections are joint.\n\nThe full text was confirmed by two officials.\n\nComments\n\n1. Anna: good news.\n2. Boris: about time.\n3. Carla: what about buses?\n4. Dan: agreed.\n5. Eva: finally.\n6. Fay: thanks.\n7. Gus: ok.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    // Not announced, a short list of sentences before another list keeps its points.
    let text = "Plan (test text)\n\nSummary:\n1) A ceasefire at once.\n2) Hostages back in 72 hours.\n3) Aid enters.\n\nNotes\n\n1. Source one.\n2. Source two.\n3. Source three.\n4. Source four.\n5. Source five.\n6. Source six.\n7. Source seven.\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
}

#[test]
fn a_news_pages_summary_box_above_its_prose_is_the_preamble_under_a_blank_line_too() {
    // A Ukrainian news page: a summary box under `Головне:` with a blank line under it, a
    // list of the papers beside the plan, then, under a heading, the plan's own bullets.
    // The box is the page's; the papers' list stays points (a list under a line announcing
    // it cannot be told from a draft's operative list, `The Parties agree as follows:`).
    let d = fixture("news-page-lists-before-the-plan-uk.txt");
    assert_eq!(d.numbered().count(), 10);
    assert!(
        d.numbered()
            .all(|(_, p)| !p.text.starts_with("Президент назвав"))
    );
    let preamble = d.points.iter().find(|p| p.kind == PointKind::Preamble);
    assert!(preamble.is_some_and(|p| p.text.contains("Обговорюється лише чернетка")));
    assert!(
        d.layout.reason.contains("summary's heading"),
        "{}",
        d.layout.reason
    );
    let page = "Plan (test text)\n\nKey points:\n\n- a roadmap;\n- a fund;\n- a treaty.\n\nThe plan was handed to reporters on Tuesday evening in Kyiv.\n\nThe points\n\n- One.\n- Two.\n- Three.\n- Four.\n- Five.\n- Six.\n- Seven.\n";
    assert_eq!(Draft::from_text("t", page).numbered().count(), 7);
    // Not under a line announcing a list in prose, as long as half the last, with no prose
    // after it, or with another list after the longest.
    for (text, points) in [
        (
            page.replace("Key points:", "The Parties agree on these principles:"),
            10,
        ),
        (
            page.replace("- a treaty.\n", "- a treaty;\n- a bank;\n- a court.\n"),
            12,
        ),
        (
            page.replace(
                "The plan was handed to reporters on Tuesday evening in Kyiv.",
                "Other points",
            ),
            10,
        ),
        (
            page.replace("- Seven.\n", "- Seven.\n\nSigned by\n\n- A.\n- B.\n- C.\n"),
            13,
        ),
    ] {
        let d = Draft::from_text("t", &text);
        assert_eq!(
            d.numbered().count(),
            points,
            "{:?} for {text}",
            fixture_labels(&d)
        );
    }
}

#[test]
fn parties_named_in_capitals_over_an_orders_points_are_the_lead_s() {
    // A court order's parties `(1)`, `(2)`, set in capitals (`S.A.` ends one with a stop),
    // over its orders `1.` … `4.`: the orders are the points.
    let text = "IN THE HIGH COURT OF JUSTICE\n\nBETWEEN:\n\nNORTHERN GRAIN LIMITED\nClaimant\n\
                - and -\n\n(1) MERIDIAN CARRIERS S.A.\n(2) ATLAS MARINE PLC\nDefendants\n\n\
                DRAFT CONSENT ORDER\n\nBY CONSENT IT IS ORDERED THAT:\n\n\
                1. The Claimant may amend its claim.\n2. The Defendants shall file a defence.\n\
                3. The parties shall give disclosure.\n4. Liberty to apply.\n";
    assert_eq!(labels(text), ["1", "2", "3", "4"]);
}

#[test]
fn a_position_papers_chinese_numerals_outnumber_a_short_list_of_related_news_after_them() {
    let mut text = String::from("关于航行安全问题的立场文件\n\n现就有关问题阐述立场如下：\n\n");
    for (n, word) in ["一", "二", "三", "四", "五", "六", "七"]
        .iter()
        .enumerate()
    {
        text.push_str(&format!(
            "{word}、第{}项立场。各方应遵守有关规定。\n",
            n + 1
        ));
    }
    text.push_str(
        "\n【责任编辑：李明】\n\n相关新闻\n1. 运输情况综述\n2. 专家解读问题\n3. 国际组织呼吁\n",
    );
    let got = labels(&text);
    assert_eq!(got.len(), 7, "{got:?}");
    assert!(
        got.iter().all(|l| !l.starts_with(char::is_numeric)),
        "{got:?}"
    );
    // A meeting's agenda in numerals over as many resolutions `1.` … `3.` after them all:
    // the resolutions are the points.
    let text = "会议纪要\n\n一、议题甲\n二、议题乙\n三、议题丙\n四、议题丁\n\n会议决定：\n\
                1. 同意方案。\n2. 抓紧落实。\n3. 报告结果。\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
}

#[test]
fn a_list_in_a_script_without_capitals_or_a_telegrams_orders_are_no_names() {
    // Points in Chinese, then a list of participants: the points stay the points.
    let text = "关于停火问题的意见\n\n（1）各方立即停火。\n（2）交换全部战俘。\n（3）启动政治谈判。\n\n\
                参加单位名单\n\n1. 北京大学\n2. 清华大学\n3. 复旦大学\n4. 南京大学\n5. 武汉大学\n6. 中山大学\n";
    let points = texts(text);
    assert_eq!(points.len(), 3, "{points:?}");
    assert!(points[0].starts_with("各方立即停火"), "{points:?}");
    // Orders set in capitals are sentences, not parties' names.
    let text = "SIGNAL\n\n(1) ALL UNITS CEASE FIRE AT 0600 HOURS TOMORROW.\n\
                (2) ALL UNITS HOLD THEIR PRESENT POSITIONS UNTIL FURTHER ORDERS.\n\
                (3) COMMANDERS REPORT EVERY VIOLATION TO HEADQUARTERS AT ONCE.\n\n\
                Distribution:\n1. First Brigade\n2. Second Brigade\n3. Third Brigade\n\
                4. Fourth Brigade\n5. Fifth Brigade\n6. Sixth Brigade\n";
    let points = texts(text);
    assert_eq!(points.len(), 3, "{points:?}");
    assert!(points[0].starts_with("ALL UNITS CEASE FIRE"), "{points:?}");
}
