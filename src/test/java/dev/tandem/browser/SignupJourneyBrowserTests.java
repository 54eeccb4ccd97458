package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.identity.AccountService;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * A person's first visit in a real (headless) Chromium: sign up, log out, log back in, switch to
 * Italian. Opt-in with TANDEM_BROWSER_TESTS=true, since it needs Debian's chromium and chromedriver.
 * Screenshots land in target/screenshots for humans to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@EnabledIfEnvironmentVariable(named = "TANDEM_BROWSER_TESTS", matches = "true")
class SignupJourneyBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired AccountService accounts;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        // Debian's driver and browser, so Selenium Manager never downloads anything.
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("tandem-chromium-");
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        // Pages start in English whatever the machine's locale, so the assertions below hold.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        driver = new ChromeDriver(options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterEach
    void quitBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        FileSystemUtils.deleteRecursively(profile);
    }

    @Test
    void signUpLogOutLogInAndSwitchToItalian() throws IOException {
        String email = TestUsers.uniqueEmail("ada");
        open("/signup");
        type("displayName", "Ada Lovelace");
        type("email", email);
        type("password", TestUsers.PASSWORD);
        type("workspaceName", "Analytical Engines");
        driver.findElement(By.cssSelector("form[action$='/signup'] button[type=submit]")).click();

        waitForText(By.id("empty-heading"), "Your portfolio is empty");
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Welcome, Ada Lovelace");
        screenshot("01-dashboard-empty");

        // The menu is a <details>: "Log out" is only clickable once its summary has opened it.
        driver.findElement(By.cssSelector("details.usermenu > summary")).click();
        wait.until(elementToBeClickable(By.xpath("//details[contains(@class,'usermenu')]//button[normalize-space()='Log out']")))
                .click();
        waitForText(By.cssSelector(".flash.notice"), "You have logged out.");

        logIn(email, TestUsers.PASSWORD);
        wait.until(d -> path().startsWith("/w/"));
        waitForText(By.id("empty-heading"), "Your portfolio is empty");

        driver.findElement(By.cssSelector("nav.mainnav")).findElement(By.linkText("Members")).click();
        waitForText(By.cssSelector("main h1"), "Members");
        assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("Ada Lovelace", email);
        screenshot("02-members");

        // The switch is a plain form post that comes back to the same page, now in Italian.
        driver.findElement(By.xpath("//footer//button[normalize-space()='Italiano']")).click();
        waitForText(By.cssSelector("nav.mainnav"), "Membri");
        assertThat(path()).endsWith("/members");
        screenshot("03-members-italian");

        driver.findElement(By.cssSelector("nav.mainnav")).findElement(By.linkText("Panoramica")).click();
        waitForText(By.id("empty-heading"), "Il tuo portafoglio è vuoto");
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Ti diamo il benvenuto, Ada Lovelace");
        screenshot("04-dashboard-italian");
    }

    @Test
    void wrongPasswordKeepsTheEmailFilledIn() throws IOException {
        // The account itself is not under test here, so it is made directly rather than through the form.
        String email = TestUsers.uniqueEmail("grace");
        accounts.signUp(new AccountService.SignUp(email, TestUsers.PASSWORD, "Grace Hopper", "Compilers",
                Locale.ENGLISH, ZoneId.of("UTC"), null));

        logIn(email, "not the password at all");
        waitForText(By.cssSelector(".flash.error"), "Wrong email or password.");
        assertThat(driver.findElement(By.id("email")).getDomProperty("value")).isEqualTo(email);
        assertThat(driver.findElement(By.id("password")).getDomProperty("value")).isEmpty();
        screenshot("05-login-wrong-password");
    }

    private void logIn(String email, String password) {
        open("/login");
        type("email", email);
        type("password", password);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        var input = wait.until(elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    private void waitForText(By locator, String text) {
        wait.until(textToBePresentInElementLocated(locator, text));
    }

    private String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
