package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.identity.AccountService;
import dev.tandem.shared.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The demo speaks the language of the member who loads it: an Italian or Spanish account gets the same portfolio —
 * same partnerships, goals and health — with every text in its own language, while names stay as they are.
 */
@TandemTest
class DemoLanguageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    DemoCatalogue catalogue;

    @Test
    void anItalianMemberGetsTheDemoInItalianOnThePagesAndTheApi() throws Exception {
        SignedUp gia = load("Gia", Locale.ITALIAN);
        String solara = partnership(gia, "Solare di comunità con Solara Energía");

        String detail = get(gia, "/partnerships/" + solara);
        assertThat(JsonPath.<String>read(detail, "$.purpose"))
                .isEqualTo("Sviluppare insieme impianti solari di comunità in tre quartieri di Madrid e condividere "
                        + "apertamente quello che impariamo.");
        assertThat(JsonPath.<List<String>>read(get(gia, "/partnerships/" + solara + "/goals"), "$.items[*].title"))
                .containsExactly(
                        "Alimentare 400 abitazioni di Vallecas con tetti condivisi",
                        "Pubblicare come open data i dati energetici del progetto pilota");
        assertThat(JsonPath.<List<String>>read(get(gia, "/partnerships/" + solara + "/notes"), "$.items[*].body"))
                .contains("I verbali del comitato guida sono nella cartella condivisa; la prossima sessione è tra "
                        + "due settimane.");
        assertThat(JsonPath.<List<String>>read(get(gia, "/partnerships/" + solara + "/participants"), "$[*].name"))
                .contains("José Núñez", "Lucía Fernández");
        assertThat(JsonPath.<List<String>>read(
                        get(gia, "/partnerships/" + solara + "/timeline?limit=200"), "$.items[*].text"))
                .anyMatch(text -> text.contains("la pubblicazione dei dati del progetto pilota"));

        var session = WebSessions.logIn(mvc, gia);
        mvc.perform(MockMvcRequestBuilders.get("/w/" + gia.workspaceId() + "/partnerships/" + solara)
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Solare di comunità con Solara Energía")))
                .andExpect(content().string(containsString("Sviluppare insieme impianti solari di comunità")));
        mvc.perform(MockMvcRequestBuilders.get("/w/" + gia.workspaceId() + "/partnerships/" + solara + "/goals")
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alimentare 400 abitazioni di Vallecas")))
                .andExpect(content().string(containsString("Abitazioni collegate")));
        assertThat(catalogue.missing()).as("demo texts without a translation").isEmpty();
    }

    @Test
    void aSpanishMemberGetsTheDemoInSpanish() throws Exception {
        SignedUp eva = load("Eva", Locale.forLanguageTag("es"));
        String mercado = partnership(eva, "Plataforma de fidelización para Mercado Vivo");

        assertThat(JsonPath.<String>read(get(eva, "/partnerships/" + mercado), "$.purpose"))
                .isEqualTo("Gestionar y hacer crecer la plataforma de fidelización de la cooperativa, con beneficios "
                        + "medibles para sus socios.");
        assertThat(JsonPath.<List<String>>read(get(eva, "/partnerships/" + mercado + "/goals"), "$.items[*].title"))
                .contains("Llevar al 60% los socios activos del programa de fidelización");
        assertThat(JsonPath.<List<String>>read(get(eva, "/partnerships/" + mercado + "/notes"), "$.items[*].body"))
                .contains("Paloma mencionó presión presupuestaria: pregunta, no supongas, antes de la próxima "
                        + "revisión.");
        var session = WebSessions.logIn(mvc, eva);
        mvc.perform(MockMvcRequestBuilders.get("/w/" + eva.workspaceId() + "/partnerships/" + mercado)
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Plataforma de fidelización para Mercado Vivo")));
        assertThat(catalogue.missing()).as("demo texts without a translation").isEmpty();
    }

    @Test
    void everyLanguageGetsTheSamePortfolioAndTheSameHealth() throws Exception {
        SignedUp en = load("Ed", Locale.ENGLISH);
        SignedUp it = load("Ida", Locale.ITALIAN);
        SignedUp es = load("Inés", Locale.forLanguageTag("es"));

        assertThat(partnership(en, "Community solar with Solara Energía")).isNotNull();
        assertThat(shape(it)).isEqualTo(shape(en)).isEqualTo(shape(es));
        assertThat(shape(en)).hasSize(16);
    }

    /** Per partnership, by kind and stage: its health score, confidence, top signal and number of goals. */
    private List<String> shape(SignedUp user) throws Exception {
        String portfolio = get(user, "/partnerships?limit=200");
        List<Map<String, Object>> items = JsonPath.read(portfolio, "$.items");
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> item : items) {
            String id = (String) item.get("id");
            String json = get(user, "/partnerships/" + id + "/health");
            Map<String, Object> health = JsonPath.read(json, "$");
            rows.add(item.get("kind") + " " + item.get("stage") + " score=" + health.get("score") + " confidence="
                    + health.get("confidence") + " signals=" + JsonPath.read(json, "$.signals[*].type") + " goals="
                    + JsonPath.<List<Object>>read(get(user, "/partnerships/" + id + "/goals"), "$.items")
                            .size()
                    + " ownGoals="
                    + JsonPath.<List<Object>>read(get(user, "/partnerships/" + id + "/own-goals"), "$.items")
                            .size());
        }
        rows.sort(null);
        return rows;
    }

    private SignedUp load(String name, Locale locale) throws Exception {
        SignedUp user = TestUsers.signUp(mvc, name);
        accounts.changeLanguage(new UserId(user.userId()), locale);
        mvc.perform(post(user.workspacePath("/demo")).with(user.bearer())).andExpect(status().isCreated());
        return user;
    }

    private String partnership(SignedUp user, String name) throws Exception {
        List<String> ids = JsonPath.read(
                get(user, "/partnerships?limit=200"), "$.items[?(@.name == '" + name.replace("'", "\\'") + "')].id");
        assertThat(ids).as(name).hasSize(1);
        return Objects.requireNonNull(ids.get(0));
    }

    private String get(SignedUp user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(user.workspacePath(path)).with(user.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
