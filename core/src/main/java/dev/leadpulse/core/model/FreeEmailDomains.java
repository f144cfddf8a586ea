package dev.leadpulse.core.model;

import java.util.Set;

/** Free-mail domains: addresses there name a person, not a company. */
public final class FreeEmailDomains {
  private FreeEmailDomains() {}

  /** The built-in list; a model may add more ({@code accounts.free_email_domains}). */
  public static final Set<String> BUILT_IN = Set.of(
      "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "ymail.com",
      "hotmail.com", "hotmail.co.uk", "hotmail.fr", "outlook.com", "live.com", "msn.com",
      "aol.com", "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "pm.me",
      "gmx.com", "gmx.de", "gmx.net", "web.de", "mail.com", "mail.ru", "yandex.ru", "yandex.com",
      "zoho.com", "fastmail.com", "hey.com", "tutanota.com", "qq.com", "163.com", "126.com",
      "naver.com", "orange.fr", "free.fr", "laposte.net", "libero.it", "t-online.de");
}
