package dev.leadpulse.core.plays;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a play does when it fires. Texts may hold templates ({@code {{person.name}}},
 * {@code {{trigger.summary}}}, see {@link Templates}). Slack, webhook and email are alerts:
 * they count against an owner's hourly alert limit, and are held (the play still makes its
 * task) when the limit is reached.
 */
public sealed interface Action {
  /** Whether this action alerts someone (and so counts against the owner's hourly limit). */
  default boolean isAlert() {
    return false;
  }

  /**
   * Assigns an owner. Keeps the person's existing owner unless {@code reassign}.
   *
   * @param team  the team to pick within (round robin); empty for every owner
   * @param rules routing rules tried first, in order; the first that matches decides
   */
  record Assign(String team, Strategy strategy, List<Route> rules, boolean reassign) implements Action {
    /** How an owner is picked when no rule matches. */
    public enum Strategy { ROUND_ROBIN, REGION }

    public Assign {
      Objects.requireNonNull(team, "team");
      Objects.requireNonNull(strategy, "strategy");
      rules = List.copyOf(rules);
    }
  }

  /**
   * A routing rule: when the person's (or their account's) traits match every given
   * criterion, the lead goes to {@code owner}, or round robin within {@code team}.
   *
   * @param regions     matches traits.region (any of these); empty for any
   * @param industries  matches traits.industry (any of these); empty for any
   * @param minEmployees matches traits.employees at least this; 0 for any
   * @param maxEmployees matches traits.employees at most this; {@code Long.MAX_VALUE} for any
   */
  record Route(List<String> regions, List<String> industries, long minEmployees, long maxEmployees,
      Optional<String> owner, Optional<String> team) {
    public Route {
      regions = List.copyOf(regions);
      industries = List.copyOf(industries);
      Checks.require(owner.isPresent() != team.isPresent(), "a routing rule needs either owner or team");
      Checks.require(minEmployees <= maxEmployees, "min_employees must not exceed max_employees");
    }
  }

  /** Creates a task for the owner, due {@code due} after the play fires. */
  record Task(String title, Duration due, String priority) implements Action {
    public Task {
      Checks.require(!Objects.requireNonNull(title, "title").isBlank(), "a task needs a title");
      Objects.requireNonNull(due, "due");
      Checks.require(List.of("low", "normal", "high").contains(priority), "task priority must be low, normal or high");
    }
  }

  /** Posts to a Slack incoming webhook: text and blocks with the reasons and a link. */
  record Slack(String webhookUrl, String text) implements Action {
    public Slack {
      Checks.require(webhookUrl.startsWith("https://") || webhookUrl.startsWith("http://"),
          "slack webhook_url must be an http(s) URL");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public boolean isAlert() {
      return true;
    }
  }

  /** POSTs a signed event (Standard Webhooks) to {@code url}, signed with {@code secret} ({@code whsec_…}). */
  record Webhook(String url, String secret) implements Action {
    public Webhook {
      Checks.require(url.startsWith("https://") || url.startsWith("http://"), "webhook url must be an http(s) URL");
      Checks.require(secret.startsWith("whsec_") && secret.length() > 6, "webhook secret must start with whsec_");
    }

    @Override
    public boolean isAlert() {
      return true;
    }
  }

  /** Emails {@code to}: {@code owner} for the assigned owner, or an address. */
  record Email(String to, String subject) implements Action {
    public Email {
      Checks.require(to.equals("owner") || to.contains("@"), "email to must be owner or an address");
      Objects.requireNonNull(subject, "subject");
    }

    @Override
    public boolean isAlert() {
      return true;
    }
  }
}
