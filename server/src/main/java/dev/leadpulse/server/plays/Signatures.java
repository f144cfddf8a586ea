package dev.leadpulse.server.plays;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} then the base64 HMAC-SHA256 of
 * {@code "<webhook-id>.<webhook-timestamp>.<body>"}, keyed with the base64-decoded part of
 * the secret after {@code whsec_}. The timestamp is in seconds since the epoch.
 */
public final class Signatures {
  private Signatures() {}

  public static String sign(String secret, String id, long timestampSeconds, String body) {
    if (!secret.startsWith("whsec_")) {
      throw new IllegalArgumentException("a Standard Webhooks secret starts with whsec_");
    }
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] sig = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is always present", e);
    }
  }
}
