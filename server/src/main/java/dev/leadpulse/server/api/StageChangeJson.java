package dev.leadpulse.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leadpulse.server.json.ScoreJson;
import dev.leadpulse.store.StageChangeRow;

/** A recorded stage change as JSON. */
final class StageChangeJson {
  private StageChangeJson() {}

  static ObjectNode of(ObjectMapper json, StageChangeRow c) {
    return json.createObjectNode().put("seq", c.seq()).put("person", c.person()).put("time", ScoreJson.time(c.time()))
        .put("from", c.from()).put("to", c.to()).put("why", c.why()).put("recordedAt", ScoreJson.time(c.recordedAt()));
  }
}
