package org.brimine.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Citation strings of a record in two styles, made from its fields: GB/T 7714-2015 (Chinese
 * national standard, 参考文献著录规则) and APA 7th edition.
 *
 * <p>NOTE: an author written "Family, Given" is cited by family name and initials ("SMITH J" in
 * GB/T 7714, "Smith, J." in APA). An author written without a comma is cited as written: which
 * part is the family name is not known (a Chinese name in pinyin, "Wang Nan", puts it first; an
 * English one last), and a name in Chinese characters is cited whole in both styles.
 */
public final class CiteStrings {
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
  /** GB/T 7714 lists three authors, then 等 or et al. */
  private static final int GBT_AUTHORS = 3;
  /** APA 7 lists up to 20 authors; of more, the first 19, an ellipsis and the last. */
  private static final int APA_AUTHORS = 20;

  private CiteStrings() {}

  /** The record in GB/T 7714-2015: {@code 作者. 题名[J]. 刊名, 年, 卷(期): 页码. DOI:….} */
  public static String gbt7714(Citation c) {
    boolean chinese = "zh".equals(c.language())
        || (c.title() != null && CJK.matcher(c.title()).find());
    String type = c.type() != null ? c.type() : c.venue() != null ? "J" : "Z";
    StringBuilder b = new StringBuilder();
    List<String> names = c.authors().stream().limit(GBT_AUTHORS).map(CiteStrings::gbtName)
        .toList();
    if (!names.isEmpty()) {
      b.append(String.join(", ", names));
      if (c.authors().size() > GBT_AUTHORS) {
        b.append(chinese ? ", 等" : ", et al");
      }
      b.append(". ");
    }
    b.append(strip(c.title())).append('[').append(type).append("]. ");
    String year = c.year() == null ? "" : c.year().toString();
    if (type.equals("J") || type.equals("N")) {
      b.append(join(", ", c.venue(), year));
      if (c.volume() != null) {
        b.append(year.isEmpty() && c.venue() == null ? "" : ", ").append(c.volume());
      }
      if (c.issue() != null) {
        b.append('(').append(c.issue()).append(')');
      }
    } else if (type.equals("M")) {
      b.append(join(", ", join(": ", c.place(), c.venue()), year));
    } else {
      b.append(join(", ", c.venue(), year));
    }
    if (c.pages() != null) {
      b.append(": ").append(c.pages());
    }
    trimEnd(b).append('.');
    if (type.equals("EB/OL") && c.url() != null) {
      b.append(' ').append(c.url()).append('.');
    }
    if (c.doi() != null) {
      b.append(" DOI:").append(c.doi()).append('.');
    }
    return b.toString().replace(". .", ".");
  }

  /** The record in APA 7: {@code Family, G., & Family, G. (Year). Title. Venue, Vol(Issue), pp.} */
  public static String apa(Citation c) {
    StringBuilder b = new StringBuilder();
    String date = "(" + (c.year() == null ? "n.d." : c.year().toString()) + ").";
    String title = sentence(strip(c.title()));
    if (c.authors().isEmpty()) {
      b.append(title).append(' ').append(date);
    } else {
      b.append(sentence(apaAuthors(c.authors()))).append(' ').append(date).append(' ').append(title);
    }
    boolean book = "M".equals(c.type());
    if (c.venue() != null) {
      StringBuilder venue = new StringBuilder(c.venue());
      if (!book) {
        String number = (c.volume() == null ? "" : c.volume())
            + (c.issue() == null ? "" : "(" + c.issue() + ")");
        if (!number.isEmpty()) {
          venue.append(", ").append(number);
        }
        if (c.pages() != null) {
          venue.append(", ").append(c.pages().replaceAll("-+", "–"));
        }
      }
      b.append(' ').append(sentence(venue.toString()));
    }
    if (c.doi() != null) {
      b.append(" https://doi.org/").append(c.doi());
    } else if (c.url() != null) {
      b.append(' ').append(c.url());
    }
    return b.toString();
  }

  private static String apaAuthors(List<String> authors) {
    List<String> names = new ArrayList<>(authors.stream().map(CiteStrings::apaName).toList());
    if (names.size() == 1) {
      return names.get(0);
    }
    if (names.size() > APA_AUTHORS) {
      String last = names.get(names.size() - 1);
      return String.join(", ", names.subList(0, APA_AUTHORS - 1)) + ", . . . " + last;
    }
    String last = names.remove(names.size() - 1);
    return String.join(", ", names) + ", & " + last;
  }

  /** "Smith, John Paul" as GB/T 7714 writes it: "SMITH J P"; other names as written. */
  static String gbtName(String author) {
    int comma = author.indexOf(',');
    if (comma <= 0) {
      return author.strip();
    }
    String family = author.substring(0, comma).strip().toUpperCase(Locale.ROOT);
    String initials = String.join(" ", initials(author.substring(comma + 1)));
    return initials.isEmpty() ? family : family + " " + initials;
  }

  /** "Smith, John Paul" as APA writes it: "Smith, J. P."; other names as written. */
  static String apaName(String author) {
    int comma = author.indexOf(',');
    if (comma <= 0) {
      return author.strip();
    }
    List<String> initials = initials(author.substring(comma + 1));
    return author.substring(0, comma).strip() + (initials.isEmpty() ? ""
        : ", " + String.join(" ", initials.stream().map(i -> i + ".").toList()));
  }

  private static List<String> initials(String given) {
    List<String> initials = new ArrayList<>();
    for (String part : given.strip().split("[\\s.]+")) {
      if (!part.isEmpty()) {
        initials.add(part.substring(0, 1).toUpperCase(Locale.ROOT));
      }
    }
    return initials;
  }

  private static String join(String separator, String first, String second) {
    boolean a = first != null && !first.isEmpty();
    boolean b = second != null && !second.isEmpty();
    return a && b ? first + separator + second : a ? first : b ? second : "";
  }

  private static String strip(String title) {
    return title == null ? "" : title.strip().replaceAll("[.。]+$", "");
  }

  /** The text ending in a full stop, unless it ends in one, a question or an exclamation mark. */
  private static String sentence(String text) {
    return text.isEmpty() || text.matches("(?s).*[.?!。？！]$") ? text : text + ".";
  }

  private static StringBuilder trimEnd(StringBuilder b) {
    while (b.length() > 0 && (b.charAt(b.length() - 1) == ' '
        || b.charAt(b.length() - 1) == '.')) {
      b.setLength(b.length() - 1);
    }
    return b;
  }
}
