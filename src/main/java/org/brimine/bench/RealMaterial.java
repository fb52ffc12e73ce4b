package org.brimine.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.CitedReference;
import org.brimine.model.Entity;
import org.brimine.model.EntityMention;
import org.brimine.model.Keyphrase;
import org.brimine.model.Paragraph;
import org.brimine.model.Reference;
import org.brimine.model.Section;
import org.brimine.model.Sentence;
import org.brimine.model.Token;

/**
 * What synthetic papers are made of, taken from real annotated papers: their paragraphs with
 * sentences, tokens and entity mentions; their titles, keyphrases and headings; the years and
 * venues of the papers and of the works they cite; author names; the parsed references.
 *
 * <p>Needs: real papers as the annotation and theme stages leave them (keyphrases are used for
 * titles). Lists are in the papers' order, so the same papers give the same material.
 *
 * @param paragraphs paragraphs (and abstracts) with at least one sentence of tokens
 * @param titles the papers' titles
 * @param keyphrases the papers' keyphrases
 * @param headings non-empty section headings
 * @param years the papers' years, as often as they occur
 * @param venues the venues of the papers and of the works their references cite
 * @param authors author names of the papers and of their references, without repeats
 * @param references parsed references that have a title, as templates of cited works
 * @param aliases the aliases of each entity, by type and canonical name
 */
public record RealMaterial(List<MaterialParagraph> paragraphs, List<String> titles,
    List<String> keyphrases, List<String> headings, List<Integer> years, List<String> venues,
    List<String> authors, List<Reference> references, Map<String, List<String>> aliases) {

  public RealMaterial {
    paragraphs = List.copyOf(paragraphs);
    titles = List.copyOf(titles);
    keyphrases = List.copyOf(keyphrases);
    headings = List.copyOf(headings);
    years = List.copyOf(years);
    venues = List.copyOf(venues);
    authors = List.copyOf(authors);
    references = List.copyOf(references);
    aliases = Map.copyOf(aliases);
    if (paragraphs.isEmpty() || titles.isEmpty() || years.isEmpty() || venues.isEmpty()) {
      throw new IllegalArgumentException("real material needs paragraphs, titles, years and "
          + "venues; got " + paragraphs.size() + ", " + titles.size() + ", " + years.size()
          + ", " + venues.size());
    }
  }

  /** The material of these real papers. */
  public static RealMaterial of(List<AnnotatedPaper> papers) {
    List<MaterialParagraph> paragraphs = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> keyphrases = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    List<String> venues = new ArrayList<>();
    TreeSet<String> authors = new TreeSet<>();
    List<Reference> references = new ArrayList<>();
    Map<String, List<String>> aliases = new HashMap<>();
    for (AnnotatedPaper paper : papers) {
      var parsed = paper.parsed();
      var meta = parsed.paper().metadata();
      titles.add(parsed.title());
      paper.themes().keyphrases().stream().map(Keyphrase::phrase).forEach(keyphrases::add);
      if (meta.year() != null) {
        years.add(meta.year());
      }
      if (meta.venue() != null) {
        venues.add(meta.venue());
      }
      authors.addAll(meta.authors());
      for (CitedReference cited : parsed.references()) {
        Reference ref = cited.reference();
        if (ref.venue() != null) {
          venues.add(ref.venue());
        }
        ref.authors().stream().filter(a -> !a.equals("et al.")).forEach(authors::add);
        if (ref.title() != null && ref.isParsed()) {
          references.add(ref);
        }
      }
      for (Entity e : paper.entities()) {
        if (!e.aliases().isEmpty()) {
          aliases.putIfAbsent(key(e.type(), e.canonical()), e.aliases());
        }
      }
      paragraphs.addAll(paragraphs(paper));
      for (Section section : parsed.sections()) {
        if (!section.heading().isBlank()) {
          headings.add(section.heading());
        }
      }
    }
    return new RealMaterial(paragraphs, titles, keyphrases, headings, years, venues,
        new ArrayList<>(authors), references, aliases);
  }

  /** The key of {@link #aliases}. */
  static String key(String type, String canonical) {
    return type + "\u0000" + canonical;
  }

  /**
   * The abstract and body paragraphs of a paper, found in its annotated text in the order the
   * annotation stage wrote them (title, abstract, then each heading and paragraph).
   */
  private static List<MaterialParagraph> paragraphs(AnnotatedPaper paper) {
    List<String> parts = new ArrayList<>();
    if (paper.parsed().abstractText() != null) {
      parts.add(paper.parsed().abstractText());
    }
    for (Section section : paper.parsed().sections()) {
      section.paragraphs().stream().map(Paragraph::text).forEach(parts::add);
    }
    AnnotatedText text = paper.text();
    int cursor = paper.parsed().title() == null ? 0
        : Math.max(0, text.text().indexOf(paper.parsed().title()));
    List<MaterialParagraph> found = new ArrayList<>();
    for (String part : parts) {
      int at = part.isBlank() ? -1 : text.text().indexOf(part, cursor);
      if (at < 0) {
        continue;
      }
      cursor = at + part.length();
      MaterialParagraph p = cut(text, part, at, cursor);
      if (!p.sentences().isEmpty()) {
        found.add(p);
      }
    }
    return found;
  }

  private static MaterialParagraph cut(AnnotatedText text, String part, int start, int end) {
    List<Sentence> sentences = new ArrayList<>();
    Map<Integer, Integer> renumbered = new HashMap<>();
    for (Sentence s : text.sentences()) {
      if (s.start() >= start && s.end() <= end && !s.tokens().isEmpty()) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
          tokens.add(new Token(t.word(), t.lemma(), t.pos(), t.start() - start, t.end() - start));
        }
        renumbered.put(s.index(), sentences.size());
        sentences.add(new Sentence(sentences.size(), s.text(), s.start() - start, s.end() - start,
            tokens));
      }
    }
    List<EntityMention> mentions = new ArrayList<>();
    for (EntityMention m : text.mentions()) {
      Integer sentence = renumbered.get(m.sentence());
      if (sentence != null && m.start() >= start && m.end() <= end) {
        mentions.add(new EntityMention(m.type(), m.text(), m.canonical(), sentence,
            m.start() - start, m.end() - start, m.source()));
      }
    }
    return new MaterialParagraph(part, sentences, mentions);
  }
}
