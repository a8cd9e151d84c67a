package id.kawal.actionplan;

import static id.kawal.actionplan.ActionPlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import id.kawal.support.SqlStatements;
import id.kawal.system.InboxPage;
import id.kawal.system.InvalidInputException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox one page at a time: stable order, the count of every waiting task, a cost that does
 * not grow with the number of waiting tasks, and tasks that vanish meanwhile left out.
 */
@KawalIntegrationTest
class ActionPlanInboxTest {

    @Autowired Plans plans;
    @Autowired ActionPlanWorkflow workflow;
    @Autowired ActionPlanInbox inbox;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired JourneyService journeys;
    @Autowired CohortService cohorts;
    @Autowired PersonRepository people;
    @Autowired UserAccountService accounts;

    /** A participant in the trial with one report task per milestone, due on the given days from today. */
    private ActionPlan inTrial(int... dueInDays) {
        ActionPlan plan = plans.enrol();
        ProposalForm form = Plans.proposal(0);
        for (int i = 0; i < dueInDays.length; i++) {
            form.getMilestones().add(new ProposalForm.MilestoneRow("Tonggak " + (char) ('A' + i),
                    LocalDate.now().plusDays(dueInDays[i])));
        }
        workflow.submitProposal(plans.task(plan, DRAFT_PROPOSAL), plan.getParticipant(), form, List.of());
        plans.approve(plan, REVIEW_PROPOSAL_MENTOR, "mentor");
        plans.approve(plan, REVIEW_PROPOSAL_COACH, "coach");
        return plan;
    }

    /** A mentor of their own with as many proposals waiting for their review. */
    private String mentorWithReviews(int count) {
        String mentor = plans.newUser("mentor", Role.MENTOR);
        for (int i = 0; i < count; i++) {
            plans.submitProposal(plans.enrol(mentor), 1);
        }
        return mentor;
    }

    private static List<String> milestones(InboxPage<WorkItem> page) {
        return page.items().stream().map(WorkItem::milestoneTitle).toList();
    }

    @Test
    void pagesFollowTheDueDateThenTheOldestAndCountEveryWaitingTask() {
        ActionPlan plan = inTrial(30, 10, 20, 10, 40);
        String participant = plan.getParticipant();

        InboxPage<WorkItem> first = inbox.inbox(participant, 0, 2);
        InboxPage<WorkItem> second = inbox.inbox(participant, 1, 2);
        InboxPage<WorkItem> third = inbox.inbox(participant, 2, 2);

        assertThat(List.of(first.total(), second.total(), third.total())).containsOnly(5L);
        assertThat(milestones(first)).containsExactlyInAnyOrder("Tonggak B", "Tonggak D");
        assertThat(milestones(second)).containsExactly("Tonggak C", "Tonggak A");
        assertThat(milestones(third)).containsExactly("Tonggak E");
        assertThat(first.hasPrevious()).isFalse();
        assertThat(second.hasNext()).isTrue();
        assertThat(third.hasNext()).isFalse();
        assertThat(third.totalPages()).isEqualTo(3);
        assertThat(inbox.inbox(participant, 3, 2).items()).isEmpty();

        // the same order on every call: the pages put together are the whole list, each task once
        List<String> paged = new ArrayList<>();
        for (InboxPage<WorkItem> page : List.of(inbox.inbox(participant, 0, 2), inbox.inbox(participant, 1, 2),
                inbox.inbox(participant, 2, 2))) {
            page.items().forEach(item -> paged.add(item.taskId()));
        }
        assertThat(paged).doesNotHaveDuplicates()
                .containsExactlyElementsOf(inbox.inbox(participant, 0, 100).items().stream().map(WorkItem::taskId).toList());
        assertThat(inbox.inbox(participant, 0, 100).items()).extracting(WorkItem::due).isSorted();
    }

