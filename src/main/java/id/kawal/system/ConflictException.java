package id.kawal.system;

/** The request clashes with the state of the case, e.g. a task already completed: 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
