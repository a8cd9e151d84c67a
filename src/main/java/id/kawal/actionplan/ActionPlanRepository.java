package id.kawal.actionplan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    /** The plans a user takes part in, in any role; each role's column has its index. */
    String TAKING_PART = " where p.participant = :username or p.mentor = :username or p.coach = :username"
            + " or p.examiner = :username";

    /** Their own plans first (the newest first), then those they mentor, coach or examine (the oldest first). */
    String TAKING_PART_ORDER = " order by case when p.participant = :username then 0 else 1 end,"
            + " case when p.participant = :username then -p.id else p.id end";

    List<ActionPlan> findByCohortIdOrderByIdAsc(Long cohortId);

    /** A cohort's plans with their milestones, in one query: the cohort overview. */
    @EntityGraph(attributePaths = "milestones")
    @Query("select distinct p from ActionPlan p where p.cohort.id = :cohortId order by p.id")
    List<ActionPlan> findWithMilestonesByCohortId(@Param("cohortId") Long cohortId);

    List<ActionPlan> findByParticipantOrderByIdDesc(String participant);

    /**
     * The plans a user takes part in, with their cohorts: their own first (the newest first), then
     * those they mentor, coach or examine (the oldest first). Each role's column has its index.
     */
    @Query(value = "select p from ActionPlan p join fetch p.cohort" + TAKING_PART + TAKING_PART_ORDER,
            countQuery = "select count(p) from ActionPlan p" + TAKING_PART)
    Page<ActionPlan> findTakingPart(@Param("username") String username, Pageable pageable);

    /**
     * {@link #findTakingPart} with each plan's participant's name beside it ({@code [ActionPlan, String]}), for a list
     * that shows both, in one query. A page ending at row {@code end} is among the first {@code end} plans of each
     * role in that role's index order (role, id): the candidates are read from the four indexes up to there, and
     * only they are sorted, so a page costs the same however many plans the user has (a mentor may have thousands).
     */
    @Query(value = "select p, coalesce(person.fullName, p.participant) from ActionPlan p join fetch p.cohort"
            + " left join Person person on person.username = p.participant where p.id in ("
            + "(select a.id from ActionPlan a where a.participant = :username order by a.id desc limit :end)"
            + " union all (select a.id from ActionPlan a where a.mentor = :username order by a.id limit :end)"
            + " union all (select a.id from ActionPlan a where a.coach = :username order by a.id limit :end)"
            + " union all (select a.id from ActionPlan a where a.examiner = :username order by a.id limit :end))"
            + TAKING_PART_ORDER,
            countQuery = "select count(p) from ActionPlan p" + TAKING_PART)
    Page<Object[]> findTakingPartWithNames(@Param("username") String username, @Param("end") int end, Pageable pageable);

    /**
     * The plan of a process, looked up on every step. Written as HQL rather than derived from the method's name: a
     * derived query is a criteria query, which Hibernate 6 copies and translates to SQL on every call, where an HQL
     * query's translation is cached. In a profile of the lifecycle benchmark the translation was 40% of this lookup's
     * cost. The other per-step lookups by process (of the competitions' entries, the handovers and the checks) and the
     * count of a plan's documents of a kind are written likewise.
     */
    @Query("select p from ActionPlan p where p.processInstanceId = :processInstanceId")
    Optional<ActionPlan> findByProcessInstanceId(@Param("processInstanceId") String processInstanceId);

    /** What an inbox row shows of the plans of a page of tasks, with the cohort's and the participant's names: one query. */
    @Query("select new id.kawal.actionplan.InboxPlan(p.processInstanceId, p.id, p.title, c.name, coalesce(person.fullName, p.participant))"
            + " from ActionPlan p join p.cohort c left join Person person on person.username = p.participant"
            + " where p.processInstanceId in :processInstanceIds")
    List<InboxPlan> inboxPlansOf(@Param("processInstanceIds") Collection<String> processInstanceIds);

    boolean existsByCohortIdAndParticipant(Long cohortId, String participant);
}
