package id.kawal.actionplan.steps;

import id.kawal.actionplan.BulkIssuance;
import id.kawal.actionplan.BulkIssuanceProcess;
import id.kawal.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code issue-one-certificate}: issues the certificate of item {@code loopCounter} of the bulk issue. */
@Component("issueOneCertificateDelegate")
public class IssueOneCertificateDelegate implements JavaDelegate {

    private final BulkIssuance bulk;

    public IssueOneCertificateDelegate(BulkIssuance bulk) {
        this.bulk = bulk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String bulkIssueId = (String) execution.getVariable(BulkIssuanceProcess.VAR_BULK_ISSUE_ID);
        int position = ProcessVariables.longVariable(execution, BulkIssuanceProcess.VAR_LOOP_COUNTER).intValue();
        bulk.issueItem(bulkIssueId, position);
    }
}
