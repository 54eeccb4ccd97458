package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TandemTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesForbidInlineScriptFramingAndSniffing() throws Exception {
        var response = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andReturn()
                .getResponse();
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp)
                .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.getContentAsString()).doesNotContain("<script>").doesNotContain(" onclick=");
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureOnlyBehindTls() throws Exception {
        String plain = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Set-Cookie");
        assertThat(plain)
                .startsWith("TANDEM_SESSION=")
                .contains("HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");

        String behindTls = mvc.perform(
                        get("/login").header("X-Forwarded-Proto", "https").with(TestUsers.from("10.9.9.9")))
                .andReturn()
                .getResponse()
                .getHeader("Set-Cookie");
        assertThat(behindTls).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/login").param("email", "a@example.test").param("password", "whatever it is"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/signup").param("email", "a@example.test")).andExpect(status().isForbidden());
    }

    @Test
    void everyPageLoadsHtmxFromTandemItself() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("src=\"/webjars/htmx.org/").doesNotContain("https://");
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }
}
