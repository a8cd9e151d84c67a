package id.kawal.innovation;

import id.kawal.certificate.Certificate;
import id.kawal.certificate.CertificateService;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A record with what it earned: the piagam of each competition entry and the STTPP, with their verification links. */
@Component
public class InnovationViews {

    static final String PIAGAM = "PIAGAM";
    static final String COMPETITION_ENTRY = "COMPETITION_ENTRY";

    private final CertificateService certificates;

    public InnovationViews(CertificateService certificates) {
        this.certificates = certificates;
    }

    /** An entry of the innovation, with its piagam when one is in force (the award is named on it). */
    public record Award(Long entryId, String competitionName, int competitionYear, String achievement, String serial,
            String verifyUrl) {
    }

    public record Detail(Innovation innovation, List<Award> awards, String sttppSerial, String sttppVerifyUrl) {
    }

    /** The piagams of all the entries in one query, whatever their number. */
    @Transactional(readOnly = true)
    public Detail of(Innovation innovation) {
        List<EntryLink> entries = innovation.getEntries();
        Map<Long, Certificate> piagams = certificates.inForce(PIAGAM, COMPETITION_ENTRY,
                entries.stream().map(EntryLink::getEntryId).toList());
        List<Award> awards = entries.stream().map(e -> {
            Certificate c = piagams.get(e.getEntryId());
            return new Award(e.getEntryId(), e.getCompetitionName(), e.getCompetitionYear(),
                    c == null ? null : c.getAchievement(), c == null ? null : c.getSerial(),
                    c == null ? null : certificates.verifyUrl(c.getSerial()));
        }).toList();
        String sttpp = innovation.getSttppSerial();
        return new Detail(innovation, awards, sttpp, sttpp == null ? null : certificates.verifyUrl(sttpp));
    }
}
