package dev.leadpulse.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors for keyset paging: the sort key and id of the last row of a page, tagged
 * with the list they belong to, base64url-encoded. The next page starts strictly after that
 * (key, id), so pages stay stable under ties and while rows are written.
 */
final class Cursors {
  /** Where a page ended: the last row's sort key (descending) and id (ascending). */
  record Position(long key, String id) {}

  private Cursors() {}

  static String encode(String list, long key, String id) {
    String text = list + ":" + key + ":" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position in {@code cursor}.
   *
   * @throws IllegalArgumentException when {@code cursor} was not given by list {@code list}
   */
  static Position decode(String list, String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = text.split(":", 3);
      if (parts.length == 3 && parts[0].equals(list)) {
        return new Position(Long.parseLong(parts[1]), parts[2]);
      }
    } catch (IllegalArgumentException e) {
      // not base64, or not a number: reported below
    }
    throw new IllegalArgumentException("cursor \"" + cursor + "\" was not given by this list ("
        + list + "); start again without a cursor");
  }
}
