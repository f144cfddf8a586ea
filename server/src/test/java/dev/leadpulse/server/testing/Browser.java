package dev.leadpulse.server.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium}, driven through Debian's
 * {@code chromedriver}; nothing is downloaded), with a fresh profile and {@code HOME} in a
 * temporary folder. Screenshots of a page go to {@code docs/screenshots/NAME.png} (1440×900) and
 * {@code NAME-phone.png} (390×844).
 */
public final class Browser implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Dimension DESKTOP = new Dimension(1440, 900);
  public static final Dimension PHONE = new Dimension(390, 844);

  private final Path home;
  private final ChromeDriver driver;

  private Browser(Path home, ChromeDriver driver) {
    this.home = home;
    this.driver = driver;
  }

  /** Starts Chromium; fails with the install command when Debian's Chromium is not installed. */
  public static Browser start() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("the browser tests need Debian's Chromium and ChromeDriver: "
          + "apt-get install -y chromium chromium-driver (./leadpulse test installs them when it may)");
    }
    try {
      Path home = Files.createTempDirectory("leadpulse-browser");
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
          .withEnvironment(Map.of("HOME", home.toString())).withLogFile(home.resolve("chromedriver.log").toFile())
          .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
          "--user-data-dir=" + home.resolve("profile"), "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      Browser browser = new Browser(home, driver);
      browser.viewport(DESKTOP, false);
      return browser;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public java.util.List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * Waits up to {@code seconds} for {@code condition} to give something other than null or false.
   * An element gone stale (the live inbox re-rendered it) counts as not yet, and is looked up again.
   */
  public <T> T await(int seconds, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds)).pollingEvery(Duration.ofMillis(100))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
  }

  /** Waits until an element matching {@code css} shows {@code text}. */
  public WebElement awaitText(String css, String text, int seconds) {
    return await(seconds, d -> d.findElements(By.cssSelector(css)).stream()
        .filter(e -> e.getText().contains(text)).findFirst().orElse(null));
  }

  /** Saves the page as it is now at desktop and at phone size, then restores desktop size. */
  public void screenshots(String name) {
    try {
      Path dir = screenshotDir();
      Files.createDirectories(dir);
      for (boolean phone : new boolean[] {false, true}) {
        viewport(phone ? PHONE : DESKTOP, phone);
        Thread.sleep(300);
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + (phone ? "-phone" : "") + ".png"), png);
      }
      viewport(DESKTOP, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sets the page's viewport to exactly {@code size} (a phone also gets touch and the mobile layout). */
  public void viewport(Dimension size, boolean mobile) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width, "height", size.height,
        "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** {@code docs/screenshots} of the project (tests run in the server module's folder). */
  public static Path screenshotDir() {
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.isDirectory(here.resolve("docs")) ? here : here.getParent();
    return root.resolve("docs").resolve("screenshots");
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> paths = Files.walk(home)) {
        paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // a temporary folder left behind is harmless
      }
    }
  }
}
