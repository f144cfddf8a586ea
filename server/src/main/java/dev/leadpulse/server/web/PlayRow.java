package dev.leadpulse.server.web;

import dev.leadpulse.core.condition.Condition;
import dev.leadpulse.core.model.Durations;
import dev.leadpulse.core.plays.Play;
import dev.leadpulse.core.plays.Plays;
import java.util.List;

/**
 * A play in force, in words (see {@link PlayWords}).
 *
 * @param on        the trigger in words: "Enters stage MQL"
 * @param onCode    the trigger as the plays file writes it: "stage_entered MQL"
 * @param condition the CEL {@code when}, or empty
 * @param actions   each action in words, in order
 * @param cooldown  e.g. {@code 7d}; empty for none
 */
public record PlayRow(String id, String on, String onCode, String condition, List<String> actions, String cooldown,
    int priority) {

  static PlayRow of(Play p, Plays plays) {
    return new PlayRow(p.id(), PlayWords.trigger(p.trigger()), p.trigger().describe(),
        p.when().map(Condition::source).orElse(""), p.actions().stream().map(a -> PlayWords.action(a, plays)).toList(),
        p.cooldown().isZero() ? "" : Durations.format(p.cooldown()), p.priority());
  }
}
