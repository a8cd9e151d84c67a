package id.kawal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.identity.PersonRepository;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issuing a whole cohort's certificates in one action. */
@KawalIntegrationTest
class BulkIssuanceTest {

    @Autowired BulkIssuance bulk;
    @Autowired CohortService cohorts;
    @Autowired Plans plans;
    @Autowired PersonRepository people;

    @Test
    void aWholeCohortIsIssuedOneFailureIsReportedAndASecondRunIssuesNothingTwice() throws Exception {
        CohortForm form = new CohortForm();
        form.setCode("PKA-BULK-" + System.nanoTime() % 100000);
        form.setName("PKA Uji Massal");
        form.setRegion("Kota Pekalongan");
        form.setStartDate(LocalDate.now());
        Cohort cohort = cohorts.create(form);
        List<ActionPlan> graduates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ActionPlan plan = cohorts.enrol(cohort.getId(), Plans.enrolment("massal" + System.nanoTime() % 1000000 + i));
            plans.toSeminar(plan);
            plans.score(plan, "88", "90", "86");
            graduates.add(plan);
        }
        people.deleteById(graduates.get(1).getParticipant()); // this one cannot be printed: no profile

        BulkIssuance.Job first = bulk.start(cohort.getId(), "admin");
        first.future().get(60, TimeUnit.SECONDS);
        assertThat(first.isFinished()).isTrue();
        assertThat(first.getTotal()).isEqualTo(3);
        assertThat(first.getDone()).isEqualTo(3);
        assertThat(first.getIssued()).hasSize(2);
        assertThat(first.getFailures()).singleElement().asString().contains("No profile");
        assertThat(zipEntries(bulk.zip(first.getId()))).hasSize(3).contains("gagal.txt")
                .allMatch(name -> name.equals("gagal.txt") || name.startsWith("STTPP-"));

        BulkIssuance.Job second = bulk.start(cohort.getId(), "admin");
        second.future().get(60, TimeUnit.SECONDS);
        assertThat(second.getTotal()).as("only the failed one is still waiting").isEqualTo(1);
        assertThat(second.getIssued()).isEmpty();
        assertThat(zipEntries(bulk.zip(second.getId())).stream().filter(n -> n.startsWith("STTPP-"))).hasSize(2);
    }

    private static List<String> zipEntries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
