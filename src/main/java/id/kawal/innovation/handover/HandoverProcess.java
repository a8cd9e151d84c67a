package id.kawal.innovation.handover;

/** Every id of {@code processes/innovation-handover.bpmn} that code or tests refer to. */
public final class HandoverProcess {

    public static final String PROCESS_ID = "innovation-handover";
    public static final String COLLABORATION = "innovation-handover-collaboration";
    public static final String ROTATION_RECORDED = "rotation-recorded";
    public static final String NAME_SUCCESSOR = "name-successor";
    public static final String SUCCESSOR_OVERDUE = "successor-overdue";
    public static final String ESCALATE_TO_BAPPEDA = "escalate-to-bappeda";
    public static final String BAPPEDA_NOTIFIED = "bappeda-notified";
    public static final String CHECKLIST_JOIN = "checklist-join";
    public static final String HAND_OVER = "hand-over";
    public static final String ACCEPT_HANDOVER = "accept-handover";
    public static final String ACCEPTANCE_DECISION = "acceptance-decision";
    public static final String HANDOVER_RETURNED = "handover-returned";
    public static final String RECORD_NEW_OWNER = "record-new-owner";
    public static final String NEW_OWNER_RECORDED = "new-owner-recorded";

    /** The lanes: who acts. */
    public static final String LANE_OUTGOING_OWNER = "lane-outgoing-owner";
    public static final String LANE_OPD_HEAD = "lane-opd-head";
    public static final String LANE_SUCCESSOR = "lane-successor";
    public static final String LANE_BAPPEDA = "lane-bappeda";
    public static final String LANE_KAWAL = "lane-kawal";

    // ---- variables: ids and decisions only
    public static final String VAR_INNOVATION_ID = "innovationId";
    public static final String VAR_HANDOVER_ID = "handoverId";
    /** The outgoing owner's Kawal account, or null: then a head or an administrator hands over on their behalf. */
    public static final String VAR_OUTGOING_OWNER = "outgoingOwner";
    /** The successor's Kawal account, or null: then a head or an administrator accepts on their behalf. */
    public static final String VAR_SUCCESSOR = "successor";
    public static final String VAR_ACCEPTED = "accepted";

    private HandoverProcess() {
    }
}
