package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * From a LinkedIn export to a partnership, in a real (headless) Chromium: import the connections,
 * find one with the live search, start a partnership from their page, move its stage, and see it all
 * on both timelines. Opt-in with TANDEM_BROWSER_TESTS=true; screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@EnabledIfEnvironmentVariable(named = "TANDEM_BROWSER_TESTS", matches = "true")
class ContactsJourneyBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String NAME = "José Núñez — Globex, S.A.";

    @LocalServerPort int port;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("tandem-chromium-");
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + profile);
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
    void importLinkedInStartAPartnershipFromAContactAndMoveItsStage() throws IOException {
        open("/signup");
        type("displayName", "Ada Lovelace");
        type("email", TestUsers.uniqueEmail("ada"));
        type("password", TestUsers.PASSWORD);
        type("workspaceName", "Analytical Engines");
        driver.findElement(By.cssSelector("form[action$='/signup'] button[type=submit]")).click();
        wait.until(d -> path().startsWith("/w/"));

        nav("Contacts");
        waitForText(By.cssSelector("main h1"), "Contacts");
        waitForText(By.id("contact-results"), "No contacts yet");
        screenshot("contacts-01-empty");
        driver.findElement(By.linkText("Import contacts")).click();
        waitForText(By.cssSelector("main h1"), "Import");
        driver.findElement(By.id("file")).sendKeys(Path.of("src/test/resources/browser/Connections.csv").toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form.import-upload button[type=submit]")).click();

        waitForText(By.id("import-plan"), "José Núñez");
        String plan = driver.findElement(By.id("import-plan")).getText();
        assertThat(plan).contains("José Núñez", "Globex, S.A.", "jose.nunez@globex.example", "Zoë Ångström",
                "Chiara Bianchi", "Verde, Cooperativa Sociale");
        screenshot("contacts-02-import-preview");
        driver.findElement(By.cssSelector(".import-actions button.primary")).click();

        waitForText(By.cssSelector("main h1"), "Import finished");
        assertThat(driver.findElement(By.cssSelector(".import-counts")).getText()).contains("Created 3");
        screenshot("contacts-03-import-result");

        nav("Contacts");
        type("q", "jose");
        wait.until(d -> {
            String results = d.findElement(By.id("contact-results")).getText();
            return results.contains("José Núñez") && !results.contains("Chiara");
        });
        screenshot("contacts-04-live-search");
        driver.findElement(By.linkText("José Núñez")).click();

        waitForText(By.cssSelector("main h1"), "José Núñez");
        waitForText(By.id("partnerships"), "Not part of any partnership yet.");
        screenshot("contacts-05-contact");
        driver.findElement(By.linkText("Start a partnership")).click();

        waitForText(By.cssSelector("main h1"), "New partnership");
        assertThat(driver.findElement(By.id("name")).getDomProperty("value")).isEqualTo(NAME);
        assertThat(driver.findElement(By.cssSelector("#contact-options input:checked")).findElement(By.xpath(".."))
                .getText()).contains("José Núñez");
        assertThat(driver.findElement(By.cssSelector("#organization-options input:checked")).findElement(By.xpath(".."))
                .getText()).contains("Globex, S.A.");
        type("contact-q", "chi");
        waitForText(By.id("contact-options"), "Chiara Bianchi");
        assertThat(driver.findElement(By.cssSelector("#contact-options input:checked")).findElement(By.xpath(".."))
                .getText()).contains("José Núñez");
        new Select(driver.findElement(By.id("kind"))).selectByValue("VENDOR");
        type("cadenceIdealDays", "14");
        type("cadenceMaxDays", "30");
        screenshot("contacts-06-partnership-form");
        driver.findElement(By.xpath("//button[normalize-space()='Create partnership']")).click();

        waitForText(By.cssSelector("main h1"), NAME);
        waitForText(By.cssSelector(".flash.notice"), "Partnership created.");
        screenshot("contacts-07-hub");
        driver.findElement(By.xpath("//summary[normalize-space()='Move to Collaborating']")).click();
        type("reason-COLLABORATING", "First joint pilot agreed");
        screenshot("contacts-08-hub-move");
        driver.findElement(By.cssSelector("#reason-COLLABORATING")).findElement(By.xpath("ancestor::form//button")).click();

        waitForText(By.cssSelector(".flash.notice"), "Stage moved.");
        String timeline = driver.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("Partnership “" + NAME + "” created",
                "Moved to Collaborating: First joint pilot agreed");
        assertThat(driver.findElement(By.cssSelector(".partnership-badges .stage")).getText()).isEqualTo("Collaborating");
        screenshot("contacts-09-hub-moved");

        driver.findElement(By.cssSelector(".partnership-facts")).findElement(By.linkText("José Núñez")).click();
        waitForText(By.cssSelector("main h1"), "José Núñez");
        waitForText(By.id("partnerships"), NAME);
        assertThat(driver.findElement(By.id("partnerships")).getText()).contains("Collaborating");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Partnership “" + NAME + "” created");
        screenshot("contacts-10-contact-with-partnership");

        driver.findElement(By.id("note-body")).sendKeys("Prefers mornings");
        driver.findElement(By.xpath("//button[normalize-space()='Add note']")).click();
        waitForText(By.id("contact-timeline"), "Internal note added");
        screenshot("contacts-11-note-refreshes-timeline");

        String contactPage = path();
        driver.manage().window().setSize(new Dimension(390, 844));
        screenshot("contacts-12-mobile-contact");
        driver.findElement(By.linkText("Start a partnership")).click();
        waitForText(By.cssSelector("main h1"), "New partnership");
        screenshot("contacts-13-mobile-partnership-form");
        open(contactPage);
        driver.findElement(By.cssSelector("#partnerships")).findElement(By.partialLinkText("José Núñez")).click();
        waitForText(By.cssSelector("main h1"), NAME);
        screenshot("contacts-14-mobile-hub");
        nav("Contacts");
        screenshot("contacts-15-mobile-list");
    }

    private void nav(String link) {
        driver.findElement(By.cssSelector("nav.mainnav")).findElement(By.linkText(link)).click();
    }

    private void open(String path) {
        driver.get(path.startsWith("http") ? path : "http://localhost:" + port + path);
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

    /** The whole page: the window grows to the document's height for the shot, then goes back. */
    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Dimension before = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(Math.max(height, 600), 5000)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(before);
    }
}
