package id.kawal.competition;

/** Where a competition stands, in order. */
public enum CompetitionStatus {
    ANNOUNCED, OPEN, DESK_REVIEW, SCORING, RANKING, PRESENTATION, AWARDS, PUBLISHED;

    public boolean isAtLeast(CompetitionStatus other) {
        return compareTo(other) >= 0;
    }
}
