package dev.tandem.feedback.web;

import dev.tandem.feedback.RetroService;
import dev.tandem.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Retrospective answers",
        description = "Answering an anonymous retrospective through its link, without an account. An unknown link, or "
                + "one of another retrospective, is 404; a used or expired one is 410 and nothing is written.")
@SecurityRequirements
class RetroAnswerApiController {

    record RetroAnswerRequest(
            @Nullable Integer growing,
            @Nullable String wentWell,
            @Nullable String toImprove) {}

    private final RetroService retros;
    private final Problems problems;

    RetroAnswerApiController(RetroService retros, Problems problems) {
        this.retros = retros;
        this.problems = problems;
    }

    @PostMapping("/api/v1/retro/{retroId}/{token}")
    @Operation(
            summary = "Answer an anonymous retrospective, once",
            description = "growing: \"are we growing together?\" 1–5; wentWell, toImprove: up to 2000 characters.")
    ResponseEntity<?> answer(
            @PathVariable UUID retroId, @PathVariable String token, @RequestBody RetroAnswerRequest request) {
        var outcome = retros.answer(retroId, token, request.growing(), request.wentWell(), request.toImprove());
        if (outcome == RetroService.Outcome.ANSWERED) {
            return ResponseEntity.status(HttpStatus.CREATED).build();
        }
        String reason = outcome == RetroService.Outcome.USED ? "ANSWERED" : "EXPIRED";
        return ResponseEntity.status(HttpStatus.GONE)
                .body(problems.of(HttpStatus.GONE, "feedback.link.gone." + reason));
    }
}
