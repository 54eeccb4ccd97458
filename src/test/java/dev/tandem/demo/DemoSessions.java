package dev.tandem.demo;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TestUsers.SignedUp;
import jakarta.servlet.http.Cookie;
import java.util.Objects;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A browser's session for page tests: logs in through the real form and carries the session cookie. */
final class DemoSessions {

    private DemoSessions() {
    }

    static RequestPostProcessor logIn(MockMvc mvc, SignedUp user) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf())
                        .param("email", user.email()).param("password", user.password()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Cookie cookie = Objects.requireNonNull(result.getResponse().getCookie("TANDEM_SESSION"), "no session cookie");
        return request -> {
            request.setCookies(cookie);
            return request;
        };
    }
}
