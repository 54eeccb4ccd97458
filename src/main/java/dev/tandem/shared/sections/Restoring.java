package dev.tandem.shared.sections;

import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The ids of a restore: every id of the file gets a new one, in the same order (so lists sorted by id, newest
 * first or by cursor, read the same), the exported workspace becomes the target, and people's accounts become the
 * accounts of this server with the same email, or the person restoring when there is none. Ids are found wherever
 * they are written, also inside texts (a timeline entry's arguments), and replaced there too.
 */
public final class Restoring {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** As PostgreSQL and H2 sort UUIDs: byte by byte, unsigned. */
    public static final Comparator<UUID> DATABASE_ORDER = Comparator.<UUID>comparingLong(
                    id -> id.getMostSignificantBits() ^ Long.MIN_VALUE)
            .thenComparingLong(id -> id.getLeastSignificantBits() ^ Long.MIN_VALUE);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WorkspaceId workspace;
    private final UserId importer;
    private final Map<UUID, UUID> ids;
    private final Map<UUID, UUID> accounts;
    private final Set<UUID> people;

    /**
     * @param source the exported workspace's id
     * @param people the ids of the file's accounts
     * @param accounts each of those that has an account here (by email), to that account
     * @param found every id in the file ({@link #uuidsIn})
     */
    public Restoring(
            WorkspaceId workspace,
            UserId importer,
            UUID source,
            Set<UUID> people,
            Map<UUID, UUID> accounts,
            Collection<UUID> found) {
        this.workspace = workspace;
        this.importer = importer;
        this.people = Set.copyOf(people);
        this.accounts = Map.copyOf(accounts);
        this.ids = renumber(found.stream()
                .filter(id -> !id.equals(source) && !people.contains(id))
                .sorted(DATABASE_ORDER)
                .toList());
        this.ids.put(source, workspace.value());
    }

    public WorkspaceId workspace() {
        return workspace;
    }

    public UserId importer() {
        return importer;
    }

    /** The new id of {@code old}: the target workspace, an account of this server, or a new id. */
    public UUID id(UUID old) {
        if (people.contains(old)) {
            return accounts.getOrDefault(old, importer.value());
        }
        UUID id = ids.get(old);
        if (id == null) {
            throw new InvalidInput("restore.unknownId", old.toString());
        }
        return id;
    }

    /** The account of this server for a person of the file; null when they have none here. */
    public @Nullable UUID account(UUID old) {
        return accounts.get(old);
    }

    /** The text with each id in it replaced by its new id. */
    public String text(String text) {
        Matcher matcher = UUID_TEXT.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            matcher.appendReplacement(out, id(UUID.fromString(matcher.group())).toString());
        } while (matcher.find());
        return matcher.appendTail(out).toString();
    }

    /** Every id written in {@code text}. */
    public static Set<UUID> uuidsIn(String text) {
        Set<UUID> found = new LinkedHashSet<>();
        Matcher matcher = UUID_TEXT.matcher(text);
        while (matcher.find()) {
            found.add(UUID.fromString(matcher.group()));
        }
        return found;
    }

    /**
     * New ids for {@code sorted}, sorting alike: each keeps its old id's first 48 bits (a version 7 id's
     * milliseconds, so it still tells when the record was made) with new random bits, one more than the previous
     * new id where that would sort before it.
     */
    private static Map<UUID, UUID> renumber(Collection<UUID> sorted) {
        Map<UUID, UUID> renumbered = new HashMap<>();
        Set<UUID> taken = new HashSet<>();
        @Nullable UUID previous = null;
        for (UUID old : sorted) {
            long most = (old.getMostSignificantBits() & 0xFFFFFFFFFFFF0000L) | 0x7000L | (RANDOM.nextInt() & 0x0FFF);
            long least = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            UUID next = new UUID(most, least);
            if (previous != null && DATABASE_ORDER.compare(next, previous) <= 0) {
                next = new UUID(previous.getMostSignificantBits(), previous.getLeastSignificantBits() + 1);
            }
            if (!taken.add(next)) {
                throw new IllegalStateException("id " + next + " given twice");
            }
            renumbered.put(old, next);
            previous = next;
        }
        return renumbered;
    }
}
