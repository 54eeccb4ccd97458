package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The permissions table of docs/permissions.md against the application: every registered route has a row (a new
 * route without one fails the build), workspace rows say what {@link AccessRules} decides, and every cell is
 * tried over HTTP as that principal. A workspace route "lets in" when the central access check handed the
 * handler its context (what the handler then does with made-up ids is another matter: 404, 400…); it "keeps
 * out" with 403 for a weaker role, 404 for someone of another workspace and the log-in for anonymous callers.
 */
@TandemTest
class PermissionsTests {

    static final Path DOC = Path.of("docs/permissions.md");
    static final List<String> PRINCIPALS =
            List.of("OWNER", "ADMIN", "MEMBER", "VIEWER", "other workspace", "anonymous");
    private static final String CONTEXT = WorkspaceContext.class.getName();

    record Route(
            String method,
            String path,
            HandlerMethod handler,
            @Nullable MediaType consumes) {

        boolean workspace() {
            return path.contains("{workspaceId}");
        }

        String key() {
            return method + " " + path;
        }
    }

    record Row(String method, String path, List<String> cells, String audit) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRouteHasARowThatSaysWhatTheCodeDoesAndWhatHttpAnswers() throws Exception {
        List<Route> routes = routes();
        Map<String, Row> table = table();
        List<String> problems = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (Route route : routes) {
            Row row = table.remove(route.key());
            if (row == null) {
                problems.add("No row in " + DOC + " for " + route.key());
            } else if (route.workspace()) {
                List<String> derived = derived(route);
                if (!derived.equals(row.cells()) || !audit(route).equals(row.audit())) {
                    problems.add(route.key() + ": the table says " + row.cells() + " " + row.audit() + ", the code "
                            + derived + " " + audit(route));
                }
            }
            if (deletes(route) && audit(route).isEmpty()) {
                problems.add(route.key() + " deletes but is not @Audited");
            }
            expected.append(line(route, row)).append('\n');
        }
        table.keySet().forEach(key -> problems.add("A row for a route that does not exist: " + key));
        Files.writeString(Path.of("target/permissions-routes.md"), expected.toString());
        assertThat(problems)
                .as("rows of " + DOC + " (target/permissions-routes.md has the routes)")
                .isEmpty();
    }

    @Test
    void everyCellOfTheTableHoldsOverHttp() throws Exception {
        // Someone installed Tandem before them: none of the principals owns the first workspace, so none
        // administers the installation.
        TestUsers.signUp(mvc, "Installer");
        Principals who = new Principals();
        Map<String, Row> table = table();
        List<String> problems = new ArrayList<>();
        for (Route route : routes()) {
            Row row = table.get(route.key());
            if (row == null) {
                continue;
            }
            // Signing out everywhere ends the principals' other sessions and tokens: those routes get principals of
            // their own.
            Principals callers = route.path().endsWith("/sign-out-everywhere") ? new Principals() : who;
            for (int i = 0; i < PRINCIPALS.size(); i++) {
                boolean allowed = row.cells().get(i).startsWith("yes");
                MvcResult result = mvc.perform(
                                request(route, callers.workspaceId).with(callers.auth(i, route.path())))
                        .andReturn();
                String outcome = check(route, i, allowed, result);
                if (outcome != null) {
                    problems.add(route.key() + " as " + PRINCIPALS.get(i) + ": " + outcome);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Null when the answer fits the cell; otherwise what went wrong. */
    private static @Nullable String check(Route route, int principal, boolean allowed, MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        String location = Objects.toString(response.getRedirectedUrl(), "");
        boolean toLogIn = status == 401 || (status == 302 && location.endsWith("/login"));
        if (route.workspace()) {
            boolean passed = result.getRequest().getAttribute(CONTEXT) != null;
            if (allowed) {
                return passed && !toLogIn ? null : "expected to be let in, got " + status;
            }
            int refusal = principal == 5 ? (route.path().startsWith("/api/") ? 401 : 302) : principal == 4 ? 404 : 403;
            return !passed && status == refusal ? null : "expected " + refusal + ", got " + status;
        }
        if (allowed) {
            return !toLogIn && status != 403 ? null : "expected to be let in, got " + status + " " + location;
        }
        // Outside a workspace, a signed-in caller is kept out with 403 (the instance administration routes).
        boolean refused = principal == 5 ? toLogIn : status == 403;
        return refused ? null : "expected " + (principal == 5 ? "to be sent to log in" : "403") + ", got " + status;
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            MediaType consumes = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .findFirst()
                    .orElse(null);
            for (String path : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route("ANY", path, handler, consumes));
                }
                methods.forEach(m -> routes.add(new Route(m.name(), path, handler, consumes)));
            }
        });
        // Leaving last: whoever may leave does, and is then no longer there to be asked about other routes.
        routes.sort(Comparator.comparing((Route r) -> r.path().endsWith("/leave"))
                .thenComparing(Route::path)
                .thenComparing(Route::method));
        return routes;
    }

