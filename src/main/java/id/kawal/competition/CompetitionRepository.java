package id.kawal.competition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompetitionRepository extends JpaRepository<Competition, Long> {

    List<Competition> findAllByOrderBySubmissionOpensAtDesc();

    List<Competition> findByStatusOrderBySubmissionClosesAtAsc(CompetitionStatus status);

    boolean existsByName(String name);

    Optional<Competition> findByProcessInstanceId(String processInstanceId);

    List<Competition> findByProcessInstanceIdIn(Collection<String> processInstanceIds);
}
