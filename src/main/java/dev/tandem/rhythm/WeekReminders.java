package dev.tandem.rhythm;

import dev.tandem.identity.WorkspaceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * A module that puts reminders on My week implements this (so that rhythm depends on none of them): notice
 * deadlines of contracts, follow-ups after an ending. Each answers a bounded list, soonest first.
 */
public interface WeekReminders {

    List<WeekReminder> of(WorkspaceContext context, LocalDate today);
}
