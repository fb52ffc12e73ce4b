package org.brimine.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
import org.brimine.model.EntityMention;
import org.brimine.model.Sentence;
import org.brimine.model.ThemeHit;
import org.brimine.model.ThemeScore;
import org.brimine.model.Token;
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
    out.println(Json.pretty(new Output(annotated.sentences().stream()
        .map(sentence -> SentenceView.of(sentence, tokens)).toList(), annotated.mentions(), hits,
        ThemeTagger.distribution(hits))));
    out.flush();
    spec.commandLine().getErr().println("annotate: " + annotated.sentences().size()
        + " sentences, " + annotated.mentions().size() + " entity mentions, " + hits.size()
        + " theme hits in " + Timing.seconds(started));
    return 0;
  }

  /** What {@code bri annotate} prints. */
  @JsonPropertyOrder({"sentences", "mentions", "themeHits", "themes"})
  record Output(List<SentenceView> sentences, List<EntityMention> mentions,
      List<ThemeHit> themeHits, List<ThemeScore> themes) {}

  /** A sentence with its offsets, and its tokens only when they were asked for. */
  @JsonPropertyOrder({"index", "text", "start", "end", "tokens"})
  record SentenceView(int index, String text, int start, int end,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<Token> tokens) {
    static SentenceView of(Sentence s, boolean withTokens) {
      return new SentenceView(s.index(), s.text(), s.start(), s.end(),
          withTokens ? s.tokens() : null);
    }
  }
}
