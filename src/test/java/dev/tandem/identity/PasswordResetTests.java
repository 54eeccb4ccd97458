package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.WebSessions;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** With SMTP configured: reset links and invitations arrive by mail (GreenMail plays the server). */
@TandemTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class PasswordResetTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern RESET_LINK =
            Pattern.compile("http://tandem\\.test/reset-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aResetLinkArrivesWorksOnceAndSignsOutRememberedDevices() throws Exception {
        var ada = TestUsers.signUpUnverified(mvc, "Ada");
        mvc.perform(get("/forgot-password"))
                .andExpect(content().string(containsString("Send the link")))
                .andExpect(content().string(Matchers.not(containsString("Mail is not configured"))));
        mvc.perform(post("/forgot-password").with(csrf()).param("email", ada.email()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a link to reset its password is on its way")));

        String token = tokenFrom(lastMailTo(ada.email()));
        mvc.perform(get("/reset-password").param("token", token))
                .andExpect(content().string(containsString("Choose a new password")));
        mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("newPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use at least 12 characters.")));
        mvc.perform(post("/reset-password")
                        .with(csrf())
                        .param("token", token)
                        .param("newPassword", "a fresh start for ada"))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(post("/login").with(csrf()).param("email", ada.email()).param("password", "a fresh start for ada"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/reset-password").param("token", token))
                .andExpect(content().string(containsString("This link has expired or was already used.")));
        mvc.perform(post("/reset-password")
                        .with(csrf())
                        .param("token", token)
                        .param("newPassword", "one more time please"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This link has expired or was already used.")));
    }

    @Test
    void aResetLinkUsedTenTimesAtOnceWorksOnceAndEndsEverySession() throws Exception {
        var ada = TestUsers.signUpUnverified(mvc, "Ada");
        var browser = WebSessions.logIn(mvc, ada);
        mvc.perform(post("/forgot-password").with(csrf()).param("email", ada.email()));
        String token = tokenFrom(lastMailTo(ada.email()));

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(10);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                String password = "new password number " + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    var response = mvc.perform(post("/reset-password")
                                    .with(csrf())
                                    .param("token", token)
                                    .param("newPassword", password))
                            .andReturn()
                            .getResponse();
                    return "/login?reset".equals(response.getRedirectedUrl()) ? password : null;
                }));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            for (var answer : answers) {
                String won = answer.get();
                if (won != null) {
                    winners.add(won);
                }
            }
            assertThat(winners).hasSize(1);
            mvc.perform(post("/login").with(csrf()).param("email", ada.email()).param("password", winners.get(0)))
                    .andExpect(redirectedUrl("/"));
        } finally {
            pool.shutdownNow();
        }
        mvc.perform(get("/account").with(browser)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").with(ada.bearer())).andExpect(status().isUnauthorized());
    }

    @Test
    void aResetLinkExpires() throws Exception {
        var ada = TestUsers.signUpUnverified(mvc, "Ada");
        mvc.perform(post("/forgot-password").with(csrf()).param("email", ada.email()));
        String token = tokenFrom(lastMailTo(ada.email()));

        clock.advance(Duration.ofMinutes(61));
        mvc.perform(get("/reset-password").param("token", token))
                .andExpect(content().string(containsString("This link has expired or was already used.")));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String nobody = TestUsers.uniqueEmail("nobody");
        mvc.perform(post("/forgot-password").with(csrf()).param("email", nobody))
                .andExpect(content().string(containsString("a link to reset its password is on its way")));
        assertThat(smtp.getReceivedMessagesForDomain(nobody)).isEmpty();
    }

    @Test
    void invitationsAreMailedInsteadOfShown() throws Exception {
        var ada = TestUsers.signUpUnverified(mvc, "Ada");
        String carol = TestUsers.uniqueEmail("carol");
        mvc.perform(TestUsers.json(post(ada.workspacePath("/members")), """
                {"email":"%s","role":"MEMBER"}""".formatted(carol))
                        .with(ada.bearer()))
                .andExpect(status().isAccepted())
                .andExpect(MockMvcResultMatchers.jsonPath("$.delivery").value("SENT"))
                .andExpect(MockMvcResultMatchers.jsonPath("$.link").doesNotExist());

        MimeMessage mail = lastMailTo(carol);
        assertThat(mail.getSubject()).isEqualTo("Ada invited you to Ada's partnerships on Tandem");
        assertThat(GreenMailUtil.getBody(mail)).contains("http://tandem.test/invitations/");
    }

    @Test
    void signingUpMailsALinkThatConfirmsTheAddressOnce() throws Exception {
        var bob = TestUsers.signUpUnverified(mvc, "Bob");
        MimeMessage mail = lastMailTo(bob.email());
        assertThat(mail.getSubject()).isEqualTo("Confirm your address for Tandem");
        Matcher link = Pattern.compile("http://tandem\\.test/verify-email\\?token=([A-Za-z0-9_-]+)")
                .matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("a confirmation link in the mail").isTrue();

        mvc.perform(get("/verify-email").param("token", link.group(1)))
                .andExpect(content().string(containsString("Confirm my address")));
        mvc.perform(post("/verify-email").with(csrf()).param("token", link.group(1)))
                .andExpect(content().string(containsString("your address is confirmed")));
        mvc.perform(post("/verify-email").with(csrf()).param("token", link.group(1)))
                .andExpect(content().string(containsString("This link has expired or was already used.")));
    }

    private static MimeMessage lastMailTo(String address) throws Exception {
        smtp.waitForIncomingEmail(5000, 1);
        MimeMessage[] mails = smtp.getReceivedMessagesForDomain(address);
        assertThat(mails).as("mail to " + address).isNotEmpty();
        return mails[mails.length - 1];
    }

    private static String tokenFrom(MimeMessage mail) {
        Matcher link = RESET_LINK.matcher(
                GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("a reset link in the mail").isTrue();
        return link.group(1);
    }
}
