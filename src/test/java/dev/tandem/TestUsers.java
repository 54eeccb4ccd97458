package dev.tandem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test data: people who signed up through the API, each with a workspace of their own. */
public final class TestUsers {

    public static final String PASSWORD = "a long and quiet river";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** Someone who signed up: their id, their first workspace, an API token and credentials. */
    public record SignedUp(UUID userId, UUID workspaceId, String token, String email, String password) {

        public RequestPostProcessor bearer() {
            return TestUsers.bearer(token);
        }

        public String workspacePath(String rest) {
            return "/api/v1/workspaces/" + workspaceId + rest;
        }
    }

    private TestUsers() {}

    /** A fresh, unique address, so tests never collide on the shared database. */
    public static String uniqueEmail(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + COUNTER.incrementAndGet() + "@example.test";
    }

    /** Signs up and confirms the address with the link that was mailed. */
    public static SignedUp signUp(MockMvc mvc, String name) throws Exception {
        var user = signUpUnverified(mvc, name);
        verifyEmail(mvc, user.email());
        return user;
    }

    /** Someone who signed up but has not opened the confirmation link yet. */
    public static SignedUp signUpUnverified(MockMvc mvc, String name) throws Exception {
        return signUpUnverified(mvc, uniqueEmail(name), name);
    }

    /** Signs up with a given address and confirms it. */
    public static SignedUp signUpWithEmail(MockMvc mvc, String email, String name) throws Exception {
        var user = signUpUnverified(mvc, email, name);
        verifyEmail(mvc, email);
        return user;
    }

    private static SignedUp signUpUnverified(MockMvc mvc, String email, String name) throws Exception {
        TestMailbox.open();
        String body = """
                {"email":"%s","password":"%s","displayName":"%s","workspaceName":"%s's partnerships"}""".formatted(email, PASSWORD, name, name);
        String response = mvc.perform(post("/api/v1/auth/signup")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new SignedUp(
                UUID.fromString(JsonPath.read(response, "$.userId")),
                UUID.fromString(JsonPath.read(response, "$.workspaceId")),
                JsonPath.read(response, "$.token"),
                email,
                PASSWORD);
    }

    public static void verifyEmail(MockMvc mvc, String email) throws Exception {
        mvc.perform(json(post("/api/v1/auth/verify-email"), """
                {"token":"%s"}""".formatted(
                                TestMailbox.token(email, "/verify-email?token="))))
                .andExpect(status().isNoContent());
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Adds {@code member} to {@code owner}'s workspace with a role: invited, then accepting the mailed link. */
    public static void addMember(MockMvc mvc, SignedUp owner, SignedUp member, String role) throws Exception {
        mvc.perform(json(post(owner.workspacePath("/members")), """
                {"email":"%s","role":"%s"}""".formatted(member.email(), role))
                        .with(owner.bearer()))
                .andExpect(status().isAccepted());
        acceptInvitation(mvc, member);
    }

    /** Accepts the last invitation mailed to {@code member}, through the API. */
    public static void acceptInvitation(MockMvc mvc, SignedUp member) throws Exception {
        mvc.perform(json(post("/api/v1/invitations/accept"), """
                {"token":"%s"}""".formatted(
                                        TestMailbox.token(member.email(), "/invitations/")))
                        .with(member.bearer()))
                .andExpect(status().isOk());
    }
}
