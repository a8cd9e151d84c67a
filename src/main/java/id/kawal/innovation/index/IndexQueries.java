package id.kawal.innovation.index;

import id.kawal.document.DocumentOwner;
import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The index's reads: counts and grouped facts over the window's innovations, a fixed number of queries whatever the
 * registry holds; only the window's running innovations are read row by row, as projections.
 */
interface IndexQueries extends Repository<Innovation, Long> {

    /** Entered: every record implemented by the window's end, and those without a start date (which cannot count). */
    @Query("select count(i) from Innovation i where i.startedOn is null or i.startedOn <= :to")
    long entered(LocalDate to);

    @Query("select count(i) from Innovation i where i.startedOn is null")
    long undated();

    @Query("select count(i) from Innovation i where i.startedOn between :from and :to")
    long inWindow(LocalDate from, LocalDate to);

    @Query("""
            select new id.kawal.innovation.index.Candidate(i.id, i.name, i.opd, i.urusan, i.form, i.startedOn, i.ownerName,
                i.ownerPosition, i.problem, i.benefit, i.status)
            from Innovation i where i.startedOn between :from and :to and i.status in :running
            order by i.opd, i.nameKey""")
    List<Candidate> candidates(LocalDate from, LocalDate to, Collection<InnovationStatus> running);

    /** Per candidate and kind of evidence: how many, and how many measured between recentFrom and recentTo. */
    @Query("""
            select e.innovation.id, e.kind, count(e),
                sum(case when e.measuredOn between :recentFrom and :recentTo then 1 else 0 end)
            from Evidence e
            where e.innovation.startedOn between :from and :to and e.innovation.status in :running
            group by e.innovation.id, e.kind""")
    List<Object[]> evidence(LocalDate from, LocalDate to, Collection<InnovationStatus> running, LocalDate recentFrom,
            LocalDate recentTo);

    @Query("""
            select d.ownerId, count(d) from StoredDocument d
            where d.ownerType = :type and d.ownerId in (
                select i.id from Innovation i where i.startedOn between :from and :to and i.status in :running)
            group by d.ownerId""")
    List<Object[]> documents(DocumentOwner type, LocalDate from, LocalDate to, Collection<InnovationStatus> running);

    @Query("""
            select l.innovation.id, count(l) from EntryLink l
            where l.innovation.startedOn between :from and :to and l.innovation.status in :running
            group by l.innovation.id""")
    List<Object[]> entries(LocalDate from, LocalDate to, Collection<InnovationStatus> running);

    @Query("""
            select e.innovation.id, e.url from Evidence e
            where e.kind = id.kawal.innovation.Evidence.Kind.LINK
                and e.innovation.startedOn between :from and :to and e.innovation.status in :running
            order by e.measuredOn, e.id""")
    List<Object[]> links(LocalDate from, LocalDate to, Collection<InnovationStatus> running);
}
