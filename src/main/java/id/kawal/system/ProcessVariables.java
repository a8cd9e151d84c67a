package id.kawal.system;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reading the id variables the models carry, for the delegates of every feature. */
public final class ProcessVariables {

    private ProcessVariables() {
    }

    /**
     * The number in variable {@code name} as a long.
     *
     * @throws IllegalStateException when the variable is missing or not a number (a model or a case that is broken:
     *                               the step fails and becomes an incident)
     */
    public static Long longVariable(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Process variable " + name + " is missing or not a number: " + value);
        }
        return number.longValue();
    }

    /** A number that only some scopes carry (the milestone of a trial instance): null where it is absent. */
    public static Long optionalLongVariable(DelegateExecution execution, String name) {
        return execution.getVariable(name) == null ? null : longVariable(execution, name);
    }

    /**
     * The text in variable {@code name}.
     *
     * @throws IllegalStateException when the variable is missing, blank or not a text
     */
    public static String stringVariable(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalStateException("Process variable " + name + " is missing or not a text: " + value);
        }
        return text;
    }
}
