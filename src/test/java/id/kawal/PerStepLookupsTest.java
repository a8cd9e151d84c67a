package id.kawal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.competition.EntryRepository;
import id.kawal.document.DocumentCategory;
import id.kawal.document.DocumentOwner;
import id.kawal.document.StoredDocumentRepository;
import id.kawal.innovation.InnovationCheckRepository;
import id.kawal.innovation.handover.HandoverRepository;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;

/**
 * The lookups made on every step of a process are HQL queries, whose translation to SQL Hibernate caches, not
 * queries derived from the method's name, which Hibernate translates again on every call (see
 * {@code ActionPlanRepository.findByProcessInstanceId} and README, <i>Lifecycle throughput</i>).
 */
class PerStepLookupsTest {

    @Test
    void theLookupsOfEveryStepAreWrittenAsHql() throws Exception {
        List<Method> perStep = List.of(
                ActionPlanRepository.class.getMethod("findByProcessInstanceId", String.class),
                EntryRepository.class.getMethod("findByProcessInstanceId", String.class),
                HandoverRepository.class.getMethod("findByProcessInstanceId", String.class),
                InnovationCheckRepository.class.getMethod("findByProcessInstanceId", String.class),
                StoredDocumentRepository.class.getMethod("countByOwnerTypeAndOwnerIdAndCategory", DocumentOwner.class,
                        Long.class, DocumentCategory.class));

        assertThat(perStep).allSatisfy(method -> assertThat(method.getAnnotation(Query.class))
                .as(method.getDeclaringClass().getSimpleName() + "." + method.getName()).isNotNull()
                .extracting(Query::nativeQuery).isEqualTo(false));
    }
}
