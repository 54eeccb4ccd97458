package dev.tandem.partnerships;

import static dev.tandem.TestUsers.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestUsers.SignedUp;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/** Test partnerships, created through the API: {@code PartnershipMother.partnership("Acme").kind("VENDOR").create(mvc, ada)}. */
final class PartnershipMother {

    private String name;
    private String kind = "ORG_PARTNER";
    private String stage = "EXPLORING";
    private int ideal = 14;
    private int max = 30;
    private String values = "[]";
    private String purpose = "";
    private String extra = "";

    private PartnershipMother(String name) {
        this.name = name;
    }

    static PartnershipMother partnership(String name) {
        return new PartnershipMother(name);
    }

    PartnershipMother kind(String kind) {
        this.kind = kind;
        return this;
    }

    PartnershipMother stage(String stage) {
        this.stage = stage;
        return this;
    }

    PartnershipMother cadence(int ideal, int max) {
        this.ideal = ideal;
        this.max = max;
        return this;
    }

    PartnershipMother values(String... values) {
        this.values = "["
                + String.join(
                        ",", Arrays.stream(values).map(v -> "\"" + v + "\"").toList()) + "]";
        return this;
    }

    PartnershipMother purpose(String purpose) {
        this.purpose = purpose;
        return this;
    }

    /** Extra JSON members, e.g. {@code "ownerId":"…"}. */
    PartnershipMother with(String json) {
        this.extra = "," + json;
        return this;
    }

    String body() {
        return """
                {"name":"%s","kind":"%s","stage":"%s","cadenceIdealDays":%d,"cadenceMaxDays":%d,"values":%s,"purpose":"%s"%s}""".formatted(name, kind, stage, ideal, max, values, purpose, extra);
    }

    UUID create(MockMvc mvc, SignedUp user) throws Exception {
        String response = mvc.perform(
                        json(post(user.workspacePath("/partnerships")), body()).with(user.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }
}
