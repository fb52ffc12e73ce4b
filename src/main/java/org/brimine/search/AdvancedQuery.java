package org.brimine.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an advanced search form asks for, written as one query in the full syntax: the words
 * it requires, a phrase, words of which one is enough, words excluded, and words or values of
 * fields. Every typed value is escaped: it is text, never syntax. Blank or null parts ask for
 * nothing.
 *
 * @param all words every hit has
 * @param exact a phrase every hit has
 * @param any words of which every hit has one or more
 * @param none words no hit has
 * @param title words every hit's title has
 * @param author an author's name, whole ({@code Wang Nan})
 * @param venue a venue's name, whole
 * @param yearFrom the first year, or null
 * @param yearTo the last year, or null
 * @param lang a language code such as {@code zh} or {@code en}
 * @param theme a theme id such as {@code financial-integration}
 */
public record AdvancedQuery(String all, String exact, String any, String none, String title,
    String author, String venue, Integer yearFrom, Integer yearTo, String lang, String theme) {
  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
  private static final Pattern THEME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public AdvancedQuery {
    lang = blank(lang);
    theme = blank(theme);
    if (lang != null && !LANG.matcher(lang).matches()) {
      throw new IllegalArgumentException("lang must be a language code such as zh or en, got '"
          + lang + "'");
    }
    if (theme != null && !THEME.matcher(theme).matches()) {
      throw new IllegalArgumentException("theme must be a theme id such as "
          + "financial-integration, got '" + theme + "'");
    }
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new IllegalArgumentException("the year range must not end before it starts, got "
          + yearFrom + " to " + yearTo);
    }
  }

  /** The query in the full syntax; empty when the form asks for nothing. */
  public String syntax() {
    List<String> clauses = new ArrayList<>();
    words(all).forEach(w -> clauses.add("+" + w));
    if (blank(exact) != null) {
      clauses.add("+" + phrase(exact));
    }
    List<String> either = words(any);
    if (!either.isEmpty()) {
      clauses.add(either.size() == 1 ? "+" + either.get(0)
          : "+(" + String.join(" ", either) + ")");
    }
    List<String> inTitle = words(title);
    if (!inTitle.isEmpty()) {
      clauses.add(inTitle.size() == 1 ? "+title:" + inTitle.get(0)
          : "+title:(+" + String.join(" +", inTitle) + ")");
    }
    if (blank(author) != null) {
      clauses.add("+author:" + phrase(author));
    }
    if (blank(venue) != null) {
      clauses.add("+venue:" + phrase(venue));
    }
    if (yearFrom != null || yearTo != null) {
      clauses.add("+year:[" + (yearFrom == null ? "*" : yearFrom) + " TO "
          + (yearTo == null ? "*" : yearTo) + "]");
    }
    if (lang != null) {
      clauses.add("+lang:" + lang);
    }
    if (theme != null) {
      clauses.add("+theme:" + theme);
    }
    List<String> excluded = words(none);
    if (clauses.isEmpty() && !excluded.isEmpty()) {
      // a query of exclusions alone matches nothing: exclude from every record
      clauses.add("*:*");
    }
    excluded.forEach(w -> clauses.add("-" + w));
    return String.join(" ", clauses);
  }

  /** The words of a field, each escaped. */
  private static List<String> words(String text) {
    String t = blank(text);
    if (t == null) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String w : t.split("\\s+")) {
      words.add(QuerySyntax.words(w));
    }
    return words;
  }

  /** Text as one phrase: its quotes and backslashes escaped, its spaces one each. */
  private static String phrase(String text) {
    return "\"" + text.strip().replaceAll("\\s+", " ").replace("\\", "\\\\")
        .replace("\"", "\\\"") + "\"";
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
