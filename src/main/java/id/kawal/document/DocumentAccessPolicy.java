package id.kawal.document;

import org.springframework.security.core.Authentication;

/**
 * Who may read the documents of one kind of owner; each feature that owns documents provides one,
 * so the document store knows nothing of action plans or competitions.
 */
public interface DocumentAccessPolicy {

    DocumentOwner owner();

    boolean mayRead(Long ownerId, Authentication user);
}
