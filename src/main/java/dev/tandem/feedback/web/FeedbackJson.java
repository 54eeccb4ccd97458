package dev.tandem.feedback.web;

import dev.tandem.feedback.Candidate;
import dev.tandem.feedback.PulseAnswer;
import dev.tandem.feedback.PulseResults;
import dev.tandem.feedback.PulseResults.Comment;
import dev.tandem.feedback.PulseResults.PartnershipResults;
import dev.tandem.feedback.PulseResults.TrendPoint;
import dev.tandem.feedback.PulseSchedule;
import dev.tandem.feedback.PulseSchedules.RecipientKey;
import dev.tandem.feedback.PulseService;
import dev.tandem.feedback.PulseService.Link;
import dev.tandem.feedback.PulseTemplate;
import dev.tandem.feedback.Recipient;
import dev.tandem.feedback.RecipientKind;
import dev.tandem.feedback.Round;
import dev.tandem.feedback.Story;
import dev.tandem.feedback.StoryService;
import dev.tandem.shared.Mail;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The JSON of the feedback API. */
final class FeedbackJson {

    private FeedbackJson() {}

    record TemplateJson(
            @Nullable String openQuestion1,
            @Nullable String openQuestion2,
            @Nullable Instant updatedAt) {

        static TemplateJson of(PulseTemplate t) {
            return new TemplateJson(t.openQuestion1(), t.openQuestion2(), t.updatedAt());
        }
    }

    record TemplateRequest(
            @Nullable @Size(max = PulseTemplate.QUESTION_LENGTH, message = "{validation.size.max}")
            String openQuestion1,

            @Nullable @Size(max = PulseTemplate.QUESTION_LENGTH, message = "{validation.size.max}")
            String openQuestion2) {}

    record PickJson(
            @NotNull(message = "{validation.required}") UUID partnershipId,
            @NotNull(message = "{validation.required}") RecipientKind kind,
            @NotNull(message = "{validation.required}") UUID personId) {}

    record RoundRequest(
            @NotBlank(message = "{validation.required}")
            @Size(max = Round.TITLE_LENGTH, message = "{validation.size.max}")
            String title,

            @Nullable Integer days,

            @NotNull(message = "{validation.required}") @Size(max = Round.MAX_PEOPLE, message = "{validation.size.max}")
            List<@Valid PickJson> people) {

        PulseService.NewRound round() {
            return new PulseService.NewRound(
                    title,
                    days,
                    people.stream()
                            .map(p -> new PulseService.Pick(p.partnershipId(), p.kind(), p.personId()))
                            .toList());
        }
    }

    record PersonJson(
            @NotNull(message = "{validation.required}") RecipientKind kind,
            @NotNull(message = "{validation.required}") UUID personId) {}

    record ScheduleRequest(
            @Nullable Integer everyWeeks,
            @Nullable Integer remindAfterDays,

            @NotNull(message = "{validation.required}") @Size(max = Round.MAX_PEOPLE, message = "{validation.size.max}")
            List<@Valid PersonJson> people) {

        List<RecipientKey> keys() {
            return people.stream()
                    .map(p -> new RecipientKey(p.kind(), p.personId()))
                    .toList();
        }
    }

    record ScheduleJson(
            UUID partnershipId,
            int everyWeeks,
            int remindAfterDays,
            List<PersonJson> people,
            Instant nextAt,
            @Nullable Instant lastSentAt,
            Instant updatedAt) {

        static ScheduleJson of(PulseSchedule s) {
            return new ScheduleJson(
                    s.partnershipId(),
                    s.everyWeeks(),
                    s.remindAfterDays(),
                    s.people().stream()
                            .map(p -> new PersonJson(p.kind(), p.personId()))
                            .toList(),
                    s.nextAt(),
                    s.lastSentAt(),
                    s.updatedAt());
        }
    }

    record CandidateJson(
            UUID partnershipId,
            String partnershipName,
            RecipientKind kind,
            UUID personId,
            String name,
            @Nullable String email,
            String language) {

        static CandidateJson of(Candidate c) {
            return new CandidateJson(
                    c.partnershipId(), c.partnershipName(), c.kind(), c.personId(), c.name(), c.email(), c.language());
        }
    }

    record RoundJson(
            UUID id,
            String title,
            Round.Status status,
            Instant openedAt,
            Instant expiresAt,
            @Nullable Instant closedAt,
            @Nullable String openQuestion1,
            @Nullable String openQuestion2) {

        static RoundJson of(Round r, Instant now) {
            return new RoundJson(
                    r.id(),
                    r.title(),
                    r.status(now),
                    r.openedAt(),
                    r.expiresAt(),
                    r.closedAt(),
                    r.openQuestion1(),
                    r.openQuestion2());
        }
    }

