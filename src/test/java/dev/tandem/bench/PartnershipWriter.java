package dev.tandem.bench;

import dev.tandem.bench.Plan.Participant;
import dev.tandem.bench.Rows.Table;
import dev.tandem.partnerships.Cadence;
import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Stage;
import dev.tandem.shared.Ids;
import dev.tandem.shared.TimelineSubject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes one partnership with its whole history: counterpart, stages, participants, notes, meetings,
 * commitments and goals, and the timeline entries each of them leaves, as the modules would have.
 * "Last contacted" and the cadence limits follow from the interactions (held meetings, shared notes).
 */
final class PartnershipWriter {

    /** What the load scenarios need of a written partnership. */
    record Written(UUID id, Stage stage, List<UUID> theirParticipants, List<UUID> openCommitments) {}

    private static final List<PartnershipKind> KINDS = List.of(
            PartnershipKind.ORG_PARTNER,
            PartnershipKind.ORG_PARTNER,
            PartnershipKind.ORG_PARTNER,
            PartnershipKind.VENDOR,
            PartnershipKind.VENDOR,
            PartnershipKind.CLIENT,
            PartnershipKind.CLIENT,
            PartnershipKind.COWORKER,
            PartnershipKind.MENTEE,
            PartnershipKind.MENTOR,
            PartnershipKind.NETWORK,
            PartnershipKind.NETWORK);
    private static final List<String> THEIR_ROLES =
            List.of("Executive sponsor", "Project lead", "Data", "Finance", "Operations");

    private PartnershipWriter() {}

    static Written write(Story s) {
        PartnershipKind kind = s.pick(KINDS);
        Instant createdAt = s.between(Story.daysBefore(s.now(), 730), Story.daysBefore(s.now(), 45));
        var counterpart = Counterpart.create(s, Story.daysBefore(createdAt, s.between(0, 60)));
        var contact = counterpart.people().get(0);
        boolean organisational =
                kind == PartnershipKind.ORG_PARTNER || kind == PartnershipKind.VENDOR || kind == PartnershipKind.CLIENT;
        String name = Naming.name(s, kind, organisational ? counterpart.organizationName() : contact.name());
        Member owner = s.member();
        UUID id = Ids.at(createdAt);
        var stages = StagePlan.of(s, createdAt);
        List<Participant> ours = new ArrayList<>(
                List.of(new Participant(Ids.at(createdAt.plusSeconds(60)), Side.OURS, owner.id(), owner.name())));
        Member colleague = s.member();
        if (s.chance(0.3) && !colleague.equals(owner)) {
            ours.add(new Participant(Ids.at(createdAt.plusSeconds(90)), Side.OURS, colleague.id(), colleague.name()));
        }
        List<Participant> theirs = new ArrayList<>();
        int count = Math.min(counterpart.people().size(), s.between(2, 4));
        for (int i = 0; i < count; i++) {
            var person = counterpart.people().get(i);
            theirs.add(
                    new Participant(Ids.at(createdAt.plusSeconds(120 + i)), Side.THEIRS, person.id(), person.name()));
        }
        var plan = new Plan(
                id, name, stages.stage(), owner, createdAt, stages.activeUntil(s.now()), ours, theirs, counterpart);

        s.rows()
                .timeline(
                        createdAt,
                        owner,
                        "partnership.created",
                        List.of(name),
                        false,
                        List.of(
                                TimelineSubject.partnership(id),
                                TimelineSubject.contact(contact.id()),
                                TimelineSubject.organization(counterpart.organizationId())));
        participants(s, plan);
        stages.write(s, plan);
        Instant lastShared = NoteWriter.write(s, plan);
        var held = MeetingWriter.write(s, plan);
        var open = CommitmentWriter.write(s, plan, held);
        GoalWriter.write(s, plan);
        Instant lastContacted = lastShared;
        for (var meeting : held) {
            lastContacted = latest(lastContacted, meeting.at());
        }
        row(s, plan, kind, organisational, stages.updatedAt(), lastContacted);
        counterpart.write(s);
        return new Written(
                id, plan.stage(), theirs.stream().map(Participant::id).toList(), open);
    }

    private static void participants(Story s, Plan plan) {
        for (Participant p : plan.ours()) {
            String role = p.personId().equals(plan.owner().id()) ? "Relationship owner" : "Sponsor";
            add(s, plan, p, role, List.of(TimelineSubject.partnership(plan.id())));
        }
        for (Participant p : plan.theirs()) {
            String role = p == plan.theirs().get(0) ? "Lead" : s.pick(THEIR_ROLES);
            add(
                    s,
                    plan,
                    p,
                    role,
                    List.of(TimelineSubject.partnership(plan.id()), TimelineSubject.contact(p.personId())));
        }
    }

    private static void add(Story s, Plan plan, Participant p, String role, List<TimelineSubject> subjects) {
        Instant at = plan.createdAt().plusSeconds(60);
        s.rows().add(Table.PARTICIPANTS, p.id(), plan.id(), p.side().name(), p.personId(), role, at);
        s.rows()
                .timeline(
                        at,
                        plan.owner(),
                        "partnership.participantAdded." + p.side().name(),
                        List.of(p.name(), role, plan.name()),
                        false,
                        subjects);
    }

    private static void row(
            Story s,
            Plan plan,
            PartnershipKind kind,
            boolean organisational,
            Instant updatedAt,
            Instant lastContacted) {
        Cadence cadence = Naming.cadence(s, kind);
        Instant touch = lastContacted == null ? plan.createdAt() : lastContacted;
        s.rows()
                .add(
                        Table.PARTNERSHIPS,
                        plan.id(),
                        plan.name(),
                        plan.name().toLowerCase(Locale.ROOT),
                        kind.name(),
                        plan.stage().name(),
                        plan.owner().id(),
                        organisational ? plan.counterpart().organizationId() : null,
                        plan.counterpart().people().get(0).id(),
                        Naming.purpose(s, kind),
                        s.chance(0.3) ? "SHARED" : "INTERNAL",
                        cadence.idealDays(),
                        cadence.maxDays(),
                        plan.createdAt(),
                        updatedAt,
                        lastContacted,
                        cadence.dueAt(touch),
                        cadence.overdueAt(touch));
        var values = new LinkedHashSet<String>();
        for (int i = s.between(0, 3); i > 0; i--) {
            values.add(s.pick(Pools.VALUES));
        }
        values.forEach(v -> s.rows().add(Table.PARTNERSHIP_VALUES, plan.id(), v.toLowerCase(Locale.ROOT), v));
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
