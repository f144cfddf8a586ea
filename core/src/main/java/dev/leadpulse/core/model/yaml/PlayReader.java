package dev.leadpulse.core.model.yaml;

import dev.leadpulse.core.condition.Condition;
import dev.leadpulse.core.plays.Action;
import dev.leadpulse.core.plays.Owner;
import dev.leadpulse.core.plays.Play;
import dev.leadpulse.core.plays.Templates;
import dev.leadpulse.core.plays.Trigger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one play and its actions, reporting every problem it has under {@code play ID}. */
final class PlayReader {
  static final List<String> ACTIONS = List.of("assign", "task", "slack", "webhook", "email");
  static final Set<String> ASSIGN_KEYS = Set.of("team", "strategy", "rules", "reassign");
  static final Set<String> ROUTE_KEYS = Set.of("region", "industry", "min_employees", "max_employees", "owner", "team");
  static final Set<String> TASK_KEYS = Set.of("title", "due", "priority");
  static final Set<String> SLACK_KEYS = Set.of("webhook_url", "text");
  static final Set<String> WEBHOOK_KEYS = Set.of("url", "secret");
  static final Set<String> EMAIL_KEYS = Set.of("to", "subject");

  private final List<Problem> problems;
  private final Map<String, Owner> owners;
  private String subject = "";

  PlayReader(List<Problem> problems, Map<String, Owner> owners) {
    this.problems = problems;
    this.owners = owners;
  }

