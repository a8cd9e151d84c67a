package id.kawal.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, String> {

    Optional<Person> findByNip(String nip);

    boolean existsByNip(String nip);

    /** The people of an agency (an OPD), by name: whom a head of the OPD chooses a successor from. */
    List<Person> findTop200ByAgencyOrderByFullNameAsc(String agency);

    /** People whose username or name contains the text, ignoring case: the administrator's search. */
    Page<Person> findByUsernameContainingIgnoreCaseOrFullNameContainingIgnoreCase(String username, String fullName,
            Pageable page);
}
