package dev.tandem.contacts.web;

import dev.tandem.contacts.Contact;
import dev.tandem.contacts.ContactInput;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contact form. Emails and phones are typed one per line, tags separated by commas; limits
 * are checked on the {@link ContactInput} it becomes, so the form and the API agree.
 */
public class ContactForm implements RecordForm<ContactInput> {

    /** The version the edit form was opened on (hidden); null on a new contact. */
    private @Nullable Long version;

    private String givenName = "";
    private String familyName = "";
    private String displayName = "";
    private String emails = "";
    private String phones = "";
    private String organizationName = "";
    private String title = "";
    private String department = "";
    private String linkedinUrl = "";
    private String xHandle = "";
    private String website = "";
    private String tags = "";
    private String preferredLanguage = "";
    private String timeZone = "";
    private String howWeMet = "";
    private String notes = "";

    static ContactForm of(Contact c) {
        ContactForm form = new ContactForm();
        form.version = c.version();
        form.givenName = text(c.givenName());
        form.familyName = text(c.familyName());
        form.displayName = c.displayName();
        form.emails = String.join("\n", c.emails());
        form.phones = String.join("\n", c.phones());
        form.organizationName = text(c.organizationName());
        form.title = text(c.title());
        form.department = text(c.department());
        form.linkedinUrl = text(c.linkedinUrl());
        form.xHandle = text(c.xHandle());
        form.website = text(c.website());
        form.tags = String.join(", ", c.tags());
        form.preferredLanguage = text(c.preferredLanguage());
        form.timeZone = text(c.timeZone());
        form.howWeMet = text(c.howWeMet());
        form.notes = text(c.notes());
        return form;
    }

    @Override
    public ContactInput toInput() {
        return new ContactInput(
                givenName,
                familyName,
                displayName,
                lines(emails),
                lines(phones),
                null,
                organizationName,
                title,
                department,
                linkedinUrl,
                xHandle,
                website,
                Arrays.asList(tags.split(",")),
                preferredLanguage,
                timeZone,
                howWeMet,
                notes);
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("[\\r\\n]+"));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String v) {
        givenName = v;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String v) {
        familyName = v;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String v) {
        displayName = v;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String v) {
        emails = v;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String v) {
        phones = v;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public void setOrganizationName(String v) {
        organizationName = v;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String v) {
        department = v;
    }

    public String getLinkedinUrl() {
        return linkedinUrl;
    }

    public void setLinkedinUrl(String v) {
        linkedinUrl = v;
    }

    public String getxHandle() {
        return xHandle;
    }

    public void setxHandle(String v) {
        xHandle = v;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String v) {
        website = v;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String v) {
        tags = v;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String v) {
        preferredLanguage = v;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String v) {
        timeZone = v;
    }

    public String getHowWeMet() {
        return howWeMet;
    }

    public void setHowWeMet(String v) {
        howWeMet = v;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String v) {
        notes = v;
    }

    @Override
    public @Nullable Long getVersion() {
        return version;
    }

    @Override
    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
