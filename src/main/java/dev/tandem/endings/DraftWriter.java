package dev.tandem.endings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a playbook's message from the endings bundle of the chosen language ({@code endings.draft.<PLAYBOOK>.…}),
 * with the facts filled in: the wins, the honest reason the user wrote, the contract's notice and cost. The texts
 * open with gratitude, say the reason, offer help and keep the door open.
 */
@Component
class DraftWriter {

    private final MessageSource messages;

    DraftWriter(MessageSource messages) {
        this.messages = messages;
    }

    Draft write(Playbook playbook, PlaybookFacts facts, @Nullable String notes, String language) {
        Locale locale = Locale.forLanguageTag(PlaybookFacts.language(language));
        String name = facts.contactName() != null ? facts.contactName() : text("endings.draft.noName", locale);
        String wins = facts.wins().isEmpty() ? text("endings.draft.winsNone", locale) : list(facts.wins(), locale);
        String prefix = "endings.draft." + playbook.name() + ".";
        String reason = notes != null ? notes : text(prefix + "reasonDefault", locale);
        String body = switch (playbook) {
            case VENDOR ->
                messages.getMessage(
                        prefix + "body",
                        new Object[] {
                            name,
                            facts.partnershipName(),
                            wins,
                            reason,
                            terms(facts.contract(), locale),
                            facts.senderName()
                        },
                        locale);
            case SUNSET ->
                messages.getMessage(
                        prefix + "body",
                        new Object[] {name, facts.partnershipName(), wins, reason, facts.senderName()},
                        locale);
        };
        return new Draft(
                locale.getLanguage(),
                facts.email(),
                messages.getMessage(prefix + "subject", new Object[] {facts.partnershipName()}, locale),
                body);
    }

    /** What the contract says about giving notice and what ending costs, as sentences; empty without a contract. */
    private String terms(@Nullable Contract contract, Locale locale) {
        if (contract == null) {
            return "";
        }
        List<String> sentences = new ArrayList<>();
        if (contract.terms().noticeDays() != null) {
            sentences.add(messages.getMessage(
                    "endings.draft.notice", new Object[] {contract.terms().noticeDays()}, locale));
        }
        if (contract.terms().terminationCost() != null) {
            sentences.add(messages.getMessage(
                    "endings.draft.cost", new Object[] {contract.terms().terminationCost()}, locale));
        }
        return String.join(" ", sentences);
    }

    /** The items joined as a sentence lists them, in the language of {@code locale}. */
    private String list(List<String> items, Locale locale) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1))
                + text("endings.draft.and", locale)
                + items.get(items.size() - 1);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
