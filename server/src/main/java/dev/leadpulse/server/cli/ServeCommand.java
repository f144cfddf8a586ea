package dev.leadpulse.server.cli;

import dev.leadpulse.core.model.yaml.InvalidModelException;
import dev.leadpulse.core.model.yaml.InvalidPlaysException;
import dev.leadpulse.core.model.yaml.Problem;
import dev.leadpulse.server.app.LeadPulseServer;
import dev.leadpulse.server.app.ServerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leadpulse serve}: the server. On first start it creates an admin token and a write
 * key (from {@code LEADPULSE_ADMIN_TOKEN} and {@code LEADPULSE_WRITE_KEY} when set) and prints
 * the generated ones once. Stops cleanly on SIGTERM or Ctrl-C: accepted events are committed.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the LeadPulse server.")
final class ServeCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", description = "a YAML file of these options (port, host, data, db, model, plays)")
  Path config;

  @Option(names = "--port", paramLabel = "P", description = "port to listen on (default: 8080)")
  Integer port;

  @Option(names = "--host", paramLabel = "H", description = "interface to listen on (default: 0.0.0.0)")
  String host;

  @Option(names = "--model", paramLabel = "M.yaml", description = "the scoring model; published when it changed")
  Path model;

  @Option(names = "--plays", paramLabel = "FILE", description = "plays: owners, routing, tasks and alerts (YAML); published when it changed")
  Path plays;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (config != null) {
      ConfigFile.apply(config, this);
    }
    ServerConfig cfg = new ServerConfig(host == null ? "0.0.0.0" : host, port == null ? 8080 : port, store.jdbcUrl(),
        Optional.ofNullable(model), env("LEADPULSE_ADMIN_TOKEN"), env("LEADPULSE_WRITE_KEY"), 200_000,
        Clock.systemUTC(), Optional.ofNullable(plays));
    LeadPulseServer server;
    try {
      server = start(cfg, err);
    } catch (InvalidModelException e) {
      for (Problem p : e.problems()) {
        err.println(p.format(String.valueOf(model)));
      }
      return LeadPulseCommand.BAD_INPUT;
    } catch (InvalidPlaysException e) {
      e.problems().forEach(p -> err.println(p.format(String.valueOf(plays))));
      return LeadPulseCommand.BAD_INPUT;
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      err.println("leadpulse: " + e.getMessage());
      return LeadPulseCommand.BAD_INPUT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("leadpulse: stopping; committing accepted events…");
      server.close();
      stopped.countDown();
    }));
    out.printf("LeadPulse is listening on http://%s:%d (model version %d; store %s)%n",
        cfg.host().equals("0.0.0.0") ? "localhost" : cfg.host(), server.port(), server.modelVersion(), store.describe());
    server.newAdminToken().ifPresent(t -> out.println("admin token (shown once): " + t));
    server.newWriteKey().ifPresent(k -> out.println("write key (shown once):   " + k));
    server.newAdminPassword().ifPresent(p -> out.printf("dashboard: http://localhost:%d  user admin, password (shown once): %s%n",
        server.port(), p));
    out.flush();
    stopped.await();
    return LeadPulseCommand.OK;
  }

  static LeadPulseServer start(ServerConfig cfg, PrintWriter err) {
    Progress[] bar = {null};
    LeadPulseServer server = LeadPulseServer.start(cfg, n -> {
      if (bar[0] == null && n >= 100_000) {
        bar[0] = new Progress(err, "replaying the event log", 0);
      }
      if (bar[0] != null) {
        bar[0].update(n);
      }
    });
    if (bar[0] != null) {
      bar[0].finish(server.store().events().count());
    }
    return server;
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
