package id.kawal.identity;

import jakarta.validation.constraints.NotBlank;

/** The change-password page: the current password, the new one, and the new one again. */
public class PasswordForm {

    @NotBlank(message = "{field.required}")
    private String currentPassword;

    @NotBlank(message = "{field.required}")
    private String newPassword;

    @NotBlank(message = "{field.required}")
    private String repeatPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
