package dev.tandem.endings;

import dev.tandem.contacts.ContactService;
import dev.tandem.goals.GoalService;
import dev.tandem.goals.GoalStatus;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.recognition.MilestoneFact;
import dev.tandem.recognition.RecognitionFacts;
import dev.tandem.rhythm.Commitment;
import dev.tandem.rhythm.CommitmentService;
import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.shared.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reads a partnership's facts for a playbook from the modules that own them, through their public services. */
@Component
class FactsGatherer {

    /** How many wins a draft names: enough to be specific, few enough to stay a letter. */
    static final int WINS = 3;

    private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);

    private final PartnershipService partnerships;
    private final ContactService contacts;
    private final GoalService goals;
    private final CommitmentService commitments;
    private final Contracts contracts;
    private final RecognitionFacts recognition;

    FactsGatherer(
            PartnershipService partnerships,
            ContactService contacts,
            GoalService goals,
            CommitmentService commitments,
            Contracts contracts,
            RecognitionFacts recognition) {
        this.partnerships = partnerships;
        this.contacts = contacts;
        this.goals = goals;
        this.commitments = commitments;
        this.contracts = contracts;
        this.recognition = recognition;
    }

    PlaybookFacts of(WorkspaceContext context, UUID partnershipId) {
        var view = partnerships.get(context, partnershipId);
        UUID contactId = view.partnership().details().contactId();
        var contact = contactId == null ? null : contacts.get(context, contactId);
        var page = PageRequest.of(PageRequest.MAX_LIMIT, null);
        List<String> wins = new ArrayList<>(goals.list(context, partnershipId, page).items().stream()
                .filter(g -> g.goal().status() == GoalStatus.ACHIEVED)
                .map(g -> g.goal().title())
                .toList());
        List<Commitment> all = commitments.list(context, partnershipId, page).items();
        all.stream()
                .filter(c -> c.status() == CommitmentStatus.DONE && c.ownerSide() == OwnerSide.THEM)
                .map(Commitment::what)
                .forEach(wins::add);
        int ours = (int) all.stream()
                .filter(c -> c.status() == CommitmentStatus.DONE && c.ownerSide() == OwnerSide.US)
                .count();
        int theirs = (int) all.stream()
                .filter(c -> c.status() == CommitmentStatus.DONE && c.ownerSide() == OwnerSide.THEM)
                .count();
        int open = (int)
                all.stream().filter(c -> c.status() == CommitmentStatus.OPEN).count();
        var contract = contracts.of(context.workspaceId(), partnershipId).stream()
                .filter(c -> c.terms().lastNoticeDay() != null || c.terms().noticeDays() != null)
                .min(Comparator.comparing(
                        c -> Objects.requireNonNullElse(c.terms().lastNoticeDay(), LocalDate.MAX)))
                .orElse(null);
        String name =
                contact == null ? null : contact.givenName() != null ? contact.givenName() : contact.displayName();
        String email = contact == null || contact.emails().isEmpty()
                ? null
                : contact.emails().get(0);
        return new PlaybookFacts(
                view.partnership().name(),
                contactId,
                name,
                email,
                PlaybookFacts.language(contact == null ? null : contact.preferredLanguage()),
                wins.stream().limit(WINS).toList(),
                recognition.milestones(context.workspaceId(), partnershipId, EPOCH).stream()
                        .map(MilestoneFact::title)
                        .limit(WINS)
                        .toList(),
                ours,
                theirs,
                open,
                contract,
                context.userName());
    }
}
