package dev.tandem.goals.web;

import dev.tandem.goals.Direction;
import dev.tandem.goals.KeyResultDetails;
import dev.tandem.shared.InvalidInput;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The small "key result" form of a goal's card. Spring reads the numbers; one it cannot read is refused here. */
class KeyResultForm {

    private String metric = "";
    private String unit = "";
    private @Nullable BigDecimal baseline;
    private @Nullable BigDecimal target;

    /** The key result, rising or falling as the target lies above or below the baseline. */
    KeyResultDetails details(BindingResult binding) {
        if (metric.isBlank()
                || metric.strip().length() > KeyResultDetails.METRIC_LENGTH
                || unit.strip().length() > KeyResultDetails.UNIT_LENGTH) {
            throw new InvalidInput("goals.form.keyResultInvalid");
        }
        BigDecimal from = SmallForms.number(baseline, "baseline", binding);
        BigDecimal to = SmallForms.number(target, "target", binding);
        return new KeyResultDetails(metric, unit, from, to, to.compareTo(from) < 0 ? Direction.DOWN : Direction.UP);
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public @Nullable BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(@Nullable BigDecimal baseline) {
        this.baseline = baseline;
    }

    public @Nullable BigDecimal getTarget() {
        return target;
    }

    public void setTarget(@Nullable BigDecimal target) {
        this.target = target;
    }
}
