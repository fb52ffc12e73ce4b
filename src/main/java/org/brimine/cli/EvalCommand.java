package org.brimine.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bri eval}: measures the product against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate against gold data.",
    subcommands = {EvalThemesCommand.class})
final class EvalCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing what to evaluate: themes");
  }
}
