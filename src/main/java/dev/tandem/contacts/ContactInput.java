package dev.tandem.contacts;

import dev.tandem.shared.WebLinks;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a contact is made of when it is created or replaced, as the API, the form and imports give
 * it. Texts are stripped and blanks become null; a missing display name is made of the given and
 * family names. The first email is the primary one. The organisation is given by id, or by name
 * (matched case- and accent-insensitively, created when missing).
 */
public record ContactInput(
        @Nullable @Size(max = 100, message = "{validation.size.max}")
        String givenName,

        @Nullable @Size(max = 100, message = "{validation.size.max}")
        String familyName,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
        String displayName,

        @Size(max = 10, message = "{contact.validation.tooMany}")
        List<
                        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
                        @Size(max = 320, message = "{validation.size.max}") String>
                emails,

        @Size(max = 10, message = "{contact.validation.tooMany}")
        List<
                        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max}")
                        @Pattern(
                                regexp = "[+(]?[0-9][0-9 ()./+\\-]*([ ]?(x|ext\\.?)[ ]?[0-9]+)?",
                                message = "{contact.validation.phone}")
                        String>
                phones,

        @Nullable UUID organizationId,

        @Nullable @Size(max = 200, message = "{validation.size.max}")
        String organizationName,

        @Nullable @Size(max = 100, message = "{validation.size.max}")
        String title,

        @Nullable @Size(max = 100, message = "{validation.size.max}")
        String department,

        @Nullable
        @Size(max = 500, message = "{validation.size.max}")
        @Pattern(regexp = WebLinks.PATTERN, message = "{contact.validation.url}")
        String linkedinUrl,

        @Nullable
        @Size(max = 16, message = "{validation.size.max}")
        @Pattern(regexp = "@?[A-Za-z0-9_]{1,15}", message = "{contact.validation.xHandle}")
        String xHandle,

        @Nullable
        @Size(max = 500, message = "{validation.size.max}")
        @Pattern(regexp = WebLinks.PATTERN, message = "{contact.validation.url}")
        String website,

        @Size(max = 20, message = "{contact.validation.tooMany}")
        List<@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max}") String>
                tags,

        @Nullable
        @Size(max = 35, message = "{validation.size.max}")
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", message = "{contact.validation.language}")
        String preferredLanguage,

        @Nullable @Size(max = 64, message = "{validation.size.max}")
        String timeZone,

        @Nullable @Size(max = 1000, message = "{validation.size.max}")
        String howWeMet,

        @Nullable @Size(max = 4000, message = "{validation.size.max}")
        String notes) {

    public ContactInput {
        givenName = clean(givenName);
        familyName = clean(familyName);
        displayName = Objects.requireNonNullElse(clean(displayName), joined(givenName, familyName));
        emails = cleanList(emails);
        phones = cleanList(phones);
        tags = cleanList(tags);
        organizationName = clean(organizationName);
        title = clean(title);
        department = clean(department);
        linkedinUrl = clean(linkedinUrl);
        xHandle = clean(xHandle);
        website = clean(website);
        preferredLanguage = clean(preferredLanguage);
        timeZone = clean(timeZone);
        howWeMet = clean(howWeMet);
        notes = clean(notes);
    }

    /** The input a draft of an import stands for. */
    public static ContactInput of(ContactDraft draft) {
        return new ContactInput(
                draft.givenName(),
                draft.familyName(),
                draft.displayName(),
                draft.emails(),
                draft.phones(),
                null,
                draft.organizationName(),
                draft.title(),
                draft.department(),
                draft.linkedinUrl(),
                draft.xHandle(),
                draft.website(),
                draft.tags(),
                draft.preferredLanguage(),
                draft.timeZone(),
                draft.howWeMet(),
                draft.notes());
    }

    static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static List<String> cleanList(@Nullable List<@Nullable String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .map(ContactInput::clean)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static String joined(@Nullable String given, @Nullable String family) {
        String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return name;
    }
}
