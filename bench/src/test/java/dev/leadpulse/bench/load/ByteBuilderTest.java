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
  void writesNumbersAndGrows() {
    ByteBuilder b = new ByteBuilder(2);
    b.append(ascii("id-")).appendPadded(42, 12).append((byte) ' ').appendDecimal(0).append((byte) ' ')
        .appendDecimal(Long.MAX_VALUE).append((byte) ' ').appendPadded(1234567890123L, 3);
    assertThat(text(b)).isEqualTo("id-000000000042 0 9223372036854775807 1234567890123");
    assertThat(b.toByteArray()).isEqualTo(ascii(text(b)));
  }

  @Test
  void clearKeepsTheArray() {
    ByteBuilder b = new ByteBuilder(16);
    b.append(ascii("first"));
    byte[] array = b.array();
    b.clear().append(ascii("next"));
    assertThat(text(b)).isEqualTo("next");
    assertThat(b.array()).isSameAs(array);
  }
}
