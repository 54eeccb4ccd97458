package dev.tandem.ledger;

import dev.tandem.shared.InvalidInput;

/**
 * A shared risk as written down: what could go wrong, how likely and how hard, who bears it, and the split of rewards
 * the sides agreed for carrying it (our share in percent; theirs is the rest).
 */
public record RiskDetails(String risk, Level likelihood, Level impact, Bearer bears, int ourRewardShare) {

    public static final int RISK_LENGTH = 500;

    public RiskDetails {
        risk = risk.strip();
        if (risk.isEmpty()) {
            throw new InvalidInput("validation.required").on("risk");
        }
        if (risk.length() > RISK_LENGTH) {
            throw new InvalidInput("validation.size.max", RISK_LENGTH).on("risk");
        }
        if (ourRewardShare < 0 || ourRewardShare > 100) {
            throw new InvalidInput("ledger.risk.share").on("ourRewardShare");
        }
    }

    public int theirRewardShare() {
        return 100 - ourRewardShare;
    }
}
