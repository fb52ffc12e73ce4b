package org.brimine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.TextAnnotator;
import org.brimine.model.AnnotatedText;
import java.util.List;
import org.brimine.model.Sentence;
import org.brimine.model.ThemeHit;
import org.brimine.themes.Taxonomy;
import org.brimine.themes.ThemeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bri annotate FILE|-}: a text's sentences, entity mentions, theme hits and theme
 * distribution (and tokens on request) as JSON, for researchers who check what the annotator
 * makes of a text.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Annotate a text (FILE, or - for standard input) and print JSON: sentences "
        + "with offsets, entity mentions with type and canonical name, theme hits per sentence "
        + "and the text's theme distribution; tokens with --tokens.")
final class AnnotateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "the text file, or -")
  String file;

  @Option(names = "--tokens", description = "include each sentence's tokens (word, lemma, pos)")
  boolean tokens;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    String text = file.equals("-")
        ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
        : Files.readString(Path.of(file), StandardCharsets.UTF_8);
    AnnotatedText annotated = TextAnnotator.load(NerMode.PRODUCT).annotate(text);
    List<ThemeHit> hits = new ThemeTagger(Taxonomy.load()).tag(annotated);
    PrintWriter out = spec.commandLine().getOut();
    ObjectNode json = toJson(annotated);
    json.set("themeHits", Json.MAPPER.valueToTree(hits));
    json.set("themes", Json.MAPPER.valueToTree(ThemeTagger.distribution(hits)));
    out.println(Json.pretty(json));
    out.flush();
    spec.commandLine().getErr().println("annotate: " + annotated.sentences().size()
        + " sentences, " + annotated.mentions().size() + " entity mentions, " + hits.size()
        + " theme hits in " + Timing.seconds(started));
    return 0;
  }

  private ObjectNode toJson(AnnotatedText annotated) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    ArrayNode sentences = json.putArray("sentences");
    for (Sentence s : annotated.sentences()) {
      ObjectNode node = sentences.addObject();
      node.put("index", s.index()).put("text", s.text()).put("start", s.start())
          .put("end", s.end());
      if (tokens) {
        node.set("tokens", Json.MAPPER.valueToTree(s.tokens()));
      }
    }
    json.set("mentions", Json.MAPPER.valueToTree(annotated.mentions()));
    return json;
  }
}
