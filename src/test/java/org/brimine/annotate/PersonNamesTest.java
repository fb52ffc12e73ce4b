package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.brimine.model.EntityMention;
import org.junit.jupiter.api.Test;

class PersonNamesTest {
  @Test
  void aFullNameThatRepeatsAWordIsLinkedLikeAnyOther() {
    // bri-news-dev article 104 ends with two bylines that NER reads as one person,
    // "Lim Min Zhang Joyce ZK Lim": the repeated word once failed the whole paper
    EntityMention full = new EntityMention("PERSON", "Lim Min Zhang Joyce ZK Lim",
        "Lim Min Zhang Joyce ZK Lim", 0, 0, 26, "ner");
    EntityMention shortForm = new EntityMention("PERSON", "Joyce", "Joyce", 1, 30, 35, "ner");
    List<EntityMention> linked = PersonNames.load().link(List.of(full, shortForm));
    assertEquals(2, linked.size());
    assertEquals("Lim Min Zhang Joyce ZK Lim", linked.get(0).canonical());
    assertEquals("Lim Min Zhang Joyce ZK Lim", linked.get(1).canonical());
  }
}
