package dev.leadpulse.core.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How people are grouped into accounts: by the {@code groupId} of their latest
 * {@code group} call, or by the domain of {@code traits.email} (free-mail domains excepted).
 *
 * @param freeEmailDomains the model's additions to {@link FreeEmailDomains#BUILT_IN}
 */
public record Accounts(Key key, Set<String> freeEmailDomains) {
  /** What keys an account. */
  public enum Key { GROUP, EMAIL_DOMAIN }

  public static final Accounts DEFAULT = new Accounts(Key.GROUP, Set.of());

  public Accounts {
    Objects.requireNonNull(key, "key");
    TreeSet<String> lower = new TreeSet<>();
    for (String d : freeEmailDomains) {
      lower.add(d.toLowerCase(Locale.ROOT).strip());
    }
    freeEmailDomains = java.util.Collections.unmodifiableSet(lower);
  }

  /** Whether {@code domain} (lower case) is a free-mail domain: built in, or added here. */
  public boolean isFreeMail(String domain) {
    return FreeEmailDomains.BUILT_IN.contains(domain) || freeEmailDomains.contains(domain);
  }
}
