package dev.tandem.health;

import dev.tandem.feedback.RatingFact;
import dev.tandem.health.HealthFacts.MeetingHeld;
import dev.tandem.health.HealthFacts.Presence;
import dev.tandem.ledger.LedgerSide;
import dev.tandem.ledger.Unit;
import dev.tandem.recognition.MilestoneFact;
import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.rhythm.RhythmFacts.CommitmentFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The index itself: a pure function of a partnership's facts, the workspace's settings and a day. Days are
 * UTC dates; facts dated after the day are ignored, so any past day can be judged the same way.
 */
final class HealthCalculator {

    static final int RELIABILITY_DAYS = 180;
    static final int ENGAGEMENT_MEETINGS = 6;
    static final int TREND_WEEKS = 8;
    /** The window of the reciprocity factor and the one-sided investment signal. */
    static final int RECIPROCITY_DAYS = 180;
    /** Fewer contributions than this in the window are too little to judge a balance on. */
    static final int RECIPROCITY_MIN_ENTRIES = 3;
    /** "One-sided investment" when a side put in less than this share (percent) of the contributions. */
    static final int ONE_SIDED_BELOW = 20;
    /** A milestone is due some thanks this many days after it was reached ... */
    static final int CELEBRATE_AFTER_DAYS = 7;
    /** ... and stops asking for it after this many. */
    static final int CELEBRATE_WITHIN_DAYS = 90;
    /** The window of the satisfaction factor and the "satisfaction dropping" signal. */
    static final int SATISFACTION_DAYS = 90;
    /** Points taken off satisfaction for each point the latest round's average fell below the one before. */
    static final int FALLING_PENALTY = 20;
    /** "Satisfaction dropping" when a round's average fell by at least this much from the one before ... */
    static final double DROP_POINTS = 1.0;
    /** ... or when anyone rated this low. */
    static final int LOW_RATING = 2;

    private HealthCalculator() {}

    /**
     * @param eightWeeksAgo the score of the snapshot {@value #TREND_WEEKS} weeks before {@code day}, if there is one
     */
    static HealthReport compute(
            HealthFacts facts, HealthSettings settings, LocalDate day, @Nullable Integer eightWeeksAgo) {
        var meetings = facts.meetings().stream()
                .filter(m -> !date(m.heldAt()).isAfter(day))
                .toList();
        var commitments = facts.commitments().stream()
                .filter(c -> !date(c.createdAt()).isAfter(day))
                .toList();
        LocalDate lastContact = lastContact(facts, meetings, day);
        long daysSince = ChronoUnit.DAYS.between(lastContact, day);

        List<FactorScore> factors = new ArrayList<>();
        factors.add(cadence(settings, facts, lastContact, daysSince));
        var us = SideRecord.of(commitments, OwnerSide.US, day);
        var them = SideRecord.of(commitments, OwnerSide.THEM, day);
        factors.add(reliability(settings, us, them));
        factors.add(engagement(settings, meetings));
        var ratings = Ratings.of(facts, day);
        factors.add(satisfaction(settings, ratings));
        var giving = Giving.of(facts, day);
        factors.add(reciprocity(settings, giving));
        factors.add(alignment(settings, facts));

        int total = settings.totalWeight();
        int counted = factors.stream()
                .filter(FactorScore::counted)
                .mapToInt(FactorScore::weight)
                .sum();
        Integer score = counted == 0
                ? null
                : (int) Math.round(factors.stream()
                                .filter(FactorScore::counted)
                                .mapToDouble(f -> (double) f.weight() * f.score())
                                .sum()
                        / counted);
        int confidence = (int) Math.round(100.0 * counted / total);

        List<Signal> signals = new ArrayList<>();
        if (daysSince > facts.maxDays()) {
            signals.add(new Signal(
                    SignalType.CHECK_IN_OVERDUE,
                    Severity.HIGH,
                    Evidence.of("checkInOverdue", daysSince, lastContact, facts.maxDays()),
                    "checkInOverdue"));
        }
        disengaging(settings, meetings).ifPresent(signals::add);
        slipping(settings, us).ifPresent(signals::add);
        slipping(settings, them).ifPresent(signals::add);
        if (facts.activeGoals() > facts.alignedGoals()) {
            signals.add(new Signal(
                    SignalType.GOALS_MISALIGNED,
                    Severity.LOW,
                    Evidence.of("goalsMisaligned", facts.activeGoals() - facts.alignedGoals(), facts.activeGoals()),
                    "goalsMisaligned"));
        }
        oneSided(giving).ifPresent(signals::add);
        notCelebrated(facts, day).ifPresent(signals::add);
        satisfactionDropping(ratings).ifPresent(signals::add);
        if (!facts.contractsWithoutExitTerms().isEmpty()) {
            signals.add(new Signal(
                    SignalType.CONTRACT_WITHOUT_EXIT_TERMS,
                    Severity.MEDIUM,
                    Evidence.of(
                            "contractWithoutExitTerms",
                            facts.contractsWithoutExitTerms().size(),
                            titles(facts.contractsWithoutExitTerms())),
                    "contractWithoutExitTerms"));
        }
        if (score != null && eightWeeksAgo != null && score - eightWeeksAgo >= settings.growingPoints()) {
            long stories = storiesWithin(facts, day);
            signals.add(new Signal(
                    SignalType.GROWING_TOGETHER,
                    Severity.POSITIVE,
                    stories > 0
                            ? Evidence.of("growingTogetherStories", eightWeeksAgo, score, TREND_WEEKS, stories)
                            : Evidence.of("growingTogether", eightWeeksAgo, score, TREND_WEEKS),
                    "growingTogether"));
        }
        return new HealthReport(score, confidence, factors, signals, day);
    }

