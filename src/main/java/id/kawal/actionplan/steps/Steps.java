package id.kawal.actionplan.steps;

import static id.kawal.system.ProcessVariables.longVariable;

import id.kawal.actionplan.ActionPlanProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reading the id variables the model carries. */
final class Steps {

    private Steps() {
    }

    static Long actionPlanId(DelegateExecution execution) {
        return longVariable(execution, ActionPlanProcess.VAR_ACTION_PLAN_ID);
    }
}
