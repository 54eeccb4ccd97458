package dev.tandem.contacts;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Contacts and organisations over the API: CRUD, validation, search, sort, pagination. */
@TandemTest
class ContactApiTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;

    @BeforeEach
    void signUp() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
    }

    @Test
    void aContactIsCreatedReadChangedAndDeleted() throws Exception {
        UUID id = ContactsFixture.contact(mvc, ada, """
                {"givenName":"José","familyName":"García","emails":["jose@acme.test","JG@home.test"],
                 "phones":["+34 91 123 45 67"],"organizationName":"Acme","title":"CTO","tags":["vip","Madrid"],
                 "linkedinUrl":"https://linkedin.com/in/jg","xHandle":"@jgarcia","preferredLanguage":"es",
                 "timeZone":"Europe/Madrid","howWeMet":"At a fair","notes":"Likes tea"}""");
        mvc.perform(get(ada.workspacePath("/contacts/" + id)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("José García"))
                .andExpect(jsonPath("$.emails", contains("jose@acme.test", "JG@home.test")))
                .andExpect(jsonPath("$.primaryEmail").value("jose@acme.test"))
                .andExpect(jsonPath("$.organizationName").value("Acme"))
                .andExpect(jsonPath("$.xHandle").value("jgarcia"))
                .andExpect(jsonPath("$.tags", containsInAnyOrder("vip", "Madrid")));
        // lists, searched by name or not, show each contact's tags A to Z; one without tags has none
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"José Untagged\"}");
        for (String list : List.of("/contacts?q=jos", "/contacts?sort=recent", "/contacts?q=madrid")) {
            mvc.perform(get(ada.workspacePath(list)).with(ada.bearer()))
                    .andExpect(
                            jsonPath("$.items[?(@.displayName == 'José García')].tags[*]", contains("Madrid", "vip")));
        }
        mvc.perform(get(ada.workspacePath("/contacts?q=jos")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[?(@.displayName == 'José Untagged')].tags[*]", hasSize(0)));

        mvc.perform(json(put(ada.workspacePath("/contacts/" + id)), """
                {"displayName":"Pepe","emails":["pepe@acme.test"],"tags":[]}""").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Pepe"))
                .andExpect(jsonPath("$.emails", contains("pepe@acme.test")))
                .andExpect(jsonPath("$.title").doesNotExist());

        mvc.perform(delete(ada.workspacePath("/contacts/" + id)).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(ada.workspacePath("/contacts/" + id)).with(ada.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputIsA400NamingTheFieldsAndWritesNothing() throws Exception {
        mvc.perform(json(post(ada.workspacePath("/contacts")), """
                {"displayName":"","emails":["not-an-email"],"linkedinUrl":"linkedin.com/x","title":"%s"}""".formatted("x".repeat(101)))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("emails[0]")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("linkedinUrl")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")));
        mvc.perform(json(post(ada.workspacePath("/contacts")), """
                {"displayName":"Zed","timeZone":"Mars/Olympus"}""").with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        mvc.perform(get(ada.workspacePath("/contacts")).with(ada.bearer())).andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void anEmailBelongsToOneContactOnly() throws Exception {
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"One\",\"emails\":[\"same@x.test\"]}");
        mvc.perform(json(post(ada.workspacePath("/contacts")), "{\"displayName\":\"Two\",\"emails\":[\"SAME@x.test\"]}")
                        .with(ada.bearer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("emails"));
    }

    @Test
    void searchIgnoresCaseAndAccentsAndFindsByEmailOrganisationAndTag() throws Exception {
        ContactsFixture.contact(mvc, ada, """
                {"displayName":"José Álvarez","emails":["pepe@globex.test"],"organizationName":"Société Générale","tags":["Investor"]}""");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Joan Smith\",\"tags\":[\"mentor\"]}");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Mary Jones\"}");

        expectNames("q=jose", "José Álvarez");
        expectNames("q=JOSÉ alv", "José Álvarez");
        expectNames("q=jo", "Joan Smith", "José Álvarez", "Mary Jones");
        expectNames("q=pepe@globex", "José Álvarez");
        expectNames("q=societe", "José Álvarez");
        expectNames("q=investor", "José Álvarez");
        expectNames("tag=MENTOR", "Joan Smith");
        expectNames("q=nobody");
    }

    @Test
    void organisationsAreSearchedAndFilterTheirContacts() throws Exception {
        UUID acme = ContactsFixture.organization(mvc, ada, """
                {"name":"Ácme Corp","industry":"Software","size":"11-50","tags":["partner"]}""");
        ContactsFixture.organization(mvc, ada, "{\"name\":\"Initech\"}");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Bea\",\"organizationId\":\"%s\"}".formatted(acme));
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Cy\"}");

        mvc.perform(get(ada.workspacePath("/organizations?q=acme")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].name", contains("Ácme Corp")))
                .andExpect(jsonPath("$.items[0].contactCount").value(1));
        mvc.perform(get(ada.workspacePath("/organizations?tag=Partner")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].name", contains("Ácme Corp")));
        expectNames("organization=" + acme, "Bea");
        mvc.perform(json(post(ada.workspacePath("/organizations")), "{\"name\":\"X\",\"size\":\"huge\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(json(put(ada.workspacePath("/organizations/" + acme)), "{\"name\":\"Acme Renamed\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        expectNames("q=renamed", "Bea");
        mvc.perform(delete(ada.workspacePath("/organizations/" + acme)).with(ada.bearer()))
                .andExpect(status().isNoContent());
        expectNames("q=renamed");
    }

    @Test
    void listsAreCursorPaginatedByName() throws Exception {
        for (String name : new String[] {"Dora", "Abe", "Cleo", "Bert", "Eve"}) {
            ContactsFixture.contact(mvc, ada, "{\"displayName\":\"%s\"}".formatted(name));
        }
        String first = mvc.perform(get(ada.workspacePath("/contacts?limit=2")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Abe", "Bert")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String cursor = JsonPath.read(first, "$.nextCursor");
        String second = mvc.perform(get(ada.workspacePath("/contacts?limit=2&cursor=" + cursor))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Cleo", "Dora")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get(ada.workspacePath("/contacts?limit=2&cursor=" + JsonPath.read(second, "$.nextCursor")))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Eve")))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
        mvc.perform(get(ada.workspacePath("/contacts?sort=bogus")).with(ada.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void searchResultsArePagedAToZOnceEachAndFollowRenames() throws Exception {
        UUID rossiSpa = ContactsFixture.organization(mvc, ada, "{\"name\":\"Rossi Spa\"}");
        // "Rosa Rossi" matches "ros" three times (given, family, organisation): listed once.
        ContactsFixture.contact(mvc, ada, """
                {"displayName":"Rosa Rossi","givenName":"Rosa","familyName":"Rossi","organizationId":"%s","tags":["vip"]}""".formatted(rossiSpa));
        UUID ross = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Anna Ross\",\"tags\":[\"vip\"]}");
        ContactsFixture.contact(
                mvc, ada, "{\"displayName\":\"Bruno Rosati\",\"organizationId\":\"%s\"}".formatted(rossiSpa));
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Carla Roseto\"}");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Dario Neri\"}");

        String first = mvc.perform(
                        get(ada.workspacePath("/contacts?q=ros&limit=2")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Anna Ross", "Bruno Rosati")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get(ada.workspacePath("/contacts?q=ros&limit=2&cursor=" + JsonPath.read(first, "$.nextCursor")))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Carla Roseto", "Rosa Rossi")))
                .andExpect(jsonPath("$.items[1].organizationName").value("Rossi Spa"))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
        expectNames("q=ros&tag=vip", "Anna Ross", "Rosa Rossi");
        expectNames("q=ros&organization=" + rossiSpa, "Bruno Rosati", "Rosa Rossi");
        expectNames("q=ros ann", "Anna Ross");
        expectNames("q=ann rossi");
        expectNames("q=rossi", "Bruno Rosati", "Rosa Rossi");
        expectNames("q=ro", "Anna Ross", "Bruno Rosati", "Carla Roseto", "Rosa Rossi");
        expectNames("q=n", "Dario Neri");

        mvc.perform(json(put(ada.workspacePath("/contacts/" + ross)), "{\"displayName\":\"Zoe Ross\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/contacts?q=ros")).with(ada.bearer()))
                .andExpect(jsonPath(
                        "$.items[*].displayName", contains("Bruno Rosati", "Carla Roseto", "Rosa Rossi", "Zoe Ross")));
    }

    @Test
    void aTagsContactsArePagedAToZAndFollowRenamesAndRetags() throws Exception {
        UUID acme = ContactsFixture.organization(mvc, ada, "{\"name\":\"Acme\"}");
        UUID zed = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Zed Mentor\",\"tags\":[\"Mentor\"]}");
        ContactsFixture.contact(mvc, ada, """
                {"displayName":"Carla Bianchi","tags":["mentor","vip"],"organizationId":"%s"}""".formatted(acme));
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Bea Verdi\",\"tags\":[\"MENTOR\"]}");
        UUID anna = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Anna Neri\",\"tags\":[\"vip\"]}");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Aldo Untagged\"}");
        // Another workspace's contact with the same tag, first in name order, is never in Ada's list or cursor.
        SignedUp bob = TestUsers.signUp(mvc, "Bob");
        UUID bobs = ContactsFixture.contact(mvc, bob, "{\"displayName\":\"Aaron Other\",\"tags\":[\"mentor\"]}");
        mvc.perform(get(ada.workspacePath("/contacts?tag=mentor&cursor=" + bobs))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());

        String first = mvc.perform(
                        get(ada.workspacePath("/contacts?tag=mentor&limit=2")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Bea Verdi", "Carla Bianchi")))
                .andExpect(jsonPath("$.items[1].organizationName").value("Acme"))
                .andExpect(jsonPath("$.items[1].tags[*]", contains("mentor", "vip")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get(ada.workspacePath(
                                "/contacts?tag=mentor&limit=2&cursor=" + JsonPath.read(first, "$.nextCursor")))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Zed Mentor")))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
        expectNames("tag=mentor&organization=" + acme, "Carla Bianchi");

        // Renamed, a contact moves within its tag's list; retagged, it joins another's.
        mvc.perform(json(
                                put(ada.workspacePath("/contacts/" + zed)),
                                "{\"displayName\":\"Abe Mentor\",\"tags\":[\"mentor\"]}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(json(
                                put(ada.workspacePath("/contacts/" + anna)),
                                "{\"displayName\":\"Anna Neri\",\"tags\":[\"vip\",\"mentor\"]}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/contacts?tag=mentor")).with(ada.bearer()))
                .andExpect(jsonPath(
                        "$.items[*].displayName", contains("Abe Mentor", "Anna Neri", "Bea Verdi", "Carla Bianchi")));
        mvc.perform(get(ada.workspacePath("/contacts?tag=vip")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Anna Neri", "Carla Bianchi")));
    }

    @Test
    void aPrefixManyNamesShareIsPagedAToZWhateverItsLength() throws Exception {
        for (int i = 1; i <= 205; i++) {
            ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Alessandra %03d\"}".formatted(i));
        }
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Aaron Alessandrini\"}");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Alessia Zeta\"}"); // its first five letters only
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Alessara Vito\"}"); // its first six letters only

        assertThat(allPages("alessan"))
                .hasSize(206)
                .doesNotHaveDuplicates()
                .doesNotContain("Alessia Zeta", "Alessara Vito")
                .startsWith("Aaron Alessandrini", "Alessandra 001", "Alessandra 002")
                .endsWith("Alessandra 205");
        assertThat(allPages("aless")).hasSize(208).doesNotHaveDuplicates().endsWith("Alessara Vito", "Alessia Zeta");
        assertThat(allPages("a")).hasSize(208).startsWith("Aaron Alessandrini", "Alessandra 001");
        expectNames(
                "q=alessandra 20",
                "Alessandra 200",
                "Alessandra 201",
                "Alessandra 202",
                "Alessandra 203",
                "Alessandra 204",
                "Alessandra 205");
        expectNames("q=alessandrin", "Aaron Alessandrini");
        expectNames("q=alessi", "Alessia Zeta");
        expectNames("q=z", "Alessia Zeta");
    }

    /**
     * Numbers keep no prefixes of their own (ADR 13): a search of numbers alone reads the terms and sorts what they
     * match, and a number beside a word narrows the word's matches. Either way a number is found by its beginning,
     * as a word is, in every order.
     */
    @Test
    void numbersAreFoundByTheirBeginningAloneOrBesideAWord() throws Exception {
        ContactsFixture.contact(mvc, ada, """
                {"displayName":"Bea Zorzi","organizationName":"Company 512","tags":["region 7"]}""");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Abe Rossi\",\"emails\":[\"abe.rossi.5@x.test\"]}");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Carlo Verdi\",\"organizationName\":\"Company 5\"}");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Dora Neri\",\"organizationName\":\"3M\"}");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Ezio 1250\"}");

        assertThat(allPages("5")).containsExactly("Abe Rossi", "Bea Zorzi", "Carlo Verdi");
        assertThat(allPages("12")).containsExactly("Ezio 1250");
        expectNames("q=51", "Bea Zorzi");
        expectNames("q=512 company", "Bea Zorzi");
        expectNames("q=company 5", "Bea Zorzi", "Carlo Verdi");
        expectNames("q=5 ros", "Abe Rossi");
        expectNames("q=abe.rossi.5@x", "Abe Rossi");
        expectNames("q=3", "Dora Neri");
        expectNames("q=3m", "Dora Neri");
        expectNames("q=5 7", "Bea Zorzi");
        expectNames("q=6");
        expectNames("q=5&sort=recent", "Abe Rossi", "Bea Zorzi", "Carlo Verdi");
        mvc.perform(get(ada.workspacePath("/contacts?q=5&limit=2")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].displayName", contains("Abe Rossi", "Bea Zorzi")));
    }

    /** The names a search by {@code q} finds, page after page of 50. */
    private List<String> allPages(String q) throws Exception {
        List<String> names = new ArrayList<>();
        String cursor = "";
        do {
            String page = mvc.perform(get(ada.workspacePath("/contacts?q=" + q + "&limit=50" + cursor))
                            .with(ada.bearer()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            names.addAll(JsonPath.read(page, "$.items[*].displayName"));
            Object next = JsonPath.<Map<String, Object>>read(page, "$").get("nextCursor");
            cursor = next == null ? null : "&cursor=" + next;
        } while (cursor != null);
        return names;
    }

    private void expectNames(String query, String... names) throws Exception {
        mvc.perform(get(ada.workspacePath("/contacts?" + query)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].displayName", containsInAnyOrder((Object[]) names)))
                .andExpect(jsonPath("$.items", hasSize(names.length)));
    }
}
