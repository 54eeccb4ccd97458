package dev.tandem.contacts;

import dev.tandem.shared.WebLinks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an organisation is made of when it is created or replaced. Blanks become null. */
public record OrganizationInput(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
        String name,

        @Nullable
        @Size(max = 500, message = "{validation.size.max}")
        @Pattern(regexp = WebLinks.PATTERN, message = "{contact.validation.url}")
        String website,

        @Nullable @Size(max = 100, message = "{validation.size.max}")
        String industry,

        @Nullable
        @Pattern(regexp = "1-10|11-50|51-200|201-1000|1001-5000|5001\\+", message = "{organization.validation.size}")
        String size,

        @Nullable @Size(max = 4000, message = "{validation.size.max}")
        String notes,

        @Size(max = 20, message = "{contact.validation.tooMany}")
        List<@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max}") String>
                tags) {

    /** The sizes offered, as head-count ranges. */
    public static final List<String> SIZES = List.of("1-10", "11-50", "51-200", "201-1000", "1001-5000", "5001+");

    public OrganizationInput {
        String cleaned = ContactInput.clean(name);
        name = cleaned == null ? "" : cleaned;
        website = ContactInput.clean(website);
        industry = ContactInput.clean(industry);
        size = ContactInput.clean(size);
        notes = ContactInput.clean(notes);
        tags = ContactInput.cleanList(tags);
    }

    /** An organisation known only by its name, as imports create them. */
    public static OrganizationInput named(String name) {
        return new OrganizationInput(name, null, null, null, null, List.of());
    }
}
