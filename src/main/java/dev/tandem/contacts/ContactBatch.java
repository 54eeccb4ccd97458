package dev.tandem.contacts;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Sql;
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

    void create(WorkspaceContext ctx, List<ContactImports.NewContact> batch) {
        if (batch.isEmpty()) {
            return;
        }
        UUID ws = ctx.workspaceId().value();
        Instant now = clock.instant();
        var at = Sql.ts(now);
        List<ContactInput> inputs =
                batch.stream().map(next -> ContactInput.of(next.draft())).toList();
        Map<String, UUID> orgs = organizations.idsForNames(
                ctx,
                inputs.stream()
                        .map(ContactInput::organizationName)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
        List<Object[]> contacts = new ArrayList<>();
        var channels = new ContactChannels.ChannelRows();
        List<SearchIndex.NewContact> terms = new ArrayList<>();
        List<ContactAdded> added = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ContactImports.NewContact next = batch.get(i);
            ContactInput in = inputs.get(i);
            UUID id = next.id();
            UUID org = in.organizationName() == null ? null : orgs.get(in.organizationName());
            ContactDraft.Photo photo = next.draft().photo();
            String sortKey = SearchText.sortKey(in.displayName());
            contacts.add(new Object[] {
                ws,
                id,
                in.givenName(),
                in.familyName(),
                in.displayName(),
                sortKey,
                org,
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
                at,
                at
            });
            channels.add(ws, id, in);
            terms.add(SearchIndex.NewContact.of(id, in, in.organizationName()));
            added.add(new ContactAdded(ctx.workspaceId(), id, org, in.displayName(), ctx.actor(), now));
        }
        Rows.append(
                jdbc,
                "contacts",
                "workspace_id, id, given_name, family_name, display_name, sort_key, organization_id,"
                        + " title, department, linkedin_url, x_handle, website, preferred_language, time_zone, how_we_met, notes,"
                        + " photo, photo_type, created_at, updated_at",
                20,
                contacts);
        this.channels.insert(channels);
        index.indexNew(ctx.workspaceId(), terms);
        statistics.afterBatch();
        added.forEach(events::publishEvent);
    }

    private static @Nullable String xHandle(@Nullable String handle) {
        return handle == null ? null : handle.replaceFirst("^@", "");
    }
}
