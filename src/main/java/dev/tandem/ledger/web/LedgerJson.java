package dev.tandem.ledger.web;

import dev.tandem.ledger.Balance;
import dev.tandem.ledger.Bearer;
import dev.tandem.ledger.EntryDetails;
import dev.tandem.ledger.EntryKind;
import dev.tandem.ledger.EntryView;
import dev.tandem.ledger.LedgerSide;
import dev.tandem.ledger.Level;
import dev.tandem.ledger.Risk;
import dev.tandem.ledger.RiskDetails;
import dev.tandem.ledger.Split;
import dev.tandem.ledger.Unit;
import dev.tandem.ledger.Valuation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The JSON of the ledger API: requests with their limits, and views. */
final class LedgerJson {

    private LedgerJson() {}

    /** A contribution or reward to record or replace. */
    record EntryRequest(
            @NotNull(message = "{validation.required}") LedgerSide side,
            @NotNull(message = "{validation.required}") EntryKind kind,

            @NotBlank(message = "{validation.required}")
            @Size(max = EntryDetails.DESCRIPTION_LENGTH, message = "{validation.size.max}")
            String description,

            @NotNull(message = "{validation.required}") LocalDate occurredOn,
            @NotNull(message = "{validation.required}") BigDecimal amount,

            @Nullable @Size(max = 3, message = "{validation.size.max}")
            String currency,

            @Nullable UUID personId,
            @Nullable UUID goalId,
            @Nullable UUID milestoneId) {

        EntryDetails details() {
            return new EntryDetails(
                    side,
                    kind,
                    description,
                    occurredOn,
                    amount,
                    kind == EntryKind.MONEY ? Valuation.currency(currency, "currency") : null,
                    personId,
                    goalId,
                    milestoneId);
        }
    }

    record EntryResponse(
            UUID id,
            UUID partnershipId,
            String flow,
            LedgerSide side,
            EntryKind kind,
            String description,
            LocalDate occurredOn,
            BigDecimal amount,
            @Nullable String currency,
            @Nullable UUID personId,
            @Nullable String personName,
            @Nullable UUID goalId,
            @Nullable UUID milestoneId,
            @Nullable BigDecimal value,
            Unit unit,
            long version,
            Instant updatedAt) {

        static EntryResponse of(EntryView v) {
            var e = v.entry();
            var d = e.details();
            return new EntryResponse(
                    e.id(),
                    e.partnershipId(),
                    e.flow().name(),
                    d.side(),
                    d.kind(),
                    d.description(),
                    d.occurredOn(),
                    d.amount(),
                    d.currency() == null ? null : d.currency().getCurrencyCode(),
                    d.personId(),
                    v.personName(),
                    d.goalId(),
                    d.milestoneId(),
                    v.value(),
                    v.unit(),
                    e.version(),
                    e.updatedAt());
        }
    }

    record RiskRequest(
            @NotBlank(message = "{validation.required}")
            @Size(max = RiskDetails.RISK_LENGTH, message = "{validation.size.max}")
            String risk,

            @NotNull(message = "{validation.required}") Level likelihood,
            @NotNull(message = "{validation.required}") Level impact,
            @NotNull(message = "{validation.required}") Bearer bears,
            @NotNull(message = "{validation.required}") Integer ourRewardShare) {

        RiskDetails details() {
            return new RiskDetails(risk, likelihood, impact, bears, ourRewardShare);
        }
    }

    record RiskResponse(
            UUID id,
            UUID partnershipId,
            String risk,
            Level likelihood,
            Level impact,
            Bearer bears,
            int ourRewardShare,
            int theirRewardShare,
            long version) {

        static RiskResponse of(Risk r) {
            var d = r.details();
            return new RiskResponse(
                    r.id(),
                    r.partnershipId(),
                    d.risk(),
                    d.likelihood(),
                    d.impact(),
                    d.bears(),
                    d.ourRewardShare(),
                    d.theirRewardShare(),
                    r.version());
        }
    }

    record SplitJson(
            BigDecimal us,
            BigDecimal them,
            int usEntries,
            int themEntries,
            @Nullable Integer ourPercent,
            @Nullable Integer theirPercent) {

        static SplitJson of(Split s) {
            return new SplitJson(s.us(), s.them(), s.usEntries(), s.themEntries(), s.ourPercent(), s.theirPercent());
        }
    }

    record PeriodJson(LocalDate from, LocalDate to, SplitJson contributions) {}

    record BalanceResponse(
            LocalDate from,
            LocalDate to,
            ValuationJson valuation,
            SplitJson contributions,
            SplitJson rewards,
            List<PeriodJson> periods,
            int unconverted) {

        static BalanceResponse of(Balance b) {
            return new BalanceResponse(
                    b.from(),
                    b.to(),
                    ValuationJson.of(b.valuation()),
                    SplitJson.of(b.contributions()),
                    SplitJson.of(b.rewards()),
                    b.periods().stream()
                            .map(p -> new PeriodJson(p.from(), p.to(), SplitJson.of(p.contributions())))
                            .toList(),
                    b.unconverted());
        }
    }

    /**
     * How entries are valued: an hour is worth kindValues.TIME units, money moneyPerUnit of currency per unit (other
     * currencies at rates: how much of currency one unit of them is worth), one item of any other kind its value.
     */
    record ValuationJson(
            @NotNull(message = "{validation.required}") Unit unit,
            @NotBlank(message = "{validation.required}") String currency,
            @NotNull(message = "{validation.required}") BigDecimal moneyPerUnit,
            @Nullable Map<EntryKind, BigDecimal> kindValues,

            @Nullable @Size(max = Valuation.MAX_RATES, message = "{validation.size.max}")
            Map<String, BigDecimal> rates) {

        static ValuationJson of(Valuation v) {
            return new ValuationJson(
                    v.unit(), v.currency().getCurrencyCode(), v.moneyPerUnit(), v.kindValues(), v.rates());
        }

        Valuation valuation() {
            return new Valuation(
                    unit,
                    Valuation.currency(currency, "currency"),
                    moneyPerUnit,
                    kindValues == null ? Map.of() : kindValues,
                    rates == null ? Map.of() : rates);
        }
    }
}
