package id.kawal.innovation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An innovation as an officer registers or edits it, on the page and in the API. The OPD is the officer's own;
 * only an administrator names another. The owner may be left empty ("tanpa pemilik"). On an edit, {@code version}
 * is the version the officer saw: a record changed since is not overwritten (409).
 */
public class RegistrationForm {

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String name;

    @Size(max = 60, message = "{field.tooLong}")
    private String acronym;

    @Size(max = 255, message = "{field.tooLong}")
    private String opd;

    @Size(max = 18, message = "{field.tooLong}")
    private String ownerNip;

    @Size(max = 255, message = "{field.tooLong}")
    private String ownerName;

    @Size(max = 255, message = "{field.tooLong}")
    private String ownerPosition;

    @Size(max = 2000, message = "{field.tooLong}")
    private String team;

    @PastOrPresent(message = "{innovation.startedInFuture}")
    private LocalDate startedOn;

    @NotNull(message = "{field.required}")
    private InnovationForm form = InnovationForm.DIGITAL;

    @Size(max = 255, message = "{field.tooLong}")
    private String urusan;

    @Size(max = 8000, message = "{field.tooLong}")
    private String problem;

    @Size(max = 8000, message = "{field.tooLong}")
    private String benefit;

    /** The status of a new record (trial or running); ignored on an edit, where the status form changes it. */
    private InnovationStatus status = InnovationStatus.BERJALAN;

    private Long version;

    public RegistrationForm() {
    }

    static RegistrationForm of(Innovation i) {
        RegistrationForm f = new RegistrationForm();
        f.name = i.getName();
        f.acronym = i.getAcronym();
        f.opd = i.getOpd();
        Owner owner = i.getOwner();
        f.ownerNip = owner.nip();
        f.ownerName = owner.name();
        f.ownerPosition = owner.position();
        f.team = i.getTeam();
        f.startedOn = i.getStartedOn();
        f.form = i.getForm();
        f.urusan = i.getUrusan();
        f.problem = i.getProblem();
        f.benefit = i.getBenefit();
        f.status = i.getStatus();
        f.version = i.getVersion();
        return f;
    }

    Details details() {
        return new Details(name, acronym, team, startedOn, form, urusan, problem, benefit);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getOpd() {
        return opd;
    }

    public void setOpd(String opd) {
        this.opd = opd;
    }

    public String getOwnerNip() {
        return ownerNip;
    }

    public void setOwnerNip(String ownerNip) {
        this.ownerNip = ownerNip;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getOwnerPosition() {
        return ownerPosition;
    }

    public void setOwnerPosition(String ownerPosition) {
        this.ownerPosition = ownerPosition;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public InnovationForm getForm() {
        return form;
    }

    public void setForm(InnovationForm form) {
        this.form = form;
    }

    public String getUrusan() {
        return urusan;
    }

    public void setUrusan(String urusan) {
        this.urusan = urusan;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getBenefit() {
        return benefit;
    }

    public void setBenefit(String benefit) {
        this.benefit = benefit;
    }

    public InnovationStatus getStatus() {
        return status;
    }

    public void setStatus(InnovationStatus status) {
        this.status = status;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
