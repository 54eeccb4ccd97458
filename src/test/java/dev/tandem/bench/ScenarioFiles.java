package dev.tandem.bench;

import dev.tandem.bench.PartnershipWriter.Written;
import dev.tandem.contacts.BulkContactText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The files the load scenarios ({@code bench/lua}) read, one value (or pair) a line: every partnership,
 * a participant on their side of each partnership still going on (to hold meetings with), open
 * commitments (to deliver), name prefixes (to search), and {@code workspace.env} with the token.
 */
final class ScenarioFiles {

    static final int MAX_COMMITMENTS = 50_000;

    private ScenarioFiles() {}

    static void write(Path dir, BenchAccount.Created account, String email, List<Written> partnerships, long seed)
            throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("workspace.env"), """
                WORKSPACE_ID=%s
                TOKEN=%s
                OWNER_EMAIL=%s
                PASSWORD='%s'
                PARTNERSHIPS=%d
                """.formatted(
                        account.workspaceId(), account.token(), email, BenchAccount.PASSWORD, partnerships.size()));
        Files.write(
                dir.resolve("partnerships.txt"),
                partnerships.stream().map(p -> p.id().toString()).toList());
        Files.write(
                dir.resolve("participants.txt"),
                partnerships.stream()
                        .filter(p ->
                                p.stage().isActive() && !p.theirParticipants().isEmpty())
                        .map(p -> p.id() + " " + p.theirParticipants().get(0))
                        .toList());
        List<UUID> open = new ArrayList<>(
                partnerships.stream().flatMap(p -> p.openCommitments().stream()).toList());
        Collections.shuffle(open, new Random(seed));
        Files.write(
                dir.resolve("open-commitments.txt"),
                open.stream().limit(MAX_COMMITMENTS).map(UUID::toString).toList());
        Files.write(dir.resolve("prefixes.txt"), prefixes());
    }

    /** What people type to find someone: the first three letters of a name, or a whole given name. */
    static List<String> prefixes() {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String name : Pools.FAMILY) {
            String folded = BulkContactText.fold(name).replaceAll("[^a-z]", "");
            prefixes.add(folded.substring(0, Math.min(3, folded.length())));
        }
        Pools.GIVEN.forEach(name -> prefixes.add(BulkContactText.fold(name)));
        return List.copyOf(prefixes);
    }
}
