package dev.leadpulse.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import picocli.CommandLine.ParameterException;

/**
 * {@code serve --config FILE}: a YAML file with the options {@code port}, {@code host},
 * {@code data}, {@code db}, {@code model}, {@code plays} (file paths relative to the config's
 * folder). Options given on the command line win. Unknown
 * keys are errors, so a typo is never silently ignored.
 */
final class ConfigFile {
  private static final Set<String> KEYS = Set.of("port", "host", "data", "db", "model", "plays");

  private ConfigFile() {}

  static void apply(Path file, ServeCommand serve) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new ParameterException(serve.spec.commandLine(), "cannot read the config " + file + ": " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new ParameterException(serve.spec.commandLine(), file + ": the config must be a YAML mapping");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new ParameterException(serve.spec.commandLine(), file + ": unknown option \"" + key
            + "\" (known: port, host, data, db, model, plays)");
      }
    }
    Path base = file.toAbsolutePath().getParent();
    if (serve.port == null && root.has("port")) {
      if (!root.get("port").canConvertToInt()) {
        throw new ParameterException(serve.spec.commandLine(), file + ": port must be a number");
      }
      serve.port = root.get("port").asInt();
    }
    if (serve.host == null && root.has("host")) {
      serve.host = root.get("host").asText();
    }
    if (serve.model == null && root.has("model")) {
      serve.model = base.resolve(root.get("model").asText());
    }
    if (serve.plays == null && root.has("plays")) {
      serve.plays = base.resolve(root.get("plays").asText());
    }
    if (serve.store.db == null && root.has("db")) {
      serve.store.db = root.get("db").asText();
    }
    if (root.has("data") && serve.store.data.toString().equals("leadpulse-data")) {
      serve.store.data = base.resolve(root.get("data").asText());
    }
  }
}
