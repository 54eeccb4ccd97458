package dev.tandem.bench;

import dev.tandem.partnerships.Cadence;
import dev.tandem.partnerships.PartnershipKind;
import java.util.List;

/** A generated partnership's name, purpose and check-in cadence, after its kind. */
final class Naming {

    private static final List<String> PROJECTS = List.of(
            "Community solar",
            "Open data",
            "Joint research",
            "Skills programme",
            "Market entry",
            "Shared platform",
            "City pilot",
            "Impact study");
    private static final List<String> SERVICES = List.of(
            "Design system",
            "Cloud hosting",
            "Translations",
            "Legal advice",
            "Printing",
            "Catering",
            "Payroll",
            "Security audit");

    private Naming() {}

    static String name(Story s, PartnershipKind kind, String counterpart) {
        return switch (kind) {
            case ORG_PARTNER -> s.pick(PROJECTS) + " with " + counterpart;
            case VENDOR -> s.pick(SERVICES) + " by " + counterpart;
            case CLIENT -> counterpart + " account";
            case COWORKER -> "Working with " + counterpart;
            case MENTEE -> "Mentoring " + counterpart;
            case MENTOR -> "Mentored by " + counterpart;
            case NETWORK -> "Coffee with " + counterpart;
        };
    }

    static String purpose(Story s, PartnershipKind kind) {
        return switch (kind) {
            case ORG_PARTNER -> "Work together on " + s.pick(Pools.TOPICS) + " and share what we learn.";
            case VENDOR -> "Keep the service reliable while our team grows.";
            case CLIENT -> "Deliver what the client needs and grow the account together.";
            case COWORKER -> "Help each other with " + s.pick(Pools.TOPICS) + ".";
            case MENTEE, MENTOR -> "Grow as a leader, one conversation at a time.";
            case NETWORK -> "Keep in touch and trade introductions.";
        };
    }

    /** The agreed rhythm: close partners weekly to monthly, the wider network a few times a year. */
    static Cadence cadence(Story s, PartnershipKind kind) {
        int ideal = switch (kind) {
            case COWORKER -> s.between(7, 14);
            case ORG_PARTNER, MENTEE -> s.between(14, 21);
            case CLIENT, VENDOR, MENTOR -> s.between(21, 35);
            case NETWORK -> s.between(60, 120);
        };
        return new Cadence(ideal, Math.min(Cadence.LONGEST, ideal * 2));
    }
}
