package id.kawal.actionplan;

import id.kawal.identity.EmailForm;
import id.kawal.identity.PasswordService;
import id.kawal.identity.Usernames;
import id.kawal.identity.ValidNip;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One participant to enrol in a cohort, with their mentor, coach and examiner (usernames). A new
 * participant gets an account; an existing username is reused.
 */
public class EnrolmentForm {

    @ValidNip
    private String nip;

    @NotBlank(message = "{field.required}")
    @Size(max = 120, message = "{field.tooLong}")
    private String fullName;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String position;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String agency;

    @NotBlank(message = "{field.required}")
    @Pattern(regexp = Usernames.PATTERN, message = "{username.format}")
    private String username;

    /**
     * Initial password for a new account (at least {@value PasswordService#MIN_LENGTH} characters), which its user
     * must change at the first login; ignored when the account exists.
     */
    @Size(max = 100, message = "{field.tooLong}")
    private String initialPassword;

    /** Where the participant's notifications are also e-mailed; optional (they may set it themselves later). */
    @Email(message = "{email.format}")
    @Pattern(regexp = EmailForm.DELIVERABLE, message = "{email.format}")
    @Size(max = 254, message = "{field.tooLong}")
    private String email;

    @NotBlank(message = "{field.required}")
    private String mentor;

    @NotBlank(message = "{field.required}")
    private String coach;

    @NotBlank(message = "{field.required}")
    private String examiner;

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = nip == null ? null : nip.replaceAll("\\s", "");
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public String getMentor() {
        return mentor;
    }

    public void setMentor(String mentor) {
        this.mentor = mentor;
    }

    public String getCoach() {
        return coach;
    }

    public void setCoach(String coach) {
        this.coach = coach;
    }

    public String getExaminer() {
        return examiner;
    }

    public void setExaminer(String examiner) {
        this.examiner = examiner;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }
}
