package id.kawal.innovation.check;

import id.kawal.system.ConflictException;

/** A year's round was started already: a second start starts nothing (409), and says how many checks exist. */
public class RoundAlreadyStartedException extends ConflictException {

    private final int year;
    private final long existingChecks;

    public RoundAlreadyStartedException(int year, long existingChecks) {
        super("check.roundStarted");
        this.year = year;
        this.existingChecks = existingChecks;
    }

    public int getYear() {
        return year;
    }

    public long getExistingChecks() {
        return existingChecks;
    }
}
