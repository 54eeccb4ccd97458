package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API reference in a real Chromium, under the page's strict Content-Security-Policy: Swagger UI runs (its
 * operations render), wears Tandem's colours and leads back to the app. And the page for an address Tomcat refuses.
 */
class ApiDocsJourneyBrowserTests extends BrowserTest {

    @Test
    void theReferenceRendersInTandemsColoursAndLeadsBackToTheApp() throws IOException {
        open("/api-docs");
        // springdoc builds the description on its first request: on a busy machine that takes longer than a page
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .ignoring(StaleElementReferenceException.class)
                .until(textToBePresentInElementLocated(By.cssSelector(".swagger-ui .info .title"), "Tandem API"));
        waitForText(By.cssSelector(".swagger-ui"), "Partnerships");
        assertThat(driver.getTitle()).isEqualTo("Tandem API");
        assertThat(driver.findElement(By.cssSelector(".tandem-back")).getText()).isEqualTo("Back to Tandem");
        assertThat(driver.findElement(By.cssSelector(".swagger-ui .btn.authorize"))
                        .getCssValue("border-color"))
                .isEqualTo("rgb(15, 118, 110)");
        assertThat(driver.findElements(By.cssSelector(".swagger-ui .topbar"))).isEmpty();
        screenshot("api-docs-1280");

        // An operation folded open takes its workspace from the path, and asks for no "workspace" object.
        driver.findElement(By.cssSelector("#operations-tag-Partnerships")).click();
        wait.until(elementToBeClickable(By.cssSelector("#operations-Partnerships-getPartnership .opblock-summary")))
                .click();
        waitForText(By.cssSelector("#operations-Partnerships-getPartnership"), "workspaceId");
        assertThat(driver.findElement(By.cssSelector("#operations-Partnerships-getPartnership"))
                        .getText())
                .doesNotContain("WorkspaceContext");
        screenshot("api-docs-operation");

        driver.manage().window().setSize(new Dimension(390, 844));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        screenshot("api-docs-390");

        driver.findElement(By.cssSelector(".tandem-back")).click();
        wait.until(d -> path().equals("/login"));
    }

    @Test
    void anAddressTomcatRefusesShowsTandemsErrorPage() throws IOException {
        open("/w/a%2Fb");
        waitForText(By.cssSelector("h1"), "Bad request");
        assertThat(driver.findElement(By.cssSelector(".error-page a.button")).getText())
                .isEqualTo("Back to Tandem");
        screenshot("refused-address-1280");
        driver.manage().window().setSize(new Dimension(390, 844));
        screenshot("refused-address-390");
    }
}
