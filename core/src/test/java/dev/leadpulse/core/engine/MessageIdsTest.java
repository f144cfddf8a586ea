package dev.leadpulse.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fingerprint set answers as a set of strings would, through many resizes. */
class MessageIdsTest {
  @Test
  void answersAsASetOfStringsWould() {
    MessageIds ids = new MessageIds();
    Set<String> reference = new HashSet<>();
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 300_000; i++) {
      String id = random.nextInt(4) == 0 ? "m-" + random.nextInt(200_000) : "msg-" + i + "-" + random.nextLong();
      assertThat(ids.add(id)).as("add %s", id).isEqualTo(reference.add(id));
    }
    assertThat(ids.size()).isEqualTo(reference.size());
  }

  @Test
  void idsThatJavaHashesAlikeAreStillDifferent() {
    MessageIds ids = new MessageIds();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(ids.add("Aa")).isTrue();
    assertThat(ids.add("BB")).isTrue();
    assertThat(ids.add("")).isTrue();
    assertThat(ids.add("\0")).isTrue();
    assertThat(ids.add("\0\0\0\0")).isTrue();
    assertThat(ids.add("Aa")).isFalse();
    assertThat(ids.add("\0")).isFalse();
  }
}
