package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaticFilesTest {
  private static final String TAG = "\"0123abcd\"";

  @Test
  void ifNoneMatchNamesTheTagAloneInAListWeaklyOrByStar() {
    assertTrue(StaticFiles.matches(TAG, TAG));
    assertTrue(StaticFiles.matches("\"other\", " + TAG, TAG));
    assertTrue(StaticFiles.matches("W/" + TAG, TAG));
    assertTrue(StaticFiles.matches("*", TAG));
  }

  @Test
  void anotherTagOrNoHeaderIsNotAMatch() {
    assertFalse(StaticFiles.matches(null, TAG));
    assertFalse(StaticFiles.matches("\"other\"", TAG));
    assertFalse(StaticFiles.matches("0123abcd", TAG));
  }
}
