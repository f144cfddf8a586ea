package dev.leadpulse.store;

import java.util.List;
import java.util.Optional;

/**
 * The scoring model's versions. A version is published inactive; it becomes the active one
 * (the one scores are computed with) once everyone has been rescored with it.
 */
public interface ModelVersions {

  /**
   * One version.
   *
   * @param version 1, 2, … in the order published
   * @param status  {@code draft} (published, not yet active), {@code active}, or {@code retired}
   */
  record ModelVersion(int version, String name, String yaml, String author, long publishedAt, String status) {}

  /** Stores a new version (status draft) and returns it. */
  ModelVersion publish(String name, String yaml, String author);

  /** Makes {@code version} the active one; the former active one becomes retired. */
  void activate(int version);

  Optional<ModelVersion> active();

  Optional<ModelVersion> get(int version);

  /** Every version, newest first. */
  List<ModelVersion> list();
}
