package id.kawal.certificate;

import org.springframework.security.core.Authentication;

/**
 * Who, besides its holder and the administrators, may download the certificates issued for one kind of
 * subject; each feature that has certificates issued provides one, so the certificate store knows nothing
 * of action plans or competitions. A subject type without a policy: the holder and administrators only.
 */
public interface CertificateAccessPolicy {

    /** The subject type of the certificates this policy answers for, as in {@link IssueRequest#subjectType()}. */
    String subjectType();

    boolean mayDownload(Long subjectId, Authentication user);
}
