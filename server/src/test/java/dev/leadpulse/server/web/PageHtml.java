package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leadpulse.server.testing.Http;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a browser test would read from a dashboard page's HTML: the receipt's amounts (every
 * {@code data-amount}), its sections' subtotals and total, and a chart's config.
 */
final class PageHtml {
  private static final Pattern AMOUNT = Pattern.compile("data-amount=\"([^\"]*)\"");
  private static final Pattern SUBTOTAL = Pattern.compile("data-subtotal=\"([^\"]*)\"");
  private static final Pattern TOTAL = Pattern.compile("data-total=\"([^\"]*)\"");
  private static final Pattern CHART = Pattern.compile("data-chart=\"([^\"]*)\"");

  private PageHtml() {}

  /** Every line amount in {@code html}. */
  static List<BigDecimal> amounts(String html) {
    List<BigDecimal> out = new ArrayList<>();
    Matcher m = AMOUNT.matcher(html);
    while (m.find()) {
      out.add(new BigDecimal(m.group(1)));
    }
    return out;
  }

  static BigDecimal sum(String html) {
    return amounts(html).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static BigDecimal total(String html) {
    Matcher m = TOTAL.matcher(html);
    assertThat(m.find()).as("a receipt total in the page").isTrue();
    return new BigDecimal(m.group(1));
  }

  /**
   * Checks the receipt's arithmetic: the lines of each section add up to its subtotal, the
   * subtotals to the total, and the total is {@code score}. Returns the number of lines.
   */
  static int assertReceiptAddsUp(String html, BigDecimal score) {
    String receipt = html.substring(html.indexOf("class=\"receipt\""));
    String[] sections = receipt.split("<section class=\"receipt-section\"");
    assertThat(sections.length).as("receipt sections").isGreaterThan(1);
    BigDecimal subtotals = BigDecimal.ZERO;
    for (int i = 1; i < sections.length; i++) {
      Matcher m = SUBTOTAL.matcher(sections[i]);
      assertThat(m.find()).isTrue();
      BigDecimal subtotal = new BigDecimal(m.group(1));
      assertThat(sum(sections[i])).as("lines of section %s", i).isEqualByComparingTo(subtotal);
      subtotals = subtotals.add(subtotal);
    }
    assertThat(subtotals).as("subtotals").isEqualByComparingTo(total(html));
    assertThat(sum(html)).as("every line").isEqualByComparingTo(score);
    assertThat(total(html)).as("total").isEqualByComparingTo(score);
    return amounts(html).size();
  }

  /** The config of the first chart in the page, as the browser's script would parse it. */
  static JsonNode chart(String html) throws Exception {
    Matcher m = CHART.matcher(html);
    assertThat(m.find()).as("a chart in the page").isTrue();
    String config = m.group(1).replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return Http.JSON.readTree(config);
  }
}
