package id.kawal.competition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompetitionRepository extends JpaRepository<Competition, Long> {

    List<Competition> findAllByOrderBySubmissionOpensAtDesc();

    List<Competition> findByStatusOrderBySubmissionClosesAtAsc(CompetitionStatus status);

    boolean existsByName(String name);

    java.util.Optional<Competition> findByProcessInstanceId(String processInstanceId);

    List<Competition> findByProcessInstanceIdIn(java.util.Collection<String> processInstanceIds);
}
