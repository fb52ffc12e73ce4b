package org.brimine.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.brimine.model.DataFiles;
import org.brimine.model.EntityMention;
import org.brimine.model.Romanisation;

/**
 * People's names within one text: a name's canonical form without the titles before it
 * ({@code person-titles.txt}: "President Xi" is "Xi"; in Chinese the title after it, 沈总 is 沈),
 * and the short forms of a name linked to
 * the full name ("Xi" and "President Xi" count as "Xi Jinping", "Widodo" as "Joko Widodo").
 *
 * <p>A PERSON mention whose words are a proper subsequence of a longer PERSON name of the same
 * text takes that name as its canonical: the one met last before it, else the only one in the
 * whole text (a headline may name a person before the story gives the full name). A short form
 * that fits several names met only later stays as it is. Nicknames ("Jokowi") are gazetteer
 * aliases, not inferred here.
 */
public final class PersonNames {
  private static final String RESOURCE = "person-titles.txt";
  private static final Pattern SPACE = Pattern.compile(" ");

  private final Set<String> titles;
  private final ChineseNames chinese;

  private PersonNames(Set<String> titles, ChineseNames chinese) {
    this.titles = Set.copyOf(titles);
    this.chinese = chinese;
  }

  /** Names taken as written: no titles removed, nothing linked, nothing romanised. */
  static PersonNames none() {
    return new PersonNames(Set.of(), ChineseNames.none());
  }

  /** Loads the titles bundled with bri-miner. */
  public static PersonNames load() {
    try (BufferedReader reader = DataFiles.open(PersonNames.class, RESOURCE)) {
      List<String> titles = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        String title = line.strip();
        if (!title.isEmpty() && !title.startsWith("#")) {
          if (title.contains(" ")) {
            throw new IllegalArgumentException(RESOURCE + ": one word a line, got '" + line + "'");
          }
          titles.add(title);
        }
      }
      return new PersonNames(Set.copyOf(titles), ChineseNames.load());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The English names of names written in Chinese (listed, or romanised people). */
  ChineseNames chinese() {
    return chinese;
  }

  /**
   * A name written in Chinese without the title that ends it (沈总 is 沈, 习近平主席 习近平), the
   * longest title first; never empty when the name is not.
   */
  String withoutChineseTitle(String name) {
    String longest = "";
    for (String title : titles) {
      if (title.length() > longest.length() && name.length() > title.length()
          && name.endsWith(title) && Romanisation.hasHan(title)) {
        longest = title;
      }
    }
    return name.substring(0, name.length() - longest.length());
  }

  /** A person's name without the titles that lead it; never empty when the name is not. */
  String withoutTitles(String name) {
    if (titles.isEmpty()) {
      return name;
    }
    String[] words = SPACE.split(name);
    int first = 0;
    while (first < words.length - 1 && titles.contains(words[first])) {
      first++;
    }
    return String.join(" ", List.of(words).subList(first, words.length));
  }

  /**
   * The mentions of a text, in order, with each short form of a person's name carrying the
   * full name as its canonical; other mentions unchanged.
   */
  List<EntityMention> link(List<EntityMention> mentions) {
    if (titles.isEmpty()) {
      return mentions;
    }
    Map<String, Name> names = new LinkedHashMap<>();
    Map<String, List<Name>> byWord = new HashMap<>();
    for (EntityMention m : mentions) {
      if (isPerson(m) && words(m).length > 1 && !names.containsKey(m.canonical())) {
        Name name = new Name(m.canonical(), words(m));
        names.put(m.canonical(), name);
        // each word once: a name may repeat one (two bylines read as one person)
        for (String w : new LinkedHashSet<>(Arrays.asList(name.words))) {
          byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(name);
        }
      }
    }
    List<EntityMention> linked = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = mentions.get(i);
      Name full = isPerson(m) ? fullName(words(m), byWord) : null;
      if (full != null) {
        m = new EntityMention(m.type(), m.text(), full.canonical, m.sentence(), m.start(),
            m.end(), m.source());
      }
      Name self = isPerson(m) ? names.get(m.canonical()) : null;
      if (self != null) {
        self.lastSeen = i;
      }
      linked.add(m);
    }
    return linked;
  }

  /** A full name of the text that these words are short for, or null. */
  private static Name fullName(String[] words, Map<String, List<Name>> byWord) {
    Name earlier = null;
    List<Name> fitting = new ArrayList<>();
    for (Name name : byWord.getOrDefault(words[0], List.of())) {
      if (name.words.length > words.length && isSubsequence(words, name.words)) {
        fitting.add(name);
        if (name.lastSeen >= 0 && (earlier == null || name.lastSeen > earlier.lastSeen)) {
          earlier = name;
        }
      }
    }
    return earlier != null ? earlier : fitting.size() == 1 ? fitting.get(0) : null;
  }

  private static boolean isSubsequence(String[] shorter, String[] longer) {
    int at = 0;
    for (String w : longer) {
      if (at < shorter.length && shorter[at].equals(w)) {
        at++;
      }
    }
    return at == shorter.length;
  }

  private static boolean isPerson(EntityMention m) {
    return m.type().equals("PERSON");
  }

  private static String[] words(EntityMention m) {
    return SPACE.split(m.canonical());
  }

  /** A full name, and the index of the mention that last named it so far (-1: none yet). */
  private static final class Name {
    final String canonical;
    final String[] words;
    int lastSeen = -1;

    Name(String canonical, String[] words) {
      this.canonical = canonical;
      this.words = words;
    }
  }
}
