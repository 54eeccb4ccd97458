package dev.tandem;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TestUsers.SignedUp;
import jakarta.servlet.http.Cookie;
import java.util.Objects;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session for page tests. Sessions live in the database (Spring Session), so a test
 * carries the session cookie from one request to the next, as a browser does.
 */
public final class WebSessions {

    public static final String COOKIE = "TANDEM_SESSION";

    private WebSessions() {}

    /** Logs in through the real log-in form. */
    public static RequestPostProcessor logIn(MockMvc mvc, SignedUp user) throws Exception {
        MvcResult result = mvc.perform(
                        post("/login").with(csrf()).param("email", user.email()).param("password", user.password()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return session(result);
    }

    /** The session a response started or renewed. */
    public static RequestPostProcessor session(MvcResult result) {
        Cookie cookie = Objects.requireNonNull(result.getResponse().getCookie(COOKIE), "no session cookie was set");
        return request -> {
            request.setCookies(cookie);
            return request;
        };
    }
}
