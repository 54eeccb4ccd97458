package dev.tandem.contacts;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Rows;
import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/**
 * Creates many contacts at once for an import: one batched insert per table instead of a dozen
 * statements per contact. The drafts have passed the contact rules; the same rows and events as
 * {@link ContactService#create} result.
 */
@Component
class ContactBatch {

    private final JdbcTemplate jdbc;
    private final SearchIndex index;
    private final OrganizationService organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlannerStatistics statistics;
    private final ContactChannels channels;

    ContactBatch(
            JdbcTemplate jdbc,
            SearchIndex index,
            OrganizationService organizations,
            ApplicationEventPublisher events,
            Clock clock,
            PlannerStatistics statistics,
            ContactChannels channels) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.statistics = statistics;
        this.index = index;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** A chunk's rows, made without the database; the organisations and times are filled in when written. */
    record Prepared(
            List<ContactInput> inputs,
            List<Object[]> contacts,
            ContactChannels.ChannelRows channels,
            SearchIndex.NewRows search)
            implements ContactImports.Prepared {}

    private static final int ID = 1;
    private static final int ORGANIZATION = 6;
    private static final int CREATED_AT = 18;
    private static final int UPDATED_AT = 19;

    /** The rows of these contacts, without touching the database (thread-safe: an import prepares ahead). */
    static Prepared prepare(WorkspaceId workspace, List<ContactImports.NewContact> batch) {
        UUID ws = workspace.value();
        List<ContactInput> inputs = new ArrayList<>(batch.size());
        List<Object[]> contacts = new ArrayList<>(batch.size());
        var channels = new ContactChannels.ChannelRows();
        List<SearchIndex.NewContact> terms = new ArrayList<>(batch.size());
        for (ContactImports.NewContact next : batch) {
            ContactInput in = ContactInput.of(next.draft());
            inputs.add(in);
            UUID id = next.id();
            ContactDraft.Photo photo = next.draft().photo();
            contacts.add(new Object[] {
                ws,
                id,
                in.givenName(),
                in.familyName(),
                in.displayName(),
                SearchText.sortKey(in.displayName()),
                null,
                in.title(),
                in.department(),
                in.linkedinUrl(),
                xHandle(in.xHandle()),
                in.website(),
                in.preferredLanguage(),
                in.timeZone(),
                in.howWeMet(),
                in.notes(),
                new SqlParameterValue(Types.BINARY, photo == null ? null : photo.data()),
                photo == null ? null : photo.mediaType(),
                null,
                null
            });
            channels.add(ws, id, in);
            terms.add(SearchIndex.NewContact.of(id, in, in.organizationName()));
        }
        return new Prepared(inputs, contacts, channels, SearchIndex.rowsOf(workspace, terms));
    }

    void create(WorkspaceContext ctx, Prepared batch) {
        if (batch.contacts().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        var at = Sql.ts(now);
        Map<String, UUID> orgs = organizations.idsForNames(
                ctx,
                batch.inputs().stream()
                        .map(ContactInput::organizationName)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
        List<ContactAdded> added = new ArrayList<>(batch.contacts().size());
        for (int i = 0; i < batch.contacts().size(); i++) {
            ContactInput in = batch.inputs().get(i);
            Object[] row = batch.contacts().get(i);
            UUID org = in.organizationName() == null ? null : orgs.get(in.organizationName());
            row[ORGANIZATION] = org;
            row[CREATED_AT] = at;
            row[UPDATED_AT] = at;
            added.add(new ContactAdded(ctx.workspaceId(), (UUID) row[ID], org, in.displayName(), ctx.actor(), now));
        }
        Rows.append(
                jdbc,
                "contacts",
                "workspace_id, id, given_name, family_name, display_name, sort_key, organization_id,"
                        + " title, department, linkedin_url, x_handle, website, preferred_language, time_zone, how_we_met, notes,"
                        + " photo, photo_type, created_at, updated_at",
                20,
                batch.contacts());
        channels.insert(batch.channels());
        index.indexNewChunk(ctx.workspaceId(), batch.search(), batch.contacts().size());
        statistics.afterBatch();
        added.forEach(events::publishEvent);
    }

    private static @Nullable String xHandle(@Nullable String handle) {
        return handle == null ? null : handle.replaceFirst("^@", "");
    }
}
