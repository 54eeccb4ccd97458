package dev.tandem.identity.web;

import dev.tandem.identity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The small forms of identity's pages. Mutable beans, because Thymeleaf's form binding reads getters. */
final class SimpleForms {

    private SimpleForms() {}

    static class EmailForm {
        @NotBlank(message = "{validation.required}")
        @Email(message = "{validation.email}")
        @Size(max = 320, message = "{validation.size.max}")
        private String email = "";

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    static class InviteForm extends EmailForm {
        @NotNull(message = "{validation.required}")
        private Role role = Role.MEMBER;

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }
    }

    static class NewPasswordForm {
        private String token = "";

        @NotBlank(message = "{validation.required}")
        private String newPassword = "";

        private boolean signOutEverywhere;

        public boolean isSignOutEverywhere() {
            return signOutEverywhere;
        }

        public void setSignOutEverywhere(boolean signOutEverywhere) {
            this.signOutEverywhere = signOutEverywhere;
        }

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }
    }

    static class PasswordChangeForm extends NewPasswordForm {
        @NotBlank(message = "{validation.required}")
        private String currentPassword = "";

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }
    }

    static class NameForm {
        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{validation.size.max}")
        private String name = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** The workspace's name with the version the form was opened on. */
    static class RenameForm extends NameForm {
        private @Nullable Long version;

        public @Nullable Long getVersion() {
            return version;
        }

        public void setVersion(@Nullable Long version) {
            this.version = version;
        }
    }

    static class TokenForm extends NameForm {
        @Min(value = 1, message = "{validation.min}")
        @Max(value = 3650, message = "{validation.max}")
        private @Nullable Integer expiresInDays = 90;

        public @Nullable Integer getExpiresInDays() {
            return expiresInDays;
        }

        public void setExpiresInDays(@Nullable Integer expiresInDays) {
            this.expiresInDays = expiresInDays;
        }
    }

    static class ProfileForm {
        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{validation.size.max}")
        private String displayName = "";

        @NotBlank(message = "{validation.required}")
        private String locale = "en";

        @NotBlank(message = "{validation.required}")
        private String timeZone = "UTC";

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getLocale() {
            return locale;
        }

        public void setLocale(String locale) {
            this.locale = locale;
        }

        public String getTimeZone() {
            return timeZone;
        }

        public void setTimeZone(String timeZone) {
            this.timeZone = timeZone;
        }
    }
}
