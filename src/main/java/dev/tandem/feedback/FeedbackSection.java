package dev.tandem.feedback;

import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/**
 * The survey's questions, pulse rounds with their recipients and answers, partnerships' pulse schedules,
 * anonymous retrospectives with their answers, and stories, for the workspace export and restore. Links sent before
 * are not carried: each link's hash is replaced by
 * that of a fresh secret nobody holds, so an old link cannot answer on the new server.
 */
@Component
class FeedbackSection extends TableSection {

    FeedbackSection(TableCopier copier) {
        super(
                copier,
                "feedback",
                850,
                Table.of("feedback_templates", "workspace_id").asSettings(),
                Table.of("feedback_rounds", "id"),
                Table.of("feedback_recipients", "id").secret("token_hash", FeedbackSection::unusable),
                Table.of("feedback_answers", "id"),
                Table.of("feedback_schedules", "partnership_id"),
                Table.of("feedback_schedule_people", "partnership_id, kind, person_id"),
                Table.of("feedback_retros", "id"),
                Table.of("feedback_retro_links", "retro_id, token_hash")
                        .secret("token_hash", FeedbackSection::unusable),
                Table.of("feedback_retro_answers", "id"),
                Table.of("feedback_stories", "id"));
    }

    private static String unusable() {
        return LinkTokens.hash(LinkTokens.generate());
    }
}