    @Test
    void theInboxHoldsTheUsersOwnTasksAndTheirGroupsUntakenTasksEachOnce() {
        String mentor = mentorWithReviews(2);
        String other = mentorWithReviews(3);
        List<Task> othersReviews = tasks.createTaskQuery().taskAssignee(other).orderByTaskCreateTime().asc().list();
        String groupA = "ujia" + mentor;
        String groupB = "ujib" + mentor;
        identity.saveGroup(identity.newGroup(groupA));
        identity.saveGroup(identity.newGroup(groupB));
        identity.createMembership(mentor, groupA);
        identity.createMembership(mentor, groupB);
        // offered to both of the mentor's groups: listed once
        Task offeredTwice = othersReviews.get(0);
        tasks.setAssignee(offeredTwice.getId(), null);
        tasks.addCandidateGroup(offeredTwice.getId(), groupA);
        tasks.addCandidateGroup(offeredTwice.getId(), groupB);
        // offered to one of them, but taken by someone else: not for the mentor any more
        Task taken = othersReviews.get(1);
        tasks.addCandidateGroup(taken.getId(), groupA);
        // still the other mentor's own

        InboxPage<WorkItem> page = inbox.inbox(mentor, 0, 20);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(WorkItem::taskId).doesNotHaveDuplicates().hasSize(3)
                .contains(offeredTwice.getId()).doesNotContain(taken.getId(), othersReviews.get(2).getId());
        assertThat(inbox.inbox(other, 0, 20).items()).extracting(WorkItem::taskId)
                .containsExactlyInAnyOrder(taken.getId(), othersReviews.get(2).getId());
    }

    @Test
    void pagesRunThroughTheUsersOwnAndTheirGroupsTasksInOneOrder() {
        String mentor = mentorWithReviews(3);
        String other = mentorWithReviews(3);
        String group = "ujic" + mentor;
        identity.saveGroup(identity.newGroup(group));
        identity.createMembership(mentor, group);
        for (Task review : tasks.createTaskQuery().taskAssignee(other).list()) {
            tasks.setAssignee(review.getId(), null);
            tasks.addCandidateGroup(review.getId(), group);
        }
        List<Task> waiting = new ArrayList<>(tasks.createTaskQuery().taskAssignee(mentor).list());
        waiting.addAll(tasks.createTaskQuery().taskCandidateGroup(group).list());
        // the inbox's order: due date, then the oldest, then the task id
        List<String> inOrder = waiting.stream().sorted(Comparator.comparing(Task::getDueDate)
                .thenComparing(Task::getCreateTime).thenComparing(Task::getId)).map(Task::getId).toList();

        List<String> listed = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            InboxPage<WorkItem> slice = inbox.inbox(mentor, page, 2);
            assertThat(slice.total()).isEqualTo(6);
            slice.items().forEach(item -> listed.add(item.taskId()));
        }

