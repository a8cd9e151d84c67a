package id.kawal.innovation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface InnovationRepository extends JpaRepository<Innovation, Long>, JpaSpecificationExecutor<Innovation> {

    Optional<Innovation> findByOpdIgnoreCaseAndNameKey(String opd, String nameKey);

    boolean existsByOpdIgnoreCaseAndNameKeyAndIdNot(String opd, String nameKey, Long id);

    Optional<Innovation> findByActionPlanId(Long actionPlanId);

    List<Innovation> findByOpdIgnoreCaseOrderByNameKeyAsc(String opd);
}
