package dev.tandem.identity;

import static dev.tandem.TestUsers.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.tandem.TandemTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Forwarded headers count only from the configured proxies (10.9.9.9 and 192.0.2.0/28 in tests). */
@TandemTest
class TrustedProxyTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aClientCannotPointRedirectsAtAnotherHost() throws Exception {
        String location = mvc.perform(get("/account")
                        .with(from("203.0.113.5"))
                        .header("X-Forwarded-Host", "evil.example")
                        .header("X-Forwarded-Proto", "https"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(location).endsWith("/login").doesNotContain("evil.example").doesNotStartWith("https:");
    }

    @Test
    void aConfiguredProxySetsTheHostAndSchemeOfRedirects() throws Exception {
        String location = mvc.perform(get("/account")
                        .with(from("10.9.9.9"))
                        .header("X-Forwarded-Host", "tandem.example")
                        .header("X-Forwarded-Proto", "https"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(location).isEqualTo("https://tandem.example/login");
    }
}
