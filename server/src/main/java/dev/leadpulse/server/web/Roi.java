package dev.leadpulse.server.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The guides' ROI arithmetic, for one year, exact in decimals (nothing is rounded but the ROI
 * percentage, to one decimal, half up):
 *
 * <pre>
 * leads a year     = leads a month × 12
 * new deals        = leads a year × scored conversion rate       (with the scores)
 * expected deals   = leads a year × baseline conversion rate     (at the old rate)
 * revenue lift     = new deals × ACV − expected deals × ACV
 * efficiency saved = reps × hours saved a week × hourly cost × 52
 * ROI %            = (revenue lift + efficiency saved − cost) ÷ cost × 100
 * </pre>
 *
 * Rates are percentages (5 means 5%); money in one currency; the cost is a year's.
 */
public record Roi(Inputs inputs) {
  static final BigDecimal MONTHS = BigDecimal.valueOf(12);
  static final BigDecimal WEEKS = BigDecimal.valueOf(52);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * What the calculation needs; none negative, rates at most 100.
   *
   * @param leadsPerMonth  leads the scores send to sales in a month
   * @param acv            annual contract value of a deal
   * @param baselineRate   % of leads that converted before scoring (the old rate)
   * @param scoredRate     % of scored leads that convert
   * @param reps           sales reps working the leads
   * @param hoursSaved     hours a rep saves a week by not working cold leads
   * @param hourlyCost     a rep's loaded cost per hour
   * @param annualCost     what running the scoring costs a year
   */
  public record Inputs(BigDecimal leadsPerMonth, BigDecimal acv, BigDecimal baselineRate, BigDecimal scoredRate,
      BigDecimal reps, BigDecimal hoursSaved, BigDecimal hourlyCost, BigDecimal annualCost) {
    public Inputs {
      for (BigDecimal v : new BigDecimal[] {leadsPerMonth, acv, baselineRate, scoredRate, reps, hoursSaved, hourlyCost,
          annualCost}) {
        Objects.requireNonNull(v, "every input is needed");
        if (v.signum() < 0) {
          throw new IllegalArgumentException("inputs cannot be negative: " + v.toPlainString());
        }
      }
      if (baselineRate.compareTo(HUNDRED) > 0 || scoredRate.compareTo(HUNDRED) > 0) {
        throw new IllegalArgumentException("a conversion rate is a percentage, at most 100");
      }
    }
  }

  public BigDecimal leadsPerYear() {
    return inputs.leadsPerMonth().multiply(MONTHS);
  }

  public BigDecimal newDeals() {
    return percentOf(leadsPerYear(), inputs.scoredRate());
  }

  public BigDecimal expectedDeals() {
    return percentOf(leadsPerYear(), inputs.baselineRate());
  }

  /** Revenue from the new deals, {@code newDeals × ACV}. */
  public BigDecimal newRevenue() {
    return newDeals().multiply(inputs.acv());
  }

  /** Revenue the same leads would have brought at the old rate, {@code expectedDeals × ACV}. */
  public BigDecimal expectedRevenue() {
    return expectedDeals().multiply(inputs.acv());
  }

  public BigDecimal revenueLift() {
    return newRevenue().subtract(expectedRevenue());
  }

  public BigDecimal savings() {
    return inputs.reps().multiply(inputs.hoursSaved()).multiply(inputs.hourlyCost()).multiply(WEEKS);
  }

  /** Lift plus savings less the cost. */
  public BigDecimal net() {
    return revenueLift().add(savings()).subtract(inputs.annualCost());
  }

  /** The ROI in percent, to one decimal (half up); empty when the cost is 0 (no ratio to take). */
  public Optional<BigDecimal> roiPercent() {
    if (inputs.annualCost().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(net().multiply(HUNDRED).divide(inputs.annualCost(), 1, RoundingMode.HALF_UP));
  }

  private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
    return amount.multiply(percent).movePointLeft(2);
  }
}
