package dev.tandem.feedback;

import dev.tandem.feedback.PulseLinks.Open;
import dev.tandem.feedback.PulseLinks.Opened;
import dev.tandem.feedback.StoryService.Telling;
import dev.tandem.partnerships.Visibility;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pulse answer with an optional story, through the link: the story goes to the round's partnership, from the
 * respondent's side (ours for a member, theirs for a contact or a guest), INTERNAL unless the respondent lets the
 * partnership's guests read it. Everything is checked before anything is written, and both are written in one
 * transaction: a refused answer or story writes neither, a link that is gone writes nothing.
 */
@Service
public class StoryLinks {

    private final PulseLinks links;
    private final PulseStore pulse;
    private final StoryService stories;
    private final Clock clock;

    StoryLinks(PulseLinks links, PulseStore pulse, StoryService stories, Clock clock) {
        this.links = links;
        this.pulse = pulse;
        this.stories = stories;
        this.clock = clock;
    }

    /**
     * Answers the link and, when {@code story} has text, records it. A prompt chosen without text is no story.
     *
     * @param story the story's prompt and text; its visibility is SHARED or blank (INTERNAL)
     */
    @Transactional
    public Opened answer(UUID roundId, String token, PulseAnswer.Given given, @Nullable Telling story) {
        var opened = links.open(roundId, token);
        if (!(opened instanceof Open)) {
            return opened;
        }
        var checked = story == null || story.blank() ? null : story.checked(Visibility.INTERNAL);
        opened = links.answer(roundId, token, given);
        if (checked != null && opened instanceof Open) {
            var found = pulse.byToken(roundId, LinkTokens.hash(token)).orElseThrow();
            stories.tellThroughLink(
                    found.workspace(),
                    found.recipient(),
                    checked,
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
        return opened;
    }
}
