package dev.leadpulse.core.model.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** Parses YAML text into {@link Node}s that remember their lines. */
final class YamlTree {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private YamlTree() {}

  /** Thrown for text that is not YAML at all; carries the line of the error. */
  static final class SyntaxError extends Exception {
    final int line;

    SyntaxError(String message, int line) {
      super(message);
      this.line = line;
    }
  }

  static Node parse(String text, List<Problem> problems) throws SyntaxError {
    try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new SyntaxError("the file is empty", 1);
      }
      Node root = read(p, problems);
      if (p.nextToken() != null) {
        throw new SyntaxError("the file holds more than one YAML document", line(p));
      }
      return root;
    } catch (IOException e) {
      int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
          ? jpe.getLocation().getLineNr() : 1;
      String message = e.getMessage() == null ? "not valid YAML" : e.getMessage().lines().findFirst().orElse("not valid YAML");
      throw new SyntaxError("not valid YAML: " + message, Math.max(line, 1));
    }
  }

  private static Node read(YAMLParser p, List<Problem> problems) throws IOException {
    int line = line(p);
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
        LinkedHashMap<String, Integer> keyLines = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          int keyLine = line(p);
          p.nextToken();
          Node value = read(p, problems);
          if (entries.containsKey(key)) {
            problems.add(new Problem(keyLine, "", "the key \"" + key + "\" appears twice in this map (first on line "
                + keyLines.get(key) + ")"));
            continue;
          }
          entries.put(key, value);
          keyLines.put(key, keyLine);
        }
        return new Node.Mapping(line, entries, keyLines);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(p, problems));
        }
        return new Node.Sequence(line, items);
      }
      case VALUE_STRING -> {
        return new Node.Scalar(line, p.getText(), Node.Scalar.Type.STRING);
      }
      case VALUE_NUMBER_INT -> {
        return new Node.Scalar(line, p.getText(), Node.Scalar.Type.INTEGER);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Node.Scalar(line, p.getText(), Node.Scalar.Type.DECIMAL);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node.Scalar(line, p.getText(), Node.Scalar.Type.BOOLEAN);
      }
      case VALUE_NULL -> {
        return new Node.Scalar(line, "", Node.Scalar.Type.NULL);
      }
      default -> throw new IOException("unexpected " + t);
    }
  }

  private static int line(JsonParser p) {
    return Math.max(p.currentTokenLocation().getLineNr(), 1);
  }

  /**
   * The root mapping of {@code yaml}, or empty after adding to {@code problems} why there is
   * none: a syntax error, or a root that is not a map ({@code notAMap} says what it should
   * be, e.g. "a model must be a map with name, engagement, stages…").
   */
  static Optional<Node.Mapping> rootMapping(String yaml, List<Problem> problems, String notAMap) {
    Node root;
    try {
      root = parse(yaml, problems);
    } catch (SyntaxError e) {
      problems.add(new Problem(e.line, "", e.getMessage()));
      return Optional.empty();
    }
    if (!(root instanceof Node.Mapping map)) {
      problems.add(new Problem(root.line(), "", notAMap + ", not " + root.kind()));
      return Optional.empty();
    }
    return Optional.of(map);
  }
}
