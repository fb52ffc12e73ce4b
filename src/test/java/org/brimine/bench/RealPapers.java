package org.brimine.bench;

import java.util.ArrayList;
import java.util.List;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.CitedReference;
import org.brimine.model.Entity;
import org.brimine.model.EntityMention;
import org.brimine.model.Keyphrase;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Paragraph;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;
import org.brimine.model.Section;
import org.brimine.model.Sentence;
import org.brimine.model.Themes;
import org.brimine.model.Token;
import org.brimine.parse.WorkIds;

/**
 * Small annotated papers laid out as the annotation stage lays them out (title, abstract,
 * headings and paragraphs separated by blank lines), one sentence a paragraph, a token a word,
 * and "AIIB" marked as an entity wherever it occurs.
 */
final class RealPapers {
  private RealPapers() {}

  static List<AnnotatedPaper> three() {
    List<AnnotatedPaper> papers = new ArrayList<>();
    papers.add(paper("Financial Cooperation along the Belt and Road", 2016, "Northeast Asia Forum",
        List.of(new Reference("Gao Yanfang. Research on Financial Cooperation [J]. Northeast Asia "
            + "Forum, 2016", ReferenceStyle.GBT7714, List.of("Gao Yanfang"),
            "Research on Financial Cooperation", "J", "Northeast Asia Forum", null, 2016, null,
            null, null, null, null, null),
            new Reference("Wang Nan. Discussion on Currency Swaps [J]. Modern Marketing, 2017",
                ReferenceStyle.GBT7714, List.of("Wang Nan"), "Discussion on Currency Swaps", "J",
                "Modern Marketing", null, 2017, null, null, null, null, null, null)),
        "The AIIB lends to railway projects in Laos",
        "Currency swaps support trade settlement in renminbi",
        "Bond markets open to foreign investors",
        "Customs clearance became faster at the border"));
    papers.add(paper("Rail Links in Southeast Asia", 2023, "bangkokpost.com", List.of(),
        "The railway from Kunming reaches Vientiane",
        "Tourism grew after the line opened",
        "Students travel to study in China"));
    papers.add(paper("Ports and Trade in Indonesia", 2023, "thejakartapost.com", List.of(),
        "The port handles more containers every year",
        "The AIIB and the World Bank fund the terminal",
        "Exports of nickel rose sharply"));
    return papers;
  }

  private static AnnotatedPaper paper(String title, int year, String venue,
      List<Reference> references, String abstractText, String... paragraphs) {
    StringBuilder text = new StringBuilder(title);
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    text.append("\n\n");
    add(text, abstractText, sentences, mentions);
    List<Paragraph> body = new ArrayList<>();
    text.append("\n\n").append("Introduction");
    for (String p : paragraphs) {
      text.append("\n\n");
      int at = add(text, p, sentences, mentions);
      body.add(new Paragraph(p, at, at + p.length()));
    }
    String full = text.toString();
    PaperMetadata meta = new PaperMetadata(title, List.of(), year, venue, null, null, "en");
    Paper paper = new Paper(title.replace(' ', '-'), title + ".txt", full, meta, "h" + year);
    List<CitedReference> cited = references.stream()
        .map(r -> new CitedReference(WorkIds.forReference(r), r)).toList();
    ParsedPaper parsed = new ParsedPaper(WorkIds.forWork(title, year), paper, title, false,
        abstractText, List.of(new Section("1", "Introduction", body)), cited, List.of());
    List<Entity> entities = mentions.isEmpty() ? List.of()
        : List.of(new Entity("Asian Infrastructure Investment Bank", "FIN_INSTITUTION",
            mentions.size(), List.of("AIIB")));
    return new AnnotatedPaper(parsed, new AnnotatedText(full, sentences, mentions), entities,
        new Themes(List.of(), List.of(), List.of(new Keyphrase(title.split(" ")[0] + " policy",
            2.0, 2))));
  }

  private static int add(StringBuilder text, String sentence, List<Sentence> sentences,
      List<EntityMention> mentions) {
    int at = text.length();
    text.append(sentence);
    List<Token> tokens = new ArrayList<>();
    int start = at;
    for (String word : sentence.split(" ")) {
      tokens.add(new Token(word, word.toLowerCase(), "NN", start, start + word.length()));
      if (word.equals("AIIB")) {
        mentions.add(new EntityMention("FIN_INSTITUTION", word,
            "Asian Infrastructure Investment Bank", sentences.size(), start,
            start + word.length(), "gazetteer"));
      }
      start += word.length() + 1;
    }
    sentences.add(new Sentence(sentences.size(), sentence, at, at + sentence.length(), tokens));
    return at;
  }
}
