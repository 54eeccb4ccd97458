package dev.tandem.endings;

import dev.tandem.shared.Dates;
import dev.tandem.shared.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a contract says: its term, renewal, notice, what ending costs, and its exit terms. Text is stripped and
 * blank text is absent; the rules that make terms coherent are checked by {@link #check()}.
 *
 * @param renewalNoticeOn for a contract that renews itself, the last day to say it should not
 * @param noticeDays how many days before its end notice must be given
 * @param terminationCost what ending early costs, as written in the contract ("three months' fees")
 */
public record ContractTerms(
        String title,
        String counterparty,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        boolean autoRenews,
        @Nullable LocalDate renewalNoticeOn,
        @Nullable Integer noticeDays,
        @Nullable String terminationCost,
        @Nullable String transitionPlan,
        @Nullable String dataReturn,
        @Nullable String handoverHelp,
        @Nullable String survives,
        @Nullable String documentUrl) {

    public static final int TITLE_LENGTH = 200;
    public static final int COST_LENGTH = 500;
    public static final int TEXT_LENGTH = 2000;
    public static final int MAX_NOTICE_DAYS = 3650;
    /** The exit terms, by field name. */
    public static final List<String> EXIT_TERMS = List.of("transitionPlan", "dataReturn", "handoverHelp", "survives");

    public ContractTerms {
        title = title.strip();
        counterparty = counterparty.strip();
        terminationCost = blankToNull(terminationCost);
        transitionPlan = blankToNull(transitionPlan);
        dataReturn = blankToNull(dataReturn);
        handoverHelp = blankToNull(handoverHelp);
        survives = blankToNull(survives);
        documentUrl = blankToNull(documentUrl);
    }

    /** The terms, or a refusal on the first field that breaks a rule; nothing is written with incoherent terms. */
    public ContractTerms check() {
        if (title.isEmpty()) {
            throw new InvalidInput("validation.required").on("title");
        }
        if (counterparty.isEmpty()) {
            throw new InvalidInput("validation.required").on("counterparty");
        }
        Dates.require(startsOn, "startsOn");
        if (endsOn != null && Dates.require(endsOn, "endsOn").isBefore(startsOn)) {
            throw new InvalidInput("endings.contract.endsBeforeStart").on("endsOn");
        }
        if (renewalNoticeOn != null) {
            Dates.require(renewalNoticeOn, "renewalNoticeOn");
            if (!autoRenews) {
                throw new InvalidInput("endings.contract.noticeWithoutRenewal").on("renewalNoticeOn");
            }
            if (endsOn != null && renewalNoticeOn.isAfter(endsOn)) {
                throw new InvalidInput("endings.contract.noticeAfterEnd").on("renewalNoticeOn");
            }
        }
        if (noticeDays != null && (noticeDays < 0 || noticeDays > MAX_NOTICE_DAYS)) {
            throw new InvalidInput("endings.contract.noticeDays", MAX_NOTICE_DAYS).on("noticeDays");
        }
        if (documentUrl != null && !webAddress(documentUrl)) {
            throw new InvalidInput("validation.url").on("documentUrl");
        }
        return this;
    }

    /**
     * The last day to give notice: the renewal notice date of a contract that renews itself, else its end less the
     * notice period; none when the contract says neither.
     */
    public @Nullable LocalDate lastNoticeDay() {
        if (renewalNoticeOn != null) {
            return renewalNoticeOn;
        }
        return endsOn != null && noticeDays != null ? endsOn.minusDays(noticeDays) : null;
    }

    /** Whether the contract says anything about how it ends: a contract written "with the divorce in mind". */
    public boolean hasExitTerms() {
        return !missingExitTerms().equals(EXIT_TERMS);
    }

    /** The exit terms the contract does not say, by field name. */
    public List<String> missingExitTerms() {
        List<String> missing = new ArrayList<>();
        if (transitionPlan == null) {
            missing.add("transitionPlan");
        }
        if (dataReturn == null) {
            missing.add("dataReturn");
        }
        if (handoverHelp == null) {
            missing.add("handoverHelp");
        }
        if (survives == null) {
            missing.add("survives");
        }
        return missing;
    }

    private static boolean webAddress(String url) {
        try {
            var uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && url.length() <= TEXT_LENGTH;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
