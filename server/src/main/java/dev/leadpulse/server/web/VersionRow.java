package dev.leadpulse.server.web;

import dev.leadpulse.store.ModelVersions.ModelVersion;
import dev.leadpulse.store.PlaysVersions.PlaysVersion;

/**
 * A published version of the model or the plays file, as the version lists show it.
 *
 * @param name      the model's name; empty for plays
 * @param published when, in UTC
 * @param status    active, retired, or (a model still being rescored) draft
 */
public record VersionRow(int version, String name, String author, String published, String status) {

  static VersionRow of(ModelVersion v) {
    return new VersionRow(v.version(), v.name(), v.author(), Format.dayTime(v.publishedAt()), v.status());
  }

  static VersionRow of(PlaysVersion v) {
    return new VersionRow(v.version(), "", v.author(), Format.dayTime(v.publishedAt()), v.status());
  }

  public boolean active() {
    return status.equals("active");
  }
}
