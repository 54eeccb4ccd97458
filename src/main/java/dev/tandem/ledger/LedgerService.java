package dev.tandem.ledger;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contributions and rewards of a partnership: record, edit, delete, read with their worth. Every method acts as
 * the member of {@code context}; an id that is not in its workspace is 404; a person who is not a participant of the
 * entry's side, a goal or milestone of another partnership, or money in a currency without a rate is 400, and
 * nothing is written.
 */
@Service
public class LedgerService {

    private final Entries entries;
    private final Valuations valuations;
    private final LedgerSupport support;
    private final ConcurrentChanges changes;

    LedgerService(Entries entries, Valuations valuations, LedgerSupport support, ConcurrentChanges changes) {
        this.entries = entries;
        this.valuations = valuations;
        this.support = support;
        this.changes = changes;
    }

    /** Records a contribution (on the timeline) or a reward. */
    @Transactional
    public EntryView record(WorkspaceContext context, UUID partnershipId, Flow flow, EntryDetails details) {
        support.requirePartnership(context, partnershipId);
        var valuation = check(context, partnershipId, flow, details);
        if (entries.count(context.workspaceId(), partnershipId) >= Entry.MAX_PER_PARTNERSHIP) {
            throw new Conflict("ledger.tooMany", Entry.MAX_PER_PARTNERSHIP);
        }
        Instant now = support.now();
        var entry = new Entry(Ids.next(), partnershipId, flow, details, now, now, 0, context.userId());
        entries.insert(context.workspaceId(), entry);
        if (flow == Flow.CONTRIBUTION) {
            support.contributed(context, entry);
        }
        return view(context, entry, valuation);
    }

    /**
     * Replaces what the entry says, if it still has the version {@code basedOn} (null: the version read now); a version
     * that no longer holds writes nothing and is refused, naming who changed it and which fields now differ.
     */
    @Transactional
    public EntryView update(WorkspaceContext context, UUID id, @Nullable BasedOn basedOn, EntryDetails details) {
        Entry before = entry(context, id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        var valuation = check(context, before.partnershipId(), before.flow(), details);
        var after = new Entry(
                id,
                before.partnershipId(),
                before.flow(),
                details,
                before.createdAt(),
                support.now(),
                based.version() + 1,
                context.userId());
        if (based.version() != before.version() || !entries.update(context.workspaceId(), after, based.version())) {
            Entry current = entry(context, id);
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current.details(), details));
        }
        support.changed(context, before.partnershipId());
        return view(context, after, valuation);
    }

    public EntryView get(WorkspaceContext context, UUID id) {
        Entry entry = entry(context, id);
        return view(context, entry, valuations.of(context.workspaceId()).valuation());
    }

    /** The entry as stored, to change part of it. */
    public Entry entry(WorkspaceContext context, UUID id) {
        return entries.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("ledger.entry.notFound"));
    }

    /** A partnership's contributions or rewards, latest recorded first. */
    public Page<EntryView> list(WorkspaceContext context, UUID partnershipId, Flow flow, PageRequest page) {
        support.requirePartnership(context, partnershipId);
        var shown = Page.of(entries.page(context.workspaceId(), partnershipId, flow, page), page, Entry::id);
        var valuation = valuations.of(context.workspaceId()).valuation();
        var people = support.people(context, partnershipId);
        return shown.map(e -> view(e, valuation, people));
    }

    @Transactional
    public void delete(WorkspaceContext context, UUID id) {
        Entry entry = entry(context, id);
        entries.delete(context.workspaceId(), id);
        support.changed(context, entry.partnershipId());
    }

    private Valuation check(WorkspaceContext context, UUID partnershipId, Flow flow, EntryDetails details) {
        details.checkFor(flow, support.today());
        support.check(context, partnershipId, details);
        var valuation = valuations.of(context.workspaceId()).valuation();
        valuation.value(details.kind(), details.amount(), details.currency());
        return valuation;
    }

    private EntryView view(WorkspaceContext context, Entry entry, Valuation valuation) {
        return view(entry, valuation, support.people(context, entry.partnershipId()));
    }

    static EntryView view(Entry entry, Valuation valuation, Map<String, String> people) {
        var d = entry.details();
        var value = d.currency() != null && !valuation.converts(d.currency())
                ? null
                : valuation.value(d.kind(), d.amount(), d.currency());
        return new EntryView(entry, value, valuation.unit(), LedgerSupport.name(people, d));
    }

    static List<EntryView> views(List<Entry> entries, Valuation valuation, Map<String, String> people) {
        return entries.stream().map(e -> view(e, valuation, people)).toList();
    }
}
