package dev.tandem.contacts.web;

import dev.tandem.contacts.Contact;
import dev.tandem.contacts.ContactInput;
import dev.tandem.contacts.ContactMergeService;
import dev.tandem.contacts.ContactQuery;
import dev.tandem.contacts.ContactService;
import dev.tandem.contacts.ContactSummary;
import dev.tandem.contacts.DuplicatePair;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/contacts")
@Tag(
        name = "Contacts",
        description = "People: CRUD, search (word prefixes of name, email, organisation and tag; "
                + "case- and accent-insensitive), duplicates and merge. An id of another workspace is 404.")
class ContactApiController {

    record MergeRequest(
            @NotNull(message = "{validation.required}") UUID keep,
            @NotNull(message = "{validation.required}") UUID merge) {}

    private final ContactService contacts;
    private final ContactMergeService merging;
    private final VersionedEndpoints<Contact, ContactInput> endpoints;

    ContactApiController(ContactService contacts, ContactMergeService merging) {
        this.contacts = contacts;
        this.merging = merging;
        this.endpoints = new VersionedEndpoints<>("contacts", contacts);
    }

    @GetMapping
    @Operation(
            summary = "Contacts, filtered and sorted, cursor-paginated",
            description =
                    "q: words, each a prefix of a name, email, organisation or tag; tag: exact tag; organization: "
                            + "an organisation id; sort: name (default), -lastContacted (most recent first) or lastContacted "
                            + "(never or longest ago first); limit 1–200 (default 50).")
    Page<ContactSummary> list(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable UUID organization,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return contacts.list(
                workspace,
                new ContactQuery(q, tag, organization, ContactQuery.Sort.ofParam(sort)),
                PageRequest.of(limit, cursor));
    }

    @PostMapping
    @Operation(
            summary = "Create a contact",
            description = "The first email is the primary one; emails are unique in "
                    + "the workspace (409). Give organizationId, or organizationName to match or create one by name.")
    ResponseEntity<Contact> create(WorkspaceContext workspace, @Valid @RequestBody ContactInput input) {
        return endpoints.create(workspace, input);
    }

    @GetMapping("/{contactId}")
    @ETagged
    @Operation(summary = "One contact")
    ResponseEntity<Contact> one(WorkspaceContext workspace, @PathVariable UUID contactId) {
        return endpoints.one(workspace, contactId);
    }

    @PutMapping("/{contactId}")
    @ETagged
    @Operation(
            summary = "Replace a contact",
            description = "Fields left out are cleared. Answers the new version's "
                    + "ETag; with If-Match, a contact changed meanwhile is 412 and nothing is written.")
    ResponseEntity<Contact> update(
            WorkspaceContext workspace,
            @PathVariable UUID contactId,
            IfMatch ifMatch,
            @Valid @RequestBody ContactInput input) {
        return endpoints.replace(workspace, contactId, ifMatch, input);
    }

    @RequiresRole(Role.ADMIN)
    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/{contactId}")
    @Operation(summary = "Delete a contact, with its emails, phones and notes")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID contactId) {
        return endpoints.delete(workspace, contactId);
    }

    @GetMapping("/duplicates")
    @Operation(summary = "Possible duplicates: pairs with the same normalised name or the same phone")
    List<DuplicatePair> duplicates(WorkspaceContext workspace) {
        return merging.duplicates(workspace.workspaceId());
    }

    @PostMapping("/merge")
    @Operation(
            summary = "Merge one contact into another",
            description = "Keeps every email, phone and tag, fills "
                    + "empty fields, moves notes and timeline to keep, and deletes merge. Answers the kept contact.")
    Contact merge(WorkspaceContext workspace, @Valid @RequestBody MergeRequest request) {
        return merging.merge(workspace, request.keep(), request.merge());
    }
}