        assertThat(listed).containsExactlyElementsOf(inOrder);
    }

    @Test
    void aPageBelowZeroOrASizeOutsideOneToAHundredIsRefused() {
        assertThatThrownBy(() -> inbox.inbox("peserta1", -1, 20)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsKey("page"));
        for (int size : new int[] {0, 101, 1000}) {
            assertThatThrownBy(() -> inbox.inbox("peserta1", 0, size)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsKey("size"));
        }
        assertThat(inbox.inbox("peserta1", Integer.MAX_VALUE, 100).items()).isEmpty();
    }

    @Test
    void onePageCostsTheSameNumberOfStatementsForFiveOrFortyWaitingMilestones() {
        String few = inTrial(IntStream.range(0, 5).map(i -> 7 + i).toArray()).getParticipant();
        String many = inTrial(IntStream.range(0, 40).map(i -> 7 + i).toArray()).getParticipant();
        inbox.inbox(few, 0, 100);

        List<String> forFew = SqlStatements.of(() -> assertThat(inbox.inbox(few, 0, 100).items()).hasSize(5)
                .allSatisfy(item -> assertThat(item.milestoneTitle()).startsWith("Tonggak")));
        List<String> forMany = SqlStatements.of(() -> assertThat(inbox.inbox(many, 0, 100).items()).hasSize(40)
                .allSatisfy(item -> assertThat(item.milestoneTitle()).startsWith("Tonggak")));

        assertThat(forMany).as("statements for 40 waiting tasks:%n%s", String.join("\n", forMany)).hasSize(forFew.size());
        // the user's groups, count, page, plans with cohorts, names, milestone variables, milestones, still open
        assertThat(forFew).as("statements for one page:%n%s", String.join("\n", forFew)).hasSizeBetween(1, 8);
    }

    @Test
    void theCohortOverviewCostsTheSameNumberOfStatementsHoweverManyParticipantsAndCountsOverdueTasks() {
        ActionPlan late = inTrial(7);
        Task report = tasks.createTaskQuery().processInstanceId(late.getProcessInstanceId())
                .taskDefinitionKey(REPORT_MILESTONE).singleResult();
        report.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(3))));
        tasks.saveTask(report);
        Long cohortId = late.getCohort().getId();
        cohorts.overview(cohortId);

        List<String> before = SqlStatements.of(() -> assertThat(cohorts.overview(cohortId))
                .filteredOn(row -> row.actionPlanId().equals(late.getId())).singleElement()
                .satisfies(row -> assertThat(row.overdue()).isEqualTo(1)));
        for (int i = 0; i < 6; i++) {
            inTrial(7 + i);
        }
        List<String> after = SqlStatements.of(() -> assertThat(cohorts.overview(cohortId))
                .allSatisfy(row -> assertThat(row.mentorName()).isNotBlank()));

        assertThat(after).as("statements for six more participants:%n%s", String.join("\n", after)).hasSize(before.size());
        // the plans with their milestones, the people, the overdue tasks
        assertThat(before).as("statements for the overview:%n%s", String.join("\n", before)).hasSizeBetween(1, 4);
    }

    @Test
    void onePageCostsTheSameNumberOfStatementsForFiveOrFortyPlansWaitingForReview() {
        String few = mentorWithReviews(5);
        String many = mentorWithReviews(40);
        inbox.inbox(few, 0, 100);

        List<String> forFew = SqlStatements.of(() -> assertThat(inbox.inbox(few, 0, 100).items()).hasSize(5)
                .allSatisfy(item -> assertThat(item.participantName()).startsWith("Peserta Uji")));
        List<String> forMany = SqlStatements.of(() -> assertThat(inbox.inbox(many, 0, 100).items()).hasSize(40)
                .allSatisfy(item -> assertThat(item.cohortName()).isNotBlank()));

        assertThat(forMany).as("statements for 40 waiting tasks:%n%s", String.join("\n", forMany)).hasSize(forFew.size());
    }

    @Test
    void thePlansSomeoneTakesPartInComeOnePageAtATimeTheirOwnFirst() {
        String mentor = plans.newUser("mentor", Role.MENTOR);
        List<Long> mentored = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mentored.add(plans.enrol(mentor).getId());
        }
        // the mentor is in training too, in the same cohort, enrolled after the plans they mentor
        EnrolmentForm enrolment = Plans.enrolment(mentor);
        enrolment.setNip(people.findById(mentor).orElseThrow().getNip());
        ActionPlan own = cohorts.enrol(plans.enrol().getCohort().getId(), enrolment);

        Page<JourneyService.PlanRow> first = journeys.plansOf(mentor, 0, 2);
        Page<JourneyService.PlanRow> second = journeys.plansOf(mentor, 1, 2);

        assertThat(first.getTotalElements()).isEqualTo(4);
        assertThat(first.getContent()).extracting(row -> row.plan().getId()).containsExactly(own.getId(), mentored.get(0));
        assertThat(second.getContent()).extracting(row -> row.plan().getId()).containsExactly(mentored.get(1), mentored.get(2));
        assertThat(second.getContent()).allSatisfy(row -> {
            assertThat(row.participantName()).startsWith("Peserta Uji");
            assertThat(row.plan().getCohort().getName()).isNotBlank();
        });
        assertThatThrownBy(() -> journeys.plansOf(mentor, 0, 101)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void plansInSeveralRolesComeOnceEachOldestFirstAcrossTheRoles() {
        String tutor = plans.newUser("pendamping", Role.MENTOR);
        accounts.addRole(tutor, Role.COACH);
        accounts.addRole(tutor, Role.EXAMINER);
        Long cohortId = plans.enrol().getCohort().getId();
        // mentor, coach, examiner of each plan, enrolled in this order: the roles interleave, one plan has the tutor twice
        String[][] roles = {{tutor, "coach", "penguji"}, {"mentor", tutor, "penguji"}, {tutor, tutor, "penguji"},
                {"mentor", "coach", tutor}, {tutor, "coach", "penguji"}};
        List<Long> enrolled = new ArrayList<>();
        for (String[] role : roles) {
            EnrolmentForm form = Plans.enrolment("peran" + Plans.freshNip().substring(8));
            form.setMentor(role[0]);
            form.setCoach(role[1]);
            form.setExaminer(role[2]);
            enrolled.add(cohorts.enrol(cohortId, form).getId());
        }

        List<Long> listed = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            journeys.plansOf(tutor, page, 2).forEach(row -> listed.add(row.plan().getId()));
        }

        assertThat(listed).containsExactlyElementsOf(enrolled);
        assertThat(journeys.plansOf(tutor, 0, 2).getTotalElements()).isEqualTo(5);
        assertThat(journeys.plansOf(tutor, 3, 2)).isEmpty();
    }

    @Test
    void theEnginesTasksHaveAnIndexInTheInboxOrder() {
        assertThat(indexColumns("ACT_RU_TASK", "kawal_ix_task_inbox_order")).containsExactly("DUE_DATE_", "CREATE_TIME_", "ID_");
    }

    @Test
    void eachPartOfAnInboxAndTheEnginesSubtaskLookupHaveTheirIndexes() {
        assertThat(indexColumns("ACT_RU_TASK", "kawal_ix_task_assignee_order"))
                .containsExactly("ASSIGNEE_", "DUE_DATE_", "CREATE_TIME_", "ID_");
        assertThat(indexColumns("ACT_RU_TASK", "kawal_ix_task_parent")).containsExactly("PARENT_TASK_ID_");
        assertThat(indexColumns("action_plan", "ix_action_plan_mentor")).containsExactly("MENTOR", "ID");
    }

    /** The columns of one index of a table, in order, upper case. */
    private List<String> indexColumns(String tableName, String indexName) {
        return jdbc.execute((Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            String table = meta.storesLowerCaseIdentifiers() ? tableName.toLowerCase(Locale.ROOT) : tableName.toUpperCase(Locale.ROOT);
            List<String> found = new ArrayList<>();
            try (ResultSet index = meta.getIndexInfo(null, null, table, false, false)) {
                while (index.next()) {
                    if (indexName.equalsIgnoreCase(index.getString("INDEX_NAME"))) {
                        found.add(index.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
            return found;
        });
    }

    @Test
    void theOpenTasksOfOnePlanNameTheirMilestones() {
        ActionPlan plan = inTrial(10, 20);
        assertThat(inbox.openTasksOf(plan)).extracting(WorkItem::milestoneTitle)
                .containsExactlyInAnyOrder("Tonggak A", "Tonggak B");
    }

    @Test
    void aTaskCompletedBetweenListingAndLookingUpItsRowIsLeftOut() {
        ActionPlan plan = inTrial(10, 20);
        List<Task> listed = tasks.createTaskQuery().processInstanceId(plan.getProcessInstanceId())
                .taskDefinitionKey(REPORT_MILESTONE).orderByDueDate().asc().list();

        // the participant reports the first milestone after the page was listed, before its rows are looked up
        workflow.reportMilestone(listed.get(0).getId(), plan.getParticipant(), new StageReportForm("selesai"),
                List.of(Plans.pdf("bukti.pdf")));

        assertThat(inbox.workItemsOf(listed)).extracting(WorkItem::taskId).containsExactly(listed.get(1).getId());
    }

    @Test
    void aTaskWhosePlanIsGoneIsLeftOutNotAnError() {
        String mentor = plans.newUser("mentor", Role.MENTOR);
        ActionPlan kept = plans.enrol(mentor);
        plans.submitProposal(kept, 1);
        ActionPlan lost = plans.enrol(mentor);
        plans.submitProposal(lost, 1);
        jdbc.update("update action_plan set process_instance_id = null where id = ?", lost.getId());
        try {
            InboxPage<WorkItem> page = inbox.inbox(mentor, 0, 20);
            assertThat(page.items()).extracting(WorkItem::actionPlanId).containsExactly(kept.getId());
            assertThat(page.total()).as("the engine still counts it").isEqualTo(2);
        } finally {
            jdbc.update("update action_plan set process_instance_id = ? where id = ?", lost.getProcessInstanceId(), lost.getId());
        }
        assertThat(inbox.inbox(mentor, 0, 20).items()).hasSize(2);
    }
}
