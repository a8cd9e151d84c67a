package id.kawal.actionplan;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * The outcome of a CSV enrolment: which rows were enrolled and why each other row was not.
 *
 * @param line the line of the file (the header is line 1)
 */
public record CsvImportResult(List<Enrolled> enrolled, List<RowError> errors, boolean importedDespiteErrors) {

    public record Enrolled(long line, String username, Long actionPlanId) {
    }

    public record RowError(long line, String field, MessageSourceResolvable message) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