    /** A deletion of workspace data; members, invitations and guests are recorded by identity itself. */
    private static boolean deletes(Route route) {
        boolean deleting = route.method().equals("DELETE")
                || route.path().endsWith("/delete")
                || route.path().endsWith("/remove");
        return route.workspace()
                && deleting
                && !route.path().contains("/members/")
                && !route.path().contains("/invitations/")
                && !route.path().contains("/guests/");
    }

    private static List<String> derived(Route route) {
        Role required = AccessRules.required(route.handler(), route.method());
        List<String> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            cells.add(role.includes(required) ? "yes" : "no");
        }
        cells.add("no");
        cells.add("no");
        return cells;
    }

    private static String audit(Route route) {
        AuditAction action = AccessRules.audited(route.handler());
        return action == null ? "" : action.name();
    }

    private static String line(Route route, @Nullable Row row) {
        List<String> cells =
                row != null ? row.cells() : route.workspace() ? derived(route) : List.of("?", "?", "?", "?", "?", "?");
        return "| " + route.method() + " | `" + route.path() + "` | " + String.join(" | ", cells) + " | " + audit(route)
                + " |";
    }

    /** The rows of the table: | METHOD | `path` | six cells | audit action |. */
    static Map<String, Row> table() throws Exception {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (cells.length < 10 || !cells[2].strip().startsWith("`/")) {
                continue;
            }
            String path = cells[2].strip().replace("`", "");
            List<String> access = new ArrayList<>();
            for (int i = 3; i < 9; i++) {
                access.add(cells[i].strip());
            }
            Row row = new Row(cells[1].strip(), path, access, cells[9].strip());
            assertThat(rows.put(row.method() + " " + path, row))
                    .as("one row for " + row.method() + " " + path)
                    .isNull();
        }
        return rows;
    }

    private static MockHttpServletRequestBuilder request(Route route, UUID workspace) {
        String uri = route.path()
                .replace("{workspaceId}", workspace.toString())
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString())
                .replace("/**", "/x");
        String method = route.method().equals("ANY") ? "GET" : route.method();
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri);
        boolean write = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        if (write && uri.startsWith("/api/")) {
            request.contentType(route.consumes() != null ? route.consumes() : MediaType.APPLICATION_JSON)
                    .content("{}");
        } else if (write) {
            request.with(csrf());
        }
        return request;
    }

    /** An owner's workspace with one member of each other role, someone from elsewhere and nobody. */
    private class Principals {

        final UUID workspaceId;
        final List<SignedUp> users = new ArrayList<>();
        final List<RequestPostProcessor> sessions = new ArrayList<>();

        Principals() throws Exception {
            SignedUp owner = TestUsers.signUp(mvc, "Olivia");
            workspaceId = owner.workspaceId();
            users.add(owner);
            for (String role : List.of("ADMIN", "MEMBER", "VIEWER")) {
                SignedUp user =
                        TestUsers.signUp(mvc, role.charAt(0) + role.substring(1).toLowerCase());
                TestUsers.addMember(mvc, owner, user, role);
                users.add(user);
            }
            users.add(TestUsers.signUp(mvc, "Eve"));
            for (SignedUp user : users) {
                sessions.add(WebSessions.logIn(mvc, user));
            }
        }

        RequestPostProcessor auth(int principal, String path) {
            if (principal >= users.size()) {
                return request -> request;
            }
            return path.startsWith("/api/") ? users.get(principal).bearer() : sessions.get(principal);
        }
    }
}
