package id.kawal.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, String> {

    Optional<Person> findByNip(String nip);

    boolean existsByNip(String nip);
}
