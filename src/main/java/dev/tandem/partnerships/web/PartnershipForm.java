package dev.tandem.partnerships.web;

import dev.tandem.contacts.Contact;
import dev.tandem.partnerships.Cadence;
import dev.tandem.partnerships.PartnershipDetails;
import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.PartnershipView;
import dev.tandem.partnerships.Stage;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The create/edit form of a partnership. A mutable bean, because Thymeleaf's form binding reads
 * getters; values are typed comma-separated. The counterpart ids ride along unchanged.
 */
class PartnershipForm {

    static final int NAME_LENGTH = 200;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_LENGTH, message = "{validation.size.max}")
    private String name = "";

    @NotNull(message = "{validation.required}")
    private PartnershipKind kind = PartnershipKind.ORG_PARTNER;

    private Stage stage = Stage.EXPLORING;
    private @Nullable UUID ownerId;
    private @Nullable UUID organizationId;
    private @Nullable UUID contactId;

    @Size(max = 2000, message = "{validation.size.max}")
    private String purpose = "";

    @Size(max = 1100, message = "{validation.size.max}")
    private String values = "";

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = Cadence.LONGEST, message = "{validation.max}")
    private @Nullable Integer cadenceIdealDays = Cadence.DEFAULT.idealDays();

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = Cadence.LONGEST, message = "{validation.max}")
    private @Nullable Integer cadenceMaxDays = Cadence.DEFAULT.maxDays();

    private Visibility visibility = Visibility.INTERNAL;
    /** The version the edit form was opened on (hidden); null on a new partnership. */
    private @Nullable Long version;
    /** What the counterpart pickers were last searching for; not saved. */
    private String contactQ = "";

    private String organizationQ = "";

    static PartnershipForm of(PartnershipView view) {
        var p = view.partnership();
        var d = p.details();
        var form = new PartnershipForm();
        form.name = d.name();
        form.kind = d.kind();
        form.stage = p.stage();
        form.ownerId = d.ownerId().value();
        form.organizationId = d.organizationId();
        form.contactId = d.contactId();
        form.purpose = d.purpose() == null ? "" : d.purpose();
        form.values = String.join(", ", d.values());
        form.cadenceIdealDays = d.cadence().idealDays();
        form.cadenceMaxDays = d.cadence().maxDays();
        form.visibility = d.visibility();
        form.version = p.version();
        return form;
    }

    /** Starts from a contact: them, their organisation, and a name saying both ("Ana Ruiz — Globex"). */
    void startWith(Contact contact) {
        contactId = contact.id();
        organizationId = contact.organizationId();
        String suggested = contact.organizationName() == null
                ? contact.displayName()
                : contact.displayName() + " — " + contact.organizationName();
        name = suggested.length() > NAME_LENGTH
                ? suggested.substring(0, NAME_LENGTH).strip()
                : suggested;
    }

    /** The command; may throw {@code InvalidInput} (cadence, values) for the form to show on its field. */
    PartnershipDetails details(UserId caller) {
        return new PartnershipDetails(
                name,
                kind,
                ownerId == null ? caller : UserId.of(ownerId),
                organizationId,
                contactId,
                purpose,
                Arrays.asList(values.split(",")),
                new Cadence(
                        cadenceIdealDays == null ? 0 : cadenceIdealDays, cadenceMaxDays == null ? 0 : cadenceMaxDays),
                visibility);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnershipKind getKind() {
        return kind;
    }

    public void setKind(PartnershipKind kind) {
        this.kind = kind;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public @Nullable UUID getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable UUID ownerId) {
        this.ownerId = ownerId;
    }

    public @Nullable UUID getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(@Nullable UUID organizationId) {
        this.organizationId = organizationId;
    }

    public @Nullable UUID getContactId() {
        return contactId;
    }

    public void setContactId(@Nullable UUID contactId) {
        this.contactId = contactId;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getValues() {
        return values;
    }

    public void setValues(String values) {
        this.values = values;
    }

    public @Nullable Integer getCadenceIdealDays() {
        return cadenceIdealDays;
    }

    public void setCadenceIdealDays(@Nullable Integer days) {
        this.cadenceIdealDays = days;
    }

    public @Nullable Integer getCadenceMaxDays() {
        return cadenceMaxDays;
    }

    public void setCadenceMaxDays(@Nullable Integer days) {
        this.cadenceMaxDays = days;
    }

    public String getContactQ() {
        return contactQ;
    }

    public void setContactQ(@Nullable String query) {
        this.contactQ = query == null ? "" : query;
    }

    public String getOrganizationQ() {
        return organizationQ;
    }

    public void setOrganizationQ(@Nullable String query) {
        this.organizationQ = query == null ? "" : query;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
