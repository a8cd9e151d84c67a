package id.kawal.competition.steps;

import static id.kawal.system.ProcessVariables.longVariable;

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
}
