package dev.leadpulse.server.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ROI calculator's form: each input with its value (as sent, or the default) and where the
 * default came from, and the {@link Roi} when every input is a valid number (otherwise the error).
 *
 * @param roi   empty when {@code error} says what is wrong
 * @param error empty when {@code roi} is there
 */
public record RoiForm(List<Field> fields, Optional<Roi> roi, String error) {
  /** The inputs' names, in {@link Roi.Inputs} order. */
  static final List<String> NAMES = List.of("leads", "acv", "baseline", "scored", "reps", "hours", "hourly", "cost");

  /**
   * One input.
   *
   * @param value  as the user sent it, or the default
   * @param source where the default comes from, in words
   */
  public record Field(String name, String label, String unit, String value, String source) {}

  /** A default value with where it came from. */
  record Default(BigDecimal value, String source) {}

  private static final Map<String, String[]> LABELS = Map.of(
      "leads", new String[] {"Leads sent to sales a month", "leads"},
      "acv", new String[] {"Annual contract value (ACV)", "$"},
      "baseline", new String[] {"Baseline conversion rate (before scoring)", "%"},
      "scored", new String[] {"Conversion rate of scored leads", "%"},
      "reps", new String[] {"Sales reps", "reps"},
      "hours", new String[] {"Hours saved a rep a week", "h"},
      "hourly", new String[] {"Loaded cost of a rep's hour", "$"},
      "cost", new String[] {"Cost of running the scoring, a year", "$"});

  /**
   * The form for {@code sent} (parameter name to text). Missing inputs take their default from
   * {@code defaults}, which must then hold them; a field without a default has an empty source.
   */
  static RoiForm of(Function<String, String> sent, Map<String, Default> defaults) {
    List<Field> fields = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    String error = "";
    for (String name : NAMES) {
      Optional<Default> d = Optional.ofNullable(defaults.get(name));
      String text = Optional.ofNullable(sent.apply(name)).map(String::strip)
          .orElseGet(() -> plain(d.orElseThrow().value()));
      String[] label = LABELS.get(name);
      fields.add(new Field(name, label[0], label[1], text, d.map(Default::source).orElse("")));
      try {
        values.add(new BigDecimal(text.replace(",", "")));
      } catch (NumberFormatException e) {
        error = error.isEmpty() ? label[0] + " must be a number." : error;
      }
    }
    if (!error.isEmpty()) {
      return new RoiForm(List.copyOf(fields), Optional.empty(), error);
    }
    try {
      return new RoiForm(List.copyOf(fields), Optional.of(new Roi(new Roi.Inputs(values.get(0), values.get(1),
          values.get(2), values.get(3), values.get(4), values.get(5), values.get(6), values.get(7)))), "");
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      return new RoiForm(List.copyOf(fields), Optional.empty(),
          Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
    }
  }

  /** Whether {@code sent} has every input (as htmx sends them), so that no default is needed. */
  static boolean complete(Function<String, String> sent) {
    return NAMES.stream().allMatch(n -> sent.apply(n) != null);
  }

  /**
   * {@code 1234.5} as {@code $1,234.50}, to the cent (half up; the arithmetic behind it is exact);
   * whole amounts without cents; negative with a minus sign.
   */
  public static String money(BigDecimal amount) {
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    DecimalFormat f = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    f.setRoundingMode(RoundingMode.HALF_UP);
    String text = "$" + f.format(amount.abs());
    return amount.signum() < 0 ? "\u2212" + text : text;
  }

  /** A count or rate, exactly, with thousands separators: {@code 2,400}, {@code 11.9988}. */
  public static String number(BigDecimal n) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    f.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
    return f.format(n);
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