    /** The stories told (by either side) in the {@value #TREND_WEEKS} weeks up to {@code day}: what growing meant. */
    private static long storiesWithin(HealthFacts facts, LocalDate day) {
        LocalDate from = day.minusWeeks(TREND_WEEKS);
        return facts.stories().stream()
                .filter(s -> !s.toldOn().isBefore(from) && !s.toldOn().isAfter(day))
                .count();
    }

    /** The titles as one line the stored top signal can hold. */
    private static String titles(List<String> titles) {
        String all = String.join(", ", titles);
        return all.length() <= 300 ? all : all.substring(0, 299) + "…";
    }

    /**
     * The last contact known on {@code day}: the later of the last meeting held and the last recorded interaction,
     * or the partnership's creation when there was none (as the partnership's own cadence counts).
     */
    private static LocalDate lastContact(HealthFacts facts, List<MeetingHeld> meetings, LocalDate day) {
        @Nullable
        LocalDate last = meetings.isEmpty() ? null : date(meetings.get(0).heldAt());
        if (facts.lastContactedAt() != null) {
            LocalDate contacted = date(facts.lastContactedAt());
            if (!contacted.isAfter(day) && (last == null || contacted.isAfter(last))) {
                last = contacted;
            }
        }
        if (last == null) {
            last = date(facts.createdAt());
        }
        return last.isAfter(day) ? day : last;
    }

    /** 100 within the ideal interval, falling in a straight line to 0 at three times it. */
    static FactorScore cadence(HealthSettings settings, HealthFacts facts, LocalDate lastContact, long daysSince) {
        int ideal = facts.idealDays();
        int score;
        if (daysSince <= ideal) {
            score = 100;
        } else if (daysSince >= 3L * ideal) {
            score = 0;
        } else {
            score = (int) Math.round(100.0 * (3L * ideal - daysSince) / (2.0 * ideal));
        }
        return new FactorScore(
                Factor.CADENCE,
                score,
                settings.weight(Factor.CADENCE),
                Evidence.of("cadence", daysSince, lastContact, ideal));
    }

    /** The weaker side's on-time rate over the window; no data while nothing was due on either side. */
    static FactorScore reliability(HealthSettings settings, SideRecord us, SideRecord them) {
        int weight = settings.weight(Factor.RELIABILITY);
        if (us.due() == 0 && them.due() == 0) {
            return new FactorScore(Factor.RELIABILITY, null, weight, Evidence.of("reliability.none", RELIABILITY_DAYS));
        }
        SideRecord weaker = us.due() == 0 ? them : them.due() == 0 ? us : us.rate() <= them.rate() ? us : them;
        return new FactorScore(
                Factor.RELIABILITY,
                weaker.percent(),
                weight,
                Evidence.of("reliability", us.onTime(), us.due(), them.onTime(), them.due(), RELIABILITY_DAYS));
    }

