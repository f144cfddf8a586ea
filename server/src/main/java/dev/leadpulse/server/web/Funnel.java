package dev.leadpulse.server.web;

import dev.leadpulse.store.Analytics.Reach;
import java.util.ArrayList;
import java.util.List;

/**
 * The funnel: everyone scored, then each stage of the model in order (people who ever reached
 * it or a later one, from the recorded stage changes), then the people converted (a
 * {@code converted} verdict). Each step with its share of the step before and of everyone.
 *
 * @param steps people, the stages, converted
 * @param stages the stages alone, each with how many of the people who reached it converted
 */
public record Funnel(List<Step> steps, List<Step> stages) {

  /**
   * One step.
   *
   * @param ofPrevious this step ÷ the step before, as a percentage (empty for the first)
   * @param ofAll      this step ÷ everyone, as a percentage
   * @param converted  of the people at this step, how many converted
   * @param conversion converted ÷ people at this step, as a percentage
   */
  public record Step(String name, long people, String ofPrevious, String ofAll, long converted, String conversion) {}

  static Funnel of(long people, long converted, List<Reach> reached) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("People", people, "", Format.percent(people, people), converted,
        Format.percent(converted, people)));
    long previous = people;
    for (Reach r : reached) {
      steps.add(new Step(r.stage(), r.people(), Format.percent(r.people(), previous), Format.percent(r.people(), people),
          r.converted(), Format.percent(r.converted(), r.people())));
      previous = r.people();
    }
    // The last step's rate is of the people at the last stage who converted; converted people who never
    // reached a stage still count in the step itself.
    long convertedAtLast = reached.isEmpty() ? converted : reached.getLast().converted();
    steps.add(new Step("Converted", converted, Format.percent(convertedAtLast, previous),
        Format.percent(converted, people), converted, ""));
    return new Funnel(List.copyOf(steps), List.copyOf(steps.subList(1, steps.size() - 1)));
  }

  /** The first stage's name to the last's ("MQL → SQL"), or empty when the model has fewer than two stages. */
  public String firstToLastName() {
    return stages.size() < 2 ? "" : stages.getFirst().name() + " \u2192 " + stages.getLast().name();
  }

  /** Of the people who reached the first stage, the share who reached the last. */
  public String firstToLastRate() {
    return stages.size() < 2 ? "\u2013" : Format.percent(stages.getLast().people(), stages.getFirst().people());
  }
}
