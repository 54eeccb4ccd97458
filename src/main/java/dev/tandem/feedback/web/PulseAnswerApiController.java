package dev.tandem.feedback.web;

import dev.tandem.feedback.PulseLinks;
import dev.tandem.feedback.PulseLinks.Gone;
import dev.tandem.feedback.PulseLinks.Open;
import dev.tandem.feedback.StoryLinks;
import dev.tandem.feedback.web.FeedbackJson.AnswerRequest;
import dev.tandem.feedback.web.FeedbackJson.QuestionnaireJson;
import dev.tandem.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/pulse/{roundId}/{token}")
@Tag(
        name = "Pulse answers",
        description = "Answering a pulse round through its link, without an account: the link's round id and token "
                + "are the credentials. An unknown link, or a token of another round, is 404; a link already used, or "
                + "of a round closed or expired, is 410 and nothing is written.")
@SecurityRequirements
class PulseAnswerApiController {

    private final PulseLinks links;
    private final StoryLinks stories;
    private final Questions questions;
    private final Problems problems;

    PulseAnswerApiController(PulseLinks links, StoryLinks stories, Questions questions, Problems problems) {
        this.links = links;
        this.stories = stories;
        this.questions = questions;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "The questions of a pulse link, in the respondent's language")
    ResponseEntity<?> questions(@PathVariable UUID roundId, @PathVariable String token) {
        var opened = links.open(roundId, token);
        if (!(opened instanceof Open open)) {
            return gone((Gone) opened);
        }
        var q = open.questionnaire();
        return ResponseEntity.ok(new QuestionnaireJson(
                q.roundId(), q.name(), q.partnershipName(), q.locale().getLanguage(), q.expiresAt(), questions.of(q)));
    }

    @PostMapping
    @Operation(
            summary = "Answer a pulse link, once",
            description = "satisfaction: 1–5 (required); continueLikelihood: 0–10; answer1, answer2: up to 2000 "
                    + "characters; story: up to 2000 characters, optional, with storyPrompt (PROUD, CHANGED, GROWING) and "
                    + "storyShared. 201 when recorded; a refused answer or story writes neither.")
    ResponseEntity<?> answer(
            @PathVariable UUID roundId, @PathVariable String token, @Valid @RequestBody AnswerRequest request) {
        var answered = stories.answer(roundId, token, request.given(), request.telling());
        return answered instanceof Gone gone
                ? gone(gone)
                : ResponseEntity.status(HttpStatus.CREATED).build();
    }

    private ResponseEntity<?> gone(Gone gone) {
        return ResponseEntity.status(HttpStatus.GONE)
                .body(problems.of(HttpStatus.GONE, "feedback.link.gone." + gone.reason()));
    }
}
