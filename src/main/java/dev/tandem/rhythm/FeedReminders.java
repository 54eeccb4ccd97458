package dev.tandem.rhythm;

import dev.tandem.identity.WorkspaceContext;
import java.util.List;

/**
 * A module that puts reminders in a member's calendar feed implements this (so that rhythm depends on none of
 * them): a former mentee's progress update, every few months. Each answers a bounded list.
 */
public interface FeedReminders {

    List<FeedReminder> of(WorkspaceContext context);
}
