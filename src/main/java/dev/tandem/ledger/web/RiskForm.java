package dev.tandem.ledger.web;

import dev.tandem.ledger.Bearer;
import dev.tandem.ledger.Level;
import dev.tandem.ledger.RiskDetails;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Forms;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The form of a shared risk. */
class RiskForm {

    private String risk = "";
    private Level likelihood = Level.MEDIUM;
    private Level impact = Level.MEDIUM;
    private Bearer bears = Bearer.SHARED;
    private int ourRewardShare = 50;

    @Nullable
    RiskDetails details(BindingResult binding) {
        if (binding.hasErrors()) {
            return null;
        }
        try {
            return new RiskDetails(risk, likelihood, impact, bears, ourRewardShare);
        } catch (Refusal problem) {
            Forms.reject(binding, problem);
            return null;
        }
    }

    public String getRisk() {
        return risk;
    }

    public void setRisk(String risk) {
        this.risk = risk;
    }

    public Level getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(Level likelihood) {
        this.likelihood = likelihood;
    }

    public Level getImpact() {
        return impact;
    }

    public void setImpact(Level impact) {
        this.impact = impact;
    }

    public Bearer getBears() {
        return bears;
    }

    public void setBears(Bearer bears) {
        this.bears = bears;
    }

    public int getOurRewardShare() {
        return ourRewardShare;
    }

    public void setOurRewardShare(int ourRewardShare) {
        this.ourRewardShare = ourRewardShare;
    }
}
