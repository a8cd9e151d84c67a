package id.kawal.innovation.index;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndexYearRepository extends JpaRepository<IndexYear, Integer> {
}
