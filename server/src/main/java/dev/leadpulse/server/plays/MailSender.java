package dev.leadpulse.server.plays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.store.Delivery;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Email over SMTP (Angus Mail) to the delivery's address, from the plays' {@code mail_from},
 * through {@code smtp_host}:{@code smtp_port}. The delivery id goes in
 * {@code X-LeadPulse-Delivery} so that repeats can be recognised.
 */
final class MailSender implements Sender {
  private record Configured(Plays.Settings settings, Session session) {}

  private final Supplier<Plays.Settings> settings;
  private final ObjectMapper json;
  private volatile Configured configured;

  /** Sends with the settings {@code settings} gives at each attempt (a new plays version may change them). */
  MailSender(Supplier<Plays.Settings> settings, ObjectMapper json) {
    this.settings = settings;
    this.json = json;
  }

  /** The session for the settings in force, made again only when they changed. */
  private Configured configured() {
    Plays.Settings now = settings.get();
    Configured c = configured;
    if (c == null || !c.settings().equals(now)) {
      Properties p = new Properties();
      p.put("mail.smtp.host", now.smtpHost());
      p.put("mail.smtp.port", Integer.toString(now.smtpPort()));
      p.put("mail.smtp.connectiontimeout", "5000");
      p.put("mail.smtp.timeout", "10000");
      c = new Configured(now, Session.getInstance(p));
      configured = c;
    }
    return c;
  }

  @Override
  public Sent send(Delivery d, long now) {
    Configured c = configured();
    Plays.Settings settings = c.settings();
    Session session = c.session();
    if (settings.smtpHost().isEmpty()) {
      return new Sent.Gone("email is not set up: give settings.smtp_host in the plays file");
    }
    try {
      JsonNode body = json.readTree(d.payload());
      MimeMessage m = new MimeMessage(session);
      m.setFrom(new InternetAddress(settings.mailFrom()));
      m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(d.target()));
      m.setSubject(body.path("subject").asText(), "UTF-8");
      m.setText(body.path("text").asText(), "UTF-8");
      m.setHeader("X-LeadPulse-Delivery", d.id());
      Transport.send(m);
      return new Sent.Delivered();
    } catch (jakarta.mail.internet.AddressException e) {
      return new Sent.Gone("not an email address: " + d.target());
    } catch (MessagingException | IOException e) {
      return new Sent.Retry("SMTP " + settings.smtpHost() + ":" + settings.smtpPort() + " failed: " + e.getMessage(),
          Optional.empty());
    }
  }
}
