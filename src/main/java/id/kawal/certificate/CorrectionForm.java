package id.kawal.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The corrected wording of a certificate to re-issue, and why. */
public class CorrectionForm {

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String holderName;

    @Size(max = 200, message = "{field.tooLong}")
    private String position;

    @Size(max = 200, message = "{field.tooLong}")
    private String agency;

    @NotBlank(message = "{field.required}")
    @Size(max = 300, message = "{field.tooLong}")
    private String title;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String achievement;

    @NotBlank(message = "{certificate.reasonRequired}")
    @Size(max = 1000, message = "{field.tooLong}")
    private String reason;

    public static CorrectionForm of(Certificate c) {
        CorrectionForm form = new CorrectionForm();
        form.setHolderName(c.getHolderName());
        form.setPosition(c.getPosition());
        form.setAgency(c.getAgency());
        form.setTitle(c.getTitle());
        form.setAchievement(c.getAchievement());
        return form;
    }

    public String getHolderName() { return holderName; }
    public void setHolderName(String v) { this.holderName = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { this.position = v; }
    public String getAgency() { return agency; }
    public void setAgency(String v) { this.agency = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getAchievement() { return achievement; }
    public void setAchievement(String v) { this.achievement = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
}
