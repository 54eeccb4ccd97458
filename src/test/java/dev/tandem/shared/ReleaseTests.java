package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator can tell which release answers: in the footer, at /actuator/info and in the API description. */
@TandemTest
class ReleaseTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theBuildsVersionShowsInTheFooterTheInfoEndpointAndTheApiDescription() throws Exception {
        String version = builtVersion();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");

        mvc.perform(get("/login")).andExpect(content().string(containsString("Version " + version)));
        mvc.perform(get("/login").header("Accept-Language", "it"))
                .andExpect(content().string(containsString("Versione " + version)));
        mvc.perform(get("/actuator/info"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.version").value(version));
        mvc.perform(get("/v3/api-docs")).andExpect(jsonPath("$.info.version").value(version));
    }

    private static String builtVersion() throws IOException {
        var properties = new Properties();
        try (var in = new ClassPathResource("META-INF/build-info.properties").getInputStream()) {
            properties.load(in);
        }
        return properties.getProperty("build.version");
    }
}
