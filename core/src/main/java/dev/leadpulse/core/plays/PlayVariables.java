package dev.leadpulse.core.plays;

import dev.cel.runtime.CelVariableResolver;
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
 *
 * <p>Built once per decision; the person's variables at once (cheap), {@code account} on the
 * first lookup. {@code account.score} is there only in the {@link #resolver(boolean) resolver}
 * for a play that reads it ({@link Play#readsAccountScore()}), so that the account's score (every
 * member's engagement) is read only for such plays; the others never look it up.
 */
final class PlayVariables {
  private final Situation s;
  private final Map<String, Object> values = new HashMap<>();
  private Map<String, Object> account;
  private Map<String, Object> accountWithScore;

  PlayVariables(Situation s) {
    this.s = s;
    PersonScore p = s.person();
    values.put("traits", p.traits());
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

  /** The variables for one play's {@code when}: with {@code account.score} only when {@code withAccountScore}. */
  CelVariableResolver resolver(boolean withAccountScore) {
    return name -> name.equals("account") ? Optional.of(account(withAccountScore)) : Optional.ofNullable(values.get(name));
  }

  private Map<String, Object> account(boolean withScore) {
    if (account == null) {
      account = new LinkedHashMap<>();
      account.put("id", s.person().account());
      account.put("traits", s.account().traits());
    }
    if (!withScore) {
      return account;
    }
    if (accountWithScore == null) {
      accountWithScore = new LinkedHashMap<>(account);
      accountWithScore.put("score", s.account().score().map(a -> a.score() / 100.0).orElse(0.0));
    }
    return accountWithScore;
  }
}
