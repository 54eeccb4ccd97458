package dev.tandem.partnerships.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipFilter;
import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.PartnershipView;
import dev.tandem.partnerships.Stage;
import dev.tandem.partnerships.web.ApiModels.PartnershipJson;
import dev.tandem.partnerships.web.ApiModels.PartnershipRequest;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.UserId;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
@RequestMapping("/api/v1/workspaces/{workspaceId}/partnerships")
@Tag(
        name = "Partnerships",
        description =
                "The portfolio: partnerships with their kind, stage, owner, counterpart, "
                        + "values and cadence. An id of another workspace is 404; invalid input is 400 with the failing fields.")
class PartnershipApiController {

    private final PartnershipService partnerships;
    private final PartnershipPortfolio portfolio;

    PartnershipApiController(PartnershipService partnerships, PartnershipPortfolio portfolio) {
        this.partnerships = partnerships;
        this.portfolio = portfolio;
    }

    @PostMapping
    @Operation(
            summary = "Create a partnership",
            description = "stage: an active stage (EXPLORING by default); "
                    + "ownerId: a member (the caller by default); organizationId/contactId: the counterpart, if known.")
    ResponseEntity<PartnershipJson> create(WorkspaceContext workspace, @Valid @RequestBody PartnershipRequest request) {
        var view = partnerships.create(
                workspace,
                request.details(workspace.userId()),
                request.stage() == null ? Stage.EXPLORING : request.stage());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/partnerships/"
                        + view.partnership().id()))
                .body(PartnershipJson.of(view));
    }

    @GetMapping
    @Operation(
            summary = "List partnerships, filtered and sorted, cursor-paginated (limit 1–200, default 50)",
            description = "sort: name (A–Z, default), created (newest first), lastContacted (most recent first, "
                    + "never contacted last). q searches name and purpose; tag matches a value ignoring case.")
    Page<PartnershipJson> list(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable PartnershipKind kind,
            @RequestParam(required = false) @Nullable Stage stage,
            @RequestParam(required = false) @Nullable UUID ownerId,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        var filter = new PartnershipFilter(
                kind,
                stage,
                ownerId == null ? null : UserId.of(ownerId),
                limited(tag, "tag"),
                limited(q, "q"),
                sort(sort));
        return portfolio.list(workspace, filter, PageRequest.of(limit, cursor)).map(PartnershipJson::of);
    }

    @GetMapping("/losing-touch")
    @Operation(
            summary = "Partnerships past their ideal (DUE) or maximum (OVERDUE) cadence, longest overdue first",
            description =
                    "Counted from the last interaction, or from creation when there was none; ended ones are left out, "
                            + "and deferred ones until the day their deferral runs to.")
    Page<PartnershipJson> losingTouch(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return portfolio.losingTouch(workspace, PageRequest.of(limit, cursor)).map(PartnershipJson::of);
    }

    @GetMapping("/{id}")
    @ETagged
    @Operation(summary = "One partnership, with its allowed next stages and cadence status")
    ResponseEntity<PartnershipJson> get(WorkspaceContext workspace, @PathVariable UUID id) {
        return json(partnerships.get(workspace, id));
    }

    @PutMapping("/{id}")
    @ETagged
    @Operation(
            summary = "Replace a partnership's details",
            description = "Everything but the stage, which moves "
                    + "with POST …/stage; a stage in the body is ignored. Answers the new version's ETag; with If-Match, a "
                    + "partnership changed meanwhile is 412 and nothing is written.")
    ResponseEntity<PartnershipJson> update(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody PartnershipRequest request) {
        return json(partnerships.update(workspace, id, ifMatch.basedOn(), request.details(workspace.userId())));
    }

    private static ResponseEntity<PartnershipJson> json(PartnershipView view) {
        return ETags.ok(PartnershipJson.of(view), view.partnership().version());
    }

    @RequiresRole(Role.ADMIN)
    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a partnership with its notes, participants and stage history")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID id) {
        partnerships.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }

    static PartnershipFilter.Sort sort(@Nullable String sort) {
        if (sort == null || sort.isBlank() || sort.equals("name")) {
            return PartnershipFilter.Sort.NAME;
        }
        return switch (sort) {
            case "created" -> PartnershipFilter.Sort.CREATED;
            case "lastContacted" -> PartnershipFilter.Sort.LAST_CONTACTED;
            default -> throw new InvalidInput("problem.parameter", "sort").on("sort");
        };
    }

    static @Nullable String limited(@Nullable String value, String name) {
        if (value != null && value.length() > PartnershipFilter.TEXT_LENGTH) {
            throw new InvalidInput("problem.parameter", name).on(name);
        }
        return value;
    }
}
