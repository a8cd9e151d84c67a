package id.kawal.competition;

/** The kinds of competition the articles describe; they share one process. */
public enum CompetitionKind {
    /** A contest between the city's OPDs, e.g. Layanan Inovasi Daerah 2023. */
    LOCAL,
    /** A regency's own round of KemenPAN-RB's KIPP / SINOVIK. */
    KIPP,
    /** Collecting innovations for Kemendagri's Indeks Inovasi Daerah. */
    IGA
}
