package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The start-up flag: a demo account with a loaded demo workspace, created once however often it starts. */
@TandemTest
@TestPropertySource(properties = {"tandem.demo.enabled=true", "tandem.demo.password=" + DemoAccountTests.PASSWORD})
class DemoAccountTests {

    static final String PASSWORD = "a demo that grows together";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoAccount account;

    @Test
    void theDemoAccountIsCreatedOnceWithItsDemo() throws Exception {
        String token = logIn();
        List<String> before = demoWorkspaces(token);
        assertThat(before).as("one demo workspace after start-up").hasSize(1);
        int partnerships = partnerships(token, before.get(0));
        assertThat(partnerships).isGreaterThanOrEqualTo(12);

        assertThat(account.ensure()).as("a restart creates nothing").isFalse();

        assertThat(demoWorkspaces(token)).isEqualTo(before);
        assertThat(partnerships(token, before.get(0))).isEqualTo(partnerships);
    }

    private String logIn() throws Exception {
        String body = mvc.perform(
                        TestUsers.json(post("/api/v1/auth/login"), """
                        {"email":"%s","password":"%s"}""".formatted(DemoAccount.EMAIL, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private List<String> demoWorkspaces(String token) throws Exception {
        String body = mvc.perform(get("/api/v1/workspaces").with(TestUsers.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$[?(@.name == '" + DemoAccount.WORKSPACE + "')].id");
    }

    private int partnerships(String token, String workspace) throws Exception {
        String body = mvc.perform(get("/api/v1/workspaces/" + workspace + "/partnerships?limit=200")
                        .with(TestUsers.bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.<List<Object>>read(body, "$.items").size();
    }
}
