package id.kawal.innovation.handover;

import jakarta.validation.constraints.Size;

/**
 * The successor the head of the OPD names: a Kawal account ({@code successorUsername}), or a person without one, by
 * name, NIP and position. Someone from another OPD needs {@code crossOpdConfirmed}.
 */
public class SuccessorForm {

    @Size(max = 64, message = "{field.tooLong}")
    private String successorUsername;

    @Size(max = 255, message = "{field.tooLong}")
    private String successorName;

    @Size(max = 18, message = "{field.tooLong}")
    private String successorNip;

    @Size(max = 255, message = "{field.tooLong}")
    private String successorPosition;

    /** The OPD of a successor without account; empty: the innovation's own. */
    @Size(max = 255, message = "{field.tooLong}")
    private String successorAgency;

    private boolean crossOpdConfirmed;

    public SuccessorForm() {
    }

    public static SuccessorForm account(String username) {
        SuccessorForm form = new SuccessorForm();
        form.setSuccessorUsername(username);
        return form;
    }

    public static SuccessorForm withoutAccount(String name, String nip, String position) {
        SuccessorForm form = new SuccessorForm();
        form.setSuccessorName(name);
        form.setSuccessorNip(nip);
        form.setSuccessorPosition(position);
        return form;
    }

    public String getSuccessorUsername() {
        return successorUsername;
    }

    public void setSuccessorUsername(String successorUsername) {
        this.successorUsername = successorUsername;
    }

    public String getSuccessorName() {
        return successorName;
    }

    public void setSuccessorName(String successorName) {
        this.successorName = successorName;
    }

    public String getSuccessorNip() {
        return successorNip;
    }

    public void setSuccessorNip(String successorNip) {
        this.successorNip = successorNip;
    }

    public String getSuccessorPosition() {
        return successorPosition;
    }

    public void setSuccessorPosition(String successorPosition) {
        this.successorPosition = successorPosition;
    }

    public String getSuccessorAgency() {
        return successorAgency;
    }

    public void setSuccessorAgency(String successorAgency) {
        this.successorAgency = successorAgency;
    }

    public boolean isCrossOpdConfirmed() {
        return crossOpdConfirmed;
    }

    public void setCrossOpdConfirmed(boolean crossOpdConfirmed) {
        this.crossOpdConfirmed = crossOpdConfirmed;
    }
}
