package dev.tandem.partnerships;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.rhythm.RhythmMother;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Deleting a partnership removes every row that hangs off it, in whichever module, by the rule of ADR 0008: each
 * table with a {@code partnership_id} references the partnership with a foreign key that cascades on delete.
 */
@TandemTest
class PartnershipDeletionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableThatHangsOffAPartnershipCascadesFromIt() {
        List<String> tables = jdbc.sql("""
                select lower(table_name) from information_schema.columns
                where lower(column_name) = 'partnership_id' and lower(table_schema) = 'public'""").query(String.class).list();
        List<String> cascading = jdbc.sql("""
                select lower(k.table_name) from information_schema.referential_constraints r
                join information_schema.key_column_usage k
                  on k.constraint_schema = r.constraint_schema and k.constraint_name = r.constraint_name
                join information_schema.table_constraints t
                  on t.constraint_schema = r.unique_constraint_schema and t.constraint_name = r.unique_constraint_name
                where lower(k.column_name) = 'partnership_id' and lower(t.table_name) = 'partnerships'
                  and r.delete_rule = 'CASCADE'""").query(String.class).list();
        assertThat(tables).isNotEmpty().contains("goals", "rhythm_meetings", "rhythm_commitments", "health_scores");
        assertThat(cascading)
                .as("tables with a partnership_id that cascades from partnerships")
                .containsAll(tables);
    }

    @Test
    void deletingAPartnershipLeavesNothingOfItInAnyModule() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme");
        RhythmMother.theirParticipant(mvc, ada, acme, "Ana");
        UUID meeting = RhythmMother.meeting(mvc, ada, acme, "CHECK_IN", "2025-06-02T10:00", "2025-06-02T11:00");
        mvc.perform(json(patch(ada.workspacePath("/meetings/" + meeting)), "{\"held\":true}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        RhythmMother.commitment(mvc, ada, acme, "Send the draft", "US", "2030-01-10");
        RhythmMother.id(mvc, ada, "/partnerships/" + acme + "/goals", "{\"title\":\"Grow\",\"dueOn\":\"2099-12-31\"}");
        assertThat(rowsOf(acme)).isGreaterThan(5);

        mvc.perform(delete(ada.workspacePath("/partnerships/" + acme)).with(ada.bearer()))
                .andExpect(status().isNoContent());

        assertThat(rowsOf(acme)).isZero();
        assertThat(jdbc.sql("select count(*) from timeline_entries where subject_id = :id")
                        .param("id", acme)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private int rowsOf(UUID partnership) {
        List<String> tables = jdbc.sql("""
                select lower(table_name) from information_schema.columns
                where lower(column_name) = 'partnership_id' and lower(table_schema) = 'public'""").query(String.class).list();
        int rows = 0;
        for (String table : tables) {
            rows += jdbc.sql("select count(*) from " + table + " where partnership_id = :id")
                    .param("id", partnership)
                    .query(Integer.class)
                    .single();
        }
        return rows;
    }
}
