package id.kawal.innovation;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * What a list of innovations is narrowed to; every part optional.
 *
 * @param year       the year the innovation started
 * @param q          part of the name or the acronym, without case
 * @param statuses   the statuses allowed at all (the public catalogue's running ones), or null for any
 * @param planIds    only the records of these action plans (a participant's or mentor's own), or null for any
 */
public record InnovationFilter(String opd, InnovationStatus status, Integer year, InnovationForm form, String q,
        Set<InnovationStatus> statuses, Collection<Long> planIds) {

    public InnovationFilter withPlans(Collection<Long> ids) {
        return new InnovationFilter(opd, status, year, form, q, statuses, ids);
    }

    public InnovationFilter runningOnly() {
        return new InnovationFilter(opd, status, year, form, q, InnovationStatus.RUNNING, planIds);
    }

    /** The query: each part is a condition on a column with its index; no join. */
    Specification<Innovation> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (opd != null && !opd.isBlank()) {
                where.add(cb.equal(root.get("opd"), opd.trim()));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (statuses != null) {
                where.add(root.get("status").in(statuses));
            }
            if (year != null) {
                where.add(cb.between(root.get("startedOn"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            if (form != null) {
                where.add(cb.equal(root.get("form"), form));
            }
            if (q != null && !q.isBlank()) {
                String like = "%" + Innovation.nameKeyOf(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(root.get("nameKey"), like, '\\'), cb.like(cb.lower(root.get("acronym")), like, '\\')));
            }
            if (planIds != null) {
                where.add(planIds.isEmpty() ? cb.disjunction() : root.get("actionPlanId").in(planIds));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
