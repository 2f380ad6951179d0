//! Tests of Chinese, Japanese and Korean drafts.

use super::{fixture, fixture_labels, label_texts, labels, pilcrows};
use crate::draft::Draft;

#[test]
fn chinese_articles_under_chapters() {
    let d = fixture("chinese-articles.txt");
    assert_eq!(d.layout.scheme, "`第1条`");
    assert_eq!(
        d.title,
        "停火框架协议草案（虚构的非官方工作文本，仅供测试）"
    );
    assert_eq!(
        fixture_labels(&d),
        ["第一条", "第二条", "第三条", "第四条", "第十二条"]
    );
    let first = d.numbered().next().unwrap().1;
    assert_eq!(first.text, "双方自本协议签署之日起沿现有接触线全面停火。");
    // The chapters head the articles under them, as `Chapter 1` does.
    let sections: Vec<&str> = d
        .numbered()
        .filter_map(|(_, p)| p.section.as_deref())
        .collect();
    assert_eq!(sections[0], "第一章　总则");
    assert_eq!(sections[2], "第二章　人道问题");
    assert_eq!(d.layout.headings.len(), 2);
}

#[test]
fn chinese_list_with_full_width_sub_items() {
    let d = fixture("chinese-list.txt");
    assert_eq!(d.layout.scheme, "Chinese numerals `一、`");
    assert_eq!(fixture_labels(&d), ["一", "二", "三", "四"]);
    assert_eq!(d.preamble, "记者获得的草案包括以下内容。");
    // `（一）` and `（二）` are sub-items of point 二, not points.
    let second = d.numbered().nth(1).unwrap().1;
    assert!(
        second.text.contains("（一）保障须具有法律约束力"),
        "{}",
        second.text
    );
    assert!(second.text.ends_with("（二）保障须经美国国会批准。"));
}

#[test]
fn chinese_numerals_over_a_shorter_arabic_list_inside_one_are_the_points() {
    // `三、` holds a list `1.`-`2.` of its own: the five sections are the points. With an
    // Arabic list at least as long, under the sections, the numbers are the points.
    let text = "合作协议\n\n一、合作内容\n乙方经营社区食堂。\n\n二、甲方责任\n甲方提供场地。\n\n三、乙方责任\n1. 保证食品安全；\n2. 老人午餐优惠。\n\n四、合作期限\n合作期限为三年。\n";
    assert_eq!(labels(text), ["一", "二", "三", "四"]);
    let text = "办法\n\n一、总则\n1. 本办法适用于本市。\n2. 市政府负责实施。\n\n二、附则\n3. 本办法自发布之日起施行。\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
    // A meeting's agenda in the lead, then its resolutions: the resolutions are the points.
    let text = "会议纪要\n\n会议议程：\n一、通报工作\n二、审议预算\n三、讨论方案\n四、其他事项\n\n决议如下：\n1. 通过预算。\n2. 成立工作组。\n3. 下次会议定于五月。\n";
    assert_eq!(labels(text), ["1", "2", "3"]);
}

#[test]
fn japanese_articles_in_arabic_digits() {
    let d = fixture("japanese-articles.txt");
    assert_eq!(fixture_labels(&d), ["第1条", "第2条", "第3条"]);
    assert!(
        d.numbered()
            .next()
            .unwrap()
            .1
            .text
            .starts_with("両当事者は、署名の日から")
    );
}

#[test]
fn a_japanese_acts_number_over_its_name_is_no_title() {
    // As the statute book prints an act: its era, year, kind and number, then its name.
    let text = "令和八年法律第十二号\nテスト港湾整備法\n\n（目的）\n第一条　この法律は、港湾の整備を目的とする。\n\n\
                （定義）\n第二条　この法律において「港湾」とは、北の岸壁をいう。\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.title, "テスト港湾整備法");
    assert!(d.preamble.contains("令和八年法律第十二号"));
    assert_eq!(fixture_labels(&d), ["第一条", "第二条"]);
}

#[test]
fn chinese_lines_ending_in_full_stops_are_paragraphs() {
    let d = fixture("chinese-one-paragraph-per-line.txt");
    assert_eq!(d.layout.scheme, "one paragraph per line");
    assert_eq!(fixture_labels(&d), pilcrows(4));
    assert_eq!(
        d.title,
        "新版和平框架的主要内容（虚构的非官方工作文本，仅供测试）"
    );
}

#[test]
fn chinese_numbering_look_alikes_are_text() {
    // An ordinal (`第一次`, the first time), a year and a quantity at a line's start.
    let d = Draft::from_text(
        "t",
        "标题\n1、双方确认停火。\n第一次会议于明日举行。\n二〇二五年十一月提出草案。\n2、设立委员会。\n一些国家表示支持。\n3、交换战俘。\n",
    );
    let labels: Vec<&str> = d.numbered().map(|(_, p)| p.label.as_str()).collect();
    assert_eq!(labels, ["1", "2", "3"]);
    assert!(
        d.numbered()
            .next()
            .unwrap()
            .1
            .text
            .ends_with("二〇二五年十一月提出草案。")
    );
    assert!(
        d.numbered()
            .nth(1)
            .unwrap()
            .1
            .text
            .ends_with("一些国家表示支持。")
    );
}

#[test]
fn korean_articles_under_chapters() {
    let text = "정전 감시 협력법 (비공식 시험용 문서)\n\n제1장 총칙\n\n\
        제1조(목적) 이 법은 정전 감시에 관한 협력을 정한다.\n\n\
        제2조(정의) 이 법에서 쓰는 말의 뜻은 다음과 같다.\n\
        1. \"감시관\"이란 정부가 보내는 사람을 말한다.\n\
        2. \"당사국\"이란 정전에 동의한 나라를 말한다.\n\n\
        제2장 파견\n\n\
        제3조(파견) ① 정부는 당사국이 동의하면 감시관을 보낼 수 있다.\n\
        ② 제1항에 따른 파견은 1년을 넘지 못한다.\n\n\
        제3조의2(보고) 외교부는 결과를 국회에 알려야 한다.\n";
    let d = Draft::from_text("t", text);
    assert_eq!(d.layout.scheme, "`제1조`");
    assert_eq!(labels(text), ["제1조", "제2조", "제3조", "제3조의2"]);
    // The paragraphs `①` `②` and items `1.` `2.` stay in their article; a line citing
    // `제1항` starts no point.
    let third = &label_texts(&d)[2].1;
    assert!(third.contains("② 제1항에 따른"), "{third}");
    assert!(label_texts(&d)[1].1.contains("2. \"당사국\""));
    let sections: Vec<Option<&str>> = d.numbered().map(|(_, p)| p.section.as_deref()).collect();
    assert_eq!(
        sections,
        [
            Some("제1장 총칙"),
            Some("제1장 총칙"),
            Some("제2장 파견"),
            Some("제2장 파견")
        ]
    );
}

#[test]
fn korean_citations_at_a_line_start_open_no_article() {
    let text = "정전 감시법 (비공식 시험용)\n\n제1조(목적) 이 법은 감시 협력을 정한다.\n\n\
        제2조(보고) ① 장관은 결과를 국회에 보고한다. 다만,\n제4조 제1항에 따른 경우에는 나중에 보고할 수 있다.\n\n\
        제3조(비용) 비용은 국가가 부담한다.\n\n제4조(긴급) ① 긴급하면 심의를 생략할 수 있다.\n";
    assert_eq!(labels(text), ["제1조", "제2조", "제3조", "제4조"]);
    let d = Draft::from_text("t", text);
    assert!(label_texts(&d)[1].1.contains("제4조 제1항에 따른"));
}
