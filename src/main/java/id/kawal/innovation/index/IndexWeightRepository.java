package id.kawal.innovation.index;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndexWeightRepository extends JpaRepository<IndexWeight, String> {

    List<IndexWeight> findAllByOrderByGroupAscSortOrderAsc();
}
