package dev.leadpulse.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadpulse.server.testing.Browser;
import dev.leadpulse.server.testing.TestServer;
import dev.leadpulse.store.Users.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard as a sales rep and an admin use it, in a real headless Chromium: sign in, watch a
 * lead arrive in the inbox without a reload, accept it, and so on. One browser and one server for
 * the whole story; the steps run in order. Saves a screenshot of every page as it goes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
  @TempDir
  static Path dir;

  private static TestServer server;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    server = DashboardFixture.start(dir);
    server.server().store().users().put("morgan", Role.ADMIN, "", "morgan-password");
    DashboardFixture.activity(server, "walter", "Walter Skinner", "Director", "Pricing Viewed");
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void signingInLeadsToTheInbox() {
    browser.open(server.url() + "/");
    assertThat(browser.driver().getCurrentUrl()).contains("/signin");
    browser.screenshots("signin");
    browser.find("input[name=name]").sendKeys("morgan");
    browser.find("input[name=password]").sendKeys("not-the-password");
    browser.find("button[type=submit]").click();
    assertThat(browser.find(".error").getText()).contains("do not match");
    browser.find("input[name=name]").clear();
    browser.find("input[name=name]").sendKeys("morgan");
    browser.find("input[name=password]").sendKeys("morgan-password");
    browser.find("button[type=submit]").click();
    browser.awaitText("h1", "Hot leads", 10);
    assertThat(browser.find("#leads").getText()).contains("No hot leads");
  }

  @Test
  @Order(2)
  void aLeadAppearsInTheInboxWithoutAReload() {
    browser.await(10, d -> d.findElement(By.id("live-status")).getText().equals("live"));
    String marker = (String) browser.driver().executeScript("window.leadpulseMarker = 'same page'; return 'set';");
    assertThat(marker).isEqualTo("set");
    DashboardFixture.activity(server, "dana", "Dana Scully", "VP Sales", "Demo Requested", "Pricing Viewed");
    DashboardFixture.activity(server, "fox", "Fox Mulder", "Analyst", "Demo Requested", "Pricing Viewed",
        "Teammate Invited");
    WebElement row = browser.awaitText("#leads tr.lead", "Dana Scully", 15);
    assertThat(row.getText()).contains("Requested a demo", "+30", "MQL");
    assertThat(browser.driver().executeScript("return window.leadpulseMarker")).isEqualTo("same page");
    browser.awaitText("#leads tr.lead", "Fox Mulder", 15);
    browser.screenshots("inbox");
  }

  @Test
  @Order(3)
  void thePersonsReceiptAddsUpToTheirScore() {
    browser.await(10, d -> {
      browser.awaitText("#leads tr.lead", "Dana Scully", 5).findElement(By.linkText("Dana Scully")).click();
      return true;
    });
    browser.awaitText("h1", "Dana Scully", 10);
    BigDecimal total = new BigDecimal(browser.find(".receipt").getAttribute("data-total"));
    BigDecimal sum = browser.all(".receipt [data-amount]").stream()
        .map(e -> new BigDecimal(e.getAttribute("data-amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(browser.all(".receipt [data-amount]")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(sum).isEqualByComparingTo(total).isEqualByComparingTo("65");
    assertThat(browser.find(".receipt").getText()).contains("10 \u00d7 1.5 = 15", "Requested a demo", "VP or above");
    browser.await(10, d -> browser.all("canvas").stream().anyMatch(c -> c.getAttribute("data-drawn") != null));
    browser.screenshots("person");
    browser.find("a[href^='/accounts/']").click();
    browser.await(10, d -> d.getCurrentUrl().contains("/accounts/"));
    browser.screenshots("account");
    browser.open(server.url() + "/");
  }

  @Test
  @Order(4)
  void acceptingALeadTakesOneClick() {
    browser.await(10, d -> {
      browser.awaitText("#leads tr.lead", "Dana Scully", 5).findElement(By.cssSelector("button[value=accepted]"))
          .click();
      return true;
    });
    browser.awaitText("#leads tr.lead", "accepted in", 10);
    assertThat(server.server().store().dispositions().of("dana")).singleElement()
        .satisfies(d -> assertThat(d.verdict()).isEqualTo("accepted"))
        .satisfies(d -> assertThat(d.author()).isEqualTo("morgan"));
  }

  @Test
  @Order(5)
  void aModelErrorShowsAtItsLineAndAFixIsPublished() {
    browser.open(server.url() + "/model");
    browser.awaitText("h1", "Scoring model", 10);
    browser.screenshots("model");
    WebElement yaml = browser.find("#model-yaml");
    browser.driver().executeScript("arguments[0].value = arguments[0].value.replace('weight: 1.5', 'weigth: 1.5');"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", yaml);
    browser.find("#model-form button[type=submit]").click();
    WebElement problem = browser.awaitText(".problem", "weigth", 10);
    assertThat(problem.getAttribute("data-line")).isEqualTo("6");
    assertThat(problem.getText()).startsWith("line 6");
    browser.screenshots("model-error");

    browser.driver().executeScript("arguments[0].value = arguments[0].value.replace('weigth: 1.5', 'weight: 1.5')"
        + ".replace('points: 30', 'points: 40');"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", yaml);
    browser.find("#model-form button.primary").click();
    browser.await(5, d -> d.switchTo().alert()).accept();
    browser.await(30, d -> d.findElements(By.cssSelector("#model-progress[data-phase=done]")).size() == 1);
    assertThat(server.getJson("/api/people/dana").path("score").asInt()).isEqualTo(75);
    assertThat(server.server().store().models().list()).hasSize(2);
  }

  @Test
  @Order(6)
  void thePlaysPageShowsThePlaysInForce() {
    browser.open(server.url() + "/plays");
    browser.awaitText("h1", "Plays", 10);
    assertThat(browser.find("#in-force").getText()).contains("new-mql");
    browser.screenshots("plays");
  }

  @Test
  @Order(7)
  void analyticsAndTheRoiCalculatorRender() {
    browser.open(server.url() + "/analytics");
    browser.await(10, d -> Boolean.TRUE.equals(browser.driver().executeScript(
        "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('score-histogram')) !== undefined")));
    browser.screenshots("analytics");
    browser.open(server.url() + "/roi");
    browser.await(10, d -> !browser.all("input").isEmpty());
    browser.screenshots("roi");
  }
}
