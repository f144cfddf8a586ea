package dev.leadpulse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteBuilderTest {
  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static String text(ByteBuilder b) {
    return new String(b.array(), b.start(), b.length(), StandardCharsets.US_ASCII);
  }

  @Test
  void writesNumbersAndGrowsAtBothEnds() {
    ByteBuilder b = new ByteBuilder(4, 2);
    b.append(ascii("id-")).appendPadded(42, 12).append((byte) ' ').appendDecimal(0).append((byte) ' ')
        .appendDecimal(Long.MAX_VALUE).append((byte) ' ').appendPadded(1234567890123L, 3);
    assertThat(text(b)).isEqualTo("id-000000000042 0 9223372036854775807 1234567890123");

    byte[] head = ascii("a head longer than the room before the contents: ");
    b.prepend(head, 2, head.length - 2);
    assertThat(text(b)).isEqualTo("head longer than the room before the contents: id-000000000042 0 9223372036854775807 1234567890123");
    assertThat(b.toByteArray()).isEqualTo(ascii(text(b)));
  }

  @Test
  void clearKeepsTheRoomForAHead() {
    ByteBuilder b = new ByteBuilder(8, 16);
    b.append(ascii("body")).prepend(ascii("head"), 0, 4);
    assertThat(text(b)).isEqualTo("headbody");
    b.clear().append(ascii("next")).prepend(ascii("HEAD:"), 0, 5);
    assertThat(text(b)).isEqualTo("HEAD:next");
    assertThat(b.start()).isEqualTo(3);
  }
}
