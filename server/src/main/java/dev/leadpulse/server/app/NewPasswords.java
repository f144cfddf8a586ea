package dev.leadpulse.server.app;

import java.security.SecureRandom;

/** New passwords for people to type: 4 groups of 4 letters and digits without look-alikes, about 79 bits. */
public final class NewPasswords {
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private NewPasswords() {}

  public static String make() {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        p.append('-');
      }
      p.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return p.toString();
  }
}
