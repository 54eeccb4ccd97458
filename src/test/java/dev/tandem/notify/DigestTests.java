package dev.tandem.notify;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestMailbox;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.guests.GuestWorld;
import dev.tandem.rhythm.RhythmMother;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The weekly digest through a real SMTP server (GreenMail): read as the member's mail client would, in English,
 * Italian and Spanish, with the one-click unsubscribe headers; sent once; a send the server refuses is shown to the
 * admins and retried.
 */
@TandemTest
class DigestTests {

    private static final int PORT = freePort();
    private static GreenMail smtp = server();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "3000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "3000");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DigestJob digests;

    @Autowired
    TestClock clock;

    @Autowired
    NotificationMails mails;

    @BeforeAll
    static void start() {
        smtp.start();
        // sign-up and invitation links now come by SMTP, not through the log
        TestMailbox.alsoRead(DigestTests::lastBodyTo);
    }

    @AfterAll
    static void stop() {
        TestMailbox.alsoRead(null);
        smtp.stop();
    }

    private static @Nullable String lastBodyTo(String address) {
        var messages = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .toList();
        if (messages.isEmpty()) {
            return null;
        }
        try {
            return String.valueOf(messages.get(messages.size() - 1).getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachMemberReadsTheirWeekInTheirLanguageOnceAndCanUnsubscribeWithoutLoggingIn() throws Exception {
        var world = new GuestWorld(mvc);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        dueNow(world.owner, "en", "Europe/London");
        mvc.perform(json(
                                post("/api/v1/workspaces/" + world.workspace + "/partnerships/" + world.p1
                                        + "/space/posts"),
                                "{\"kind\":\"QUESTION\",\"body\":\"When do we sign the NDA?\"}")
                        .with(world.guest.bearer()))
                .andExpect(status().isCreated());
        RhythmMother.commitment(
                mvc,
                world.owner,
                world.p1,
                "Send the price list",
                "US",
                today.plusDays(1).toString());
        dueNow(world.owner, "en", "Europe/London");

        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        UUID alleanza = RhythmMother.partnership(mvc, ada, "Alleanza Acme");
        RhythmMother.commitment(
                mvc, ada, alleanza, "Mandare la bozza", "US", today.plusDays(1).toString());
        dueNow(ada, "it", "Europe/Rome");

        SignedUp eva = TestUsers.signUp(mvc, "Eva");
        UUID alianza = RhythmMother.partnership(mvc, eva, "Alianza Sur");
        RhythmMother.commitment(
                mvc,
                eva,
                alianza,
                "Enviar el contrato",
                "THEM",
                today.plusDays(1).toString());
        dueNow(eva, "es", "America/Mexico_City");

        digests.run();

        var en = only(world.owner);
        assertThat(en.getSubject()).isEqualTo("Your week in Olivia's partnerships");
        assertThat(en.getHeader("List-Unsubscribe")[0])
                .matches("<http://tandem\\.test/unsubscribe/" + world.workspace + "/[A-Za-z0-9_-]{43}>");
        assertThat(en.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String enText = part(en, "text/plain");
        String enHtml = part(en, "text/html");
        assertThat(enText)
                .contains("Hello Olivia,", "Commitments due", "Acme alliance: Send the price list", "Ours, due ")
                .contains("What partners posted", "Acme alliance: “When do we sign the NDA?”")
                .contains("http://tandem.test/w/" + world.workspace + "/partnerships/" + world.p1 + "/commitments");
        assertThat(enHtml)
                .contains("<table", "When do we sign the NDA?", "lang=\"en\"")
                .doesNotContain("<img", "<script", "src=\"http");

        var it = only(ada);
        assertThat(it.getSubject()).isEqualTo("La tua settimana in Ada's partnerships");
        assertThat(part(it, "text/plain"))
                .contains("Ciao Ada,", "Impegni in scadenza", "Alleanza Acme: Mandare la bozza", "Nostro, scade il")
                .contains("Annulla l'iscrizione a questo riepilogo: http://tandem.test/unsubscribe/");
        assertThat(part(it, "text/html")).contains("Impegni in scadenza", "lang=\"it\"");
        // for humans to look at in a browser (docs/screenshots of the digest)
        Files.createDirectories(Path.of("target", "digests"));
        Files.writeString(Path.of("target", "digests", "digest-en.html"), enHtml);
        Files.writeString(Path.of("target", "digests", "digest-it.html"), part(it, "text/html"));

        var es = only(eva);
        assertThat(es.getSubject()).isEqualTo("Tu semana en Eva's partnerships");
        assertThat(part(es, "text/plain"))
                .contains("Hola, Eva:", "Compromisos que vencen", "Alianza Sur: Enviar el contrato", "Suyo, vence el");

        // the partner's question also came by mail on its own, as the owner asked
        mails.run();
        mails.run();
        var alone = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> addressedTo(m, world.owner.email()) && !isDigest(m))
                .filter(m -> subject(m).startsWith("Acme alliance: the partner wrote"))
                .toList();
        assertThat(alone).hasSize(1);
        assertThat(String.valueOf(alone.get(0).getContent()))
                .contains("http://tandem.test/w/" + world.workspace + "/partnerships/" + world.p1 + "/space/posts/");

        // another run, or another node, sends nothing again
        digests.run();
        assertThat(to(world.owner)).hasSize(1);
        assertThat(to(ada)).hasSize(1);

        // the one-click unsubscribe of RFC 8058: a POST without session or form token
        String unsubscribe =
                en.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "").replace("http://tandem.test", "");
        mvc.perform(get(unsubscribe))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unsubscribe")));
        mvc.perform(post(unsubscribe).param("List-Unsubscribe", "One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no more weekly digests")));
        mvc.perform(get(world.owner.workspacePath("/notifications/preferences")).with(world.owner.bearer()))
                .andExpect(jsonPath("$.digest").value(false));
        mvc.perform(post(unsubscribe.substring(0, unsubscribe.length() - 3) + "xyz"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/unsubscribe/" + ada.workspaceId() + unsubscribe.substring(unsubscribe.lastIndexOf('/'))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDigestTheServerRefusesIsShownToAdminsAndSentOnceWhenRetried() throws Exception {
        SignedUp fay = TestUsers.signUp(mvc, "Fay");
        UUID acme = RhythmMother.partnership(mvc, fay, "Acme");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        RhythmMother.commitment(
                mvc, fay, acme, "Send the deck", "US", today.plusDays(1).toString());
        dueNow(fay, "en", "UTC");

        smtp.stop();
        try {
            digests.run();
        } finally {
            smtp = server();
            smtp.start();
        }
        assertThat(to(fay)).isEmpty();
        var session = WebSessions.logIn(mvc, fay);
        mvc.perform(get("/w/" + fay.workspaceId() + "/notifications/digests").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fay")))
                .andExpect(content().string(containsString("Failed")));

        digests.run();
        assertThat(to(fay)).as("not before its retry is due").isEmpty();
        clock.advance(Duration.ofMinutes(11));
        digests.run();
        digests.run();
        assertThat(to(fay)).hasSize(1);
        mvc.perform(get("/w/" + fay.workspaceId() + "/notifications/digests").with(session))
                .andExpect(content().string(containsString("Every weekly digest went out.")));
    }

    /** Language and zone through the account page; the digest due at midnight of today, there. */
    private void dueNow(SignedUp user, String language, String zone) throws Exception {
        var session = WebSessions.logIn(mvc, user);
        mvc.perform(post("/account/profile")
                        .with(session)
                        .with(csrf())
                        .param(
                                "displayName",
                                user.email().substring(0, user.email().indexOf('.')))
                        .param("locale", language)
                        .param("timeZone", zone))
                .andExpect(status().is3xxRedirection());
        var day = clock.instant().atZone(ZoneId.of(zone)).getDayOfWeek();
        mvc.perform(json(put(user.workspacePath("/notifications/preferences")), """
                {"inApp":["PARTNER_POSTED"],"byMail":["PARTNER_POSTED"],"digest":true,"digestDay":"%s","digestHour":0}""".formatted(day))
                        .with(user.bearer()))
                .andExpect(status().isOk());
    }

    private MimeMessage only(SignedUp user) throws Exception {
        var messages = to(user);
        assertThat(messages).as("digests to " + user.email()).hasSize(1);
        return messages.get(0);
    }

    private List<MimeMessage> to(SignedUp user) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> addressedTo(m, user.email()) && isDigest(m))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isDigest(MimeMessage message) {
        try {
            return message.getHeader("List-Unsubscribe") != null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) throws Exception {
        String found = find(part, type);
        assertThat(found).as(type + " part").isNotNull();
        return found;
    }

    private static @Nullable String find(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = find(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static GreenMail server() {
        return new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
