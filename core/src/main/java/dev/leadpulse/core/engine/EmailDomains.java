package dev.leadpulse.core.engine;

import java.util.Locale;

/**
 * The interned email domain of an address, as
 * {@code email.substring(at + 1).strip().toLowerCase(Locale.ROOT).intern()} gives it
 * ({@code at} the last {@code '@'}; empty without one), without allocating for a domain seen
 * recently: people share a few thousand domains, and this ran on every {@code identify}.
 *
 * <p>A domain made only of {@code a-z 0-9 . - _} (the usual case) needs neither strip nor
 * lowercase, so it equals the text after the {@code '@'}; its interned string is kept in a
 * direct-mapped table of {@value #SLOTS} slots by the text's hash and found by comparing
 * characters in place. Anything else takes the full expression. Safe for concurrent use:
 * slots hold immutable strings, and a lost write costs one recomputation.
 */
final class EmailDomains {
  static final int SLOTS = 8192;

  private final String[] slots = new String[SLOTS];

  /** The interned, stripped, lower-cased domain of {@code email}; empty when it has no {@code '@'}. */
  String of(String email) {
    int at = email.lastIndexOf('@');
    if (at < 0) {
      return "";
    }
    int from = at + 1;
    int n = email.length() - from;
    int h = 0;
    for (int i = from; i < email.length(); i++) {
      char c = email.charAt(i);
      if (!plain(c)) {
        return full(email, from);
      }
      h = 31 * h + c;
    }
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    String kept = slots[slot];
    if (kept != null && kept.length() == n && email.regionMatches(from, kept, 0, n)) {
      return kept;
    }
    String domain = full(email, from);
    slots[slot] = domain;
    return domain;
  }

  /** Characters that {@code strip()} and {@code toLowerCase(Locale.ROOT)} leave as they are. */
  private static boolean plain(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
  }

  private static String full(String email, int from) {
    return email.substring(from).strip().toLowerCase(Locale.ROOT).intern();
  }
}
