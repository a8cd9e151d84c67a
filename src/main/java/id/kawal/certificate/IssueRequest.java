package id.kawal.certificate;

import java.time.LocalDate;

/**
 * What a feature asks the certificate machinery to issue, in plain data, so that certificates know
 * nothing of action plans or competitions.
 *
 * @param subjectType e.g. ACTION_PLAN
 * @param subjectId   the id of that subject; one certificate per subject and kind
 * @param achievement the predicate or award printed on the certificate
 */
public record IssueRequest(String kind, String subjectType, Long subjectId, String holderUsername, String holderName,
        String holderNip, String position, String agency, String programme, String title, String achievement,
        LocalDate issuedOn, String issuedBy) {
}
