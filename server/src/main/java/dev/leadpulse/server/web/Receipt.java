package dev.leadpulse.server.web;

import java.util.List;

/**
 * A score written out as a receipt: sections (fit, engagement; or for an account, people, account
 * engagement, fit), each made of blocks (a category, say), each of groups (the awards of one
 * rule), each of lines. Amounts in hundredths.
 *
 * <p>The contract the pages and their tests rely on: the {@link Line#value values} of all lines
 * of a section add up to its {@link Section#subtotal}, and those of all sections to the
 * {@link #total}, which is the score. Group and block totals are summaries of their lines, not
 * further lines, so the templates mark them with different data attributes.
 */
public record Receipt(List<Section> sections, long total) {
  public Receipt {
    sections = List.copyOf(sections);
  }

  /** The sum of every line's value; equal to {@link #total} for a receipt built from a score. */
  public long sumOfLines() {
    return sections.stream().mapToLong(Section::sumOfLines).sum();
  }

  public String totalText() {
    return Format.points(total);
  }

  /**
   * One part of the score with its subtotal.
   *
   * @param id   a short name for anchors and data attributes: {@code fit}, {@code engagement} …
   * @param note what the part means, in a sentence; may be empty
   */
  public record Section(String id, String title, String note, List<Block> blocks, long subtotal) {
    public Section {
      blocks = List.copyOf(blocks);
    }

    public long sumOfLines() {
      return blocks.stream().flatMap(b -> b.groups().stream()).flatMap(g -> g.lines().stream())
          .mapToLong(Line::value).sum();
    }

    public boolean empty() {
      return blocks.stream().allMatch(b -> b.groups().isEmpty());
    }

    public String subtotalText() {
      return Format.points(subtotal);
    }
  }

  /**
   * Lines that belong together, such as one category's awards and its cap.
   *
   * @param heading the block's name (a category), or empty for none
   * @param note    e.g. "capped at 10"; may be empty
   */
  public record Block(String heading, String note, List<Group> groups) {
    public Block {
      groups = List.copyOf(groups);
    }

    public long total() {
      return groups.stream().mapToLong(Group::value).sum();
    }

    public String totalText() {
      return Format.points(total());
    }
  }

  /**
   * The lines of one rule (or a single line of its own). A group of several lines shows a summary
   * and opens to show every line.
   *
   * @param label   e.g. "Viewed pricing"
   * @param formula the summary of the awards, e.g. "4 × 15 = 60"
   * @param note    e.g. "worth 41.30 after decay"; may be empty
   */
  public record Group(String label, String formula, String note, List<Line> lines) {
    public Group {
      lines = List.copyOf(lines);
    }

    public boolean single() {
      return lines.size() == 1;
    }

    public long value() {
      return lines.stream().mapToLong(Line::value).sum();
    }

    public String valueText() {
      return Format.points(value());
    }

    public String signedValue() {
      return Format.signed(value());
    }
  }

  /**
   * One amount of the score.
   *
   * @param kind    fit, engagement, cap, floor or person: the line's style
   * @param label   what it is
   * @param url     a link for the label (a person), or empty
   * @param when    when it was earned, in words; may be empty
   * @param formula how it was reckoned, e.g. "10 × 1.5 = 15"; may be empty
   * @param decay   how it faded, e.g. "awarded 15, 12d 3h ago"; empty when it did not
   * @param points  as awarded, hundredths
   * @param value   as it counts now, hundredths
   */
  public record Line(String kind, String label, String url, String when, String formula, String decay, long points,
      long value) {

    /** The amount as a plain number, for the {@code data-amount} attribute. */
    public String amount() {
      return Format.points(value);
    }

    public String signedValue() {
      return Format.signed(value);
    }

    /** As awarded, for the {@code data-awarded} attribute. */
    public String awarded() {
      return Format.points(points);
    }

    public String signedAwarded() {
      return Format.signed(points);
    }

    public boolean decayed() {
      return points != value && !decay.isEmpty();
    }
  }
}
