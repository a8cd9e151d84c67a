package id.kawal.actionplan.steps;

import id.kawal.actionplan.ActionPlanProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reading the id variables the model carries. */
final class Steps {

    private Steps() {
    }

    static Long actionPlanId(DelegateExecution execution) {
        return longVariable(execution, ActionPlanProcess.VAR_ACTION_PLAN_ID);
    }

    static Long longVariable(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Process variable " + name + " is missing or not a number: " + value);
        }
        return number.longValue();
    }

    /** A variable that only some scopes carry (the milestone of a trial instance): null where it is absent. */
    static Long optionalLongVariable(DelegateExecution execution, String name) {
        return execution.getVariable(name) == null ? null : longVariable(execution, name);
    }

    static String stringVariable(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalStateException("Process variable " + name + " is missing or not a text: " + value);
        }
        return text;
    }
}
