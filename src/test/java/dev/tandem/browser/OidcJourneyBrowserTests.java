package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import dev.tandem.identity.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in through a real OpenID Connect provider in Chromium: Tandem's button, the provider's form, the code
 * coming back (PKCE), and the person's new workspace. The provider runs on "localhost", Tandem on 127.0.0.1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class OidcJourneyBrowserTests extends BrowserTest {

    static final int PORT = TestIdentityProvider.freePort();
    private static TestIdentityProvider provider;

    static synchronized TestIdentityProvider provider() {
        if (provider == null) {
            provider = TestIdentityProvider.start(PORT);
        }
        return provider;
    }

    @DynamicPropertySource
    static void registration(DynamicPropertyRegistry properties) {
        TestIdentityProvider.register(properties, PORT, OidcJourneyBrowserTests::provider);
    }

    @AfterAll
    static void stop() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aPersonSignsInThroughTheCompanyProviderAndLandsInTheirWorkspace() throws Exception {
        var person = TestIdentityProvider.GRACE;
        open("http://127.0.0.1:" + PORT + "/login");
        screenshot("oidc-1-login");
        wait.until(elementToBeClickable(By.linkText("Sign in with Test IdP"))).click();

        wait.until(urlContains(provider().issuer() + "/login"));
        type("username", person.email());
        type("password", TestIdentityProvider.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(urlMatches("^http://127\\.0\\.0\\.1:" + PORT + "/w/[0-9a-f-]{36}"));
        assertThat(driver.getPageSource()).contains(person.name());
        screenshot("oidc-2-signed-in");
    }
}
