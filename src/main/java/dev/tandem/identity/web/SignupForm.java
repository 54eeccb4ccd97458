package dev.tandem.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The sign-up form. The workspace name is not asked when joining by invitation. */
class SignupForm {

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 320, message = "{validation.size.max}")
    private String email = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String displayName = "";

    @NotBlank(message = "{validation.required}")
    private String password = "";

    @Size(max = 100, message = "{validation.size.max}")
    private String workspaceName = "";

    private @Nullable String invitation;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getWorkspaceName() {
        return workspaceName;
    }

    public void setWorkspaceName(String workspaceName) {
        this.workspaceName = workspaceName;
    }

    public @Nullable String getInvitation() {
        return invitation;
    }

    public void setInvitation(@Nullable String invitation) {
        this.invitation = invitation;
    }
}
