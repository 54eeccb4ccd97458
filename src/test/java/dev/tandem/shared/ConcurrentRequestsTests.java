package dev.tandem.shared;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The same change sent several times at once, as a double click or a retrying client does: one wins, the others
 * answer 409 (or 404 when what they change is gone), never 500, and nothing is written twice or lost.
 */
@TandemTest
class ConcurrentRequestsTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    String partnership;

    @BeforeEach
    void setUp() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        partnership = id("/partnerships", "{\"name\":\"Acme\",\"kind\":\"ORG_PARTNER\"}");
    }

    @Test
    void twentyParallelHoldsOfOneMeetingHoldItOnce() throws Exception {
        String meeting = id("/partnerships/" + partnership + "/meetings", """
                {"type":"CHECK_IN","startsAt":"2026-01-05T10:00","endsAt":"2026-01-05T11:00","timeZone":"UTC"}""");
        List<Integer> statuses = inParallel(
                20,
                i -> json(patch(ada.workspacePath("/meetings/" + meeting)), "{\"held\":true}")
                        .with(ada.bearer()));
        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        String timeline = body(get(ada.workspacePath("/partnerships/" + partnership + "/timeline"))
                .with(ada.bearer()));
        List<String> types = JsonPath.read(timeline, "$.items[*].type");
        assertThat(types)
                .filteredOn(type -> type.startsWith("rhythm.meeting.held"))
                .hasSize(1);
        assertThat((Boolean) JsonPath.read(
                        body(get(ada.workspacePath("/meetings/" + meeting)).with(ada.bearer())), "$.held"))
                .isTrue();
    }

    @Test
    void crossedMergesKeepExactlyOneOfThePair() throws Exception {
        for (int round = 0; round < 5; round++) {
            String a =
                    id("/contacts", "{\"displayName\":\"Ann " + round + "\",\"emails\":[\"ann" + round + "@a.test\"]}");
            String b = id(
                    "/contacts", "{\"displayName\":\"Anne " + round + "\",\"emails\":[\"anne" + round + "@b.test\"]}");
            List<Integer> statuses = inParallel(
                    2,
                    i -> json(
                                    post(ada.workspacePath("/contacts/merge")),
                                    "{\"keep\":\"%s\",\"merge\":\"%s\"}".formatted(i == 0 ? a : b, i == 0 ? b : a))
                            .with(ada.bearer()));
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).allMatch(s -> s == 200 || s == 409 || s == 404);
            int left = status(get(ada.workspacePath("/contacts/" + a)).with(ada.bearer())) == 200 ? 1 : 0;
            left += status(get(ada.workspacePath("/contacts/" + b)).with(ada.bearer())) == 200 ? 1 : 0;
            assertThat(left).as("contacts left after round %d", round).isEqualTo(1);
        }
    }

    @Test
    void theSameParticipantAddedTenTimesAtOnceTakesPartOnce() throws Exception {
        String contact = id("/contacts", "{\"displayName\":\"Ana\"}");
        List<Integer> statuses = inParallel(
                10,
                i -> json(
                                post(ada.workspacePath("/partnerships/" + partnership + "/participants")),
                                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(contact))
                        .with(ada.bearer()));
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        String list = body(get(ada.workspacePath("/partnerships/" + partnership + "/participants"))
                .with(ada.bearer()));
        assertThat((List<?>) JsonPath.read(list, "$[?(@.personId == '" + contact + "')]"))
                .hasSize(1);
    }

    @Test
    void theSameMemberAddedTenTimesAtOnceIsAMemberOnce() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        List<Integer> statuses = inParallel(
                10,
                i -> json(
                                post(ada.workspacePath("/members")),
                                "{\"email\":\"%s\",\"role\":\"MEMBER\"}".formatted(bob.email()))
                        .with(ada.bearer()));
        assertThat(statuses).allMatch(s -> s == 201 || s == 202 || s == 409);
        String members = body(get(ada.workspacePath("/members")).with(ada.bearer()));
        assertThat((List<?>) JsonPath.read(members, "$.items[?(@.userId == '" + bob.userId() + "')]"))
                .hasSizeLessThan(2);
    }

    /**
     * Records added to a partnership while it is deleted: the insert that comes after the delete breaks a foreign
     * key and is refused with 409 (or 404 when the partnership was already gone), never 500, and leaves nothing behind.
     */
    @Test
    void addingToAPartnershipWhileItIsDeletedIsRefusedNever500() throws Exception {
        List<Integer> all = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            String doomed = id("/partnerships", "{\"name\":\"Doomed " + round + "\",\"kind\":\"ORG_PARTNER\"}");
            List<Integer> statuses = inParallel(12, i -> switch (i % 4) {
                case 0 ->
                    i == 0
                            ? delete(ada.workspacePath("/partnerships/" + doomed))
                                    .with(ada.bearer())
                            : json(
                                            post(ada.workspacePath("/partnerships/" + doomed + "/goals")),
                                            "{\"title\":\"Grow " + i + "\",\"dueOn\":\"2030-01-01\"}")
                                    .with(ada.bearer());
                case 1 ->
                    json(
                                    post(ada.workspacePath("/partnerships/" + doomed + "/own-goals")),
                                    "{\"side\":\"OURS\",\"kind\":\"PERSONAL\",\"title\":\"Learn " + i + "\"}")
                            .with(ada.bearer());
                case 2 ->
                    json(
                                    post(ada.workspacePath("/partnerships/" + doomed + "/commitments")),
                                    "{\"what\":\"Send " + i + "\",\"ownerSide\":\"US\",\"dueOn\":\"2030-01-01\"}")
                            .with(ada.bearer());
                default ->
                    json(post(ada.workspacePath("/partnerships/" + doomed + "/notes")), "{\"body\":\"Note " + i + "\"}")
                            .with(ada.bearer());
            });
            // The delete itself can lose the race too (a row added meanwhile still refers to it): 409, never 500.
            assertThat(statuses.get(0)).isIn(204, 409);
            assertThat(statuses.subList(1, statuses.size()))
                    .as("round %d", round)
                    .allMatch(s -> s == 201 || s == 404 || s == 409);
            all.addAll(statuses);
            assertThat(status(get(ada.workspacePath("/partnerships/" + doomed + "/goals"))
                            .with(ada.bearer())))
                    .isEqualTo(statuses.get(0) == 204 ? 404 : 200);
        }
        assertThat(all)
                .as("some additions lost the race to the delete: %s", all)
                .contains(409);
    }

    private List<Integer> inParallel(int count, IntFunction<RequestBuilder> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                RequestBuilder each = request.apply(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(each).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String body(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private String id(String path, String body) throws Exception {
        return JsonPath.read(body(json(post(ada.workspacePath(path)), body).with(ada.bearer())), "$.id");
    }
}
