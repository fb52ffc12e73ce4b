package org.brimine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brimine.Pdfs;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.IngestLimits;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Paragraph;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;
import org.brimine.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chinese papers in the layout of CNKI journal articles as PDF extraction prints them: title,
 * byline with footnote marks, affiliations in （…）, 【摘要】 and 【关键词】, the 中图分类号 line,
 * an English title, abstract and key words, Chinese headings, footnotes of 基金项目 and
 * 作者简介 in the middle of the text, page numbers, lines broken inside sentences.
 */
class ChinesePaperTest {
  private static final PaperParser PARSER = new PaperParser();

  static String fixture(String name) {
    try (InputStream in = ChinesePaperTest.class.getResourceAsStream("/papers/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ParsedPaper parse(String text) {
    return PARSER.parse(new Paper("p", "papers/p.txt", text, PaperMetadata.EMPTY, "h"));
  }

  private static List<String> headings(ParsedPaper p) {
    return p.sections().stream().map(Section::heading).toList();
  }

  private static String sectionText(ParsedPaper p) {
    return String.join("\n", p.sections().stream().map(Section::text).toList());
  }

  @Test
  void readsTheFrontOfAFinancePaperWithTheEnglishBlockAfterTheKeywords() {
    ParsedPaper p = parse(fixture("zh-cnki-finance.txt"));
    assertEquals("“一带一路”资金融通与亚投行的角色", p.title());
    assertTrue(p.titleInferred());
    assertEquals("zh", p.language());
    assertEquals("“一带一路”资金融通与亚投行的角色", p.titleZh());
    assertEquals("Financial Connectivity of the Belt and Road and the Role of the AIIB",
        p.titleEn());
    assertEquals(List.of("王明", "李华"), p.authors());
    String zh = "资金融通是“一带一路”合作的重要支撑。本文梳理亚洲基础设施投资银行成立以来的项目融资"
        + "实践，发现多边开发银行与沿线国家金融机构联合融资能够分散项目风险，并就完善本币结算和风险"
        + "分担机制提出建议。";
    assertEquals(zh, p.abstractText());
    assertEquals(zh, p.abstractZh());
    assertEquals("Financial connectivity underpins Belt and Road cooperation. This paper reviews"
        + " the project finance of the Asian Infrastructure Investment Bank and finds that"
        + " co-financing with local banks spreads project risk.", p.abstractEn());
    assertEquals(List.of("资金融通", "亚投行", "联合融资", "本币结算", "financial connectivity",
        "AIIB", "co-financing", "local currency settlement"), p.keywords());
  }

  @Test
  void titlesInTheMetadataComeBeforeThoseReadFromTheText() {
    PaperMetadata meta = new PaperMetadata(null, List.of(), 2021, null, null, null, null,
        "AIIB and Financial Connectivity", "亚投行与资金融通");
    ParsedPaper p = PARSER.parse(new Paper("p", "papers/p.txt", fixture("zh-cnki-finance.txt"),
        meta, "h"));
    assertEquals("亚投行与资金融通", p.title());
    assertFalse(p.titleInferred());
    assertEquals("AIIB and Financial Connectivity", p.titleEn());
    assertEquals("亚投行与资金融通", p.titleZh());
    assertEquals(List.of("王明", "李华"), p.authors());
  }

  @Test
  void readsChineseHeadingsInOrderWithTheirNumbers() {
    ParsedPaper p = parse(fixture("zh-cnki-finance.txt"));
    assertEquals(List.of("引言", "亚投行的融资实践", "联合融资", "本币融资", "结论与建议"),
        headings(p));
    assertEquals(List.of("一", "二", "（一）", "（二）", "三"),
        p.sections().stream().map(Section::number).toList());
  }

  @Test
  void joinsLinesBrokenInsideAChineseSentenceWithoutASpaceAcrossFootnotesAndPageNumbers() {
    ParsedPaper p = parse(fixture("zh-cnki-finance.txt"));
    // the footnotes of page 1 (收稿日期, 基金项目, 作者简介) and the page number stand between
    // the end of the introduction and the next heading
    assertEquals(List.of("“一带一路”倡议提出以来，沿线国家对基础设施长期资金的需求持续增长。已有研究"
        + "估算，沿线国家每年的基础设施投资缺口超过数千亿美元[1]，单靠国内储蓄和财政资金难以填补。"
        + "如何动员多边资金，成为资金融通的核心问题。"),
        p.sections().get(0).paragraphs().stream().map(Paragraph::text).toList());
    // a page number in the middle of a sentence is dropped and the sentence joined
    assertEquals("资金融通需要多边开发银行、政策性银行和商业银行分工协作。建议扩大联合融资，完善本币"
        + "结算安排，建立多方参与的风险分担机制[4]。", p.sections().get(4).text());
    assertFalse(sectionText(p).matches("(?s).*\\p{IsHan} \\p{IsHan}.*"), sectionText(p));
    assertFalse(sectionText(p).contains("12") || sectionText(p).contains("13"));
  }

  @Test
  void keepsMetadataLinesAsFrontMatterNotBodyText() {
    ParsedPaper p = parse(fixture("zh-cnki-finance.txt"));
    String sections = sectionText(p);
    for (String label : List.of("中图分类号", "文献标识码", "文章编号", "收稿日期", "基金项目",
        "作者简介", "Abstract", "Key words", "WANG Ming")) {
      assertFalse(sections.contains(label), label + " in " + sections);
    }
    assertEquals("F831", p.note("中图分类号"));
    assertEquals("A", p.note("文献标识码"));
    assertEquals("1000-0000（2021）04-0012-06", p.note("文章编号"));
    assertEquals("2021-03-15", p.note("收稿日期"));
    assertEquals("国家社会科学基金项目（20BJL000）", p.note("基金项目"));
    assertEquals("王明（1980—），男，山东济南人，华东金融大学金融学院教授，博士，研究方向为国际金融。",
        p.note("作者简介"));
    assertNull(p.note("通信作者"));
    assertEquals(List.of("“一带一路”资金融通与亚投行的角色", "王明¹ 李华²",
        "（1. 华东金融大学 金融学院，上海 200433；2. 西部发展研究院，成都 610041）",
        "中图分类号：F831", "文献标识码：A", "文章编号：1000-0000（2021）04-0012-06",
        "Financial Connectivity of the Belt and Road and the Role of the AIIB",
        "WANG Ming¹, LI Hua²",
        "(1. School of Finance, East China University of Finance, Shanghai 200433, China;"
            + " 2. Western Development Institute, Chengdu 610041, China)",
        "收稿日期：2021-03-15", "基金项目：国家社会科学基金项目（20BJL000）",
        "作者简介：王明（1980—），男，山东济南人，华东金融大学金融学院教授，博士，研究方向为国际金融。"),
        p.frontMatter().stream().map(Paragraph::text).toList());
  }

  @Test
  void readsGbtReferencesInChineseAndEnglish() {
    ParsedPaper p = parse(fixture("zh-cnki-finance.txt"));
    assertEquals(4, p.references().size());
    Reference chinese = p.references().get(1).reference();
    assertEquals(ReferenceStyle.GBT7714, chinese.style());
    assertEquals(List.of("刘洋", "陈静"), chinese.authors());
    assertEquals("多边开发银行联合融资的风险分担", chinese.title());
    assertEquals("J", chinese.type());
    assertEquals("金融研究", chinese.venue());
    assertEquals(2020, chinese.year());
    assertEquals("45-58", chinese.pages());
    Reference english = p.references().get(2).reference();
    assertEquals(List.of("Chen Y", "Smith J"), english.authors());
    assertEquals("Local currency bonds and infrastructure finance in Asia", english.title());
    assertEquals("Journal of Development Finance", english.venue());
  }

  @Test
  void readsATradePaperWithATwoLineTitleAndTheEnglishBlockAfterTheReferences() {
    ParsedPaper p = parse(fixture("zh-cnki-trade.txt"));
    assertEquals("中欧班列与“一带一路”贸易畅通：基于口岸数据的分析", p.title());
    assertEquals("China-Europe Railway Express and Unimpeded Trade along the Belt and Road:"
        + " an Analysis of Port Data", p.titleEn());
    assertEquals(List.of("陈静", "赵国强", "周丽"), p.authors());
    assertEquals("中欧班列是“一带一路”贸易畅通的重要载体。本文利用主要口岸的开行数据，考察班列开行对"
        + "沿线城市进出口的影响。结果表明，班列开行显著提高了内陆城市的出口规模，且对电子产品和机械"
        + "设备的作用更大。", p.abstractText());
    assertEquals("The China-Europe Railway Express carries Belt and Road trade. Using departure"
        + " data of the main ports, this paper finds that the trains raised the exports of inland"
        + " cities.", p.abstractEn());
    assertEquals(List.of("中欧班列", "贸易畅通", "内陆开放", "口岸", "China-Europe Railway Express",
        "unimpeded trade", "inland opening", "port"), p.keywords());
    assertEquals(List.of("引言", "研究问题", "数据与方法", "数据来源", "研究方法", "结论"),
        headings(p));
    assertEquals(List.of("1", "1.1", "2", "2.1", "2.2", "3"),
        p.sections().stream().map(Section::number).toList());
    assertEquals(3, p.references().size());
    assertEquals("Rail connectivity and inland exports: evidence from China-Europe freight trains",
        p.references().get(2).reference().title());
    assertEquals("F752", p.note("中图分类号"));
    assertEquals("教育部人文社会科学研究项目（21YJC790000）", p.note("基金项目"));
    assertFalse(sectionText(p).contains("45"));
    assertFalse(p.references().get(2).reference().raw().contains("Unimpeded Trade"));
  }

  @Test
  void readsARailwayPaperWithSquareBracketLabelsRunningHeadersAndAFootnoteInsideASentence() {
    ParsedPaper p = parse(fixture("zh-cnki-railway.txt"));
    assertEquals("中老铁路对沿线地区发展的带动作用", p.title());
    assertEquals(List.of("刘洋", "张晓明"), p.authors());
    assertEquals("中老铁路是“一带一路”设施联通的标志性工程。本文梳理铁路开通以来的客货运量，分析其对沿线"
        + "城镇产业和就业的带动作用，认为应加快口岸配套建设，扩大跨境物流规模。", p.abstractText());
    assertEquals(List.of("中老铁路", "设施联通", "跨境物流", "老挝", "China-Laos Railway",
        "facilities connectivity", "cross-border logistics", "Laos"), p.keywords());
    assertEquals(List.of("问题的提出", "中老铁路的运营", "客运", "货运", "结语"), headings(p));
    // the footnotes, the page number and the running header of the next page interrupt
    // "两个方面进行" ... "分析。"
    assertEquals("2021年12月中老铁路全线开通运营，昆明至万象的旅行时间缩短到十小时以内。铁路开通后，沿线"
        + "城镇的商贸和旅游明显活跃，但铁路对地方产业的带动作用仍缺少系统的评估。本文依据运营数据，"
        + "从客运和货运两个方面进行分析。", p.sections().get(0).text());
    assertEquals("货运以化肥、橡胶和电子产品为主，2022年跨境货物运输量超过四百万吨[2]。冷链班列的开行，"
        + "使东南亚水果进入国内市场的时间大幅缩短[3]。", p.sections().get(3).text());
    assertEquals("F125", p.note("中图分类号"));
    assertEquals("3000-0000(2023)02-0030-04", p.note("文章编号"));
    assertEquals("云南省哲学社会科学规划项目（YB2022000）", p.note("基金项目"));
    assertTrue(p.frontMatter().stream().anyMatch(f -> f.text().equals("*通信作者")));
    String all = sectionText(p) + String.join("\n",
        p.frontMatter().stream().map(Paragraph::text).toList());
    assertFalse(all.contains("国际经济合作"), "the running header is dropped");
    assertFalse(sectionText(p).contains("通信作者"));
    assertEquals("The Role of the China-Laos Railway in the Development of the Regions along the"
        + " Line", p.titleEn());
    assertEquals("The China-Laos Railway is a landmark of Belt and Road facilities connectivity."
        + " This paper reviews its passenger and freight traffic since opening and its effect on"
        + " the towns along the line.", p.abstractEn());
    assertEquals(3, p.references().size());
    Reference online = p.references().get(2).reference();
    assertEquals("EB/OL", online.type());
    assertEquals("中老铁路开通运营一周年", online.title());
    assertEquals("http://www.china-railway.com.cn/example.html", online.url());
  }

  @Test
  void readsTheFinancePaperFromAPdfAsPdfBoxExtractsIt(@TempDir Path dir) throws IOException {
    // superscript digits print as digits in an extracted text; the PDF's font has no others
    String text = fixture("zh-cnki-finance.txt").replace('¹', '1').replace('²', '2');
    Path file = Files.createDirectories(dir.resolve("corpus/papers")).resolve("finance.pdf");
    Files.write(file, Pdfs.chinese(List.of(text.split("\n"))));
    var read = new CorpusReader(IngestLimits.DEFAULT).read(dir.resolve("corpus"), file);
    assertNotNull(read.paper(), () -> String.valueOf(read.problem()));
    assertTrue(read.paper().text().contains("\n12\n"), "the page number is in the extracted text");
    ParsedPaper p = PARSER.parse(read.paper());
    ParsedPaper fromText = parse(text);
    assertEquals("“一带一路”资金融通与亚投行的角色", p.title());
    assertEquals(fromText.titleEn(), p.titleEn());
    assertEquals(List.of("王明", "李华"), p.authors());
    assertEquals(fromText.abstractText(), p.abstractText());
    assertEquals(fromText.abstractEn(), p.abstractEn());
    assertEquals(fromText.keywords(), p.keywords());
    assertEquals(List.of("引言", "亚投行的融资实践", "联合融资", "本币融资", "结论与建议"), headings(p));
    assertEquals(fromText.sections().stream().map(Section::text).toList(),
        p.sections().stream().map(Section::text).toList());
    assertEquals(4, p.references().size());
    assertEquals("F831", p.note("中图分类号"));
    assertEquals(fromText.note("作者简介"), p.note("作者简介"));
  }

  @Test
  void aSecondAbstractLabelAfterAnEnglishAbstractGoesOnWithItAsBefore() {
    ParsedPaper p = parse("Grids of Laos\nAbstract: Grids link Laos.\nSummary: Power flows north.\n"
        + "Keywords: grid; Laos\n1 Introduction\nText.\nReferences\n[1] Li W. Grids[J]. Energy,"
        + " 2020, 1: 1-2.\nAbstract Algebra for Engineers, 2nd ed.\n");
    assertEquals("Grids link Laos. Power flows north.", p.abstractText());
    assertNull(p.abstractEn());
    assertEquals(List.of("Introduction"), headings(p));
    assertTrue(p.references().get(0).reference().raw().endsWith("Abstract Algebra for Engineers,"
        + " 2nd ed."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"第一章 绪论", "第一章　绪论", "一、绪论", "一．绪论", "1 绪论", "1. 绪论",
      "0 绪论"})
  void readsAChineseTopLevelHeading(String heading) {
    ParsedPaper p = parse("标题\n摘要：本文研究口岸。\n关键词：口岸；班列\n" + heading
        + "\n口岸是贸易的通道。\n");
    assertEquals(List.of("绪论"), headings(p), heading);
  }

  @Test
  void readsAChineseHeadingOpeningWithAQuote() {
    ParsedPaper p = parse("标题\n摘要：本文研究口岸。\n关键词：口岸；班列\n1 “一带一路”与口岸\n"
        + "口岸是贸易的通道。\n2 “一带一路”倡议提出以来，口岸增加。\n");
    assertEquals(List.of("“一带一路”与口岸"), headings(p));
  }

  @Test
  void aNumberedLineInsideAChineseParagraphIsNoHeading() {
    ParsedPaper p = parse("标题\n摘要：本文研究口岸。\n关键词：口岸；班列\n一、引言\n班列开行以来，"
        + "口岸数量增加到\n二、三十个，覆盖主要城市。\n");
    assertEquals(List.of("引言"), headings(p));
    assertEquals("班列开行以来，口岸数量增加到二、三十个，覆盖主要城市。", sectionText(p));
  }

  @Test
  void readsTheYearFromTheArticleNumberWhenTheMetadataHasNone() {
    assertEquals(2021, parse(fixture("zh-cnki-finance.txt")).paper().metadata().year());
    assertEquals(2023, parse(fixture("zh-cnki-railway.txt")).paper().metadata().year(),
        "[文章编号] 3000-0000(2023)02-0030-04");
    assertEquals(2022, parse(fixture("zh-cnki-trade.txt")).paper().metadata().year());
  }

  @Test
  void readsTheYearReceivedWhenThereIsNoArticleNumber() {
    String text = fixture("zh-cnki-finance.txt")
        .replace("　　文章编号：1000-0000（2021）04-0012-06", "")
        .replace("收稿日期：2021-03-15", "收稿日期：2020年11月3日");
    assertEquals(2020, parse(text).paper().metadata().year());
  }

  @Test
  void theMetadataYearWinsOverTheNotes() {
    ParsedPaper p = PARSER.parse(new Paper("p", "papers/p.txt", fixture("zh-cnki-finance.txt"),
        new PaperMetadata(null, List.of(), 2019, null, null, null, null), "h"));
    assertEquals(2019, p.paper().metadata().year());
    assertNull(parse("Belt and Road finance\n\nReceived 2020-01-01. No notes here.\n")
        .paper().metadata().year());
  }
}
