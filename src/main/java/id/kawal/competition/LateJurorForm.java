package id.kawal.competition;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The administrator's follow-up of an entry's late jurors: hand each late juror's scoring to another juror
 * ({@code replacements}, late juror to replacement), or give them once a later deadline ({@code extendedUntil}).
 */
public class LateJurorForm {

    @NotBlank(message = "{field.required}")
    @Pattern(regexp = "REASSIGN|EXTEND|CLOSE", message = "{lateJuror.action}")
    private String action;

    private Map<String, String> replacements = new LinkedHashMap<>();

    private LocalDate extendedUntil;

    public LateJurorForm() {
    }

    public LateJurorForm(LateJurorAction action, Map<String, String> replacements, LocalDate extendedUntil) {
        this.action = action.name();
        this.replacements = new LinkedHashMap<>(replacements);
        this.extendedUntil = extendedUntil;
    }

    @AssertTrue(message = "{lateJuror.dateRequired}")
    public boolean isDateGivenToExtend() {
        return !LateJurorAction.EXTEND.name().equals(action) || extendedUntil != null;
    }

    /** The action; call only on a form that passed validation. */
    public LateJurorAction chosen() {
        return LateJurorAction.valueOf(action);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public Map<String, String> getReplacements() {
        return replacements;
    }

    public void setReplacements(Map<String, String> replacements) {
        this.replacements = replacements == null ? new LinkedHashMap<>() : replacements;
    }

    public LocalDate getExtendedUntil() {
        return extendedUntil;
    }

    public void setExtendedUntil(LocalDate extendedUntil) {
        this.extendedUntil = extendedUntil;
    }
}
