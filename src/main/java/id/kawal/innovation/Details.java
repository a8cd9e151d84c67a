package id.kawal.innovation;

import java.time.LocalDate;

/** What an officer writes about an innovation, as the registry keeps it (trimmed, blanks as nothing). */
public record Details(String name, String acronym, String team, LocalDate startedOn, InnovationForm form,
        String urusan, String problem, String benefit) {

    public Details {
        name = name == null ? null : name.trim();
        acronym = Owner.blankToNull(acronym);
        team = Owner.blankToNull(team);
        urusan = Owner.blankToNull(urusan);
        problem = Owner.blankToNull(problem);
        benefit = Owner.blankToNull(benefit);
    }
}
