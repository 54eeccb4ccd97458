package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Eve's demo workspace, exported, is restored by Ada into her new, empty workspace from the settings: first a file
 * of a newer Tandem (refused beside the field), then the export (what came back); in English and in Italian.
 */
class RestoreJourneyBrowserTests extends BrowserTest {

    @Test
    void restoringAnExportFromTheSettings() throws Exception {
        signUp("eve", "Eve", "Eve's partnerships");
        api(ws("/demo"), "");
        Path export = Files.createTempFile("tandem-export-", ".json");
        Files.writeString(export, api("GET", ws("/export"), ""));
        Path newer = Files.createTempFile("tandem-newer-", ".json");
        Files.writeString(newer, "{\"format\":\"tandem-workspace\",\"formatVersion\":9}");

        journey("ada", "Ada", "en", export, newer, "Restore finished");
        driver.manage().deleteAllCookies();
        journey("ugo", "Ugo", "it", export, newer, "Ripristino completato");
        Files.delete(export);
        Files.delete(newer);
    }

    private void journey(String name, String displayName, String language, Path export, Path newer, String done)
            throws Exception {
        logIn(signUp(name, displayName, displayName + "'s partnerships"));
        chooseLanguage(language);

        String page = "/w/" + workspace + "/settings/restore";
        open(page);
        wait.until(d -> !d.findElements(By.id("file")).isEmpty());
        shots("restore-form", language);

        driver.findElement(By.id("file")).sendKeys(newer.toString());
        driver.findElement(By.id("file")).submit();
        wait.until(d -> !d.findElements(By.id("file-error")).isEmpty());
        assertThat(driver.findElement(By.id("file-error")).getText()).contains("9");
        shots("restore-error", language);

        driver.findElement(By.id("file")).sendKeys(export.toString());
        driver.findElement(By.id("file")).submit();
        waitForText(By.id("restore-result"), done);
        shots("restore-result", language);
    }
}
