package dev.leadpulse.server.web;

import dev.leadpulse.store.Analytics.Bucket;
import java.util.ArrayList;
import java.util.List;

/**
 * The score distribution and conversion by score band, from the store's histogram on a
 * {@link ScoreScale}: every bucket and band of the scale is listed, empty ones with zeros.
 *
 * @param buckets the histogram, lowest first
 * @param bands   conversion by band, lowest first
 */
public record ScoreFigures(ScoreScale scale, List<Row> buckets, List<Row> bands) {

  /**
   * People with a score in {@code [from, to)} and how many of them converted.
   *
   * @param label "40–60", in points
   * @param rate  converted ÷ people as a percentage, or an en dash when no one is there
   */
  public record Row(long from, long to, String label, long people, long converted, String rate) {
    static Row of(long from, long to, long people, long converted) {
      return new Row(from, to, Format.points(from) + "\u2013" + Format.points(to), people, converted,
          Format.percent(converted, people));
    }
  }

  static ScoreFigures of(ScoreScale scale, List<Bucket> histogram) {
    int n = scale.bands() * ScoreScale.BUCKETS_PER_BAND;
    long[][] buckets = new long[n][2];
    for (Bucket b : histogram) {
      int i = (int) Math.floorDiv(b.from() - scale.lo(), scale.bucket());
      buckets[i][0] += b.people();
      buckets[i][1] += b.converted();
    }
    List<Row> bucketRows = new ArrayList<>();
    long[][] bands = new long[scale.bands()][2];
    for (int i = 0; i < n; i++) {
      long from = scale.lo() + i * scale.bucket();
      bucketRows.add(Row.of(from, from + scale.bucket(), buckets[i][0], buckets[i][1]));
      bands[scale.bandOf(from)][0] += buckets[i][0];
      bands[scale.bandOf(from)][1] += buckets[i][1];
    }
    List<Row> bandRows = new ArrayList<>();
    for (int i = 0; i < scale.bands(); i++) {
      bandRows.add(Row.of(scale.bandStart(i), scale.bandStart(i + 1), bands[i][0], bands[i][1]));
    }
    return new ScoreFigures(scale, List.copyOf(bucketRows), List.copyOf(bandRows));
  }

  public long people() {
    return bands.stream().mapToLong(Row::people).sum();
  }

  public long converted() {
    return bands.stream().mapToLong(Row::converted).sum();
  }
}