  Optional<Play> read(Node node) {
    if (!(node instanceof Node.Mapping map)) {
      problems.add(new Problem(node.line(), "", "a play must be a map with id, on and actions, not " + node.kind()));
      return Optional.empty();
    }
    String id = RuleReader.idOf(node);
    subject = id.isEmpty() ? "" : "play " + id;
    Fields f = new Fields(map, subject, problems, PlaysReader.PLAY_KEYS, "a play");
    int before = problems.size();
    f.requiredText("id", "a play");
    if (f.has("id") && !Owner.ID.matcher(id).matches()) {
      f.problem("id", "play id \"" + id + "\" may hold only letters, digits, '_', '.' and '-'");
    }
    Optional<Trigger> trigger = f.requiredText("on", "a play")
        .flatMap(t -> PlaysReader.trigger(f, t, f.number("hysteresis")));
    Optional<Condition> when = PlaysReader.when(f);
    Duration cooldown = f.duration("cooldown").orElse(Duration.ZERO);
    int priority = f.integer("priority", -1_000_000, 1_000_000).orElse(0);
    if (!f.has("actions")) {
      f.problem("id", "a play needs \"actions\": a list of assign, task, slack, webhook or email");
    }
    List<Action> actions = new ArrayList<>();
    for (Node a : f.sequence("actions").map(Node.Sequence::items).orElse(List.of())) {
      action(a).ifPresent(actions::add);
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Play(id, trigger.orElseThrow(), when, actions, cooldown, priority));
    } catch (IllegalArgumentException e) {
      f.problem("id", e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Action> action(Node node) {
    if (!(node instanceof Node.Mapping m) || m.entries().size() != 1) {
      problems.add(new Problem(node.line(), subject, "an action must be a map with one key: one of "
          + String.join(", ", ACTIONS)));
      return Optional.empty();
    }
    String kind = m.entries().keySet().iterator().next();
    Fields outer = new Fields(m, subject, problems, Set.copyOf(ACTIONS), "the actions");
    if (!ACTIONS.contains(kind)) {
      return Optional.empty();
    }
    Node body = m.entries().get(kind);
    Node.Mapping map = body instanceof Node.Mapping b ? b
        : new Node.Mapping(body.line(), new java.util.LinkedHashMap<>(), new java.util.LinkedHashMap<>());
    if (!(body instanceof Node.Mapping) && !(body instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL)) {
      outer.problem(kind, kind + " must be a map, not " + body.kind());
      return Optional.empty();
    }
    int before = problems.size();
    Optional<Action> out = switch (kind) {
      case "assign" -> assign(new Fields(map, subject, problems, ASSIGN_KEYS, "assign"));
      case "task" -> task(new Fields(map, subject, problems, TASK_KEYS, "task"));
      case "slack" -> slack(new Fields(map, subject, problems, SLACK_KEYS, "slack"));
      case "webhook" -> webhook(new Fields(map, subject, problems, WEBHOOK_KEYS, "webhook"));
      default -> email(new Fields(map, subject, problems, EMAIL_KEYS, "email"));
    };
    return problems.size() > before ? Optional.empty() : out;
  }

  private Optional<Action> assign(Fields f) {
    String team = f.text("team").orElse("");
    if (!team.isEmpty() && owners.values().stream().noneMatch(o -> o.team().equals(team))) {
      f.problem("team", "no owner is in team \"" + team + "\"" + Suggestions.closest(team,
          owners.values().stream().map(Owner::team).toList()).map(s -> "; did you mean \"" + s + "\"?").orElse(""));
    }
    if (owners.isEmpty()) {
      f.problem("team", "assign needs owners: list them under owners");
    }
    Action.Assign.Strategy strategy = switch (f.text("strategy").orElse("round_robin")) {
      case "round_robin", "rules" -> Action.Assign.Strategy.ROUND_ROBIN;
      case "region" -> Action.Assign.Strategy.REGION;
      default -> {
        f.problem("strategy", "strategy must be round_robin, region or rules");
        yield Action.Assign.Strategy.ROUND_ROBIN;
      }
    };
    List<Action.Route> rules = new ArrayList<>();
    for (Node r : f.sequence("rules").map(Node.Sequence::items).orElse(List.of())) {
      route(r).ifPresent(rules::add);
    }
    return Optional.of(new Action.Assign(team, strategy, rules, f.bool("reassign").orElse(false)));
  }

  private Optional<Action.Route> route(Node node) {
    if (!(node instanceof Node.Mapping m)) {
      problems.add(new Problem(node.line(), subject, "a routing rule must be a map, not " + node.kind()));
      return Optional.empty();
    }
    Fields f = new Fields(m, subject, problems, ROUTE_KEYS, "a routing rule");
    Optional<String> owner = f.text("owner");
    Optional<String> team = f.text("team");
    owner.filter(o -> !owners.containsKey(o)).ifPresent(o -> f.problem("owner", "owner \"" + o + "\" is not listed"
        + Suggestions.closest(o, owners.keySet()).map(s -> "; did you mean \"" + s + "\"?").orElse("")));
    if (owner.isPresent() == team.isPresent()) {
      f.problem(owner.isPresent() ? "owner" : "region", "a routing rule needs either owner or team");
      return Optional.empty();
    }
    long min = f.number("min_employees").map(java.math.BigDecimal::longValue).orElse(0L);
    long max = f.number("max_employees").map(java.math.BigDecimal::longValue).orElse(Long.MAX_VALUE);
    if (min > max) {
      f.problem("min_employees", "min_employees must not exceed max_employees");
      return Optional.empty();
    }
    return Optional.of(new Action.Route(f.texts("region").orElse(List.of()), f.texts("industry").orElse(List.of()),
        min, max, owner, team));
  }

  private Optional<Action> task(Fields f) {
    String title = template(f, "title", "Follow up with {{person.name}}: {{trigger.summary}}");
    Duration due = f.duration("due").orElse(Duration.ofDays(1));
    String priority = f.text("priority").orElse("normal");
    if (!List.of("low", "normal", "high").contains(priority)) {
      f.problem("priority", "task priority must be low, normal or high, not \"" + priority + "\"");
      return Optional.empty();
    }
    return Optional.of(new Action.Task(title, due, priority));
  }

  private Optional<Action> slack(Fields f) {
    Optional<String> url = f.requiredText("webhook_url", "slack").filter(u -> httpUrl(f, "webhook_url", u));
    String text = template(f, "text", "{{person.name}}: {{trigger.summary}}");
    return url.map(u -> new Action.Slack(u, text));
  }

  private Optional<Action> webhook(Fields f) {
    Optional<String> url = f.requiredText("url", "webhook").filter(u -> httpUrl(f, "url", u));
    Optional<String> secret = f.requiredText("secret", "webhook").filter(s -> {
      boolean ok = s.startsWith("whsec_") && base64(s.substring(6));
      if (!ok) {
        f.problem("secret", "secret must be whsec_ followed by base64 (Standard Webhooks)");
      }
      return ok;
    });
    return url.isPresent() && secret.isPresent() ? Optional.of(new Action.Webhook(url.get(), secret.get()))
        : Optional.empty();
  }

  private Optional<Action> email(Fields f) {
    String to = f.text("to").orElse("owner");
    if (!to.equals("owner") && !to.contains("@")) {
      f.problem("to", "to must be owner or an email address, not \"" + to + "\"");
    }
    return Optional.of(new Action.Email(to, template(f, "subject", "{{person.name}}: {{trigger.summary}}")));
  }

  private static String template(Fields f, String key, String byDefault) {
    String text = f.text(key).orElse(byDefault);
    for (String unknown : Templates.unknown(text)) {
      f.problem(key, "{{" + unknown + "}} is not a template name" + Suggestions.closest(unknown, Templates.NAMES)
          .map(s -> "; did you mean {{" + s + "}}?").orElse("; use one of " + String.join(", ",
              Templates.NAMES.stream().sorted().toList())));
    }
    return text;
  }

  private static boolean httpUrl(Fields f, String key, String url) {
    boolean ok = url.startsWith("https://") || url.startsWith("http://");
    if (!ok) {
      f.problem(key, key + " must be an http(s) URL, not \"" + url + "\"");
    }
    return ok;
  }

  private static boolean base64(String s) {
    try {
      return !s.isEmpty() && java.util.Base64.getDecoder().decode(s).length > 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
