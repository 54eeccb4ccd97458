package dev.tandem.goals.web;

import dev.tandem.goals.ConsultationService;
import dev.tandem.goals.web.ApiModels.ConsultationJson;
import dev.tandem.goals.web.ApiModels.ConsultationRequest;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.WorkspaceContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/partnerships/{id}")
@Tag(
        name = "Voices consulted",
        description = "Who was consulted on a shared goal (a person or a group, of which side, role, when, how, and "
                + "whether of the teams doing the work). Whose voice is missing shows on the alignment "
                + "(voicesMissing). Recorded and deleted, never edited. Guests read those of SHARED goals only.")
class ConsultationApiController {

    private final ConsultationService consultations;

    ConsultationApiController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping("/consultations")
    @OpenToGuests
    @Operation(
            summary = "The consultations on a partnership's goals, latest first",
            description = "A guest gets those of SHARED goals only.")
    List<ConsultationJson> list(WorkspaceContext workspace, @PathVariable UUID id) {
        return consultations.ofPartnership(workspace, id).stream()
                .map(ConsultationJson::of)
                .toList();
    }

    @GetMapping("/goals/{goalId}/consultations")
    @Operation(
            summary = "The consultations on one goal, latest first",
            description = "Members only: a guest reads those of the SHARED goals in the partnership's list.")
    List<ConsultationJson> ofGoal(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID goalId) {
        return consultations.ofGoal(workspace, id, goalId).stream()
                .map(ConsultationJson::of)
                .toList();
    }

    @PostMapping("/goals/{goalId}/consultations")
    @Operation(
            summary = "Record who was consulted on a goal",
            description = "side: OURS or THEIRS; who: a person or a group (1–200 characters); how: MEETING, "
                    + "WORKSHOP, INTERVIEW, SURVEY, WRITTEN or OTHER; consultedOn: not in the future.")
    ResponseEntity<ConsultationJson> record(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @Valid @RequestBody ConsultationRequest request) {
        var recorded = consultations.record(workspace, id, goalId, request.details());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/partnerships/" + id
                        + "/goals/" + goalId + "/consultations"))
                .body(ConsultationJson.of(recorded));
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/goals/{goalId}/consultations/{consultationId}")
    @Operation(summary = "Delete a consultation recorded on a goal")
    ResponseEntity<Void> delete(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @PathVariable UUID consultationId) {
        consultations.delete(workspace, id, goalId, consultationId);
        return ResponseEntity.noContent().build();
    }
}
