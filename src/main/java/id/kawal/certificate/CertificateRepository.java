package id.kawal.certificate;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findBySerial(String serial);

    Optional<Certificate> findFirstByKindAndSubjectTypeAndSubjectIdAndRevokedAtIsNullOrderByIssuedAtDescIdDesc(String kind,
            String subjectType, Long subjectId);

    List<Certificate> findBySha256(String sha256);

    List<Certificate> findTop50ByOrderByIssuedAtDescIdDesc();

    List<Certificate> findByHolderUsernameOrderByIssuedAtDesc(String holderUsername);

    List<Certificate> findBySubjectTypeAndSubjectIdIn(String subjectType, List<Long> subjectIds);
}
