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
import dev.tandem.identity.WorkspaceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes the demo through the other modules' services, in the caller's transaction: the organisations and people,
 * then each story as it happened ({@link DemoStoryWriter}), then the notes on contacts; every text in the
 * loader's {@link DemoWords}.
 */
@Component
class DemoWriter {

    private final OrganizationService organizations;
    private final ContactService contacts;
    private final ContactImports imports;
    private final ContactNoteService contactNotes;
    private final DemoStoryWriter stories;

    DemoWriter(
            OrganizationService organizations,
            ContactService contacts,
            ContactImports imports,
            ContactNoteService contactNotes,
            DemoStoryWriter stories) {
        this.organizations = organizations;
        this.contacts = contacts;
        this.imports = imports;
        this.contactNotes = contactNotes;
        this.stories = stories;
    }

    DemoResult write(WorkspaceContext context, DemoWords words) {
        Map<String, UUID> orgs = new HashMap<>();
        Set<String> existing = new HashSet<>(organizations.names(context));
        for (Org org : DemoCast.ORGANIZATIONS) {
            orgs.put(
                    org.key(),
                    existing.contains(org.name())
                            ? organizations.idForName(context, org.name())
                            : organizations
                                    .create(
                                            context,
                                            new OrganizationInput(
                                                    org.name(),
                                                    org.website(),
                                                    words.say(org.industry()),
                                                    org.size(),
                                                    words.say(org.notes()),
                                                    words.say(org.tags())))
                                    .id());
        }
        Map<String, Person> people = new HashMap<>();
        Map<String, UUID> ids = new HashMap<>();
        for (Person person : DemoCast.PEOPLE) {
            people.put(person.key(), person);
            ids.put(
                    person.key(),
                    imports.findByEmail(context.workspaceId(), person.email())
                            .orElseGet(() -> contacts.create(context, input(person, orgs, words))
                                    .id()));
        }
        var cast = new DemoStoryWriter.Cast(people, ids, orgs);
        for (Story story : DemoStories.ALL) {
            stories.write(context, story, cast, words);
        }
        for (List<String> note : DemoStories.CONTACT_NOTES) {
            contactNotes.add(context, ids.get(note.get(0)), words.say(note.get(1)), ContactNote.Visibility.INTERNAL);
        }
        return DemoResult.planned(orgs.size(), ids.size());
    }

    private static ContactInput input(Person p, Map<String, UUID> orgs, DemoWords words) {
        return new ContactInput(
                p.given(),
                p.family(),
                p.displayName(),
                List.of(p.email()),
                List.of(p.phone()),
                p.org() == null ? null : orgs.get(p.org()),
                null,
                words.say(p.title()),
                words.sayMaybe(p.department()),
                null,
                null,
                null,
                words.say(p.tags()),
                p.language(),
                p.timeZone(),
                words.say(p.howWeMet()),
                null);
    }
}
