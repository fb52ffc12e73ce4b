package org.brimine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bri solr}: SolrCloud as the index beyond one machine. */
@Command(name = "solr", mixinStandardHelpOptions = true,
    description = {"SolrCloud as the index beyond one machine:",
        "  configset  write the collection's configset, generated from the index schema",
        "  local      run a SolrCloud of several nodes on this machine until Ctrl-C"},
    subcommands = {SolrConfigsetCommand.class, SolrLocalCommand.class,
        CommandLine.HelpCommand.class})
final class SolrCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing command: configset or local");
  }
}
