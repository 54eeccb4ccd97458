package dev.tandem.contacts;

import dev.tandem.shared.WorkspaceId;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What other modules may ask about people and organisations: whether they exist, and their names. */
public interface ContactDirectory {

    boolean contactExists(WorkspaceId workspace, UUID contactId);

    boolean organizationExists(WorkspaceId workspace, UUID organizationId);

    /** Display names of the given contacts of the workspace; unknown ids are left out. */
    Map<UUID, String> contactNames(WorkspaceId workspace, Collection<UUID> contactIds);

    /** The first email address of each of the given contacts; unknown ids and contacts without one are left out. */
    Map<UUID, String> primaryEmails(WorkspaceId workspace, Collection<UUID> contactIds);

    /** Names of the given organisations of the workspace; unknown ids are left out. */
    Map<UUID, String> organizationNames(WorkspaceId workspace, Collection<UUID> organizationIds);
}
