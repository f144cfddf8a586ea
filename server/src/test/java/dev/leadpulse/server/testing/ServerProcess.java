package dev.leadpulse.server.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server as its own process, from the shaded jar ({@code target/leadpulse.jar}, built in
 * the package phase: integration tests only), with the known keys of {@link TestServer}. Its
 * output goes to a log file, shown when it fails to start.
 */
public final class ServerProcess {
  public static final Path JAR = Path.of("target/leadpulse.jar");

  private ServerProcess() {}

  /**
   * Runs {@code serve --host 127.0.0.1 --port port} with {@code args} and returns once
   * {@code /health} answers 200 (at most 60 s).
   */
  public static Process serve(int port, Path log, String... args) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", JAR.toString(),
        "serve", "--host", "127.0.0.1", "--port", Integer.toString(port)));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("LEADPULSE_ADMIN_TOKEN", TestServer.ADMIN_TOKEN);
    pb.environment().put("LEADPULSE_WRITE_KEY", TestServer.WRITE_KEY);
    Process p = pb.start();
    Http health = new Http("http://127.0.0.1:" + port, Optional.empty());
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new AssertionError("the server exited with " + p.exitValue() + ":\n" + Files.readString(log));
      }
      try {
        if (health.get("/health").status() == 200) {
          return p;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    p.destroyForcibly();
    throw new AssertionError("the server did not become healthy in 60 s:\n" + Files.readString(log));
  }

  /** A port free now on 127.0.0.1. */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
