package dev.tandem.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** What each side put in (or got out), in the workspace's unit, and from how many entries. */
public record Split(BigDecimal us, BigDecimal them, int usEntries, int themEntries) {

    public static final Split NONE = new Split(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

    public BigDecimal total() {
        return us.add(them);
    }

    public int entries() {
        return usEntries + themEntries;
    }

    /** Our share in percent, rounded; null when nothing of worth was recorded. */
    public @Nullable Integer ourPercent() {
        if (total().signum() == 0) {
            return null;
        }
        return us.multiply(BigDecimal.valueOf(100))
                .divide(total(), 0, RoundingMode.HALF_UP)
                .intValue();
    }

    public @Nullable Integer theirPercent() {
        Integer ours = ourPercent();
        return ours == null ? null : 100 - ours;
    }

    Split plus(LedgerSide side, BigDecimal value) {
        return side == LedgerSide.US
                ? new Split(us.add(value), them, usEntries + 1, themEntries)
                : new Split(us, them.add(value), usEntries, themEntries + 1);
    }
}
