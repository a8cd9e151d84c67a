package id.kawal.actionplan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    List<ActionPlan> findByCohortIdOrderByIdAsc(Long cohortId);

    List<ActionPlan> findByParticipantOrderByIdDesc(String participant);

    List<ActionPlan> findByMentorOrCoachOrExaminerOrderByIdAsc(String mentor, String coach, String examiner);

    Optional<ActionPlan> findByProcessInstanceId(String processInstanceId);

    /** The plans of a page of tasks, with their cohorts, in one query. */
    @EntityGraph(attributePaths = "cohort")
    List<ActionPlan> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    boolean existsByCohortIdAndParticipant(Long cohortId, String participant);
}
