package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.server.testing.Browser;
import dev.leadpulse.server.testing.Signed;
import dev.leadpulse.server.testing.TestServer;
import dev.leadpulse.store.Users.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What only a browser shows: Chart.js draws the analytics charts from their data attributes, and
 * the ROI figures follow the inputs as you type (htmx). In Debian's headless Chromium ({@link Browser}).
 */
class AnalyticsBrowserTest {
  @TempDir
  Path dir;

  private TestServer server;
  private Browser chromium;
  private ChromeDriver browser;

  @BeforeEach
  void start() throws Exception {
    server = DashboardFixture.start(dir);
    DashboardFixture.activity(server, "dana", "Dana Scully", "VP Sales", "Demo Requested", "Pricing Viewed");
    DashboardFixture.activity(server, "walter", "Walter Skinner", "Director", "Pricing Viewed");
    Signed admin = Signed.in(server, "boss", Role.ADMIN, "");
    admin.post("/people/dana/verdict", Map.of("verdict", "converted"));
    chromium = Browser.start();
    browser = chromium.driver();
    browser.get(server.url() + "/signin");
    String cookie = admin.cookie();
    browser.manage().addCookie(new Cookie(cookie.substring(0, cookie.indexOf('=')), cookie.substring(cookie.indexOf('=') + 1)));
  }

  @AfterEach
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @Test
  void theChartsAreDrawn() {
    browser.get(server.url() + "/analytics");
    for (String id : new String[] {"score-histogram", "ingest-chart"}) {
      waiting().until(d -> Boolean.TRUE.equals(browser.executeScript(
          "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById(arguments[0])) !== undefined",
          id)));
    }
    Object people = browser.executeScript(
        "return Chart.getChart(document.getElementById('score-histogram')).data.datasets[0].data.reduce((a, b) => a + b, 0)");
    assertThat(((Number) people).intValue()).isEqualTo(2);
  }

  @Test
  void theRoiFollowsTheInputsAsYouType() {
    browser.get(server.url() + "/roi");
    String before = browser.findElement(By.id("roi-lift")).getText();
    WebElement acv = browser.findElement(By.id("roi-acv"));
    acv.clear();
    acv.sendKeys("24000");
    waiting().until(d -> !d.findElement(By.id("roi-lift")).getText().equals(before));
    // 1 lead a month, 12 a year: 12 × 100% − 12 × 50% = 6 deals more, × 24,000.
    assertThat(browser.findElement(By.id("roi-lift")).getText()).isEqualTo("$144,000");
    WebElement cost = browser.findElement(By.id("roi-cost"));
    cost.clear();
    cost.sendKeys("x");
    waiting().until(d -> !d.findElements(By.id("roi-error")).isEmpty());
    assertThat(browser.findElement(By.id("roi-error")).getText()).contains("must be a number");
  }
}
