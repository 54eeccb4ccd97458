package dev.tandem.feedback.web;

import dev.tandem.feedback.Questionnaire;
import dev.tandem.feedback.web.FeedbackJson.QuestionJson;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The questions of a pulse link in the respondent's language: the template's own, or the default texts. */
@Component
class Questions {

    private final MessageSource messages;

    Questions(MessageSource messages) {
        this.messages = messages;
    }

    List<QuestionJson> of(Questionnaire q) {
        return List.of(
                new QuestionJson(
                        "satisfaction", "RATING", text(q, "feedback.q.satisfaction", q.partnershipName()), 1, 5),
                new QuestionJson(
                        "continueLikelihood", "SCALE", text(q, "feedback.q.continue", q.partnershipName()), 0, 10),
                new QuestionJson("answer1", "TEXT", open(q, q.openQuestion1(), "feedback.q.open1"), null, null),
                new QuestionJson("answer2", "TEXT", open(q, q.openQuestion2(), "feedback.q.open2"), null, null));
    }

    String open(Questionnaire q, @Nullable String own, String key) {
        return own != null ? own : text(q, key, q.partnershipName());
    }

    private String text(Questionnaire q, String key, Object... args) {
        return messages.getMessage(key, args, q.locale());
    }
}
