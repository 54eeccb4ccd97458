package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.tandem.TandemTest;
import dev.tandem.WebSessions;
import dev.tandem.guests.GuestWorld;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The partner guest against every workspace route the application registers: a guest of P1 is let in only to the
 * routes docs/permissions.md lists under "What a partner guest may call", only with P1's ids, and nothing P1 keeps
 * INTERNAL (nor anything of P2) appears in any answer. Every other route, and those with P2's ids, answer 404.
 */
@TandemTest
class GuestPermissionsTests {

    private static final String SECTION = "## What a partner guest may call";
    private static final String CONTEXT = WorkspaceContext.class.getName();

    record Route(
            String method,
            String path,
            HandlerMethod handler,
            @Nullable MediaType consumes) {

        String key() {
            return method + " " + path;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theGuestSectionListsExactlyTheRoutesMarkedOpenToGuests() throws Exception {
        Set<String> marked = new TreeSet<>();
        for (Route route : routes()) {
            if (AccessRules.openToGuests(route.handler())) {
                marked.add(route.key());
            }
        }
        assertThat(new TreeSet<>(declared()))
                .as(SECTION + " in " + PermissionsTests.DOC)
                .isEqualTo(marked);
    }

    @Test
    void aGuestOfOnePartnershipGetsThroughToItsGuestRoutesOnlyAndNeverSeesAnInternalItem() throws Exception {
        GuestWorld world = new GuestWorld(mvc);
        RequestPostProcessor session = WebSessions.logIn(mvc, world.guest);
        Set<String> open = declared();
        List<String> problems = new ArrayList<>();
        for (Route route : routes()) {
            if (!route.path().contains("{workspaceId}")) {
                continue;
            }
            for (boolean own : new boolean[] {true, false}) {
                RequestPostProcessor auth = route.path().startsWith("/api/") ? world.guest.bearer() : session;
                MvcResult result =
                        mvc.perform(request(route, world, own).with(auth)).andReturn();
                int status = result.getResponse().getStatus();
                boolean passed = result.getRequest().getAttribute(CONTEXT) != null;
                String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                String as = route.key() + " with " + (own ? "P1" : "P2") + "'s ids";
                if (open.contains(route.key()) && own) {
                    if (!passed || status == 404 || status == 403) {
                        problems.add(as + ": expected to be let in, got " + status);
                    }
                } else if (open.contains(route.key())) {
                    // Let in by the central check when the path names no partnership; its service answers 404.
                    if (status != 404) {
                        problems.add(as + ": expected 404, got " + status);
                    }
                } else if (passed || status != 404) {
                    problems.add(as + ": expected 404, got " + status + (passed ? " (let in)" : ""));
                }
                if (body.contains(GuestWorld.SECRET)) {
                    problems.add(as + ": the answer holds an internal item: "
                            + body.substring(0, Math.min(300, body.length())));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The routes of the guest section: | METHOD | `path` | whose |. */
    private static Set<String> declared() throws Exception {
        Set<String> routes = new LinkedHashSet<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(PermissionsTests.DOC, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inSection = line.equals(SECTION);
            }
            String[] cells = line.split("\\|");
            if (inSection && cells.length >= 4 && cells[2].strip().startsWith("`/")) {
                routes.add(cells[1].strip() + " " + cells[2].strip().replace("`", ""));
            }
        }
        return routes;
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String path : info.getPatternValues()) {
                var methods = info.getMethodsCondition().getMethods();
                MediaType consumes = info.getConsumesCondition().getConsumableMediaTypes().stream()
                        .findFirst()
                        .orElse(null);
                if (methods.isEmpty()) {
                    routes.add(new Route("ANY", path, handler, consumes));
                }
                methods.forEach(m -> routes.add(new Route(m.name(), path, handler, consumes)));
            }
        });
        // Leaving is refused to a guest like everything else, but keep it last as the main walk does.
        routes.sort((a, b) -> a.path().endsWith("/leave") != b.path().endsWith("/leave")
                ? Boolean.compare(a.path().endsWith("/leave"), b.path().endsWith("/leave"))
                : a.key().compareTo(b.key()));
        return routes;
    }

    /** The route with real ids: the partnership, and the meeting or commitment of it a path names. */
    private static MockHttpServletRequestBuilder request(Route route, GuestWorld world, boolean own) {
        UUID partnership = own ? world.p1 : world.p2;
        UUID meeting = own ? world.p1Meeting : world.p2Meeting;
        UUID commitment = own ? world.p1Theirs : world.p2Theirs;
        String path = route.path().replace("{workspaceId}", world.workspace.toString());
        if (path.contains("/partnerships/{id}")) {
            path = path.replace("{id}", partnership.toString());
        } else if (path.contains("/meetings/{id}")) {
            path = path.replace("{id}", meeting.toString());
        } else if (path.contains("/commitments/{id}")) {
            path = path.replace("{id}", commitment.toString());
        }
        UUID post = !own
                ? world.p2Post
                : route.method().equals("DELETE")
                        ? world.p1PostToDeleteByApi
                        : route.path().endsWith("/delete") ? world.p1PostToDeleteByPage : world.p1Post;
        path = path.replace("{postId}", post.toString())
                .replace("{fileId}", (own ? world.p1File : world.p2File).toString());
        path = path.replace("{meetingId}", meeting.toString())
                .replace("{commitmentId}", commitment.toString())
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString())
                .replace("/**", "/x");
        String method = route.method().equals("ANY") ? "GET" : route.method();
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
        boolean write = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        if (write && path.startsWith("/api/")) {
            request.contentType(route.consumes() != null ? route.consumes() : MediaType.APPLICATION_JSON)
                    .content("{}");
        } else if (write) {
            request.with(csrf());
        }
        return request;
    }
}
