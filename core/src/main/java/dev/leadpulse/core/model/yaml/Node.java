package dev.leadpulse.core.model.yaml;

import java.util.LinkedHashMap;
import java.util.List;

/** A YAML value with the line it starts on (1-based). */
sealed interface Node {
  int line();

  /** What the node is, for messages: "a list", "a map", "text". */
  String kind();

  record Scalar(int line, String text, Type type) implements Node {
    enum Type { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    @Override
    public String kind() {
      return switch (type) {
        case STRING -> "text";
        case INTEGER, DECIMAL -> "a number";
        case BOOLEAN -> "true or false";
        case NULL -> "nothing";
      };
    }
  }

  record Sequence(int line, List<Node> items) implements Node {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A map; {@code keyLines} holds each key's line. */
  record Mapping(int line, LinkedHashMap<String, Node> entries, LinkedHashMap<String, Integer> keyLines)
      implements Node {
    @Override
    public String kind() {
      return "a map";
    }
  }
}
