package org.brimine.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.brimine.model.DataFiles;

/**
 * Known mistakes of CoreNLP's statistical NER on this literature, kept as data
 * ({@code ner-filters.tsv}: type, regular expression, why): a statistical mention whose whole
 * text matches a rule of its type is dropped; so is a mention whose every token is tagged a
 * personal or possessive pronoun ({@code PRP}, {@code PRP$}): pronouns are never entities, and
 * the file lists them too, for a tagger that misses one.
 */
public final class EntityFilter {
  private static final String RESOURCE = "ner-filters.tsv";

  private record Rule(String type, Pattern pattern) {}

  private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$");

  private final List<Rule> rules;
  private final boolean dropsPronouns;

  private EntityFilter(List<Rule> rules, boolean dropsPronouns) {
    this.rules = List.copyOf(rules);
    this.dropsPronouns = dropsPronouns;
  }

  /** A filter that drops nothing. */
  static EntityFilter none() {
    return new EntityFilter(List.of(), false);
  }

  /** Loads the filters bundled with bri-miner. */
  public static EntityFilter load() {
    try (BufferedReader reader = DataFiles.open(EntityFilter.class, RESOURCE)) {
      List<Rule> rules = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          throw new IllegalArgumentException(RESOURCE + " line " + number
              + ": expected TYPE<TAB>regex<TAB>why, got '" + line + "'");
        }
        try {
          rules.add(new Rule(cols[0], Pattern.compile(cols[1])));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(RESOURCE + " line " + number + ": bad regex '"
              + cols[1] + "': " + e.getDescription(), e);
        }
      }
      return new EntityFilter(rules, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a statistical mention of this type and text, whose tokens have these
   * part-of-speech tags, is a known mistake.
   */
  boolean rejects(String type, String text, List<String> tags) {
    if (dropsPronouns && !tags.isEmpty() && PRONOUN_TAGS.containsAll(tags)) {
      return true;
    }
    for (Rule rule : rules) {
      if ((rule.type().equals("*") || rule.type().equals(type))
          && rule.pattern().matcher(text).matches()) {
        return true;
      }
    }
    return false;
  }
}
