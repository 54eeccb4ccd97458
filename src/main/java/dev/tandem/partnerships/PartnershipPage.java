package dev.tandem.partnerships;

import dev.tandem.shared.Page;
import dev.tandem.timeline.TimelineEntry;
import java.util.List;

/** Everything the partnership page shows of the partnerships module, read together with the partnership once. */
public record PartnershipPage(
        PartnershipView view,
        Page<StageChange> history,
        List<ParticipantView> participants,
        Page<Note> notes,
        Page<TimelineEntry> timeline) {}
