package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every main page of a workspace full of demo data, signed out and in, as a phone (390 px) and a laptop (1280 px):
 * axe-core finds no accessibility violation of any impact, no page is wider than the phone's screen, and the
 * sections fit on one row in every language. Screenshots of each page land in target/screenshots/pages.
 */
class EveryPageBrowserTests extends BrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots", "pages");
    private static final int PHONE = 390;
    private static final int LAPTOP = 1280;

    private final List<String> problems = new ArrayList<>();
    private String axe;

    @Test
    void everyMainPageIsAccessibleAndFitsAPhone() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String page : List.of("/login", "/signup", "/forgot-password")) {
            check("out" + page.replace('/', '-'), page);
        }
        open("/login");
        type("email", "nobody@example.com");
        type("password", "not the password");
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"))
                .click();
        waitForText(By.cssSelector(".flash.error"), "Wrong email or password.");
        checkHere("out-login-error");

        String email = signUp("ada", "Ada Lovelace", "Analytical Engines");
        api(ws("/demo"), "");
        open("/login");
        type("email", email);
        type("password", TestUsers.PASSWORD);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"))
                .click();
        String w = "/w/" + workspace;
        wait.until(d -> path().equals(w));

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", w);
        pages.put("my-week", w + "/my-week");
        pages.put("partnerships", w + "/partnerships");
        pages.put("partnership-new", w + "/partnerships/new");
        pages.put("losing-touch", w + "/partnerships/losing-touch");
        pages.put("partnerships-board", w + "/partnerships/board");
        pages.put("commitments", w + "/commitments");
        pages.put("contacts", w + "/contacts");
        pages.put("contact-new", w + "/contacts/new");
        pages.put("duplicates", w + "/contacts/duplicates");
        pages.put("import", w + "/contacts/import");
        pages.put("organizations", w + "/organizations");
        pages.put("members", w + "/members");
        pages.put("audit", w + "/audit");
        pages.put("valuation", w + "/settings/ledger");
        pages.put("settings", w + "/settings");
        pages.put("health-settings", w + "/settings/health");
        pages.put("demo", w + "/demo");
        pages.put("account", "/account");
        pages.put("workspace-new", "/workspaces/new");
        open(w + "/partnerships");
        String hub = firstLink("main table a[href*='/partnerships/']:not([href$='/new']):not([href*='losing-touch'])");
        pages.put("partnership", hub);
        pages.put("partnership-goals", hub + "/goals");
        pages.put("partnership-health", hub + "/health");
        pages.put("partnership-meetings", hub + "/meetings");
        pages.put("partnership-commitments", hub + "/commitments");
        pages.put("partnership-timeline", hub + "/timeline");
        pages.put("partnership-edit", hub + "/edit");
        open(hub + "/meetings");
        pages.put("meeting", firstLink("main a[href*='/meetings/']"));
        open(w + "/contacts");
        pages.put("contact", firstLink("main table a[href*='/contacts/']"));
        open(w + "/organizations");
        pages.put("organization", firstLink("main table a[href*='/organizations/']"));

        for (var page : pages.entrySet()) {
            check("in-" + page.getKey(), page.getValue());
        }

        // A partnership's tabs swap in place (htmx), each with its own address; the back button returns.
        emulate(LAPTOP);
        open(hub);
        driver.findElement(By.id("tab-goals")).click();
        wait.until(d -> path().equals(hub + "/goals")
                && "true".equals(d.findElement(By.id("tab-goals")).getDomAttribute("aria-selected")));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isNotBlank();
        driver.navigate().back();
        wait.until(d -> path().equals(hub)
                && "true".equals(d.findElement(By.id("tab-overview")).getDomAttribute("aria-selected")));

        // On a phone the sections sit behind the menu button, with the workspace switcher and the account menu.
        open(w);
        emulate(PHONE);
        assertThat(driver.findElement(By.cssSelector("nav.mainnav")).isDisplayed())
                .isFalse();
        driver.findElement(By.cssSelector(".menu-toggle")).click();
        wait.until(d -> d.findElement(By.cssSelector("nav.mainnav")).isDisplayed());
        assertThat(driver.findElement(By.cssSelector(".menu-toggle")).getDomAttribute("aria-expanded"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.cssSelector("details.switcher")).isDisplayed())
                .isTrue();
        assertThat(driver.findElement(By.cssSelector("details.usermenu")).isDisplayed())
                .isTrue();
        axe("in-phone-menu");
        shot("in-phone-menu-" + PHONE);
        driver.findElement(By.cssSelector("nav.mainnav"))
                .findElement(By.linkText("Members"))
                .click();
        waitForText(By.cssSelector("main h1"), "Members");

        // A form sent back with an error: the fields say what is wrong, to everyone.
        open(w + "/partnerships/new");
        driver.findElement(By.id("name")).clear();
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelectorAll('form').forEach(f => f.noValidate = true)");
        driver.findElement(By.id("name")).sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElements(By.cssSelector(".field.invalid")).isEmpty());
        checkHere("in-partnership-form-error");

        for (String language : List.of("it", "es")) {
            open(w);
            footerLanguage(driver, language);
            // Italian on every page (the screenshots of record), Spanish on the pages with the most text.
            var some = language.equals("it")
                    ? pages.keySet()
                    : List.of("dashboard", "partnership", "partnership-health", "my-week", "members");
            for (String page : some) {
                check(language + "-" + page, pages.get(page));
            }
            open(w + "/partnerships/new");
            driver.findElement(By.id("name")).clear();
            ((JavascriptExecutor) driver)
                    .executeScript("document.querySelectorAll('form').forEach(f => f.noValidate = true)");
            driver.findElement(By.id("name")).sendKeys(Keys.ENTER);
            wait.until(d -> !d.findElements(By.cssSelector(".field.invalid")).isEmpty());
            checkHere(language + "-partnership-form-error");
        }

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private void check(String name, String path) throws IOException {
        emulate(LAPTOP);
        open(path);
        checkHere(name);
    }

    /** The page as it is: axe and the one-row sections at 1280 px, the width at 390 px; screenshots of both. */
    private void checkHere(String name) throws IOException {
        emulate(LAPTOP);
        wait.until(d -> "complete".equals(js("return document.readyState")));
        if (!driver.findElements(By.cssSelector(".error-page")).isEmpty()) {
            problem(name + ": an error page at " + path());
        }
        axe(name);
        Object rows = js("""
                var tops = new Set();
                document.querySelectorAll('nav.mainnav a').forEach(a => tops.add(Math.round(a.getBoundingClientRect().top)));
                return tops.size;""");
        if (((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue()
                > 0) {
            problem(name + ": wider than the window at " + LAPTOP + " px");
        }
        if (((Number) rows).intValue() > 1) {
            problem(name + ": the sections wrap onto " + rows + " rows at " + LAPTOP + " px");
        }
        shot(name + "-" + LAPTOP);
        emulate(PHONE);
        // Charts redraw for the new width on the next frames; a page gets a moment to settle.
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3))
                    .until(d -> ((Number)
                                            js(
                                                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                                    .intValue()
                            <= 0);
        } catch (TimeoutException stillWider) {
            // measured and reported below
        }
        Object wider = js("""
                var width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width) { return null; }
                var culprits = [];
                document.querySelectorAll('main *, header *').forEach(e => {
                  var r = e.getBoundingClientRect();
                  if (r.right > width + 1 && culprits.length < 5) {
                    culprits.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim().replace(/\\s+/g, '.') : '') + ' (' + Math.round(r.right) + ')');
                  }
                });
                return document.documentElement.scrollWidth + ' px: ' + culprits.join(', ');""");
        if (wider != null) {
            problem(name + ": wider than a " + PHONE + " px phone, " + wider);
        }
        // A table may scroll inside its box without widening the page; on a phone none may be wider than it.
        Object tables = js("""
                var width = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('main table'))
                  .filter(t => t.getBoundingClientRect().width > width + 1)
                  .map(t => 'table' + (t.className ? '.' + t.className.trim().replace(/\\s+/g, '.') : '')
                      + ' (' + Math.round(t.getBoundingClientRect().width) + ')')
                  .join(', ');""");
        if (tables != null && !tables.toString().isEmpty()) {
            problem(name + ": a table wider than a " + PHONE + " px phone, " + tables);
        }
        Object header = js(
                "return Math.round(document.querySelector('header') ? document.querySelector('header').getBoundingClientRect().height : 0)");
        if (((Number) header).intValue() > 64) {
            problem(name + ": the header is " + header + " px tall on a phone");
        }
        shot(name + "-" + PHONE);
    }

    @SuppressWarnings("unchecked")
    private void axe(String name) {
        if (Boolean.FALSE.equals(js("return !!window.axe"))) {
            js(axe);
        }
        var result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done({ violations: r.violations.map(v => v.id + ' [' + v.impact + '] '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')) }))
                  .catch(e => done({ violations: ['axe failed: ' + e] }));""");
        for (Object violation : (List<Object>) result.get("violations")) {
            problem(name + ": " + violation);
        }
    }

    private void problem(String text) {
        problems.add(text);
        System.out.println("PAGE PROBLEM " + text);
    }

    private void emulate(int width) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 800));
    }

    private void shot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        var png = ((ChromeDriver) driver)
                .executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) png.get("data")));
    }

    private String firstLink(String css) {
        return URI.create(driver.findElement(By.cssSelector(css)).getDomProperty("href"))
                .getPath();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
