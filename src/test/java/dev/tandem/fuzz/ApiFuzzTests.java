package dev.tandem.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tandem.TandemTest;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API's main write endpoints, its searches and its import, fuzzed through MockMvc: whatever the body or the
 * parameters, the answer is a 2xx or a 4xx problem, never a 5xx, an exception or a hang. {@code .ci/fuzz} replays the
 * inputs kept under {@code src/test/resources/dev/tandem/fuzz/ApiFuzzTestsInputs} (each a body that once failed, or
 * a valid seed); {@code .ci/fuzz} fuzzes each endpoint for {@link Fuzzing#DURATION}.
 */
@TandemTest
class ApiFuzzTests {

    @Autowired
    MockMvc mvc;

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    @DictionaryEntries({
        "\"displayName\":",
        "\"givenName\":",
        "\"familyName\":",
        "\"emails\":",
        "\"phones\":",
        "\"tags\":",
        "\"organizationId\":",
        "\"linkedinUrl\":",
        "\"timeZone\":",
        "\"preferredLanguage\":",
        "null",
        "[null]",
        "1e309",
        "-1",
        "\"\\u0000\"",
        "\"Europe/Rome\"",
        "true",
        "{}",
        "[]"
    })
    void contacts(byte[] body) throws Exception {
        Fuzzing.allowTheDatabase();
        expectNo5xx(post(FuzzWorkspace.of(mvc).path("/contacts")), body);
    }

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    @DictionaryEntries({
        "\"name\":",
        "\"kind\":",
        "\"purpose\":",
        "\"values\":",
        "\"visibility\":",
        "\"cadenceIdealDays\":",
        "\"cadenceMaxDays\":",
        "\"VENDOR\"",
        "\"CUSTOMER\"",
        "\"SHARED\"",
        "null",
        "[null]",
        "1e309",
        "-1",
        "2147483648",
        "\"\\u0000\"",
        "{}",
        "[]"
    })
    void partnerships(byte[] body) throws Exception {
        Fuzzing.allowTheDatabase();
        expectNo5xx(post(FuzzWorkspace.of(mvc).path("/partnerships")), body);
    }

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    @DictionaryEntries({
        "\"title\":",
        "\"description\":",
        "\"why\":",
        "\"dueOn\":",
        "\"ourOwnerId\":",
        "\"theirOwnerId\":",
        "\"serves\":",
        "\"2099-12-31\"",
        "\"+999999999-12-31\"",
        "null",
        "[null]",
        "\"\\u0000\"",
        "{}",
        "[]"
    })
    void goals(byte[] body) throws Exception {
        Fuzzing.allowTheDatabase();
        var ws = FuzzWorkspace.of(mvc);
        expectNo5xx(post(ws.path("/partnerships/" + ws.partnership() + "/goals")), body);
    }

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    @DictionaryEntries({
        "\"type\":",
        "\"startsAt\":",
        "\"endsAt\":",
        "\"timeZone\":",
        "\"place\":",
        "\"videoUrl\":",
        "\"agenda\":",
        "\"CHECK_IN\"",
        "\"2030-03-01T10:00\"",
        "\"+999999999-12-31T23:59\"",
        "\"UTC\"",
        "\"javascript:x\"",
        "null",
        "[null]",
        "\"\\u0000\"",
        "{}",
        "[]"
    })
    void meetings(byte[] body) throws Exception {
        Fuzzing.allowTheDatabase();
        var ws = FuzzWorkspace.of(mvc);
        expectNo5xx(post(ws.path("/partnerships/" + ws.partnership() + "/meetings")), body);
    }

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    @DictionaryEntries({
        "\"what\":",
        "\"ownerSide\":",
        "\"ownerId\":",
        "\"dueOn\":",
        "\"US\"",
        "\"THEM\"",
        "\"2030-01-01\"",
        "\"-999999999-01-01\"",
        "null",
        "[null]",
        "\"\\u0000\"",
        "{}",
        "[]"
    })
    void commitments(byte[] body) throws Exception {
        Fuzzing.allowTheDatabase();
        var ws = FuzzWorkspace.of(mvc);
        expectNo5xx(post(ws.path("/partnerships/" + ws.partnership() + "/commitments")), body);
    }

    /** The search and filter parameters of the contact and partnership lists, each a fuzzed string or absent. */
    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void search(FuzzedDataProvider data) throws Exception {
        Fuzzing.allowTheDatabase();
        var ws = FuzzWorkspace.of(mvc);
        boolean contacts = data.consumeBoolean();
        var request = get(ws.path(contacts ? "/contacts" : "/partnerships"));
        for (String name : contacts
                ? new String[] {"q", "tag", "organization", "sort", "limit", "cursor"}
                : new String[] {"q", "tag", "kind", "stage", "ownerId", "sort", "limit", "cursor"}) {
            if (data.consumeBoolean()) {
                request.param(name, data.consumeString(200));
            }
        }
        expect(request);
    }

    /** The import endpoint (vCard, CSV, LinkedIn), end to end: reading, validating and writing what it read. */
    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void importFile(byte[] file) throws Exception {
        Fuzzing.allowTheDatabase();
        var ws = FuzzWorkspace.of(mvc);
        expect(multipart(ws.path("/contacts/import")).file(new MockMultipartFile("file", "contacts", null, file)));
    }

    private void expectNo5xx(MockHttpServletRequestBuilder request, byte[] body) throws Exception {
        expect(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void expect(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        var ws = FuzzWorkspace.of(mvc);
        var response = assertTimeoutPreemptively(
                Fuzzing.HANG,
                () -> mvc.perform(request.with(ws.owner().bearer())).andReturn().getResponse());
        if (response.getStatus() >= 500) {
            throw new AssertionError(response.getStatus() + " " + response.getContentAsString(StandardCharsets.UTF_8));
        }
    }
}
