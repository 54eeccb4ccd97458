package dev.tandem.contacts.web;

import dev.tandem.contacts.Organization;
import dev.tandem.contacts.OrganizationInput;
import dev.tandem.contacts.OrganizationService;
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
@RequestMapping("/api/v1/workspaces/{workspaceId}/organizations")
@Tag(name = "Organizations", description = "Organisations contacts work at. An id of another workspace is 404.")
class OrganizationApiController {

    private final OrganizationService organizations;
    private final VersionedEndpoints<Organization, OrganizationInput> endpoints;

    OrganizationApiController(OrganizationService organizations) {
        this.organizations = organizations;
        this.endpoints = new VersionedEndpoints<>("organizations", organizations);
    }

    @GetMapping
    @Operation(
            summary = "Organisations A to Z, cursor-paginated",
            description =
                    "q: words, each a prefix of the name or a tag (case- and accent-insensitive); tag: exact tag.")
    Page<Organization> list(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return organizations.list(workspace, q, tag, PageRequest.of(limit, cursor));
    }

    @PostMapping
    @Operation(
            summary = "Create an organisation",
            description = "size is one of 1-10, 11-50, 51-200, 201-1000, " + "1001-5000, 5001+.")
    ResponseEntity<Organization> create(WorkspaceContext workspace, @Valid @RequestBody OrganizationInput input) {
        return endpoints.create(workspace, input);
    }

    @GetMapping("/{organizationId}")
    @ETagged
    @Operation(summary = "One organisation")
    ResponseEntity<Organization> one(WorkspaceContext workspace, @PathVariable UUID organizationId) {
        return endpoints.one(workspace, organizationId);
    }

    @PutMapping("/{organizationId}")
    @ETagged
    @Operation(
            summary = "Replace an organisation",
            description = "Fields left out are cleared. Answers the new "
                    + "version's ETag; with If-Match, an organisation changed meanwhile is 412 and nothing is written.")
    ResponseEntity<Organization> update(
            WorkspaceContext workspace,
            @PathVariable UUID organizationId,
            IfMatch ifMatch,
            @Valid @RequestBody OrganizationInput input) {
        return endpoints.replace(workspace, organizationId, ifMatch, input);
    }

    @RequiresRole(Role.ADMIN)
    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/{organizationId}")
    @Operation(summary = "Delete an organisation; its contacts stay, without one")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID organizationId) {
        return endpoints.delete(workspace, organizationId);
    }
}
