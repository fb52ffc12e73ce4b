package org.brimine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.brimine.search.QuerySyntaxException;
import picocli.CommandLine;

/**
 * Turns exceptions that reach the command line into one message and an exit code, never a stack
 * trace: a query syntax error points at the error and exits 2, so does an option the command
 * cannot use; an I/O error or bad input exits 1.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler,
    CommandLine.IExitCodeExceptionMapper {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl,
      CommandLine.ParseResult parseResult) {
    var err = cl.getErr();
    if (e instanceof QuerySyntaxException q) {
      err.println("bri: " + q.getMessage());
      err.println(indent(q.pointer()));
      if (cl.getCommandSpec().optionsMap().containsKey("--words")) {
        err.println("  (--words searches for the words as typed)");
      }
      return Main.EXIT_USAGE;
    }
    err.println("bri " + cl.getCommandName() + ": " + message(e));
    return getExitCode(e);
  }

  @Override
  public int getExitCode(Throwable e) {
    // a ParameterException thrown by a command (a missing subcommand) is a usage error too
    return e instanceof QuerySyntaxException || e instanceof CommandLine.ParameterException
        || e instanceof UsageException ? Main.EXIT_USAGE : Main.EXIT_FAILURE;
  }

  private static String message(Throwable e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return t instanceof IOException && !(t.getMessage() != null && t.getMessage().contains(" "))
        ? t.getClass().getSimpleName() + ": " + m : m;
  }

  private static String indent(String s) {
    return "  " + s.replace("\n", "\n  ");
  }
}
