package dev.leadpulse.server.web;

import dev.leadpulse.core.Hundredths;
import dev.leadpulse.core.model.Durations;
import dev.leadpulse.core.plays.Action;
import dev.leadpulse.core.plays.Plays;
import dev.leadpulse.core.plays.Trigger;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plays in words, for people who did not write the plays file: triggers, actions, and where an
 * alert goes. Never shows a secret: webhook signing secrets are left out, a Slack incoming-webhook
 * URL (a secret itself) shows as its host only, and other URLs lose their query and user info.
 */
final class PlayWords {
  private PlayWords() {}

  static String trigger(Trigger trigger) {
    return switch (trigger) {
      case Trigger.StageEntered t -> "Enters stage " + t.stage();
      case Trigger.ScoreAbove t -> "Score reaches " + Hundredths.format(t.threshold()) + hysteresis(t.threshold(),
          t.hysteresis());
      case Trigger.ScoreDropped t -> "Score falls by " + Hundredths.format(t.drop()) + " within "
          + Durations.format(t.within());
      case Trigger.EventNamed t -> "Sends the event " + t.name();
      case Trigger.Inactive t -> "No activity for " + Durations.format(t.idle());
      case Trigger.AccountScoreAbove t -> "Their account's score reaches " + Hundredths.format(t.threshold())
          + hysteresis(t.threshold(), t.hysteresis());
    };
  }

  private static String hysteresis(long threshold, long hysteresis) {
    return hysteresis == 0 ? "" : " (again once back under " + Hundredths.format(threshold - hysteresis) + ")";
  }

  static String action(Action action, Plays plays) {
    return switch (action) {
      case Action.Assign a -> assign(a, plays);
      case Action.Task t -> "Create a " + t.priority() + "-priority task \u201c" + t.title() + "\u201d, due "
          + (t.due().isZero() ? "at once" : "in " + Durations.format(t.due()));
      case Action.Slack s -> "Alert in Slack (" + target("slack", s.webhookUrl()) + ")";
      case Action.Webhook w -> "Send a signed webhook to " + target("webhook", w.url());
      case Action.Email e -> "Email " + (e.to().equals("owner") ? "the owner" : e.to())
          + (e.subject().isEmpty() ? "" : ": \u201c" + e.subject() + "\u201d");
    };
  }

  private static String assign(Action.Assign a, Plays plays) {
    List<String> parts = new ArrayList<>();
    for (Action.Route r : a.rules()) {
      parts.add(route(r, plays));
    }
    String fallback = (a.strategy() == Action.Assign.Strategy.REGION ? "by region" : "round robin")
        + (a.team().isEmpty() ? " among all owners" : " in team " + a.team());
    String routing = parts.isEmpty() ? fallback : String.join("; ", parts) + "; otherwise " + fallback;
    return "Assign an owner: " + routing + (a.reassign() ? " (replacing any owner)" : " (keeping an existing owner)");
  }

  private static String route(Action.Route r, Plays plays) {
    List<String> when = new ArrayList<>();
    if (!r.regions().isEmpty()) {
      when.add("region " + String.join("/", r.regions()));
    }
    if (!r.industries().isEmpty()) {
      when.add("industry " + String.join("/", r.industries()));
    }
    if (r.minEmployees() > 0 || r.maxEmployees() < Long.MAX_VALUE) {
      when.add(r.maxEmployees() == Long.MAX_VALUE ? r.minEmployees() + "+ employees"
          : r.minEmployees() + "\u2013" + r.maxEmployees() + " employees");
    }
    String to = r.owner().map(o -> plays.owner(o).map(dev.leadpulse.core.plays.Owner::name).orElse(o))
        .orElseGet(() -> "team " + r.team().orElse(""));
    return (when.isEmpty() ? "anyone" : String.join(", ", when)) + " \u2192 " + to;
  }

  /** Where a delivery goes, safe to show: see the class comment. */
  static String target(String channel, String target) {
    if (channel.equals("email")) {
      return target;
    }
    Optional<URI> uri = parse(target);
    if (uri.isEmpty() || uri.get().getHost() == null) {
      return "(an address that is not a URL)";
    }
    URI u = uri.get();
    String port = u.getPort() < 0 ? "" : ":" + u.getPort();
    if (channel.equals("slack")) {
      return u.getHost() + port + "/\u2026";
    }
    return u.getScheme() + "://" + u.getHost() + port + (u.getRawPath() == null ? "" : u.getRawPath());
  }

  private static Optional<URI> parse(String text) {
    try {
      return Optional.of(new URI(text));
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
