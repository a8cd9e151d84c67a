package id.kawal.competition;

/**
 * What the administrator does about an entry's late jurors ({@code handle-late-juror}); its name is the process
 * variable {@link CompetitionProcess#VAR_LATE_JUROR_ACTION} the model's decision reads.
 */
public enum LateJurorAction {
    /** Every late juror's scoring goes to another juror with no conflict of interest. */
    REASSIGN,
    /** The late jurors get one later deadline; when it passes too, they are reminded again and must be replaced. */
    EXTEND,
    /** Nobody is late any more: the jurors scored before the administrator got to the follow-up. */
    CLOSE
}
