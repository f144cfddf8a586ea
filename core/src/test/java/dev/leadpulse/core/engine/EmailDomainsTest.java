package dev.leadpulse.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link EmailDomains} gives the very string (interned) that the expression it replaces
 * gives, on every call, for plain and unusual addresses alike.
 */
class EmailDomainsTest {
  private final EmailDomains domains = new EmailDomains();

  @Provide
  Arbitrary<String> emails() {
    Arbitrary<String> local = Arbitraries.strings().withChars("ab.@ ").ofMaxLength(4);
    Arbitrary<String> domain = Arbitraries.oneOf(Arbitraries.of("acme.io", "ACME.io", " acme.io ", "gmail.com", "",
        "x-y_z.co", "Ünï.de", "acme.io\t", "a@b.c"), Arbitraries.strings().withChars("abAB.-_ 1é").ofMaxLength(6));
    return net.jqwik.api.Combinators.combine(local, Arbitraries.of("@", ""), domain).as((l, at, d) -> l + at + d);
  }

  @Property(tries = 3000)
  void givesTheInternedDomainOfTheExpression(@ForAll("emails") String email) {
    int at = email.lastIndexOf('@');
    String expected = at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT).intern();
    for (int call = 0; call < 2; call++) {
      // A fresh copy each time: the answer may not depend on the caller's instance.
      assertThat(domains.of(new String(email.toCharArray()))).isSameAs(expected);
    }
  }
}
