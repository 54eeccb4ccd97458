package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * A journey in a real (headless) Chromium against the application on a random port. Opt-in with
 * TANDEM_BROWSER_TESTS=true ({@link BrowserAvailable}), since it needs Debian's chromium and chromedriver.
 * Screenshots land in target/screenshots for humans to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@ExtendWith(BrowserAvailable.class)
abstract class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;
    private Path profile;
    private final HttpClient http = HttpClient.newHttpClient();

    /** The journey's owner, once {@link #signUp} made one: their API token and workspace. */
    String token;

    String workspace;

    String userId;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("tandem-chromium-");
        driver = chromium(profile);
        // a page replaced while a condition reads it leaves stale elements: the condition reads the new page next time
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** A browser of its own (cookies, profile), as a second person on another computer would have. */
    static ChromeDriver chromium(Path profile) {
        // Debian's driver and browser, so Selenium Manager never downloads anything.
        System.setProperty("webdriver.chrome.driver", BrowserAvailable.CHROMEDRIVER.toString());
        var options = new ChromeOptions();
        options.setBinary(BrowserAvailable.CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        // Pages start in English whatever the machine's locale, so the assertions hold.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        return new ChromeDriver(options);
    }

    @AfterEach
    void quitBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        FileSystemUtils.deleteRecursively(profile);
    }

    void open(String path) {
        driver.get(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    /** Clicks an element scrolled to the middle of the window, so that the sticky header never covers it. */
    void click(WebElement element) {
        click(driver, element);
    }

    /**
     * Clicks in the middle of the window, where the sticky header cannot be above it. A page still laying out (a
     * header's menu not yet styled) may cover the element for a moment: the click is tried again for up to 5 s.
     */
    static void click(WebDriver browser, WebElement element) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            try {
                element.click();
                return;
            } catch (ElementClickInterceptedException covered) {
                if (System.nanoTime() > deadline) {
                    throw covered;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw covered;
                }
            }
        }
    }

    void nav(String link) {
        // On a phone the sections are behind the header's menu button.
        if (!driver.findElement(By.cssSelector("nav.mainnav")).isDisplayed()) {
            driver.findElement(By.cssSelector(".menu-toggle")).click();
        }
        driver.findElement(By.cssSelector("nav.mainnav"))
                .findElement(By.linkText(link))
                .click();
    }

    void type(String id, String text) {
        var input = wait.until(elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    void waitForText(By locator, String text) {
        wait.until(textToBePresentInElementLocated(locator, text));
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The whole page: the window grows to the document's height for the shot, then goes back. */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Dimension before = driver.manage().window().getSize();
        long height =
                (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(Math.max(height, 600), 5000)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(before);
    }

    /** What another browser (a partner's, say) shows, as it is. */
    static void shot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The page at 1280 and 390 px wide, named {@code name-1280-language} and {@code name-390-language}. */
    void shots(String name, String language) throws IOException {
        screenshot(name + "-1280-" + language);
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        screenshot(name + "-390-" + language);
        driver.manage().window().setSize(before);
    }

    /** Signs in through the login form and waits for the workspace. */
    void logIn(String email) {
        open("/login");
        type("email", email);
        type("password", TestUsers.PASSWORD);
        click(driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
        wait.until(d -> path().startsWith("/w/"));
    }

    /**
     * The signed-in person's language, chosen on their account page as they would. Waits for the page the form
     * answers with: a language the page already had would otherwise pass at once, and the next page opened could
     * race the form's answer.
     */
    void chooseLanguage(String tag) {
        open("/account");
        new Select(driver.findElement(By.id("locale"))).selectByValue(tag);
        WebElement before = driver.findElement(By.tagName("html"));
        click(driver.findElement(By.cssSelector("form[action='/account/profile'] button[type=submit]")));
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(d -> pageLanguage(d).startsWith(tag));
    }

    /** The footer's language switch, which reloads the page in that language. */
    static void footerLanguage(WebDriver browser, String tag) {
        browser.findElement(By.cssSelector("footer button[value='" + tag + "']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> pageLanguage(d).equals(tag));
    }

    /**
     * The document's language, read by script: an element handle to {@code <html>} read while the page reloads can
     * fail with errors other than a stale element.
     */
    static String pageLanguage(WebDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang"));
    }

    /** Signs up a new owner with a workspace through the API; later API calls carry their token. Their email. */
    String signUp(String name, String displayName, String workspaceName) throws IOException, InterruptedException {
        String email = TestUsers.uniqueEmail(name);
        String body = apiAs(null, "POST", "/api/v1/auth/signup", """
                {"email":"%s","password":"%s","displayName":"%s","workspaceName":"%s"}""".formatted(
                        email, TestUsers.PASSWORD, displayName, workspaceName));
        token = JsonPath.read(body, "$.token");
        workspace = JsonPath.read(body, "$.workspaceId");
        userId = JsonPath.read(body, "$.userId");
        return email;
    }

    /** The API path of the owner's workspace. */
    String ws(String rest) {
        return "/api/v1/workspaces/" + workspace + rest;
    }

    static String id(String json) {
        return JsonPath.read(json, "$.id");
    }

    String api(String path, String body) throws IOException, InterruptedException {
        return apiAs(token, "POST", path, body);
    }

    String api(String method, String path, String body) throws IOException, InterruptedException {
        return apiAs(token, method, path, body);
    }

    /** One API call as someone (or no one, with a null token); the answer must be a success. */
    String apiAs(String bearer, String method, String path, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 299);
        return response.body();
    }
}
