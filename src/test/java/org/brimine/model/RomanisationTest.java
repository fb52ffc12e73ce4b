package org.brimine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Romanisation: pinyin for Han characters, and nothing of ICU for English text (building ICU's
 * transliterator costs a few hundred milliseconds of CPU, which every English ingest paid).
 */
class RomanisationTest {
  @Test
  void romanisesHanCharactersAsPinyin() {
    assertEquals("yi dai yi lu", Romanisation.toAscii("一带一路").strip());
  }

  @Test
  void tellsHanTextFromEnglish() {
    assertTrue(Romanisation.hasHan("the 一带一路 initiative"));
    assertFalse(Romanisation.hasHan("the Belt and Road Initiative"));
    assertFalse(Romanisation.hasHan(null));
  }

  @Test
  void englishTextNeverBuildsTheTransliterator() throws Exception {
    try (RecordingLoader loader = new RecordingLoader()) {
      Method hasHan = loader.loadClass(Romanisation.class.getName())
          .getMethod("hasHan", CharSequence.class);
      assertEquals(false, hasHan.invoke(null, "Belt and Road Initiative"));
      assertFalse(loader.loaded.contains(Transliterator.class.getName()),
          "ICU's Transliterator was loaded for English text");
    }
  }

  @Test
  void hanTextBuildsTheTransliteratorWhenFirstRomanised() throws Exception {
    // the other side of the test above: the recording loader does see ICU when it is used
    try (RecordingLoader loader = new RecordingLoader()) {
      Method toAscii = loader.loadClass(Romanisation.class.getName())
          .getMethod("toAscii", String.class);
      assertEquals("zhong guo", ((String) toAscii.invoke(null, "中国")).strip());
      assertTrue(loader.loaded.contains(Transliterator.class.getName()));
    }
  }

  /**
   * Loads Romanisation and ICU afresh (their static state new), from where the test's own
   * copies come, and records the names of the classes it loads.
   */
  private static final class RecordingLoader extends URLClassLoader {
    final Set<String> loaded = ConcurrentHashMap.newKeySet();

    RecordingLoader() {
      super(new URL[] {location(Romanisation.class), location(Transliterator.class)},
          ClassLoader.getPlatformClassLoader());
    }

    private static URL location(Class<?> c) {
      return c.getProtectionDomain().getCodeSource().getLocation();
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      loaded.add(name);
      return super.findClass(name);
    }
  }
}
