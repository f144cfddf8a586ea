package dev.leadpulse.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.store.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hand-written JSON of properties and traits is valid JSON that reads back to the same
 * values, with every character a string can hold, at random and at the edges.
 */
class JsonTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Test
  void randomValuesReadBackEqual() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 5_000; i++) {
      Map<String, Object> values = map(random, 0);
      String text = Json.write(values);
      assertThat(JACKSON.readTree(text)).as(text).isEqualTo(JACKSON.valueToTree(values));
      assertThat(Json.read(text)).as(text).isEqualTo(values);
    }
  }

  @Test
  void everyControlCharacterQuoteAndBackslashIsEscaped() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      all.append(c);
    }
    all.append("é東🚀\u2028");
    Map<String, Object> values = Map.of(all.toString(), all.toString());

    String text = Json.write(values);

    assertThat(text.chars().filter(c -> c < 0x20).count()).isZero();
    assertThat(JACKSON.readTree(text).get(all.toString()).textValue()).isEqualTo(all.toString());
  }

  @Test
  void aNumberJsonCannotHoldIsRefused() {
    assertThatThrownBy(() -> Json.write(Map.of("x", Double.NaN))).isInstanceOf(StoreException.class)
        .hasMessageContaining("NaN");
  }

  private static Map<String, Object> map(SplittableRandom random, int depth) {
    Map<String, Object> out = new LinkedHashMap<>();
    int n = random.nextInt(depth == 0 ? 1 : 0, 5);
    for (int i = 0; i < n; i++) {
      out.put(text(random), value(random, depth));
    }
    return out;
  }

  private static Object value(SplittableRandom random, int depth) {
    int kind = random.nextInt(depth < 3 ? 6 : 4);
    return switch (kind) {
      case 0 -> text(random);
      case 1 -> random.nextBoolean() ? random.nextDouble() * 1e6 : (double) random.nextInt(-1000, 1000);
      case 2 -> random.nextBoolean();
      case 3 -> random.nextBoolean() ? Double.MIN_VALUE : -Double.MAX_VALUE;
      case 4 -> map(random, depth + 1);
      default -> {
        List<Object> list = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          list.add(value(random, depth + 1));
        }
        yield list;
      }
    };
  }

  private static String text(SplittableRandom random) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(8);
    for (int i = 0; i < n; i++) {
      int pick = random.nextInt(10);
      s.append(pick == 0 ? (char) random.nextInt(0x20) : pick == 1 ? '"' : pick == 2 ? '\\'
          : pick == 3 ? (char) random.nextInt(0x80, 0xD7FF) : (char) random.nextInt('a', 'z' + 1));
    }
    return s.toString();
  }
}