    /**
     * @param link the recipient's link, only when it was not mailed: the only time it can be read
     */
    record LinkJson(
            UUID recipientId,
            UUID partnershipId,
            RecipientKind kind,
            UUID personId,
            String name,
            String language,
            String delivery,
            @Nullable String link) {

        static LinkJson of(Link l) {
            Recipient r = l.recipient();
            return new LinkJson(
                    r.id(),
                    r.partnershipId(),
                    r.kind(),
                    r.personId(),
                    r.name(),
                    r.language(),
                    r.delivery(),
                    r.delivery().equals(Mail.Delivery.SENT.name()) ? null : l.url());
        }
    }

    record SentJson(RoundJson round, List<LinkJson> links) {}

    record RecipientJson(UUID id, RecipientKind kind, UUID personId, String name, String delivery, boolean answered) {

        static RecipientJson of(Recipient r) {
            return new RecipientJson(r.id(), r.kind(), r.personId(), r.name(), r.delivery(), r.answeredAt() != null);
        }
    }

    record CommentJson(
            String name, @Nullable String answer1, @Nullable String answer2, Instant answeredAt) {

        static CommentJson of(Comment c) {
            return new CommentJson(c.name(), c.answer1(), c.answer2(), c.answeredAt());
        }
    }

    record PartnershipResultsJson(
            UUID partnershipId,
            String partnershipName,
            int sent,
            int answered,
            int responseRate,
            @Nullable BigDecimal average,
            @Nullable BigDecimal continueAverage,
            List<Integer> distribution,
            List<CommentJson> comments,
            List<RecipientJson> recipients) {

        static PartnershipResultsJson of(PartnershipResults p) {
            return new PartnershipResultsJson(
                    p.partnershipId(),
                    p.partnershipName(),
                    p.sent(),
                    p.answered(),
                    p.responseRate(),
                    p.average(),
                    p.continueAverage(),
                    p.distribution(),
                    p.comments().stream().map(CommentJson::of).toList(),
                    p.recipients().stream().map(RecipientJson::of).toList());
        }
    }

    record ResultsJson(RoundJson round, int sent, int answered, List<PartnershipResultsJson> partnerships) {

        static ResultsJson of(PulseResults r, Instant now) {
            return new ResultsJson(
                    RoundJson.of(r.round(), now),
                    r.sent(),
                    r.answered(),
                    r.partnerships().stream().map(PartnershipResultsJson::of).toList());
        }
    }

    record TrendJson(
            UUID roundId,
            String title,
            Instant openedAt,
            int sent,
            int answered,
            @Nullable BigDecimal average) {

        static TrendJson of(TrendPoint t) {
            return new TrendJson(t.roundId(), t.title(), t.openedAt(), t.sent(), t.answered(), t.average());
        }
    }

    record QuestionJson(
            String key,
            String kind,
            String text,
            @Nullable Integer min,
            @Nullable Integer max) {}

    record QuestionnaireJson(
            UUID roundId,
            String name,
            String partnershipName,
            String language,
            Instant expiresAt,
            List<QuestionJson> questions) {}

    record AnswerRequest(
            @Nullable Integer satisfaction,
            @Nullable Integer continueLikelihood,

            @Nullable @Size(max = PulseAnswer.ANSWER_LENGTH, message = "{validation.size.max}")
            String answer1,

            @Nullable @Size(max = PulseAnswer.ANSWER_LENGTH, message = "{validation.size.max}")
            String answer2,

            @Schema(
                    description = "The prompt the optional story answers: PROUD, CHANGED or GROWING",
                    allowableValues = {"PROUD", "CHANGED", "GROWING"})
            @Nullable
            String storyPrompt,

            @Schema(
                    description = "An optional story, up to " + Story.MAX_LENGTH + " characters: recorded with the "
                            + "round's partnership, from the respondent's side")
            @Nullable
            String story,

            @Schema(description = "true: the partnership's guests may read the story too (SHARED); otherwise INTERNAL")
            @Nullable
            Boolean storyShared) {

        PulseAnswer.Given given() {
            return new PulseAnswer.Given(satisfaction, continueLikelihood, answer1, answer2);
        }

        StoryService.Telling telling() {
            return new StoryService.Telling(storyPrompt, story, Boolean.TRUE.equals(storyShared) ? "SHARED" : null);
        }
    }
}
