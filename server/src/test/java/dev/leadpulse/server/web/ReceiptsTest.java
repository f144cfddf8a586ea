package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.engine.Contribution;
import dev.leadpulse.core.engine.Contribution.Kind;
import dev.leadpulse.core.engine.PersonScore;
import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.model.yaml.ModelReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The receipt of a score: one line per contribution, sections that add up, caps and the floor as lines. */
class ReceiptsTest {
  private static final Model MODEL = ModelReader.read("""
      name: receipts
      fit:
        - { id: vp, label: VP or above, when: 'true', points: 10, weight: 1.5 }
      engagement:
        - { id: pricing, label: Viewed pricing, event: Pricing Viewed, points: 5, category: awareness }
        - { id: idle, label: Inactive for a week, inactive: 7d, points: -40 }
      caps: { awareness: 8 }
      floor: 0
      """);

  @Test
  void capsAndTheFloorAreLinesOfTheirOwnAndEverySectionAddsUp() {
    // awareness 5 + 5 clipped to 8, idle −40, raised to the floor 0 by +32; fit 15
    List<Contribution> lines = List.of(
        new Contribution(Kind.FIT, "vp", "VP or above", "", "", 9_000, 1500, 1500),
        new Contribution(Kind.ENGAGEMENT, "pricing", "Viewed pricing", "awareness", "m1", 1_000, 500, 500),
        new Contribution(Kind.ENGAGEMENT, "pricing", "Viewed pricing", "awareness", "m2", 2_000, 500, 500),
        new Contribution(Kind.CAP, "awareness", "Cap on awareness (8)", "awareness", "", 9_000, -200, -200),
        new Contribution(Kind.ENGAGEMENT, "idle", "Inactive for a week", "", "m2", 5_000, -4000, -4000),
        new Contribution(Kind.FLOOR, "floor", "Engagement floor (0)", "", "", 9_000, 3200, 3200));
    PersonScore score = new PersonScore("p", 9_000, 1500, 1500, 0, Map.of("awareness", 800L, "", -4000L), "", "",
        "", Map.of(), lines, List.of());

    Receipt receipt = Receipts.person(score, MODEL);

    assertThat(receipt.total()).isEqualTo(1500);
    assertThat(receipt.sumOfLines()).isEqualTo(1500);
    assertThat(receipt.sections()).allSatisfy(s -> assertThat(s.sumOfLines()).isEqualTo(s.subtotal()));
    assertThat(receipt.sections()).extracting(Receipt.Section::id).containsExactly("fit", "engagement");
    assertThat(receipt.sections().get(0).blocks().get(0).groups().get(0).formula()).isEqualTo("10 \u00d7 1.5 = 15");

    List<Receipt.Block> blocks = receipt.sections().get(1).blocks();
    assertThat(blocks).extracting(Receipt.Block::heading).containsExactly("awareness", "Other", "");
    assertThat(blocks.get(0).note()).isEqualTo("capped at 8");
    assertThat(blocks.get(0).total()).isEqualTo(800);
    Receipt.Group pricing = blocks.get(0).groups().get(0);
    assertThat(pricing.label()).isEqualTo("Viewed pricing \u00d72");
    assertThat(pricing.formula()).isEqualTo("2 \u00d7 5 = 10");
    assertThat(pricing.lines()).extracting(Receipt.Line::when).containsExactly(Format.dayTime(2_000),
        Format.dayTime(1_000));
    assertThat(blocks.get(0).groups().get(1).lines()).singleElement()
        .satisfies(l -> assertThat(l.kind()).isEqualTo("cap"));
    assertThat(blocks.get(1).groups().get(0).formula()).isEqualTo("\u221240 \u00d7 1 = \u221240");
    assertThat(blocks.get(2).groups()).singleElement().satisfies(g -> {
      assertThat(g.lines().get(0).kind()).isEqualTo("floor");
      assertThat(g.value()).isEqualTo(3200);
    });
  }
}
