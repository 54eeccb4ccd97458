package dev.tandem.endings;

import dev.tandem.contacts.Contact;
import dev.tandem.contacts.ContactQuery;
import dev.tandem.contacts.ContactService;
import dev.tandem.contacts.ContactSummary;
import dev.tandem.identity.Member;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whom a mentee could meet next: contacts in another department than theirs or sharing their tags (the more in
 * common, the earlier), then the workspace's members. The user chooses among them; the mentee is never suggested.
 */
@Component
class IntroductionSuggestions {

    /** How many contacts are looked at, and how many of each kind are suggested. */
    static final int LOOKED_AT = 100;

    static final int SUGGESTED = 12;

    private final ContactService contacts;
    private final WorkspaceService workspaces;

    IntroductionSuggestions(ContactService contacts, WorkspaceService workspaces) {
        this.contacts = contacts;
        this.workspaces = workspaces;
    }

    List<Introduction> of(WorkspaceContext context, @Nullable UUID menteeId) {
        Contact mentee = menteeId == null ? null : contacts.get(context, menteeId);
        Set<String> tags = mentee == null ? Set.of() : new HashSet<>(mentee.tags());
        String department = mentee == null ? null : mentee.department();
        record Scored(Introduction who, int score) {}
        List<Scored> scored = new ArrayList<>();
        for (ContactSummary summary : contacts.list(context, ContactQuery.all(), new PageRequest(LOOKED_AT, null))
                .items()) {
            if (summary.id().equals(menteeId)) {
                continue;
            }
            List<String> shared = summary.tags().stream().filter(tags::contains).toList();
            Contact contact = contacts.get(context, summary.id());
            boolean otherTeam = contact.department() != null
                    && !contact.department().equalsIgnoreCase(Objects.requireNonNullElse(department, ""));
            int score = shared.size() + (otherTeam ? 2 : 0);
            if (score > 0 || (tags.isEmpty() && !summary.tags().isEmpty())) {
                String detail = otherTeam
                        ? contact.department() + (shared.isEmpty() ? "" : " · " + String.join(", ", shared))
                        : String.join(", ", shared.isEmpty() ? summary.tags() : shared);
                scored.add(new Scored(
                        new Introduction(Introduction.Kind.CONTACT, summary.id(), summary.displayName(), detail),
                        score));
            }
        }
        List<Introduction> all = new ArrayList<>(scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed())
                .limit(SUGGESTED)
                .map(Scored::who)
                .toList());
        workspaces.members(context, new PageRequest(SUGGESTED + 1, null)).items().stream()
                .filter(m -> !m.userId().equals(context.userId()))
                .limit(SUGGESTED)
                .map(IntroductionSuggestions::member)
                .forEach(all::add);
        return all;
    }

    /**
     * The contacts and members of {@code ids}, in that order, as suggested (with what they have in common) or else
     * as found; 400 for anyone else, or the mentee.
     */
    List<Introduction> chosen(WorkspaceContext context, @Nullable UUID menteeId, List<UUID> ids) {
        var suggested = of(context, menteeId);
        List<Introduction> chosen = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            chosen.add(suggested.stream()
                    .filter(s -> s.personId().equals(id))
                    .findFirst()
                    .or(() -> find(context, id, menteeId))
                    .orElseThrow(() -> new InvalidInput("endings.introductions.unknown").on("introductions")));
        }
        return chosen;
    }

    private Optional<Introduction> find(WorkspaceContext context, UUID id, @Nullable UUID menteeId) {
        if (id.equals(menteeId)) {
            return Optional.empty();
        }
        var member = workspaces.members(context, List.of(UserId.of(id))).values().stream()
                .findFirst();
        if (member.isPresent()) {
            return member.map(IntroductionSuggestions::member);
        }
        try {
            Contact contact = contacts.get(context, id);
            return Optional.of(new Introduction(
                    Introduction.Kind.CONTACT, contact.id(), contact.displayName(), contact.department()));
        } catch (NotFound gone) {
            return Optional.empty();
        }
    }

    private static Introduction member(Member m) {
        return new Introduction(Introduction.Kind.MEMBER, m.userId().value(), m.displayName(), null);
    }
}
