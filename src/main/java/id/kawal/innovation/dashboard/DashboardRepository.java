package id.kawal.innovation.dashboard;

import id.kawal.innovation.Innovation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The dashboard's counts, grouped in the database: as many rows as OPD × year × status, whatever the registry's size. */
interface DashboardRepository extends Repository<Innovation, Long> {

    /** By the index on started_on; an OPD filter of null means every OPD. */
    @Query("""
            select new id.kawal.innovation.dashboard.OpdYearCount(i.opd, year(i.startedOn), i.status, count(i))
            from Innovation i
            where i.startedOn between :from and :to and (:opd is null or i.opd = :opd)
            group by i.opd, year(i.startedOn), i.status""")
    List<OpdYearCount> countsByOpdYearAndStatus(LocalDate from, LocalDate to, String opd);

    /** Records without a start date count for no year: per OPD, so that they can be completed. */
    @Query("""
            select i.opd, count(i) from Innovation i
            where i.startedOn is null and (:opd is null or i.opd = :opd)
            group by i.opd""")
    List<Object[]> undatedByOpd(String opd);
}
