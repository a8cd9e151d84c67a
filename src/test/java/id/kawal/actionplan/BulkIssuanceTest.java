package id.kawal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.identity.PersonRepository;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issuing a whole cohort's certificates in one action. */
@KawalIntegrationTest
class BulkIssuanceTest {

    @Autowired BulkIssuance bulk;
    @Autowired CohortService cohorts;
    @Autowired Plans plans;
    @Autowired PersonRepository people;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    /** What the job executor does on some node: every due job of the bulk issue, until none is left. */
    private void runJobs(BulkIssuance.Job job) {
        String pid = runtime.createProcessInstanceQuery().processDefinitionKey(BulkIssuanceProcess.PROCESS_ID)
                .processInstanceBusinessKey(job.getId()).singleResult().getId();
        List<Job> due;
        while (!(due = management.createJobQuery().processInstanceId(pid).executable().list()).isEmpty()) {
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }

    private Cohort cohortOfGraduates(int size, List<ActionPlan> graduates) {
        CohortForm form = new CohortForm();
        form.setCode("PKA-BULK-" + System.nanoTime() % 100000);
        form.setName("PKA Uji Massal");
        form.setRegion("Kota Pekalongan");
        form.setStartDate(LocalDate.now());
        Cohort cohort = cohorts.create(form);
        for (int i = 0; i < size; i++) {
            ActionPlan plan = cohorts.enrol(cohort.getId(), Plans.enrolment("massal" + System.nanoTime() % 1000000 + i));
            plans.toSeminar(plan);
            plans.score(plan, "88", "90", "86");
            graduates.add(plan);
        }
        return cohort;
    }

    @Test
    void aWholeCohortIsIssuedOneFailureIsReportedAndASecondRunIssuesNothingTwice() throws Exception {
        List<ActionPlan> graduates = new ArrayList<>();
        Cohort cohort = cohortOfGraduates(3, graduates);
        people.deleteById(graduates.get(1).getParticipant()); // this one cannot be printed: no profile

        BulkIssuance.Job started = bulk.start(cohort.getId(), "admin");
        assertThat(started.isFinished()).as("the job executor does the work, not the request").isFalse();
        runJobs(started);
        BulkIssuance.Job first = bulk.get(started.getId());
        assertThat(first.isFinished()).isTrue();
        assertThat(first.getTotal()).isEqualTo(3);
        assertThat(first.getDone()).isEqualTo(3);
        assertThat(first.getIssued()).hasSize(2);
        assertThat(first.getFailures()).singleElement().asString().contains("No profile");
        assertThat(zipEntries(bulk.zip(first.getId()))).hasSize(3).contains("gagal.txt")
                .allMatch(name -> name.equals("gagal.txt") || name.startsWith("STTPP-"));

        BulkIssuance.Job second = bulk.start(cohort.getId(), "admin");
        runJobs(second);
        second = bulk.get(second.getId());
        assertThat(second.getTotal()).as("only the failed one is still waiting").isEqualTo(1);
        assertThat(second.getIssued()).isEmpty();
        assertThat(zipEntries(bulk.zip(second.getId())).stream().filter(n -> n.startsWith("STTPP-"))).hasSize(2);
    }

    @Test
    void aCertificateWhoseJobRanOutOfRetriesIsListedAsFailedAndTheOthersAreIssued() {
        List<ActionPlan> graduates = new ArrayList<>();
        Cohort cohort = cohortOfGraduates(2, graduates);
        BulkIssuance.Job job = bulk.start(cohort.getId(), "admin");
        String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(job.getId()).singleResult().getId();
        List<Job> jobs = management.createJobQuery().processInstanceId(pid).list();
        assertThat(jobs).as("one job per certificate").hasSize(2);

        management.setJobRetries(jobs.get(0).getId(), 0); // as when every retry failed: an incident
        runJobs(job);

        BulkIssuance.Job done = bulk.get(job.getId());
        assertThat(done.isFinished()).isTrue();
        assertThat(done.getIssued()).hasSize(1);
        assertThat(done.getFailures()).hasSize(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(pid).count()).isEqualTo(1);
        assertThat(bulk.pendingJobs(job.getId())).isZero();
    }

    @Test
    void aCertificateAnotherAdministratorHasTakenIsLeftToThem() {
        List<ActionPlan> graduates = new ArrayList<>();
        Cohort cohort = cohortOfGraduates(2, graduates);
        String taken = plans.task(graduates.get(0), ActionPlanProcess.ISSUE_CERTIFICATE);
        tasks.claim(taken, "admin2");

        BulkIssuance.Job job = bulk.start(cohort.getId(), "admin");
        runJobs(job);

        BulkIssuance.Job done = bulk.get(job.getId());
        assertThat(done.isFinished()).isTrue();
        assertThat(done.getIssued()).hasSize(1);
        assertThat(done.getFailures()).singleElement().asString().contains("admin2");
        assertThat(tasks.createTaskQuery().taskId(taken).singleResult().getAssignee()).isEqualTo("admin2");
    }

    @Test
    void aSecondAttemptAtAnItemAlreadyIssuedIssuesNothing() {
        List<ActionPlan> graduates = new ArrayList<>();
        Cohort cohort = cohortOfGraduates(1, graduates);
        BulkIssuance.Job job = bulk.start(cohort.getId(), "admin");
        runJobs(job);
        String serial = bulk.get(job.getId()).getIssued().get(0);

        bulk.issueItem(job.getId(), 0); // e.g. a node that ran the same job again after its lock expired

        assertThat(bulk.get(job.getId()).getIssued()).containsExactly(serial);
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
