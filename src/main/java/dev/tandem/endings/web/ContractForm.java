package dev.tandem.endings.web;

import dev.tandem.endings.ContractTerms;
import dev.tandem.shared.Dates;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The contract form, new or edited; dates are typed as text so that a bad one is shown next to its field. */
class ContractForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = ContractTerms.TITLE_LENGTH, message = "{validation.size.max}")
    private String title = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = ContractTerms.TITLE_LENGTH, message = "{validation.size.max}")
    private String counterparty = "";

    @NotBlank(message = "{validation.required}")
    private String startsOn = "";

    private String endsOn = "";
    private boolean autoRenews;
    private String renewalNoticeOn = "";

    @Min(value = 0, message = "{validation.min}")
    @Max(value = ContractTerms.MAX_NOTICE_DAYS, message = "{validation.max}")
    private @Nullable Integer noticeDays;

    @Size(max = ContractTerms.COST_LENGTH, message = "{validation.size.max}")
    private String terminationCost = "";

    @Size(max = ContractTerms.TEXT_LENGTH, message = "{validation.size.max}")
    private String transitionPlan = "";

    @Size(max = ContractTerms.TEXT_LENGTH, message = "{validation.size.max}")
    private String dataReturn = "";

    @Size(max = ContractTerms.TEXT_LENGTH, message = "{validation.size.max}")
    private String handoverHelp = "";

    @Size(max = ContractTerms.TEXT_LENGTH, message = "{validation.size.max}")
    private String survives = "";

    @Size(max = ContractTerms.TEXT_LENGTH, message = "{validation.size.max}")
    private String documentUrl = "";
    /** The version the edit form was opened on (hidden); null on a new contract. */
    private @Nullable Long version;

    static ContractForm of(ContractTerms t, long version) {
        var form = new ContractForm();
        form.version = version;
        form.title = t.title();
        form.counterparty = t.counterparty();
        form.startsOn = t.startsOn().toString();
        form.endsOn = t.endsOn() == null ? "" : t.endsOn().toString();
        form.autoRenews = t.autoRenews();
        form.renewalNoticeOn =
                t.renewalNoticeOn() == null ? "" : t.renewalNoticeOn().toString();
        form.noticeDays = t.noticeDays();
        form.terminationCost = text(t.terminationCost());
        form.transitionPlan = text(t.transitionPlan());
        form.dataReturn = text(t.dataReturn());
        form.handoverHelp = text(t.handoverHelp());
        form.survives = text(t.survives());
        form.documentUrl = text(t.documentUrl());
        return form;
    }

    /** The terms, or null after rejecting what cannot be read (each error next to its field). */
    @Nullable
    ContractTerms terms(BindingResult binding) {
        LocalDate starts = date(binding, "startsOn", startsOn);
        LocalDate ends = date(binding, "endsOn", endsOn);
        LocalDate notice = date(binding, "renewalNoticeOn", renewalNoticeOn);
        if (binding.hasErrors() || starts == null) {
            return null;
        }
        return new ContractTerms(
                title,
                counterparty,
                starts,
                ends,
                autoRenews,
                notice,
                noticeDays,
                terminationCost,
                transitionPlan,
                dataReturn,
                handoverHelp,
                survives,
                documentUrl);
    }

    private static @Nullable LocalDate date(BindingResult binding, String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (!Dates.allowed(date)) {
                binding.rejectValue(
                        field, "validation.date.range", new Object[] {Dates.FIRST_YEAR, Dates.LAST_YEAR}, null);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, "validation.date");
            }
            return null;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCounterparty() {
        return counterparty;
    }

    public void setCounterparty(String counterparty) {
        this.counterparty = counterparty;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public boolean isAutoRenews() {
        return autoRenews;
    }

    public void setAutoRenews(boolean autoRenews) {
        this.autoRenews = autoRenews;
    }

    public String getRenewalNoticeOn() {
        return renewalNoticeOn;
    }

    public void setRenewalNoticeOn(String renewalNoticeOn) {
        this.renewalNoticeOn = renewalNoticeOn;
    }

    public @Nullable Integer getNoticeDays() {
        return noticeDays;
    }

    public void setNoticeDays(@Nullable Integer noticeDays) {
        this.noticeDays = noticeDays;
    }

    public String getTerminationCost() {
        return terminationCost;
    }

    public void setTerminationCost(String terminationCost) {
        this.terminationCost = terminationCost;
    }

    public String getTransitionPlan() {
        return transitionPlan;
    }

    public void setTransitionPlan(String transitionPlan) {
        this.transitionPlan = transitionPlan;
    }

    public String getDataReturn() {
        return dataReturn;
    }

    public void setDataReturn(String dataReturn) {
        this.dataReturn = dataReturn;
    }

    public String getHandoverHelp() {
        return handoverHelp;
    }

    public void setHandoverHelp(String handoverHelp) {
        this.handoverHelp = handoverHelp;
    }

    public String getSurvives() {
        return survives;
    }

    public void setSurvives(String survives) {
        this.survives = survives;
    }

    public String getDocumentUrl() {
        return documentUrl;
    }

    public void setDocumentUrl(String documentUrl) {
        this.documentUrl = documentUrl;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
