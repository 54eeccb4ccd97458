package dev.tandem.endings.web;

import dev.tandem.endings.CoffeePlan;
import dev.tandem.endings.Deferral;
import dev.tandem.endings.DeferralService;
import dev.tandem.endings.PlaybookRun;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(
        name = "Deferrals",
        description = "A relationship snoozed until a date (the coffee playbook's DEFER, or directly): its check-in "
                + "cadence pauses, so no CHECK_IN_OVERDUE is raised before the date, and resumes counting from it. "
                + "A date not after today or more than 36 months ahead is 400; an id of another workspace is 404.")
class DeferralApiController {

    private final DeferralService deferrals;

    DeferralApiController(DeferralService deferrals) {
        this.deferrals = deferrals;
    }

    @GetMapping("/deferrals")
    @Operation(summary = "The deferrals still running, soonest end first (at most 200)")
    List<Deferral> running(WorkspaceContext workspace) {
        return deferrals.running(workspace);
    }

    @GetMapping("/partnerships/{id}/deferrals")
    @Operation(summary = "A partnership's deferrals, latest date first, ended ones too")
    List<Deferral> of(WorkspaceContext workspace, @PathVariable UUID id) {
        return deferrals.of(workspace, id);
    }

    @PostMapping("/partnerships/{id}/deferrals")
    @Operation(summary = "Defer a partnership until a date", description = "With the reason and an urgent channel.")
    ResponseEntity<Deferral> defer(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody Request request) {
        var deferral = deferrals.defer(workspace, id, request.until(), request.reason(), request.channel());
        return ResponseEntity.created(URI.create(
                        "/api/v1/workspaces/" + workspace.workspaceId() + "/partnerships/" + id + "/deferrals"))
                .body(deferral);
    }

    @DeleteMapping("/deferrals/{id}")
    @Audited(AuditAction.RECORD_DELETED)
    @Operation(
            summary = "Take a running deferral back",
            description = "The cadence counts again from the last contact.")
    ResponseEntity<Void> end(WorkspaceContext workspace, @PathVariable UUID id) {
        deferrals.end(workspace, id);
        return ResponseEntity.noContent().build();
    }

    record Request(
            @NotNull(message = "{validation.required}") LocalDate until,

            @Nullable @Size(max = PlaybookRun.NOTES_LENGTH, message = "{validation.size.max}")
            String reason,

            @Nullable @Size(max = CoffeePlan.CHANNEL_LENGTH, message = "{validation.size.max}")
            String channel) {}
}
