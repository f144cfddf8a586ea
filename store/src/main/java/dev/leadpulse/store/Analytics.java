package dev.leadpulse.store;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The aggregates the analytics page reads, each one query over indexes or a single pass, never
 * the people one by one. A person counts as converted when any verdict on them is
 * {@code converted}. Scores in hundredths, times in epoch ms.
 */
public interface Analytics {

  /** The lowest and highest score of anyone scored. */
  record ScoreRange(long min, long max) {}

  /**
   * People whose score is in {@code [from, from + width)}, and how many of them converted.
   *
   * @param from the bucket's lowest score, in hundredths
   */
  record Bucket(long from, long people, long converted) {}

  /**
   * People who reached a stage (entered it or a later one), and how many of them converted.
   *
   * @param stage a stage name
   */
  record Reach(String stage, long people, long converted) {}

  /** The range of scores; empty when no one is scored. Two index lookups. */
  Optional<ScoreRange> scoreRange();

  /**
   * People by score, in buckets {@code width} wide starting at {@code lo} (no one may score under
   * {@code lo}: take it from {@link #scoreRange}). Only buckets with people, lowest first.
   *
   * @param width 1 or more hundredths
   */
  List<Bucket> histogram(long lo, long width);

  /**
   * For each of {@code stages} (in funnel order, lowest first), the people whose recorded stage
   * changes ever entered it or a later one of the list. A person who jumped straight to a later
   * stage counts at every stage before it; a stage left again still counts.
   */
  List<Reach> funnel(List<String> stages);

  /**
   * The score of the person at {@code rank} when everyone is ordered by score, highest first
   * ({@code 0} is the top score); empty when fewer people are scored. A walk of the score index.
   */
  OptionalLong scoreAtRank(long rank);

  /** People who entered any of {@code stages} at or after {@code since} (event time), each counted once. */
  long entered(List<String> stages, long since);
}
