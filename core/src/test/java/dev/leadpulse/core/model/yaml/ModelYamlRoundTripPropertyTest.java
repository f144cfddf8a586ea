package dev.leadpulse.core.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.core.model.Model;
import dev.leadpulse.core.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A model written as YAML by {@link ModelWriter} reads back with {@link ModelReader} to an
 * equal model (conditions equal by source text), whatever rules, limits, windows, stages,
 * caps, decay, floor and grades it has.
 */
class ModelYamlRoundTripPropertyTest {
  @Provide
  Arbitrary<Model> models() {
    return ModelArbitraries.models();
  }

  @Property(tries = 200)
  void aWrittenModelReadsBackEqual(@ForAll("models") Model model) {
    String yaml = ModelWriter.write(model);

    assertThat(ModelReader.read(yaml)).as(yaml).isEqualTo(model);
  }

  @Property(tries = 50)
  void writingIsStable(@ForAll("models") Model model) {
    String yaml = ModelWriter.write(model);

    assertThat(ModelWriter.write(ModelReader.read(yaml))).isEqualTo(yaml);
  }
}
