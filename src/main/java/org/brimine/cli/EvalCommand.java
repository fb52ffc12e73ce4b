package org.brimine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bri eval}: measures the product against test collections; one subcommand per kind. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure the product on test collections and gold data.",
    subcommands = {EvalRetrievalCommand.class, EvalRelatedCommand.class, EvalThemesCommand.class,
        EvalEntitiesCommand.class})
final class EvalCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing what to evaluate: retrieval, themes or entities");
  }
}
