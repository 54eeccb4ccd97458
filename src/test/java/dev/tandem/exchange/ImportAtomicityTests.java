package dev.tandem.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An import is written whole or not at all: stopped, or racing another import of the same people. */
@TandemTest
class ImportAtomicityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    SignedUp ada;

    @BeforeEach
    void signUp() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
    }

    int contacts() {
        return jdbc.queryForObject(
                "select count(*) from contacts where workspace_id = ?", Integer.class, ada.workspaceId());
    }

    static byte[] people(int count) {
        StringBuilder csv = new StringBuilder("First Name,Last Name,E-mail Address\n");
        for (int i = 1; i <= count; i++) {
            csv.append("Person,").append(i).append(",person").append(i).append("@many.example\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameEmailImportedTwiceAtOnceMakesOneContactAndNeverA500() throws Exception {
        byte[] file = "Name,E-mail Address\nSame Person,same@race.example\n".getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(pool.submit(() -> {
                start.await();
                return mvc.perform(multipart(ada.workspacePath("/contacts/import"))
                                .file(new MockMultipartFile("file", "same.csv", "text/csv", file))
                                .with(ada.bearer()))
                        .andReturn()
                        .getResponse()
                        .getStatus();
            }));
        }
        start.countDown();
        for (Future<Integer> status : statuses) {
            assertThat(status.get(60, TimeUnit.SECONDS)).isIn(200, 409);
        }
        pool.shutdown();
        assertThat(contacts()).isEqualTo(1);
    }

    @Test
    void aStoppedImportWritesNothing() throws Exception {
        RequestPostProcessor browser = WebSessions.logIn(mvc, ada);
        String base = "/w/" + ada.workspaceId() + "/contacts/import";
        String preview = mvc.perform(multipart(base)
                        .file(new MockMultipartFile("file", "many.csv", "text/csv", people(1200)))
                        .with(browser)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        // Hold the workspace's import lock, so the job is certainly still running when it is stopped.
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        jdbc.update(
                "insert into exchange_import_locks (workspace_id) values (?) on conflict do nothing",
                ada.workspaceId());
        Thread holder = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.queryForList(
                    "select workspace_id from exchange_import_locks where workspace_id = ? for update",
                    ada.workspaceId());
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        String job = mvc.perform(post(preview).with(browser).with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(job).with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                .andExpect(content().string(containsString("Stop the import")));
        mvc.perform(post(job + "/cancel")
                        .header("HX-Request", "true")
                        .with(browser)
                        .with(csrf()))
                .andExpect(status().isOk());
        release.countDown();
        holder.join(10_000);

        String page = "";
        for (int i = 0; i < 100 && !page.contains("nothing was imported"); i++) {
            Thread.sleep(100);
            page = mvc.perform(get(job).header("HX-Request", "true").with(browser))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        }
        assertThat(page)
                .contains("The import was stopped; nothing was imported.")
                .doesNotContain("hx-trigger");
        assertThat(contacts()).isZero();
        // The stopped upload is gone; the file must be uploaded again.
        mvc.perform(get(preview).with(browser)).andExpect(status().isNotFound());
    }

    @Test
    void aLargeImportFinishesWhole() throws Exception {
        var result = mvc.perform(multipart(ada.workspacePath("/contacts/import"))
                        .file(new MockMultipartFile("file", "many.csv", "text/csv", people(1200)))
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(result).contains("\"created\":1200");
        assertThat(contacts()).isEqualTo(1200);
        // The batched contacts are found by search like any other.
        mvc.perform(get(ada.workspacePath("/contacts?q=person1199")).with(ada.bearer()))
                .andExpect(content().string(containsString("person1199@many.example")));
    }
}
