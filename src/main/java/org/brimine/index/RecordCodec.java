package org.brimine.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.brimine.model.PaperRecord;
import org.brimine.model.Reference;

/** Turns the records stored in the index's {@link Schema#RECORD} field to JSON and back. */
public final class RecordCodec {
  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  String encode(Object record) {
    try {
      return mapper.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write record " + record.getClass().getName(), e);
    }
  }

  /** Reads a stored paper record. */
  public PaperRecord paper(String json) {
    return read(json, PaperRecord.class);
  }

  /** Reads a stored reference record. */
  public Reference reference(String json) {
    return read(json, Reference.class);
  }

  private <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored record is not a " + type.getSimpleName()
          + ": " + e.getOriginalMessage(), e);
    }
  }
}
