package dev.tandem.contacts.web;

import dev.tandem.contacts.Organization;
import dev.tandem.contacts.OrganizationInput;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The organisation form; tags separated by commas. */
public class OrganizationForm implements RecordForm<OrganizationInput> {

    private String name = "";
    private String website = "";
    private String industry = "";
    private String size = "";
    private String notes = "";
    private String tags = "";
    /** The version the edit form was opened on (hidden); null on a new organisation. */
    private @Nullable Long version;

    static OrganizationForm of(Organization o) {
        OrganizationForm form = new OrganizationForm();
        form.name = o.name();
        form.website = text(o.website());
        form.industry = text(o.industry());
        form.size = text(o.size());
        form.notes = text(o.notes());
        form.tags = String.join(", ", o.tags());
        form.version = o.version();
        return form;
    }

    @Override
    public OrganizationInput toInput() {
        return new OrganizationInput(name, website, industry, size, notes, Arrays.asList(tags.split(",")));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String v) {
        website = v;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String v) {
        industry = v;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String v) {
        size = v;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String v) {
        notes = v;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String v) {
        tags = v;
    }

    @Override
    public @Nullable Long getVersion() {
        return version;
    }

    @Override
    public void setVersion(@Nullable Long v) {
        version = v;
    }
}
