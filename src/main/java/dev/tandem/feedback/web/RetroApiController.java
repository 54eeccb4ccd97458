package dev.tandem.feedback.web;

import dev.tandem.feedback.Retro;
import dev.tandem.feedback.RetroService;
import dev.tandem.identity.WorkspaceContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(
        name = "Retrospectives",
        description =
                "Anonymous retrospectives of a partnership, unlinkable by design (ADR 0012): anonymous single-use "
                        + "links; answers keep no respondent, no link and only their week; results show only the count until "
                        + "the threshold (at least 3) has answered, then aggregates in random order.")
class RetroApiController {

    record RetroRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
            String title,

            @Nullable Integer threshold,
            @Nullable Integer links,
            @Nullable Integer days,
            @Nullable String language,
            @Nullable String wentWellQuestion,
            @Nullable String toImproveQuestion) {}

    record RetroJson(
            UUID id,
            UUID partnershipId,
            String title,
            int threshold,
            Instant openedAt,
            Instant expiresAt,
            @Nullable String language,
            @Nullable String wentWellQuestion,
            @Nullable String toImproveQuestion) {

        static RetroJson of(Retro r) {
            return new RetroJson(
                    r.id(),
                    r.partnershipId(),
                    r.title(),
                    r.threshold(),
                    r.openedAt(),
                    r.expiresAt(),
                    r.language(),
                    r.wentWellQuestion(),
                    r.toImproveQuestion());
        }
    }

    record StartedJson(RetroJson retro, List<String> links) {}

    record ResultsJson(
            RetroJson retro,
            int answers,
            boolean visible,
            @Nullable Double growing,
            List<Integer> growingDistribution,
            List<String> wentWell,
            List<String> toImprove) {}

    private final RetroService retros;

    RetroApiController(RetroService retros) {
        this.retros = retros;
    }

    @PostMapping("/partnerships/{id}/retros")
    @Operation(
            summary = "Start an anonymous retrospective",
            description = "threshold: answers needed before anything but the count shows, at least 3 (default 3); "
                    + "links: how many anonymous single-use links to hand out, 1–200 (default 6); days: how long they "
                    + "work, 1–60 (default 14); language: en, it or es, the language the answer page opens in (default "
                    + "English; the respondent can switch); wentWellQuestion, toImproveQuestion: your own wording of the "
                    + "two open questions, up to 300 characters (default: the standard questions in the respondent's "
                    + "language). The links are in the answer only: hand them out to both sides.")
    ResponseEntity<StartedJson> start(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody RetroRequest request) {
        var started = retros.start(
                workspace,
                id,
                new Retro.Setup(
                        request.title(),
                        request.threshold(),
                        request.links(),
                        request.days(),
                        request.language(),
                        request.wentWellQuestion(),
                        request.toImproveQuestion()));
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/retros/"
                        + started.retro().id()))
                .body(new StartedJson(RetroJson.of(started.retro()), started.links()));
    }

    @GetMapping("/partnerships/{id}/retros")
    @Operation(summary = "A partnership's retrospectives, latest first")
    List<RetroJson> list(WorkspaceContext workspace, @PathVariable UUID id) {
        return retros.of(workspace, id).stream().map(RetroJson::of).toList();
    }

    @GetMapping("/retros/{id}")
    @Operation(
            summary = "A retrospective's results",
            description = "Below the threshold only the count; from it on the average and distribution of \"are we "
                    + "growing together?\" and the free-text answers per question, each list in random order.")
    ResultsJson results(WorkspaceContext workspace, @PathVariable UUID id) {
        var r = retros.results(workspace, id);
        return new ResultsJson(
                RetroJson.of(r.retro()),
                r.answers(),
                r.visible(),
                r.growing(),
                r.growingDistribution(),
                r.wentWell(),
                r.toImprove());
    }
}
