package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;
import org.junit.jupiter.api.Test;

/**
 * The JSON view of a work known from references, byte for byte: id and kind, the reference's
 * fields in their order (parsed last), then who cites it. The paper view is checked against the
 * golden files of {@code GoldenEndToEndTest}.
 */
class RecordJsonTest {
  @Test
  void aReferenceRecordPrintsItsFieldsInOrder() throws Exception {
    Reference r = new Reference("Wang Nan. Ports[J]. Trade, 2019, 3(2): 1-9.",
        ReferenceStyle.GBT7714, List.of("Wang Nan"), "Ports", "J", "Trade", null, 2019, "3",
        "2", "1-9", null, null, null);
    RecordDetails d = RecordDetails.ofReference("2019-ports-ab12", r, List.of(new Hit("p1",
        "paper", "Citing", List.of("Li Hua"), 2020, null, 1.5f, List.of(), List.of())));
    assertEquals("{\"id\":\"2019-ports-ab12\",\"kind\":\"reference\","
        + "\"raw\":\"Wang Nan. Ports[J]. Trade, 2019, 3(2): 1-9.\",\"style\":\"GBT7714\","
        + "\"authors\":[\"Wang Nan\"],\"title\":\"Ports\",\"type\":\"J\",\"venue\":\"Trade\","
        + "\"place\":null,\"year\":2019,\"volume\":\"3\",\"issue\":\"2\",\"pages\":\"1-9\","
        + "\"url\":null,\"accessed\":null,\"doi\":null,\"parsed\":true,"
        + "\"citedBy\":[{\"id\":\"p1\",\"kind\":\"paper\",\"title\":\"Citing\","
        + "\"authors\":[\"Li Hua\"],\"year\":2020,\"venue\":null,\"score\":1.5,"
        + "\"highlights\":[],\"themes\":[],\"citedBy\":0}]}",
        new ObjectMapper().writeValueAsString(d.view()));
  }
}
