package io.leadrules.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, at a laptop's 1280x800, speaking one language. Selenium Manager
 * never runs (the driver and the browser are named), so nothing is downloaded. Screenshots go to
 * app/target/console-screenshots, and also to the directory {@code -Dconsole.screenshots=...} names (docs/console).
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final int port;

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    /** A browser whose Accept-Language is {@code language} (en or es). */
    public static Browser open(int port, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,800", "--lang=" + language, "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), port);
    }

    public Browser go(String path) {
        driver.get("http://localhost:" + port + path);
        return this;
    }

    public Browser signIn(String name, String password) {
        go("/login");
        find("#username").sendKeys(name);
        find("#password").sendKeys(password);
        find("main form button[type=submit]").click();
        waitFor(() -> !driver.getCurrentUrl().contains("/login"));
        return this;
    }

    public Browser signOut() {
        find("header form button[type=submit]").click();
        return this;
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits (up to a minute: jobs run in the background) for the condition; fails the test when it never holds. */
    public void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ignored -> condition.getAsBoolean());
    }

    /** Reloads until the element appears, for pages that show a background job's result when it ends. */
    public WebElement reloadUntil(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(500)).until(ignored -> {
            if (!driver.findElements(By.cssSelector(css)).isEmpty()) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
        return find(css);
    }

    public String text() {
        return find("body").getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves the window as {@code name}.png. */
    public void screenshot(String name) {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Path target = Path.of("target", "console-screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            String docs = System.getProperty("console.screenshots");
            if (docs != null && !docs.isBlank()) {
                Path published = Path.of(docs).resolve(name + ".png");
                Files.createDirectories(published.getParent());
                Files.copy(shot.toPath(), published, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(shot).isNotEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
