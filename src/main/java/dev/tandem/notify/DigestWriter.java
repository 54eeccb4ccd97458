package dev.tandem.notify;

import dev.tandem.health.HealthService;
import dev.tandem.health.Severity;
import dev.tandem.identity.MemberRoster.Recipient;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.rhythm.Commitment;
import dev.tandem.rhythm.CommitmentService;
import dev.tandem.rhythm.MyWeekService;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.TandemProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a member's weekly digest from what the other modules know, in the member's language and time zone: the
 * partnerships of theirs that need attention (warning signals with their evidence, check-ins due), the commitments
 * due this week on both sides of their partnerships, their meetings this week, and what partners posted.
 */
@Component
class DigestWriter {

    static final int MAX_LINES = 20;

    private final MyWeekService weeks;
    private final HealthService health;
    private final CommitmentService commitments;
    private final PartnershipFacts partnerships;
    private final Notifications notifications;
    private final MessageSource messages;
    private final TandemProperties properties;
    private final Clock clock;

    DigestWriter(
            MyWeekService weeks,
            HealthService health,
            CommitmentService commitments,
            PartnershipFacts partnerships,
            Notifications notifications,
            MessageSource messages,
            TandemProperties properties,
            Clock clock) {
        this.weeks = weeks;
        this.health = health;
        this.commitments = commitments;
        this.partnerships = partnerships;
        this.notifications = notifications;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    Digest write(Recipient member, String unsubscribeToken) {
        var context = member.context();
        Locale locale = member.locale();
        String base = "/w/" + context.workspaceId() + "/";
        var week = weeks.of(context, member.zone());
        var dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(member.zone());
        List<Digest.Section> sections = new ArrayList<>();

        List<Digest.Line> attention = new ArrayList<>();
        health.needingAttention(context, MAX_LINES).items().stream()
                .map(h -> h.health())
                .filter(h -> h.ownerId().equals(context.userId().value()))
                .forEach(h -> h.signals().stream()
                        .filter(s -> s.severity() == Severity.HIGH || s.severity() == Severity.MEDIUM)
                        .forEach(s -> attention.add(new Digest.Line(
                                h.name() + ": " + msg("health.signal." + s.type(), locale),
                                messages.getMessage(
                                        s.evidence().messageKey(),
                                        s.evidence().args().toArray(),
                                        locale),
                                url(base + "partnerships/" + h.partnershipId() + "/health")))));
        week.checkIns()
                .forEach(v -> attention.add(new Digest.Line(
                        msg(
                                "notify.digest.checkInDue",
                                locale,
                                v.partnership().details().name()),
                        null,
                        url(base + "partnerships/" + v.partnership().id()))));
        section(sections, msg("notify.digest.attention", locale), attention);

        Set<UUID> mine = new HashSet<>();
        Stream.concat(week.overdue().stream(), week.dueSoon().stream()).forEach(c -> mine.add(c.id()));
        var due = commitments
                .due(context, CommitmentService.Due.DUE, null, PageRequest.of(100, null))
                .items();
        var refs = partnerships.refs(
                context.workspaceId(),
                due.stream().map(Commitment::partnershipId).toList());
        section(
                sections,
                msg("notify.digest.commitments", locale),
                due.stream()
                        .filter(c -> mine.contains(c.id())
                                || (refs.containsKey(c.partnershipId())
                                        && refs.get(c.partnershipId()).ownerId().equals(context.userId())))
                        .map(c -> new Digest.Line(
                                (refs.containsKey(c.partnershipId())
                                                ? refs.get(c.partnershipId()).name() + ": "
                                                : "")
                                        + c.what(),
                                msg(
                                        c.overdue(week.today())
                                                ? "notify.digest.overdue." + c.ownerSide()
                                                : "notify.digest.due." + c.ownerSide(),
                                        locale,
                                        dayFormat.format(c.dueOn())),
                                url(base + "partnerships/" + c.partnershipId() + "/commitments")))
                        .toList());

        section(
                sections,
                msg("notify.digest.meetings", locale),
                week.thisWeek().stream()
                        .filter(m -> !m.held())
                        .map(m -> new Digest.Line(
                                week.partnershipNames().getOrDefault(m.partnershipId(), "") + ": "
                                        + msg("rhythm.type." + m.type(), locale),
                                timeFormat.format(m.startsAt()),
                                url(base + "meetings/" + m.id())))
                        .toList());

        section(
                sections,
                msg("notify.digest.posts", locale),
                notifications
                        .since(
                                context.workspaceId(),
                                context.userId(),
                                List.of(NotificationKind.PARTNER_POSTED),
                                clock.instant().minus(Duration.ofDays(7)),
                                MAX_LINES)
                        .stream()
                        .map(n -> new Digest.Line(n.subject() + ": “" + n.detail() + "”", null, url(base + n.link())))
                        .toList());

        return new Digest(
                msg("notify.digest.subject", locale, context.workspaceName()),
                msg("notify.digest.heading", locale, context.userName()),
                msg("notify.digest.intro", locale, context.workspaceName(), dayFormat.format(week.weekStart())),
                sections,
                msg("notify.digest.open", locale),
                msg("notify.digest.preferences", locale),
                url(base + "notifications/preferences"),
                msg("notify.digest.unsubscribe", locale),
                unsubscribeUrl(context.workspaceId().value(), unsubscribeToken),
                msg("notify.digest.footer", locale, context.workspaceName()),
                locale.getLanguage());
    }

    String unsubscribeUrl(UUID workspace, String token) {
        return url("/unsubscribe/" + workspace + "/" + token);
    }

    private void section(List<Digest.Section> sections, String title, List<Digest.Line> lines) {
        if (!lines.isEmpty()) {
            sections.add(new Digest.Section(title, lines.subList(0, Math.min(lines.size(), MAX_LINES))));
        }
    }

    private String url(String path) {
        return properties.url(path);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
