package id.kawal.competition.steps;

import id.kawal.competition.CompetitionProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reading the id variables the competition models carry. */
final class Ids {

    private Ids() {
    }

    static Long competitionId(DelegateExecution execution) {
        return longVariable(execution, CompetitionProcess.VAR_COMPETITION_ID);
    }

    static Long entryId(DelegateExecution execution) {
        return longVariable(execution, CompetitionProcess.VAR_ENTRY_ID);
    }

    private static Long longVariable(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Process variable " + name + " is missing or not a number: " + value);
        }
        return number.longValue();
    }
}
