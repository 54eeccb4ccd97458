package dev.tandem.contacts;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The contacts list keeps its filters in its address: the filtered address, opened again (a reload, the back
 * button, a shared link), shows the same list with the same filters filled in, and the live search puts each
 * filter change in the address.
 */
@TandemTest
class ContactListAddressTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theFilteredAddressShowsTheFilteredListWithItsFiltersFilledIn() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        var session = ContactsFixture.logIn(mvc, ada);
        UUID acme = ContactsFixture.organization(mvc, ada, "{\"name\":\"Acme\"}");
        ContactsFixture.contact(mvc, ada, """
                {"displayName":"Željka Ćosić","organizationId":"%s","emails":[],"phones":[],"tags":["vip"]}""".formatted(acme));
        ContactsFixture.contact(mvc, ada, """
                {"displayName":"Zoe Brown","organizationId":"%s","emails":[],"phones":[],"tags":["press"]}""".formatted(acme));
        ContactsFixture.contact(mvc, ada, """
                {"displayName":"Zeno Vip","emails":[],"phones":[],"tags":["vip"]}""");
        String list = "/w/" + ada.workspaceId() + "/contacts";

        mvc.perform(get(list).with(session))
                .andExpect(content().string(containsString("hx-push-url=\"true\"")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Željka Ćosić"),
                                containsString("Zoe Brown"),
                                containsString("Zeno Vip"))))
                .andExpect(content().string(containsString("aria-hidden=\"true\">ŽĆ</span>")));
        mvc.perform(get(list)
                        .param("tag", "vip")
                        .param("organization", acme.toString())
                        .param("sort", "-lastContacted")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Željka Ćosić")))
                .andExpect(content().string(not(containsString("Zoe Brown"))))
                .andExpect(content().string(not(containsString("Zeno Vip"))))
                .andExpect(content().string(containsString("id=\"tag\" name=\"tag\" value=\"vip\"")))
                .andExpect(content().string(containsString("value=\"-lastContacted\" selected=\"selected\"")))
                .andExpect(content().string(containsString("name=\"organization\" value=\"" + acme + "\"")));
        mvc.perform(get(list).param("q", "zoe").with(session))
                .andExpect(content().string(containsString("Zoe Brown")))
                .andExpect(content().string(not(containsString("Željka Ćosić"))))
                .andExpect(content().string(containsString("name=\"q\" value=\"zoe\"")));
        mvc.perform(get(list).param("q", "zoe").header("HX-Request", "true").with(session))
                .andExpect(content().string(containsString("Zoe Brown")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get(list)
                        .param("q", "zoe")
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true")
                        .with(session))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("name=\"q\" value=\"zoe\"")));
    }
}
