package dev.leadpulse.core.plays;

import dev.leadpulse.core.engine.AccountScore;
import dev.leadpulse.core.engine.PersonScore;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a play's {@code when} sees: those of a stage condition ({@code traits},
 * {@code account}, {@code email_domain}, {@code score}, {@code fit}, {@code engagement},
 * {@code category}, {@code stage}), with {@code account.score} too (a number, 0 without an
 * account).
 */
final class PlayVariables implements dev.cel.runtime.CelVariableResolver {
  private final Map<String, Object> values = new HashMap<>();

  PlayVariables(Situation s) {
    PersonScore p = s.person();
    values.put("traits", p.traits());
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("id", p.account());
    account.put("traits", s.account().map(AccountScore::traits).orElse(Map.of()));
    account.put("score", s.account().map(a -> a.score() / 100.0).orElse(0.0));
    values.put("account", account);
    String email = s.email();
    values.put("email_domain", email.contains("@") ? email.substring(email.indexOf('@') + 1).toLowerCase() : "");
    values.put("score", p.score() / 100.0);
    values.put("fit", p.fit() / 100.0);
    values.put("engagement", p.engagement() / 100.0);
    Map<String, Double> categories = new HashMap<>();
    p.categories().forEach((k, v) -> categories.put(k, v / 100.0));
    values.put("category", categories);
    values.put("stage", p.stage());
  }

  @Override
  public Optional<Object> find(String name) {
    return Optional.ofNullable(values.get(name));
  }
}
