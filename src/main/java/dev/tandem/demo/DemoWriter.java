package dev.tandem.demo;

import dev.tandem.contacts.ContactImports;
import dev.tandem.contacts.ContactInput;
import dev.tandem.contacts.ContactNote;
import dev.tandem.contacts.ContactNoteService;
import dev.tandem.contacts.ContactService;
import dev.tandem.contacts.OrganizationInput;
import dev.tandem.contacts.OrganizationService;
import dev.tandem.demo.DemoCast.Org;
import dev.tandem.demo.DemoCast.Person;
import dev.tandem.demo.DemoStories.Story;
import dev.tandem.demo.DemoStories.Touch;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipDetails;
import dev.tandem.partnerships.PartnershipNotes;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Stage;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes the demo through the other modules' services, in the caller's transaction. Back-dated
 * interactions are published oldest first, before the stage moves, so each timeline reads in order
 * below the entries of the day of loading.
 */
@Component
class DemoWriter {

    private final OrganizationService organizations;
    private final ContactService contacts;
    private final ContactImports imports;
    private final ContactNoteService contactNotes;
    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final PartnershipNotes notes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoWriter(OrganizationService organizations, ContactService contacts, ContactImports imports,
            ContactNoteService contactNotes, PartnershipService partnerships, PartnershipParticipants participants,
            PartnershipNotes notes, ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.contacts = contacts;
        this.imports = imports;
        this.contactNotes = contactNotes;
        this.partnerships = partnerships;
        this.participants = participants;
        this.notes = notes;
        this.events = events;
        this.clock = clock;
    }

    DemoResult write(WorkspaceContext context) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, UUID> orgs = new HashMap<>();
        Set<String> existing = new HashSet<>(organizations.names(context.workspaceId()));
        for (Org org : DemoCast.ORGANIZATIONS) {
            orgs.put(org.key(), existing.contains(org.name()) ? organizations.idForName(context, org.name())
                    : organizations.create(context, new OrganizationInput(org.name(), org.website(), org.industry(),
                            org.size(), org.notes(), org.tags())).id());
        }
        Map<String, Person> people = new HashMap<>();
        Map<String, UUID> ids = new HashMap<>();
        for (Person person : DemoCast.PEOPLE) {
            people.put(person.key(), person);
            ids.put(person.key(), imports.findByEmail(context.workspaceId(), person.email())
                    .orElseGet(() -> contacts.create(context, input(person, orgs)).id()));
        }
        int noteCount = 0;
        int interactions = 0;
        for (Story story : DemoStories.ALL) {
            @Nullable UUID org = story.org() == null ? null : orgs.get(story.org());
            UUID id = partnerships.create(context, new PartnershipDetails(story.name(), story.kind(), context.userId(),
                    org, ids.get(story.contact()), story.purpose(), story.values(), story.cadence(), story.visibility()),
                    Stage.EXPLORING).partnership().id();
            participants.add(context, id, Side.OURS, context.userId().value(), story.ourRole());
            story.theirs().forEach(t -> participants.add(context, id, Side.THEIRS, ids.get(t.person()), t.role()));
            for (Touch touch : story.history()) {
                String person = touch.person() == null ? story.contact() : touch.person();
                publish(context, id, org, ids.get(person), people.get(person).displayName(), touch, today);
                interactions++;
            }
            story.moves().forEach(move -> partnerships.moveStage(context, id, move.to(), move.reason()));
            story.internalNotes().forEach(body -> notes.add(context, id, body, Visibility.INTERNAL));
            story.sharedNotes().forEach(body -> notes.add(context, id, body, Visibility.SHARED));
            noteCount += story.internalNotes().size() + story.sharedNotes().size();
        }
        for (List<String> note : DemoStories.CONTACT_NOTES) {
            contactNotes.add(context, ids.get(note.get(0)), note.get(1), ContactNote.Visibility.INTERNAL);
            noteCount++;
        }
        return new DemoResult(orgs.size(), ids.size(), DemoStories.ALL.size(), noteCount, interactions);
    }

    private void publish(WorkspaceContext context, UUID partnership, @Nullable UUID org, UUID contact, String name, Touch touch,
            LocalDate today) {
        List<TimelineSubject> subjects = new ArrayList<>(List.of(TimelineSubject.partnership(partnership),
                TimelineSubject.contact(contact)));
        if (org != null) {
            subjects.add(TimelineSubject.organization(org));
        }
        events.publishEvent(new TimelineEvent(context.workspaceId(), subjects, "demo." + touch.type(),
                List.of(name, touch.topic()), context.userId(), at(today, touch.daysAgo()), true));
    }

    /** A working hour (UTC) of the day {@code daysAgo} before today, varied but fixed for each day. */
    private static Instant at(LocalDate today, int daysAgo) {
        return today.minusDays(daysAgo).atTime(LocalTime.of(9 + daysAgo % 7, daysAgo % 2 == 0 ? 0 : 30))
                .toInstant(ZoneOffset.UTC);
    }

    private static ContactInput input(Person p, Map<String, UUID> orgs) {
        return new ContactInput(p.given(), p.family(), p.displayName(), List.of(p.email()), List.of(p.phone()),
                p.org() == null ? null : orgs.get(p.org()), null, p.title(), p.department(), null, null, null, p.tags(),
                p.language(), p.timeZone(), p.howWeMet(), null);
    }
}
