package org.brimine.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.brimine.model.DataFiles;
import org.brimine.model.Romanisation;

/**
 * English canonical names for the names that the Chinese NER finds and the gazetteer does not
 * know: the listed ones ({@code zh-names.tsv}: 普京 is Vladimir Putin, 阿斯塔纳 Astana), and
 * Chinese people romanised, surname first and given name joined (习近平 is Xi Jinping, 王毅 Wang
 * Yi, 欧阳修 Ouyang Xiu; surnames and their readings from {@code zh-surnames.tsv}).
 *
 * <p>A name is taken as Chinese when it is two to four Han characters (or a surname alone),
 * begins with a listed surname (a two-character one first), and its given name has no
 * character of {@code zh-foreign-name-chars.txt}, which mark transliterations (海德尔, 费萨尔).
 * Other names keep their Chinese text: pinyin of a transliteration is no one's English name.
 * It also tells a reference author that is an institution (国家统计局) from a person
 * ({@code zh-institution-suffixes.txt}).
 *
 * <p>NOTE: the given name is read by ICU ({@link Romanisation}), which takes each character's
 * most common reading; a given name of a rarer reading comes out wrong, the surname does not.
 */
public final class ChineseNames {
  private static final String NAMES = "zh-names.tsv";
  private static final String SURNAMES = "zh-surnames.tsv";
  private static final String FOREIGN_CHARS = "zh-foreign-name-chars.txt";
  private static final String INSTITUTION_SUFFIXES = "zh-institution-suffixes.txt";
  /** The middle dots that separate the parts of a foreign name written in Chinese. */
  private static final Pattern DOTS = Pattern.compile("[·•∙・‧]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** The suffixes of administrative places: 四川省 is listed as 四川. */
  private static final Pattern PLACE_SUFFIX = Pattern.compile("(省|市)$");

  /** A listed name: its English canonical and its type. */
  record Name(String canonical, String type) {}

  private final Map<String, Name> listed;
  private final Map<String, String> surnames;
  private final Set<Integer> foreignChars;
  private final Set<String> institutionSuffixes;

  private ChineseNames(Map<String, Name> listed, Map<String, String> surnames,
      Set<Integer> foreignChars, Set<String> institutionSuffixes) {
    this.listed = Map.copyOf(listed);
    this.surnames = Map.copyOf(surnames);
    this.foreignChars = Set.copyOf(foreignChars);
    this.institutionSuffixes = Set.copyOf(institutionSuffixes);
  }

  /** Names as written: nothing listed, no one romanised, no author an institution. */
  static ChineseNames none() {
    return new ChineseNames(Map.of(), Map.of(), Set.of(), Set.of());
  }

  /** Loads the lists bundled with bri-miner. */
  public static ChineseNames load() {
    try (BufferedReader names = resource(NAMES);
        BufferedReader surnames = resource(SURNAMES);
        BufferedReader foreign = resource(FOREIGN_CHARS);
        BufferedReader suffixes = resource(INSTITUTION_SUFFIXES)) {
      return parse(names, surnames, foreign).withInstitutionSuffixes(suffixes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader resource(String name) {
    return DataFiles.open(ChineseNames.class, name);
  }

  /**
   * Reads the three lists.
   *
   * @throws IllegalArgumentException on a malformed line or a form listed twice; the message
   *     quotes it
   */
  static ChineseNames parse(BufferedReader names, BufferedReader surnames,
      BufferedReader foreign) throws IOException {
    Map<String, Name> listed = new HashMap<>();
    String line;
    while ((line = names.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("canonical\t")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3 || cols[0].isBlank() || cols[2].isBlank()
          || !Gazetteer.TYPES.contains(cols[1])) {
        throw new IllegalArgumentException(NAMES
            + ": expected canonical<TAB>TYPE<TAB>forms with a known TYPE, got '" + line + "'");
      }
      Name name = new Name(cols[0].strip(), cols[1]);
      for (String form : cols[2].split("\\|")) {
        Name before = listed.put(key(form), name);
        if (before != null && !before.equals(name)) {
          throw new IllegalArgumentException(NAMES + ": '" + form + "' is both "
              + before.canonical() + " and " + name.canonical());
        }
      }
    }
    Map<String, String> readings = new HashMap<>();
    while ((line = surnames.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()
          || cols[0].codePointCount(0, cols[0].length()) > 2) {
        throw new IllegalArgumentException(SURNAMES
            + ": expected surname<TAB>reading, got '" + line + "'");
      }
      readings.put(cols[0].strip(), cols[1].strip());
    }
    Set<Integer> chars = new HashSet<>();
    while ((line = foreign.readLine()) != null) {
      if (!line.isBlank() && !line.startsWith("#")) {
        line.strip().codePoints().forEach(chars::add);
      }
    }
    return new ChineseNames(listed, readings, chars, Set.of());
  }

  /** These names, and the endings of institutions' names, one a line ({@code #} comments). */
  ChineseNames withInstitutionSuffixes(BufferedReader suffixes) throws IOException {
    Set<String> endings = new HashSet<>();
    String line;
    while ((line = suffixes.readLine()) != null) {
      if (!line.isBlank() && !line.startsWith("#")) {
        endings.add(line.strip());
      }
    }
    return new ChineseNames(listed, surnames, foreignChars, endings);
  }

  /** A form as looked up: middle dots made one, spaces dropped. */
  private static String key(String form) {
    return SPACES.matcher(DOTS.matcher(form.strip()).replaceAll("·")).replaceAll("");
  }

  /**
   * The listed English name of a Chinese name, also with a 省/市 suffix dropped (四川省 is
   * Sichuan), or empty.
   */
  Optional<Name> listed(String text) {
    String key = key(text);
    Name name = listed.get(key);
    if (name == null && PLACE_SUFFIX.matcher(key).find() && key.length() > 2) {
      name = listed.get(PLACE_SUFFIX.matcher(key).replaceFirst(""));
    }
    return Optional.ofNullable(name);
  }

  /**
   * A Chinese person's name in pinyin, surname first, given name joined and capitalised
   * (习近平 is Xi Jinping, 司马光 Sima Guang); empty when the text is not a Chinese name as the
   * class comment says.
   */
  Optional<String> romanised(String text) {
    String name = text.strip();
    int length = name.codePointCount(0, name.length());
    if (length < 1 || length > 4 || !name.codePoints().allMatch(ChineseNames::isHan)) {
      return Optional.empty();
    }
    String surname = length >= 3 && surnames.containsKey(name.substring(0, 2))
        ? name.substring(0, 2) : name.substring(0, 1);
    String given = name.substring(surname.length());
    if (!surnames.containsKey(surname) || given.length() > 2
        || given.codePoints().anyMatch(foreignChars::contains)) {
      return Optional.empty();
    }
    String reading = surnames.get(surname);
    return Optional.of(given.isEmpty() ? reading : reading + " " + capitalised(pinyin(given)));
  }

  /**
   * Whether an author's name written in Chinese names an institution, not a person: three or
   * more characters ending as an institution's name does (国家统计局, 商务部), or five or more
   * without a middle dot.
   */
  boolean institution(String author) {
    String name = author.strip();
    int length = name.codePointCount(0, name.length());
    if (!Romanisation.hasHan(name) || DOTS.matcher(name).find() || listed(name).isPresent()) {
      return false;
    }
    return length >= 5 || length >= 3 && institutionSuffixes.stream().anyMatch(name::endsWith);
  }

  /** The canonical of a person's name: the listed one, the romanised one, else as written. */
  String person(String text) {
    return listed(text).filter(n -> n.type().equals("PERSON")).map(Name::canonical)
        .or(() -> romanised(text)).orElse(text);
  }

  private static String pinyin(String han) {
    return Romanisation.toAscii(han).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT)
        + word.substring(1);
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