    /**
     * The partner side's attendance over the last six held meetings: meetings they attended out of those
     * where they attended or missed (excused ones and meetings without attendance are left out).
     */
    static FactorScore engagement(HealthSettings settings, List<MeetingHeld> meetings) {
        int weight = settings.weight(Factor.ENGAGEMENT);
        var recent = meetings.stream().limit(ENGAGEMENT_MEETINGS).toList();
        long attended =
                recent.stream().filter(m -> m.presence() == Presence.ATTENDED).count();
        long missed =
                recent.stream().filter(m -> m.presence() == Presence.MISSED).count();
        long excused =
                recent.stream().filter(m -> m.presence() == Presence.EXCUSED).count();
        if (attended + missed == 0) {
            String key = recent.isEmpty() ? "engagement.noMeetings" : "engagement.noAttendance";
            return new FactorScore(Factor.ENGAGEMENT, null, weight, Evidence.of(key, recent.size()));
        }
        int score = (int) Math.round(100.0 * attended / (attended + missed));
        return new FactorScore(
                Factor.ENGAGEMENT, score, weight, Evidence.of("engagement", attended, attended + missed, excused));
    }

    static FactorScore alignment(HealthSettings settings, HealthFacts facts) {
        int weight = settings.weight(Factor.ALIGNMENT);
        if (facts.activeGoals() == 0) {
            return new FactorScore(Factor.ALIGNMENT, null, weight, Evidence.of("alignment.none"));
        }
        int score = (int) Math.round(100.0 * facts.alignedGoals() / facts.activeGoals());
        var evidence = facts.goalsMissingVoices() == 0
                ? Evidence.of("alignment", facts.alignedGoals(), facts.activeGoals())
                : Evidence.of(
                        "alignment.voices", facts.alignedGoals(), facts.activeGoals(), facts.goalsMissingVoices());
        return new FactorScore(Factor.ALIGNMENT, score, weight, evidence);
    }

    /**
     * 100 at an even split of contributions over {@value #RECIPROCITY_DAYS} days, falling in a straight line to 0 when
     * one side gave everything (200 × the smaller side's share: 70/30 is 60, 95/5 is 10). No data with fewer than
     * {@value #RECIPROCITY_MIN_ENTRIES} contributions, or none of any worth.
     */
    static FactorScore reciprocity(HealthSettings settings, Giving giving) {
        int weight = settings.weight(Factor.RECIPROCITY);
        if (giving.entries() == 0) {
            return new FactorScore(Factor.RECIPROCITY, null, weight, Evidence.of("reciprocity.none", RECIPROCITY_DAYS));
        }
        if (!giving.judgeable()) {
            return new FactorScore(
                    Factor.RECIPROCITY,
                    null,
                    weight,
                    Evidence.of("reciprocity.tooFew", giving.entries(), RECIPROCITY_MIN_ENTRIES, RECIPROCITY_DAYS));
        }
        double smaller = Math.min(giving.us(), giving.them()) / giving.total();
        int score = (int) Math.round(200 * smaller);
        return new FactorScore(
                Factor.RECIPROCITY,
                score,
                weight,
                Evidence.of(
                        "reciprocity." + giving.unit(),
                        giving.usText(),
                        giving.usPercent(),
                        giving.themText(),
                        100 - giving.usPercent(),
                        giving.entries(),
                        RECIPROCITY_DAYS));
    }

    /**
     * The average pulse rating (1–5) of the last {@value #SATISFACTION_DAYS} days on 0–100 (1 is 0, 5 is 100), less
     * {@value #FALLING_PENALTY} points for each point the latest round's average fell below the round before. No data
     * without ratings.
     */
    static FactorScore satisfaction(HealthSettings settings, Ratings ratings) {
        int weight = settings.weight(Factor.SATISFACTION);
        if (ratings.count() == 0) {
            return new FactorScore(Factor.SATISFACTION, null, weight, Evidence.of("satisfaction.none"));
        }
        int base = (int) Math.round((ratings.average() - 1) * 25);
        double fall = ratings.fall();
        if (fall <= 0) {
            return new FactorScore(
                    Factor.SATISFACTION,
                    base,
                    weight,
                    Evidence.of("satisfaction", text(ratings.average()), ratings.count(), SATISFACTION_DAYS));
        }
        int penalty = (int) Math.round(fall * FALLING_PENALTY);
        return new FactorScore(
                Factor.SATISFACTION,
                Math.max(0, base - penalty),
                weight,
                Evidence.of(
                        "satisfaction.falling",
                        text(ratings.average()),
                        ratings.count(),
                        SATISFACTION_DAYS,
                        text(ratings.previous()),
                        text(ratings.last()),
                        penalty));
    }

