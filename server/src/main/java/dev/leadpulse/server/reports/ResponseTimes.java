package dev.leadpulse.server.reports;

import dev.leadpulse.store.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Response times per owner: from a play's trigger to the first touch (a disposition) on the
 * person. Percentiles are nearest-rank over the touched triggers (the value at rank
 * ⌈p/100 · n⌉ of the sorted times), so a reported time is one that happened; triggers not yet
 * touched are counted apart and leave the percentiles alone.
 */
public final class ResponseTimes {
  /**
   * One owner's figures, in ms.
   *
   * @param median 0 when nothing was touched yet (then {@code touched} is 0)
   */
  public record OwnerTimes(String owner, int triggers, int touched, long median, long p90) {}

  private ResponseTimes() {}

  /** Each owner's figures, by owner id. */
  public static List<OwnerTimes> byOwner(List<Reports.Response> responses) {
    Map<String, List<Reports.Response>> byOwner = new TreeMap<>();
    responses.forEach(r -> byOwner.computeIfAbsent(r.owner(), o -> new ArrayList<>()).add(r));
    List<OwnerTimes> out = new ArrayList<>();
    byOwner.forEach((owner, rs) -> {
      long[] times = rs.stream().filter(Reports.Response::touched).mapToLong(r -> r.firstTouchAt() - r.triggeredAt())
          .sorted().toArray();
      out.add(new OwnerTimes(owner, rs.size(), times.length, percentile(times, 50), percentile(times, 90)));
    });
    return out;
  }

  /** The nearest-rank {@code p}th percentile of {@code sorted} (ascending); 0 when empty. */
  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
  }
}
