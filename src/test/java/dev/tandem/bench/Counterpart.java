package dev.tandem.bench;

import dev.tandem.bench.Rows.Table;
import dev.tandem.contacts.BulkContactText;
import dev.tandem.shared.Ids;
import dev.tandem.shared.TimelineSubject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The other side of a generated partnership: an organisation and the three to seven people who work there,
 * with their emails, phones, tags and search terms. Their rows are written last ({@link #write}), once the
 * meetings have told when each person was last contacted.
 */
final class Counterpart {

    /** Someone at the organisation, as the contacts table holds them. */
    record Person(UUID id, String given, String family, String name, String email, String title, Instant createdAt) {}

    private final UUID organizationId;
    private final String organizationName;
    private final List<Person> people = new ArrayList<>();
    private final Map<UUID, Instant> lastContacted = new HashMap<>();

    private Counterpart(UUID organizationId, String organizationName) {
        this.organizationId = organizationId;
        this.organizationName = organizationName;
    }

    /** An organisation created at {@code at} with its people, and their timeline entries. */
    static Counterpart create(Story s, Instant at) {
        String name = s.pick(Pools.ORG_WORDS) + " " + s.pick(Pools.ORG_KINDS);
        String domain = ascii(name) + "-" + s.index() + ".example";
        var counterpart = new Counterpart(Ids.at(at), name);
        List<String> tags = s.chance(0.5) ? List.of(s.pick(Pools.TAGS)) : List.of();
        s.rows()
                .add(
                        Table.ORGANIZATIONS,
                        counterpart.organizationId,
                        name,
                        BulkContactText.sortKey(name),
                        "https://" + domain,
                        s.pick(Pools.INDUSTRIES),
                        s.pick(Pools.SIZES),
                        at,
                        at);
        tags.forEach(tag ->
                s.rows().add(Table.ORGANIZATION_TAGS, counterpart.organizationId, tag, BulkContactText.tagKey(tag)));
        List<String> texts = new ArrayList<>(List.of(name));
        texts.addAll(tags);
        BulkContactText.terms(new ArrayList<>(texts))
                .forEach(term -> s.rows().add(Table.ORGANIZATION_TERMS, term, counterpart.organizationId));
        s.rows()
                .timeline(
                        at,
                        s.member(),
                        "organization.created",
                        List.of(name),
                        false,
                        List.of(TimelineSubject.organization(counterpart.organizationId)));
        Set<String> emails = new HashSet<>();
        for (int i = s.between(3, 7); i > 0; i--) {
            String given = s.pick(Pools.GIVEN);
            String family = s.pick(Pools.FAMILY);
            String local = ascii(given) + "." + ascii(family);
            String email = (emails.add(local) ? local : local + i) + "@" + domain;
            Instant created = s.between(at, at.plus(Duration.ofDays(30)));
            var person = new Person(
                    Ids.at(created), given, family, given + " " + family, email, s.pick(Pools.TITLES), created);
            counterpart.people.add(person);
            s.rows()
                    .timeline(
                            created,
                            s.member(),
                            "contact.created",
                            List.of(person.name()),
                            false,
                            List.of(
                                    TimelineSubject.contact(person.id()),
                                    TimelineSubject.organization(counterpart.organizationId)));
        }
        return counterpart;
    }

    UUID organizationId() {
        return organizationId;
    }

    String organizationName() {
        return organizationName;
    }

    List<Person> people() {
        return people;
    }

    /** An interaction with the person (a meeting they attended) at {@code at}. */
    void contacted(UUID person, Instant at) {
        lastContacted.merge(person, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The contacts rows, with their channels, tags and search terms. */
    void write(Story s) {
        for (Person p : people) {
            List<String> tags = s.chance(0.3) ? List.of(s.pick(Pools.TAGS)) : List.of();
            String sortKey = BulkContactText.sortKey(p.name());
            s.rows()
                    .add(
                            Table.CONTACTS,
                            p.id(),
                            p.given(),
                            p.family(),
                            p.name(),
                            sortKey,
                            organizationId,
                            p.title(),
                            s.pick(Pools.DEPARTMENTS),
                            s.chance(0.3)
                                    ? "https://www.linkedin.com/in/"
                                            + p.email().substring(0, p.email().indexOf('@'))
                                    : null,
                            s.pick(Pools.LANGUAGES),
                            s.pick(Pools.ZONES),
                            s.chance(0.2) ? "Met at a conference" : null,
                            lastContacted.get(p.id()),
                            p.createdAt(),
                            p.createdAt());
            s.rows().add(Table.CONTACT_EMAILS, p.id(), p.email(), BulkContactText.emailKey(p.email()), true, 0);
            if (s.chance(0.6)) {
                String phone = "+39 02 " + s.between(1_000_000, 9_999_999);
                s.rows().add(Table.CONTACT_PHONES, p.id(), phone, BulkContactText.phoneKey(phone), 0);
            }
            tags.forEach(tag -> s.rows().add(Table.CONTACT_TAGS, p.id(), tag, BulkContactText.tagKey(tag), sortKey));
            List<String> texts = new ArrayList<>(List.of(p.given(), p.family(), p.name(), organizationName, p.email()));
            texts.addAll(tags);
            Set<String> terms = BulkContactText.terms(new ArrayList<>(texts));
            terms.forEach(term -> s.rows().add(Table.CONTACT_TERMS, term, p.id()));
            BulkContactText.keptPrefixes(terms)
                    .forEach(kept -> s.rows().add(Table.CONTACT_TERM_PREFIXES, kept[0], sortKey, p.id(), kept[1]));
        }
    }

    private static String ascii(String text) {
        return BulkContactText.fold(text).replaceAll("[^a-z0-9]", "");
    }
}
