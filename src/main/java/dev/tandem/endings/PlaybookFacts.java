package dev.tandem.endings;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What Tandem already holds that a playbook pulls in: the wins to thank for (shared goals achieved, commitments
 * their side delivered), what each side delivered and what is still open, the contract's notice period and
 * termination cost, the milestones reached together (a mentee's recap), and who the message goes to, in which language.
 *
 * @param language the contact's preferred language when Tandem writes it (en, it, es), else en
 * @param contract the contract the ending turns on (the one whose notice comes first), if any
 */
public record PlaybookFacts(
        String partnershipName,
        @Nullable UUID contactId,
        @Nullable String contactName,
        @Nullable String email,
        String language,
        List<String> wins,
        List<String> milestones,
        int ourDelivered,
        int theirDelivered,
        int stillOpen,
        @Nullable Contract contract,
        String senderName) {

    public PlaybookFacts {
        wins = List.copyOf(wins);
        milestones = List.copyOf(milestones);
    }

    /** The languages a draft is written in; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "it", "es");

    /** The language of {@code tag} if a draft is written in it (its primary subtag), else English. */
    public static String language(@Nullable String tag) {
        if (tag == null) {
            return LANGUAGES.get(0);
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LANGUAGES.contains(primary) ? primary : LANGUAGES.get(0);
    }
}
