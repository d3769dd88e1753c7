package org.medmesh.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the page tests: Debian's Chromium, headless, driven by its own chromedriver (both installed by
 * {@code server-config/bin/chromium.sh}; nothing is downloaded). Each instance is a fresh browser profile: no cookies
 * shared with another.
 */
public final class Browser implements AutoCloseable {

    /** Waits for pages and Ajax updates at most this long. */
    public static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String CHROMIUM = System.getProperty("medmesh.chromium", "/usr/lib/chromium/chromium");
    private static final String DRIVER = System.getProperty("medmesh.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final String base;

    private Browser(String base, Dimension window) {
        this.base = base;
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=en-GB", "--window-size=" + window.getWidth() + "," + window.getHeight());
        driver = new ChromeDriver(service, options);
    }

    /** A desktop-sized browser (a ward PC) opened on nothing yet; {@code base} ends with a slash. */
    public static Browser wardPc(String base) {
        return new Browser(base, new Dimension(1280, 1000));
    }

    /** A tablet-sized browser. */
    public static Browser tablet(String base) {
        return new Browser(base, new Dimension(800, 1100));
    }

    /** Opens a page of the node by its path ({@code ward/patients.xhtml}). */
    public void open(String path) {
        driver.get(base + path);
    }

    public WebDriver driver() {
        return driver;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /**
     * Waits until the condition holds (a page loaded, an Ajax update arrived; an element it replaced is read again).
     */
    public <T> T await(String what, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, DEADLINE).withMessage(what)
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Types into a field after clearing it. */
    public void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Signs in on the sign-in page the browser is showing, and waits until the answer replaced it. */
    public void signIn(String username, String password) {
        type(By.id("signin:username"), username);
        type(By.id("signin:password"), password);
        awaitNewPage("the sign-in answered", () -> find(By.id("signin:signin-button")).click());
    }

    /**
     * Does what loads another page and waits until it has loaded: the page shown is marked first, and the wait ends
     * when a page without the mark is complete (asking an element of the old page whether it went stale races with the
     * browser discarding it).
     */
    public void awaitNewPage(String what, Runnable action) {
        driver.executeScript("document.documentElement.dataset.medmeshOld = 'true';");
        action.run();
        new WebDriverWait(driver, DEADLINE).withMessage(what).ignoring(WebDriverException.class)
                .until(ignored -> Boolean.TRUE.equals(driver.executeScript(
                        "return document.readyState === 'complete' && !document.documentElement.dataset.medmeshOld;")));
    }

    /** Scrolls the page so that the element is in view (for a screenshot of it). */
    public void scrollTo(By element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", find(element));
    }

    public String text() {
        return find(By.tagName("body")).getText();
    }

    /** Saves a screenshot of the page as {@code name}.png in the screenshots directory. */
    public void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("medmesh.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
