package dev.leadpulse.bench.load;

import java.net.ServerSocket;

/** Prints a free TCP port on this machine, for scripts that start a server. */
public final class FreePort {
  private FreePort() {}

  public static void main(String[] args) throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      System.out.println(socket.getLocalPort());
    }
  }
}
