package org.brimine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bri} command. Exit codes: 0 success, 1 failure (including rejected input), 2 usage
 * or query syntax error.
 */
@Command(
    name = "bri",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Mines and searches the research literature on the Belt and Road Initiative.",
    subcommands = {
        IngestCommand.class,
        AddCommand.class,
        ImportCommand.class,
        RemoveCommand.class,
        SearchCommand.class,
        ExportCommand.class,
        ShowCommand.class,
        ListCommand.class,
        ParseRefsCommand.class,
        AnnotateCommand.class,
        BenchCommand.class,
        EvalCommand.class,
        SummarizeCommand.class,
        MapCommand.class,
        BurstsCommand.class,
        ServeCommand.class,
        SolrCommand.class,
        IndexCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit code of a run whose input was partly rejected or that failed. */
  public static final int EXIT_FAILURE = 1;
  /** Exit code of a usage error or a query that cannot be parsed. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Charts are drawn off screen; never look for a display.
    System.setProperty("java.awt.headless", "true");
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by the tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new Errors());
    cl.setExitCodeExceptionMapper(new Errors());
    return cl;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"bri-miner " + (v == null ? "(development build)" : v)};
    }
  }
}
