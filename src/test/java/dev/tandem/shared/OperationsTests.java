package dev.tandem.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What an operator relies on: health, metrics, and the API description. */
@TandemTest
class OperationsTests {

    /** As set in application-test.properties. */
    static final String METRICS_TOKEN = "test-metrics-token-0123456789";

    @Autowired
    MockMvc mvc;

    @Test
    void healthIsUpWithoutMailAndShowsNoDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$", not(hasKey("components"))));
    }

    @Test
    void metricsNeedTheMetricsTokenAndSensitiveEndpointsAreNotExposed() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        var ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(get("/actuator/prometheus").with(ada.bearer())).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(TestUsers.bearer("not-the-metrics-token")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(TestUsers.bearer(METRICS_TOKEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        for (String endpoint : new String[] {"env", "beans", "configprops", "heapdump", "loggers"}) {
            mvc.perform(get("/actuator/" + endpoint).with(ada.bearer())).andExpect(status().isNotFound());
        }
    }

    @Test
    void theApiIsDescribedWithItsAuthentication() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Tandem API"))
                .andExpect(
                        jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(
                        jsonPath("$.paths['/api/v1/auth/signup'].post.security").isEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.summary").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/workspaces/{workspaceId}/members'].post")
                        .exists())
                .andExpect(jsonPath("$.security[0].bearer").exists());
        mvc.perform(get("/api-docs")).andExpect(status().is3xxRedirection());
    }
}
