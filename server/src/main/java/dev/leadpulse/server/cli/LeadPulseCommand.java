package dev.leadpulse.server.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code leadpulse} launcher's entry point. */
@Command(name = "leadpulse", mixinStandardHelpOptions = true, version = "LeadPulse 0.1.0",
    description = "Event-based lead scoring for product-led sales.",
    subcommands = {ScoreCommand.class, ValidateCommand.class, DemoCommand.class, ServeCommand.class,
        ImportCommand.class, UsersCommand.class, CommandLine.HelpCommand.class})
public final class LeadPulseCommand implements Runnable {
  /** Exit status: the work was done. */
  public static final int OK = 0;
  /** Exit status: the work failed. */
  public static final int FAILED = 1;
  /** Exit status: bad usage or input. */
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new LeadPulseCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("leadpulse: " + e.getMessage());
      return FAILED;
    });
    cli.setParameterExceptionHandler((e, args1) -> {
      e.getCommandLine().getErr().println("leadpulse: " + e.getMessage());
      e.getCommandLine().usage(e.getCommandLine().getErr());
      return BAD_INPUT;
    });
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }
}