    /**
     * The latest round's average fell by at least {@value #DROP_POINTS} point from the round before, or someone rated
     * {@value #LOW_RATING} or less, within the last {@value #SATISFACTION_DAYS} days.
     */
    private static Optional<Signal> satisfactionDropping(Ratings ratings) {
        if (ratings.fall() >= DROP_POINTS) {
            return Optional.of(new Signal(
                    SignalType.SATISFACTION_DROPPING,
                    Severity.HIGH,
                    Evidence.of(
                            "satisfactionDropping",
                            text(ratings.previous()),
                            text(ratings.last()),
                            ratings.previousOn(),
                            ratings.lastOn()),
                    "satisfactionDropping"));
        }
        if (ratings.low() > 0) {
            return Optional.of(new Signal(
                    SignalType.SATISFACTION_DROPPING,
                    Severity.MEDIUM,
                    Evidence.of("satisfactionLow", ratings.low(), ratings.lowest(), ratings.count(), SATISFACTION_DAYS),
                    "satisfactionLow"));
        }
        return Optional.empty();
    }

    private static String text(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A side below {@value #ONE_SIDED_BELOW}% of the contributions, once there is enough to judge. */
    private static Optional<Signal> oneSided(Giving giving) {
        if (!giving.judgeable()) {
            return Optional.empty();
        }
        int us = giving.usPercent();
        boolean weGiveLittle = us < ONE_SIDED_BELOW;
        if (!weGiveLittle && 100 - us >= ONE_SIDED_BELOW) {
            return Optional.empty();
        }
        String who = weGiveLittle ? "Us" : "Them";
        String low = weGiveLittle ? giving.usText() : giving.themText();
        return Optional.of(new Signal(
                SignalType.ONE_SIDED_INVESTMENT,
                Severity.MEDIUM,
                Evidence.of(
                        "oneSidedInvestment" + who + "." + giving.unit(),
                        low,
                        weGiveLittle ? us : 100 - us,
                        giving.totalText(),
                        giving.entries(),
                        RECIPROCITY_DAYS,
                        ONE_SIDED_BELOW),
                "oneSidedInvestment" + who));
    }

    /**
     * The latest milestone reached between {@value #CELEBRATE_AFTER_DAYS} and {@value #CELEBRATE_WITHIN_DAYS} days
     * before the day that nobody had been thanked for by then; the suggestion drafts a thank-you to its contributors.
     */
    private static Optional<Signal> notCelebrated(HealthFacts facts, LocalDate day) {
        return facts.milestones().stream()
                .filter(m -> !m.reachedOn().isAfter(day.minusDays(CELEBRATE_AFTER_DAYS))
                        && !m.reachedOn().isBefore(day.minusDays(CELEBRATE_WITHIN_DAYS))
                        && (m.firstKudosOn() == null || m.firstKudosOn().isAfter(day)))
                .max(Comparator.comparing(MilestoneFact::reachedOn))
                .map(m -> new Signal(
                        SignalType.MILESTONE_NOT_CELEBRATED,
                        Severity.LOW,
                        Evidence.of(
                                "milestoneNotCelebrated",
                                m.title(),
                                m.reachedOn(),
                                ChronoUnit.DAYS.between(m.reachedOn(), day),
                                String.join(", ", m.contributors())),
                        m.contributors().isEmpty() ? "milestoneNotCelebratedTeam" : "milestoneNotCelebrated"));
    }

    private static Optional<Signal> disengaging(HealthSettings settings, List<MeetingHeld> meetings) {
        var last = meetings.stream().limit(settings.ofLastMeetings()).toList();
        var missed = last.stream()
                .filter(m -> m.presence() == Presence.MISSED)
                .map(m -> date(m.heldAt()).toString())
                .toList();
        if (missed.size() < settings.missedMeetings()) {
            return Optional.empty();
        }
        return Optional.of(new Signal(
                SignalType.PARTNER_DISENGAGING,
                Severity.HIGH,
                Evidence.of("partnerDisengaging", missed.size(), last.size(), String.join(", ", missed)),
                "partnerDisengaging"));
    }

    private static Optional<Signal> slipping(HealthSettings settings, SideRecord side) {
        boolean lowRate = side.due() > 0 && side.percent() < settings.onTimeBelow();
        if (!lowRate && side.overdue() < settings.overdueAtLeast()) {
            return Optional.empty();
        }
        String who = side.side() == OwnerSide.US ? "Us" : "Them";
        return Optional.of(new Signal(
                SignalType.COMMITMENTS_SLIPPING,
                Severity.MEDIUM,
                Evidence.of("commitmentsSlipping" + who, side.onTime(), side.due(), side.overdue()),
                "commitmentsSlipping" + who));
    }

    static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * The pulse ratings of the {@value #SATISFACTION_DAYS} days up to a day, and the averages of its last two rounds
     * (rounds in the order they went out).
     */
    record Ratings(
            List<RatingFact> ratings,
            double last,
            double previous,
            @Nullable LocalDate lastOn,
            @Nullable LocalDate previousOn) {

        static Ratings of(HealthFacts facts, LocalDate day) {
            LocalDate from = day.minusDays(SATISFACTION_DAYS - 1L);
            var recent = facts.ratings().stream()
                    .filter(r ->
                            !r.answeredOn().isBefore(from) && !r.answeredOn().isAfter(day))
                    .toList();
            Map<UUID, List<RatingFact>> rounds = new LinkedHashMap<>();
            recent.stream()
                    .sorted(Comparator.comparing(RatingFact::roundOpenedOn).thenComparing(RatingFact::at))
                    .forEach(r -> rounds.computeIfAbsent(r.roundId(), k -> new ArrayList<>())
                            .add(r));
            var averages = new ArrayList<>(rounds.values());
            if (averages.size() < 2) {
                return new Ratings(recent, 0, 0, null, null);
            }
            var lastRound = averages.get(averages.size() - 1);
            var previousRound = averages.get(averages.size() - 2);
            return new Ratings(
                    recent,
                    mean(lastRound),
                    mean(previousRound),
                    lastRound.get(0).roundOpenedOn(),
                    previousRound.get(0).roundOpenedOn());
        }

        private static double mean(List<RatingFact> ratings) {
            return ratings.stream().mapToInt(RatingFact::satisfaction).average().orElse(0);
        }

        int count() {
            return ratings.size();
        }

        double average() {
            return mean(ratings);
        }

        /** How far the latest round's average fell below the one before; 0 when it did not, or with one round. */
        double fall() {
            return lastOn == null ? 0 : Math.max(0, previous - last);
        }

        long low() {
            return ratings.stream().filter(r -> r.satisfaction() <= LOW_RATING).count();
        }

        int lowest() {
            return ratings.stream().mapToInt(RatingFact::satisfaction).min().orElse(0);
        }
    }

    /**
     * The contributions of the {@value #RECIPROCITY_DAYS} days up to a day, per side, in the workspace's unit.
     */
    record Giving(Unit unit, double us, double them, int entries) {

        static Giving of(HealthFacts facts, LocalDate day) {
            LocalDate from = day.minusDays(RECIPROCITY_DAYS - 1L);
            double us = 0;
            double them = 0;
            int entries = 0;
            for (var c : facts.contributions()) {
                if (c.on().isBefore(from) || c.on().isAfter(day)) {
                    continue;
                }
                entries++;
                if (c.side() == LedgerSide.US) {
                    us += c.value().doubleValue();
                } else {
                    them += c.value().doubleValue();
                }
            }
            return new Giving(facts.unit(), us, them, entries);
        }

        double total() {
            return us + them;
        }

        boolean judgeable() {
            return entries >= RECIPROCITY_MIN_ENTRIES && total() > 0;
        }

        int usPercent() {
            return (int) Math.round(100 * us / total());
        }

        String usText() {
            return text(us);
        }

        String themText() {
            return text(them);
        }

        String totalText() {
            return text(total());
        }

        private static String text(double value) {
            return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
    }

    /**
     * One side's commitments judged on a day: of those due in the last {@value #RELIABILITY_DAYS} days, how
     * many were delivered on or before their due date (a dropped one counts as not delivered; one open and
     * due that very day is not counted yet), and how many are overdue (open past their due date).
     */
    record SideRecord(OwnerSide side, int due, int onTime, int overdue) {

        static SideRecord of(List<CommitmentFact> commitments, OwnerSide side, LocalDate day) {
            LocalDate from = day.minusDays(RELIABILITY_DAYS);
            int due = 0;
            int onTime = 0;
            int overdue = 0;
            for (CommitmentFact c : commitments) {
                if (c.side() != side) {
                    continue;
                }
                boolean doneByThen = c.status() == CommitmentStatus.DONE
                        && c.doneOn() != null
                        && !c.doneOn().isAfter(day);
                boolean openThen =
                        c.status() == CommitmentStatus.OPEN || (c.status() == CommitmentStatus.DONE && !doneByThen);
                if (openThen && c.dueOn().isBefore(day)) {
                    overdue++;
                }
                if (c.dueOn().isBefore(from)
                        || c.dueOn().isAfter(day)
                        || (openThen && !c.dueOn().isBefore(day))) {
                    continue;
                }
                due++;
                if (doneByThen && c.onTime()) {
                    onTime++;
                }
            }
            return new SideRecord(side, due, onTime, overdue);
        }

        double rate() {
            return (double) onTime / due;
        }

        int percent() {
            return (int) Math.round(100.0 * onTime / due);
        }
    }
}
