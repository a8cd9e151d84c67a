package id.kawal.competition;

import id.kawal.certificate.CertificateAccessPolicy;
import id.kawal.document.DocumentAccessPolicy;
import id.kawal.document.DocumentOwner;
import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import id.kawal.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see an entry and its documents: administrators; the officers of the entry's own OPD;
 * the jurors assigned to it. Other OPDs see it only on the public results once published. Its piagam
 * is narrower: the officer who entered it (the holder) and administrators only.
 */
@Component
public class EntryAccess implements DocumentAccessPolicy, CertificateAccessPolicy {

    private final EntryRepository entries;
    private final JuryAssignmentRepository assignments;
    private final PersonRepository people;

    public EntryAccess(EntryRepository entries, JuryAssignmentRepository assignments, PersonRepository people) {
        this.entries = entries;
        this.assignments = assignments;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public boolean mayView(Entry entry, Authentication user) {
        return audience(entry, user) != null;
    }

    /** Who the user is to this entry, for what they see of it; null when they may not see it at all. */
    @Transactional(readOnly = true)
    public EntryAudience audience(Entry entry, Authentication user) {
        if (Role.ADMIN.isHeldBy(user)) {
            return EntryAudience.ADMIN;
        }
        boolean opd = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_OPD"))
                && people.findById(user.getName()).map(p -> entry.getOpd().equalsIgnoreCase(p.getAgency())).orElse(false);
        if (opd) {
            return EntryAudience.OPD;
        }
        return assignments.existsByEntryIdAndJuror(entry.getId(), user.getName()) ? EntryAudience.JUROR : null;
    }

    @Transactional(readOnly = true)
    public Entry viewable(Long entryId, Authentication user) {
        Entry entry = entries.findById(entryId).orElseThrow(() -> new NotFoundException("No entry " + entryId));
        if (!mayView(entry, user)) {
            throw new AccessDeniedException("Not an entry you may see");
        }
        entry.getCompetition().getName();
        return entry;
    }

    @Override
    public DocumentOwner owner() {
        return DocumentOwner.COMPETITION_ENTRY;
    }

    @Override
    public boolean mayRead(Long entryId, Authentication user) {
        return entries.findById(entryId).map(e -> mayView(e, user)).orElse(false);
    }

    @Override
    public String subjectType() {
        return owner().name();
    }

    /** No one beyond the holder and administrators, whom the certificate store lets through itself. */
    @Override
    public boolean mayDownload(Long entryId, Authentication user) {
        return false;
    }
}
