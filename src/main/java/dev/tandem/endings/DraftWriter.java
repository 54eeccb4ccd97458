package dev.tandem.endings;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    Draft write(
            Playbook playbook,
            PlaybookFacts facts,
            PlaybookRun run,
            List<Introduction> introductions,
            Coffees.@Nullable Redirect redirect,
            String language) {
        Locale locale = Locale.forLanguageTag(PlaybookFacts.language(language));
        String notes = run.notes();
        String why = run.why();
        String name = facts.contactName() != null ? facts.contactName() : text("endings.draft.noName", locale);
        String wins = facts.wins().isEmpty() ? text("endings.draft.winsNone", locale) : list(facts.wins(), locale);
        CoffeePlan plan = run.plan();
        String prefix = "endings.draft." + playbook.name() + "."
                + (playbook == Playbook.COFFEE
                        ? (plan == null ? CoffeePlan.Choice.DEFER : plan.choice()).name() + "."
                        : "");
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
            case COFFEE -> coffee(prefix, name, reason, plan, redirect, facts.senderName(), locale);
            case MENTEE -> {
                List<String> achieved = new ArrayList<>(facts.wins());
                facts.milestones().stream().filter(m -> !achieved.contains(m)).forEach(achieved::add);
                yield messages.getMessage(
                        prefix + "body",
                        new Object[] {
                            name,
                            facts.partnershipName(),
                            achieved.isEmpty() ? text("endings.draft.winsNone", locale) : list(achieved, locale),
                            reason,
                            why != null ? why : text(prefix + "whyDefault", locale),
                            introductions(introductions, locale),
                            PlaybookService.DEFAULT_FOLLOW_UP_MONTHS,
                            facts.senderName()
                        },
                        locale);
            }
        };
        return new Draft(
                locale.getLanguage(),
                facts.email(),
                messages.getMessage(prefix + "subject", new Object[] {facts.partnershipName(), name}, locale),
                body,
                redirect == null ? null : redirect.meetup().id());
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

    /**
     * A deferred coffee names the date it comes back and the channel for anything urgent; a redirected one names the
     * meetup, its next date and where it is.
     */
    private String coffee(
            String prefix,
            String name,
            String reason,
            @Nullable CoffeePlan plan,
            Coffees.@Nullable Redirect redirect,
            String sender,
            Locale locale) {
        if (plan != null && plan.choice() == CoffeePlan.Choice.REDIRECT) {
            String title = redirect == null
                    ? text(prefix + "meetupDefault", locale)
                    : redirect.meetup().plan().title();
            var next = redirect == null ? null : redirect.next();
            String when = next == null
                    ? text(prefix + "whenDefault", locale)
                    : next.localStart()
                            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                                    .withLocale(locale));
            String where = redirect == null
                    ? ""
                    : redirect.meetup().plan().place() != null
                            ? messages.getMessage(
                                    prefix + "where",
                                    new Object[] {redirect.meetup().plan().place()},
                                    locale)
                            : redirect.meetup().plan().videoUrl() != null
                                    ? messages.getMessage(
                                            prefix + "online",
                                            new Object[] {
                                                redirect.meetup().plan().videoUrl()
                                            },
                                            locale)
                                    : "";
            return messages.getMessage(
                    prefix + "body", new Object[] {name, reason, title, when, where, sender}, locale);
        }
        String until = plan == null || plan.until() == null
                ? text(prefix + "untilDefault", locale)
                : plan.until()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale));
        String channel = plan == null || plan.channel() == null
                ? text(prefix + "channelDefault", locale)
                : messages.getMessage(prefix + "channel", new Object[] {plan.channel()}, locale);
        return messages.getMessage(prefix + "body", new Object[] {name, reason, until, channel, sender}, locale);
    }

    /** A paragraph introducing each chosen person by name (and team), or an offer to introduce them later. */
    private String introductions(List<Introduction> people, Locale locale) {
        if (people.isEmpty()) {
            return text("endings.draft.MENTEE.introductionsNone", locale);
        }
        List<String> names = people.stream()
                .map(p -> p.detail() == null || p.detail().isBlank() ? p.name() : p.name() + " (" + p.detail() + ")")
                .toList();
        return messages.getMessage("endings.draft.MENTEE.introductions", new Object[] {list(names, locale)}, locale);
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
