package id.kawal.innovation.handover;

/** Where a handover is: each open stage is one user task of the process; DONE when the successor took over. */
public enum HandoverStage {
    NAMING_SUCCESSOR(HandoverProcess.NAME_SUCCESSOR),
    HANDING_OVER(HandoverProcess.HAND_OVER),
    ACCEPTING(HandoverProcess.ACCEPT_HANDOVER),
    DONE(null);

    private final String taskKey;

    HandoverStage(String taskKey) {
        this.taskKey = taskKey;
    }

    /** The user task of the process this stage waits at, or null. */
    public String taskKey() {
        return taskKey;
    }
}
