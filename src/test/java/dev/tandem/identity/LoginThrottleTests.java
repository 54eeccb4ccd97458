package dev.tandem.identity;

import static dev.tandem.TestUsers.from;
import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Guessing is slowed per account and address, per account and per address, with waits that double. */
@TandemTest
class LoginThrottleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void thirtyParallelWrongPasswordsGetNoMoreTriesThanTheLimit() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var start = new CountDownLatch(1);
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String password = "wrong password " + i;
            guesses.add(() -> {
                start.await();
                return guess(ada.email(), password, "198.51.100.60")
                        .andReturn()
                        .getResponse()
                        .getStatus();
            });
        }
        var pool = Executors.newFixedThreadPool(30);
        try {
            List<Future<Integer>> answers = guesses.stream().map(pool::submit).toList();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            Map<Integer, Long> counts =
                    statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(401, 5L, 429, 25L));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theOwnerLogsInFromElsewhereWhileAGuesserWaits() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        for (int i = 0; i < 5; i++) {
            guess(ada.email(), "wrong password " + i, "203.0.113.66").andExpect(status().isUnauthorized());
        }
        guess(ada.email(), "wrong password again", "203.0.113.66").andExpect(status().isTooManyRequests());

        guess(ada.email(), ada.password(), "198.51.100.61").andExpect(status().isOk());
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(from("198.51.100.62"))
                        .param("email", ada.email())
                        .param("password", ada.password()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void eachFailureAfterTheLimitDoublesTheWait() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        for (int i = 0; i < 5; i++) {
            guess(ada.email(), "wrong password " + i, "198.51.100.63");
        }
        guess(ada.email(), "wrong again", "198.51.100.63")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$.detail").value("Too many failed attempts. Try again in 1 minute."));

        clock.advance(Duration.ofSeconds(61));
        guess(ada.email(), "wrong once more", "198.51.100.63").andExpect(status().isUnauthorized());
        guess(ada.email(), "wrong again", "198.51.100.63")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "120"))
                .andExpect(jsonPath("$.detail").value("Too many failed attempts. Try again in 2 minutes."));

        clock.advance(Duration.ofSeconds(121));
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(from("198.51.100.63"))
                        .param("email", ada.email())
                        .param("password", "wrong by the form"))
                .andExpect(redirectedUrl("/login?error&email=" + ada.email()));
        Object wait = mvc.perform(post("/login")
                        .with(csrf())
                        .with(from("198.51.100.63"))
                        .param("email", ada.email())
                        .param("password", ada.password()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "240"))
                .andReturn()
                .getRequest()
                .getAttribute(SignedIn.THROTTLED_RETRY_AFTER);
        mvc.perform(get("/login/throttled").requestAttr(SignedIn.THROTTLED_RETRY_AFTER, wait))
                .andExpect(content().string(containsString("Too many failed attempts. Try again in 4 minutes.")));
    }

    @Test
    void manyAddressesGuessingOneAccountMeetTheAccountWideLimit() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        for (int i = 0; i < 50; i++) {
            guess(ada.email(), "wrong password", "198.51.101." + i).andExpect(status().isUnauthorized());
        }
        guess(ada.email(), ada.password(), "198.51.102.1").andExpect(status().isTooManyRequests());
    }

    private ResultActions guess(String email, String password, String address) throws Exception {
        return mvc.perform(json(post("/api/v1/auth/login"), AuthApiTests.credentials(email, password))
                .with(from(address)));
    }
}
