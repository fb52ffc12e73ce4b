package org.brimine.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.brimine.model.CitedReference;
import org.brimine.model.Paragraph;
import org.brimine.model.PaperRecord;
import org.brimine.model.ParsedPaper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Problem;
import org.brimine.model.RecordKind;
import org.brimine.model.Reference;
import org.brimine.model.Section;

/**
 * A whole record as {@code bri show} and the paper page present it: a paper with its sections
 * and references, or a work known from references; and the papers that cite it.
 *
 * @param id the record id
 * @param kind paper or reference
 * @param paper the paper with its entities, for a paper record; else null
 * @param reference the reference entry, for a reference record; else null
 * @param citedBy the papers that cite this record
 */
public record RecordDetails(String id, RecordKind kind, PaperRecord paper, Reference reference,
    List<Hit> citedBy) {

  public RecordDetails {
    Objects.requireNonNull(id, "id");
    citedBy = List.copyOf(citedBy);
  }

  static RecordDetails ofPaper(PaperRecord paper, List<Hit> citedBy) {
    return new RecordDetails(paper.paper().id(), RecordKind.PAPER, paper, null, citedBy);
  }

  static RecordDetails ofReference(String id, Reference reference, List<Hit> citedBy) {
    return new RecordDetails(id, RecordKind.REFERENCE, null, reference, citedBy);
  }

  /** The record as JSON: the shape of {@code bri show --json} and {@code /api/papers/{id}}. */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode json = mapper.createObjectNode();
    json.put("id", id);
    json.put("kind", kind.label());
    if (paper != null) {
      json.setAll(paperJson(mapper, paper));
    } else {
      json.setAll(referenceJson(mapper, id, reference));
      json.put("kind", kind.label());
    }
    json.set("citedBy", mapper.valueToTree(citedBy));
    return json;
  }

  private static ObjectNode paperJson(ObjectMapper mapper, PaperRecord record) {
    ObjectNode json = mapper.createObjectNode();
    ParsedPaper paper = record.paper();
    PaperMetadata meta = paper.paper().metadata();
    json.put("title", paper.title());
    json.put("titleInferred", paper.titleInferred());
    json.put("language", paper.language());
    // the titles and abstracts of a paper that has them in two languages (CNKI), else null
    json.put("titleEn", paper.titleEn());
    json.put("titleZh", paper.titleZh());
    json.set("authors", mapper.valueToTree(paper.knownAuthors()));
    json.put("year", meta.year());
    json.put("venue", meta.venue());
    json.put("doi", meta.doi());
    json.put("url", meta.url());
    json.put("source", paper.paper().source());
    json.put("abstract", paper.abstractText());
    json.put("abstractEn", paper.abstractEn());
    json.put("abstractZh", paper.abstractZh());
    json.set("keywords", mapper.valueToTree(paper.keywords()));
    json.set("frontMatter", mapper.valueToTree(
        paper.frontMatter().stream().map(Paragraph::text).toList()));
    ArrayNode sections = json.putArray("sections");
    for (Section s : paper.sections()) {
      sections.addObject().put("number", s.number()).put("heading", s.heading())
          .put("text", s.text());
    }
    ArrayNode references = json.putArray("references");
    for (CitedReference cited : paper.references()) {
      references.add(referenceJson(mapper, cited.id(), cited.reference()));
    }
    json.set("themes", mapper.valueToTree(record.themes()));
    json.set("keyphrases", mapper.valueToTree(record.keyphrases()));
    json.set("entities", mapper.valueToTree(record.entities()));
    json.set("evidence", mapper.valueToTree(record.evidence()));
    json.set("problems", mapper.valueToTree(
        paper.problems().stream().map(Problem::toString).toList()));
    return json;
  }

  /** A reference's parsed fields with the id of its record. */
  static ObjectNode referenceJson(ObjectMapper mapper, String id, Reference reference) {
    ObjectNode json = mapper.createObjectNode();
    json.put("id", id);
    json.setAll((ObjectNode) mapper.valueToTree(reference));
    return json;
  }
}
