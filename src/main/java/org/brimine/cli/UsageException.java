package org.brimine.cli;

/** A command-line option with a value the command cannot use: exit code 2, like picocli's. */
final class UsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
