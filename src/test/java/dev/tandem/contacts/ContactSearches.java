package dev.tandem.contacts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestUsers.SignedUp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.MockMvc;

/** Searches of contacts through the API, for tests in any module. */
public final class ContactSearches {

    private ContactSearches() {}

    /** The names of every page of a search A to Z (every contact when {@code q} is null), following the cursor. */
    public static List<String> namesAToZ(MockMvc mvc, SignedUp user, UUID workspace, @Nullable String q)
            throws Exception {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            var request = get("/api/v1/workspaces/" + workspace + "/contacts").param("limit", "100");
            if (q != null) {
                request.param("q", q);
            }
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            String page = mvc.perform(request.with(user.bearer()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            names.addAll(JsonPath.read(page, "$.items[*].displayName"));
            List<String> next = JsonPath.read(page, "$..nextCursor");
            cursor = next.isEmpty() ? null : next.get(0);
        } while (cursor != null);
        return names;
    }
}
