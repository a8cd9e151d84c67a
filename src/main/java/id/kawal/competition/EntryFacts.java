package id.kawal.competition;

import id.kawal.document.DocumentService;
import id.kawal.document.StoredDocument;
import id.kawal.system.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts the eligibility table judges, handed to it as local inputs so that none of them is
 * kept as a process variable. Bean name {@code entryFacts}.
 */
@Component("entryFacts")
public class EntryFacts {

    private final EntryRepository entries;
    private final DocumentService documents;

    public EntryFacts(EntryRepository entries, DocumentService documents) {
        this.entries = entries;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    public String implementedOn(Long entryId) {
        return entry(entryId).getImplementedOn().toString();
    }

    @Transactional(readOnly = true)
    public String windowStart(Long entryId) {
        return entry(entryId).getCompetition().getEligibleFrom().toString();
    }

    @Transactional(readOnly = true)
    public String windowEnd(Long entryId) {
        return entry(entryId).getCompetition().getEligibleUntil().toString();
    }

    @Transactional(readOnly = true)
    public Integer missingDocuments(Long entryId) {
        return missingDocumentTypes(entryId).size();
    }

    /** The required document types of which the entry has no file yet. */
    @Transactional(readOnly = true)
    public List<String> missingDocumentTypes(Long entryId) {
        Entry entry = entry(entryId);
        Set<String> present = documents.ofEntry(entryId).stream().map(StoredDocument::getDocumentType)
                .collect(Collectors.toSet());
        return entry.getCompetition().getRequiredDocuments().stream().filter(t -> !present.contains(t)).toList();
    }

    /** 1 for the OPD's first entry in the competition, 2 for its second, ... */
    @Transactional(readOnly = true)
    public Integer opdEntryNumber(Long entryId) {
        Entry entry = entry(entryId);
        List<Entry> ofOpd = entries.findByCompetitionIdAndOpdOrderBySubmittedAtAscIdAsc(entry.getCompetition().getId(), entry.getOpd());
        return ofOpd.stream().map(Entry::getId).toList().indexOf(entryId) + 1;
    }

    @Transactional(readOnly = true)
    public Integer entryLimit(Long entryId) {
        return entry(entryId).getCompetition().getEntryLimitPerOpd();
    }

    private Entry entry(Long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("No entry " + id));
    }
}
