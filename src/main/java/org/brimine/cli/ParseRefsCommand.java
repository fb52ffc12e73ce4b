package org.brimine.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brimine.model.Reference;
import org.brimine.parse.ReferenceParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bri parse-refs [FILE|-]}: one reference string a line in, its parsed fields out as JSON
 * Lines. Librarians clean bibliographies with it.
 */
@Command(name = "parse-refs", mixinStandardHelpOptions = true,
    description = "Parse reference strings, one a line, from FILE or - (standard input), and "
        + "print each one's fields as a JSON line.")
final class ParseRefsCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-",
      description = "the file, or - for standard input (default)")
  String file;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReferenceParser parser = new ReferenceParser();
    PrintWriter out = spec.commandLine().getOut();
    int parsed = 0;
    int unparsed = 0;
    try (BufferedReader in = file.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        Reference reference = parser.parse(line);
        if (reference.isParsed()) {
          parsed++;
        } else {
          unparsed++;
        }
        out.println(Json.line(reference));
      }
    }
    out.flush();
    spec.commandLine().getErr().println("parse-refs: " + parsed + " parsed, " + unparsed
        + " unparsed");
    return 0;
  }
}
