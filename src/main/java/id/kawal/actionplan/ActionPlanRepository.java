package id.kawal.actionplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    List<ActionPlan> findByCohortIdOrderByIdAsc(Long cohortId);

    List<ActionPlan> findByParticipantOrderByIdDesc(String participant);

    List<ActionPlan> findByMentorOrCoachOrExaminerOrderByIdAsc(String mentor, String coach, String examiner);

    Optional<ActionPlan> findByProcessInstanceId(String processInstanceId);

    boolean existsByCohortIdAndParticipant(Long cohortId, String participant);
}
