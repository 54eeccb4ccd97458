package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.tandem.TandemTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API description a client is generated from: what the running application serves, checked in as
 * {@code docs/openapi.json} (the test build generates its client from that file), and correct for a caller.
 */
@TandemTest
class ApiDescriptionTests {

    static final Path CHECKED_IN = Path.of("docs", "openapi.json");
    private static final Path SERVED = Path.of("target", "openapi.json");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    MockMvc mvc;

    private String served;
    private JsonNode api;

    @BeforeEach
    void fetch() throws Exception {
        served = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        api = JsonMapper.builder().build().readTree(served);
    }

    @Test
    void theCheckedInDescriptionIsTheOneTheApplicationServes() throws Exception {
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served);
        List<String> checkedIn = Files.readAllLines(CHECKED_IN);
        List<String> now = served.lines().toList();
        int line = 0;
        while (line < Math.min(checkedIn.size(), now.size())
                && checkedIn.get(line).equals(now.get(line))) {
            line++;
        }
        assertThat(line == checkedIn.size() && line == now.size())
                .as(
                        "docs/openapi.json differs from the served description from line %d on: the API changed. "
                                + "Review target/openapi.json and copy it over docs/openapi.json",
                        line + 1)
                .isTrue();
    }

    @Test
    void noOperationAsksForTheResolvedWorkspaceContext() {
        assertThat(operations())
                .allSatisfy(operation -> assertThat(operation.parameters())
                        .as(operation.name())
                        .noneMatch(p -> p.path("name").asString().equals("workspace")));
        assertThat(api.path("components").path("schemas").has("WorkspaceContext"))
                .isFalse();
    }

    @Test
    void everyPathVariableIsARequiredPathParameter() {
        var workspaceRoutes = operations().stream()
                .filter(o -> o.path().startsWith("/api/v1/workspaces/{workspaceId}"))
                .toList();
        assertThat(workspaceRoutes).hasSizeGreaterThan(80);
        assertThat(operations()).allSatisfy(operation -> {
            Matcher variables = PATH_VARIABLE.matcher(operation.path());
            while (variables.find()) {
                String variable = variables.group(1);
                assertThat(operation.parameters())
                        .as(operation.name() + " declares {" + variable + "}")
                        .anySatisfy(p -> {
                            assertThat(p.path("name").asString()).isEqualTo(variable);
                            assertThat(p.path("in").asString()).isEqualTo("path");
                            assertThat(p.path("required").asBoolean()).isTrue();
                        });
            }
        });
        assertThat(workspaceRoutes
                        .get(0)
                        .parameters()
                        .get(0)
                        .path("schema")
                        .path("format")
                        .asString())
                .isEqualTo("uuid");
    }

    @Test
    void operationIdsAreUniqueAndUnnumbered() {
        var ids = new ArrayList<String>();
        api.path("paths")
                .forEach(path -> path.forEach(
                        operation -> ids.add(operation.path("operationId").asString())));
        assertThat(ids).hasSizeGreaterThan(90).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]+"));
    }

    @Test
    void bearerAuthenticationIsDeclaredAndSignUpNeedsNone() {
        var scheme = api.path("components").path("securitySchemes").path("bearer");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(api.path("security").get(0).has("bearer")).isTrue();
        assertThat(api.path("paths")
                        .path("/api/v1/auth/signup")
                        .path("post")
                        .path("security")
                        .isEmpty())
                .isTrue();
    }

    private List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        api.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    var parameters = new ArrayList<JsonNode>();
                    method.getValue().path("parameters").forEach(parameters::add);
                    operations.add(new Operation(path.getKey(), method.getKey(), parameters));
                }));
        assertThat(operations).hasSizeGreaterThan(90);
        return operations;
    }

    private record Operation(String path, String method, List<JsonNode> parameters) {

        String name() {
            return method + " " + path;
        }
    }
}
