package id.kawal.actionplan;

/** Every id of {@code processes/bulk-issuance.bpmn} that code or tests refer to, spelled once. */
public final class BulkIssuanceProcess {

    public static final String PROCESS_ID = "bulk-issuance";
    public static final String ISSUE_ONE_CERTIFICATE = "issue-one-certificate";
    public static final String FINISHED = "bulk-issue-finished";

    /** The bulk issue's id (also the business key). */
    public static final String VAR_BULK_ISSUE_ID = "bulkIssueId";
    /** How many certificates: the multi-instance cardinality; each instance handles item {@code loopCounter}. */
    public static final String VAR_TOTAL = "total";
    public static final String VAR_LOOP_COUNTER = "loopCounter";

    private BulkIssuanceProcess() {
    }
}
