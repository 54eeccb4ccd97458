package dev.tandem.rhythm;

import dev.tandem.shared.Actor;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** A recurring group meetup was planned, with its rule (an RFC 5545 RRULE). */
public record MeetupPlanned(
        WorkspaceId workspaceId, UUID meetupId, String title, String rule, Actor actor, Instant occurredAt) {}
