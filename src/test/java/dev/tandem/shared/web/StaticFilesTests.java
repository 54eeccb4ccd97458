package dev.tandem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every stylesheet, script and icon a page links loads (static files are served under those names only). */
@TandemTest
class StaticFilesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyStylesheetScriptAndIconAPageLinksLoads() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        var links = Pattern.compile("(?:src|href)=\"(/(?:css|js|webjars|favicon)[^\"]*)\"")
                .matcher(page);
        int count = 0;
        while (links.find()) {
            count++;
            mvc.perform(get(links.group(1))).andExpect(status().isOk());
        }
        assertThat(count).isGreaterThanOrEqualTo(4);
        assertThat(page).contains("href=\"/css/tandem.css\"", "href=\"/favicon.svg\"");
        mvc.perform(get("/css/tandem.css")).andExpect(content().contentTypeCompatibleWith("text/css"));
    }

    @Test
    void aMissingFileIsNotFound() throws Exception {
        mvc.perform(get("/css/missing.css")).andExpect(status().isNotFound());
        mvc.perform(get("/js/missing.js")).andExpect(status().isNotFound());
    }
}
