package dev.leadpulse.server.plays;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.plays.Action;
import dev.leadpulse.core.plays.Decision;
import dev.leadpulse.core.plays.Reasons;
import java.time.Instant;

/**
 * The bodies alerts carry, built when the play fires (so a retry sends the same bytes):
 * Slack's incoming-webhook JSON (text plus blocks: the summary, score, stage, owner, the top
 * reasons and a link to the person), the webhook event, and the email's subject and text.
 */
final class Payloads {
  private final ObjectMapper json;

  Payloads(ObjectMapper json) {
    this.json = json;
  }

  String slack(Action.Slack a, Context c) {
    ObjectNode o = json.createObjectNode();
    String url = c.get("person.url");
    o.put("text", c.fill(a.text()));
    ArrayNode blocks = o.putArray("blocks");
    blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
        .put("text", "*<" + url + "|" + escape(c.get("person.name")) + ">* " + escape(c.get("trigger.summary")));
    ArrayNode fields = blocks.addObject().put("type", "section").putArray("fields");
    fields.addObject().put("type", "mrkdwn").put("text", "*Score*\n" + c.get("person.score"));
    fields.addObject().put("type", "mrkdwn").put("text", "*Stage*\n" + orDash(c.get("person.stage")));
    fields.addObject().put("type", "mrkdwn").put("text", "*Owner*\n" + orDash(c.get("owner.name")));
    fields.addObject().put("type", "mrkdwn").put("text", "*Play*\n" + c.get("play.id"));
    if (!c.reasons().isEmpty()) {
      StringBuilder top = new StringBuilder("*Top contributions*");
      for (Reasons.Top r : c.reasons()) {
        top.append("\n• ").append(escape(r.words())).append(" (+").append(Hundredths.format(r.value())).append(')');
      }
      blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", top.toString());
    }
    ObjectNode button = blocks.addObject().put("type", "actions").putArray("elements").addObject();
    button.put("type", "button").put("url", url).putObject("text").put("type", "plain_text").put("text",
        "Open in LeadPulse");
    return write(o);
  }

  /** The webhook body: {@code {"type": "play.fired", "timestamp", "data": {…}}}. */
  String webhook(Decision.Fired f, Context c, long now) {
    ObjectNode o = json.createObjectNode();
    o.put("type", "play.fired");
    o.put("timestamp", Instant.ofEpochMilli(now).toString());
    ObjectNode data = o.putObject("data");
    data.put("play", f.play().id());
    data.put("on", f.play().trigger().describe());
    data.put("summary", f.summary());
    ObjectNode person = data.putObject("person");
    person.put("id", c.get("person.id")).put("name", c.get("person.name")).put("email", c.get("person.email"))
        .put("score", c.get("person.score")).put("stage", c.get("person.stage")).put("account", c.get("account.id"))
        .put("url", c.get("person.url"));
    f.owner().ifPresent(ow -> data.putObject("owner").put("id", ow.id()).put("name", ow.name()).put("email", ow.email()));
    ArrayNode reasons = data.putArray("reasons");
    c.reasons().forEach(r -> reasons.addObject().put("label", r.label()).put("times", r.times())
        .put("points", Hundredths.toDecimal(r.value())));
    return write(o);
  }

  /** {@code {"subject", "text"}}. */
  String email(Action.Email a, Context c) {
    StringBuilder text = new StringBuilder();
    text.append(c.get("person.name")).append(": ").append(c.get("trigger.summary")).append("\n\n");
    text.append("Score ").append(c.get("person.score"));
    if (!c.get("person.stage").isEmpty()) {
      text.append(", stage ").append(c.get("person.stage"));
    }
    text.append(".\n");
    for (Reasons.Top r : c.reasons()) {
      text.append("- ").append(r.words()).append(" (+").append(Hundredths.format(r.value())).append(")\n");
    }
    text.append("\n").append(c.get("person.url")).append("\n");
    return write(json.createObjectNode().put("subject", c.fill(a.subject())).put("text", text.toString()));
  }

  /** The task's body: the trigger, the reasons with their points, and the link. */
  static String taskBody(Context c) {
    StringBuilder b = new StringBuilder(c.get("trigger.summary")).append('.');
    b.append(" Score ").append(c.get("person.score"));
    if (!c.get("person.stage").isEmpty()) {
      b.append(", stage ").append(c.get("person.stage"));
    }
    b.append('.');
    for (Reasons.Top r : c.reasons()) {
      b.append("\n- ").append(r.words()).append(" (+").append(Hundredths.format(r.value())).append(')');
    }
    return b.append('\n').append(c.get("person.url")).toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String orDash(String s) {
    return s.isEmpty() ? "—" : s;
  }

  private String write(ObjectNode o) {
    try {
      return json.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("payloads are plain JSON", e);
    }
  }
}
