package id.kawal.actionplan;

import id.kawal.identity.Person;
import id.kawal.identity.PasswordService;
import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.report.CsvExport;
import id.kawal.system.InvalidInputException;
import id.kawal.system.NotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cohorts and enrolment of their participants, one at a time or from a CSV file. */
@Service
public class CohortService {

    /** The CSV columns, in the order of the template offered for download. */
    public static final List<String> CSV_COLUMNS = List.of("nip", "full_name", "position", "agency", "username",
            "initial_password", "mentor", "coach", "examiner");
    /** Columns a CSV may have and need not: the template offers them after the required ones. */
    public static final List<String> OPTIONAL_CSV_COLUMNS = List.of("email");

    private final CohortRepository cohorts;
    private final ActionPlanRepository plans;
    private final PersonRepository people;
    private final UserAccountService accounts;
    private final ActionPlanWorkflow workflow;
    private final ActionPlanInbox inbox;
    private final Validator validator;
    private final Clock clock;

    public CohortService(CohortRepository cohorts, ActionPlanRepository plans, PersonRepository people,
            UserAccountService accounts, ActionPlanWorkflow workflow, ActionPlanInbox inbox, Validator validator,
            Clock clock) {
        this.cohorts = cohorts;
        this.plans = plans;
        this.people = people;
        this.accounts = accounts;
        this.workflow = workflow;
        this.inbox = inbox;
        this.validator = validator;
        this.clock = clock;
    }

    public List<Cohort> all() {
        return cohorts.findAll(Sort.by("startDate").descending());
    }

    public Cohort get(Long id) {
        return cohorts.findById(id).orElseThrow(() -> new NotFoundException("No cohort " + id));
    }

    @Transactional
    public Cohort create(CohortForm form) {
        if (cohorts.existsByCode(form.getCode())) {
            throw new InvalidInputException("code", "cohort.codeTaken");
        }
        return cohorts.save(new Cohort(form.getCode(), form.getName().trim(), form.getRegion().trim(),
                form.getStartDate(), form.getEndDate()));
    }

    @Transactional
    public ActionPlan enrol(Long cohortId, EnrolmentForm form) {
        Cohort cohort = get(cohortId);
        Map<String, MessageSourceResolvable> problems = problemsWith(cohort, form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return doEnrol(cohort, form);
    }

    private ActionPlan doEnrol(Cohort cohort, EnrolmentForm form) {
        if (!accounts.exists(form.getUsername())) {
            accounts.createUser(form.getUsername(), form.getInitialPassword(), new Person(form.getUsername(),
                    form.getFullName().trim(), form.getNip(), form.getPosition().trim(), form.getAgency().trim()),
                    List.of(Role.PARTICIPANT));
            // the administrator chose this password: the participant replaces it at the first login
            accounts.requirePasswordChange(form.getUsername());
        } else {
            accounts.addRole(form.getUsername(), Role.PARTICIPANT);
        }
        // an address given at enrolment never replaces one the user set themselves
        if (form.getEmail() != null && !form.getEmail().isBlank() && accounts.emailOf(form.getUsername()).isEmpty()) {
            accounts.setEmail(form.getUsername(), form.getEmail());
        }
        ActionPlan plan = new ActionPlan(cohort, form.getUsername(), form.getNip(), form.getMentor(), form.getCoach(),
                form.getExaminer(), clock.instant());
        return workflow.start(plan);
    }

    /** The domain's objections to an enrolment, by field; empty when it may go ahead. */
    Map<String, MessageSourceResolvable> problemsWith(Cohort cohort, EnrolmentForm form) {
        Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
        requireRole(problems, "mentor", form.getMentor(), Role.MENTOR);
        requireRole(problems, "coach", form.getCoach(), Role.COACH);
        requireRole(problems, "examiner", form.getExaminer(), Role.EXAMINER);
        Optional<Person> byUsername = people.findById(form.getUsername());
        Optional<Person> byNip = people.findByNip(form.getNip());
        if (accounts.exists(form.getUsername())) {
            if (byUsername.isEmpty() || !form.getNip().equals(byUsername.get().getNip())) {
                problems.put("username", message("username.takenByOther"));
            }
        } else {
            if (byNip.isPresent()) {
                problems.put("nip", message("nip.taken", byNip.get().getUsername()));
            }
            PasswordService.problemWith(form.getInitialPassword()).ifPresent(code ->
                    problems.put("initialPassword", message(code, PasswordService.MIN_LENGTH)));
        }
        if (cohort.getId() != null && plans.existsByCohortIdAndParticipant(cohort.getId(), form.getUsername())) {
            problems.put("username", message("enrolment.alreadyEnrolled"));
        }
        return problems;
    }

    private void requireRole(Map<String, MessageSourceResolvable> problems, String field, String username, Role role) {
        if (username != null && !username.isBlank() && !accounts.rolesOf(username).contains(role)) {
            problems.put(field, message("enrolment.notInRole", username, role.name().toLowerCase()));
        }
    }

    /**
     * Enrols from a CSV with a header row. Every row is checked first and every bad row reported.
     * With {@code skipBadRows} false nothing is enrolled while any row is bad; with true the good
     * rows are enrolled and the bad ones reported.
     */
    @Transactional
    public CsvImportResult importCsv(Long cohortId, Reader csv, boolean skipBadRows) {
        Cohort cohort = get(cohortId);
        List<CsvImportResult.RowError> errors = new ArrayList<>();
        List<Map.Entry<Long, EnrolmentForm>> good = new ArrayList<>();
        Set<String> seenNips = new HashSet<>();
        Set<String> seenUsernames = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            List<String> missing = CSV_COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("file", "csv.missingColumns", String.join(", ", missing));
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                EnrolmentForm form = toForm(record);
                List<CsvImportResult.RowError> rowErrors = new ArrayList<>();
                for (ConstraintViolation<EnrolmentForm> v : validator.validate(form)) {
                    rowErrors.add(new CsvImportResult.RowError(line, v.getPropertyPath().toString(),
                            new DefaultMessageSourceResolvable(new String[0], v.getMessage())));
                }
                if (rowErrors.isEmpty()) {
                    problemsWith(cohort, form).forEach((field, message) ->
                            rowErrors.add(new CsvImportResult.RowError(line, field, message)));
                }
                if (form.getNip() != null && !seenNips.add(form.getNip())) {
                    rowErrors.add(new CsvImportResult.RowError(line, "nip", message("csv.duplicateInFile")));
                }
                if (form.getUsername() != null && !seenUsernames.add(form.getUsername())) {
                    rowErrors.add(new CsvImportResult.RowError(line, "username", message("csv.duplicateInFile")));
                }
                if (rowErrors.isEmpty()) {
                    good.add(Map.entry(line, form));
                } else {
                    errors.addAll(rowErrors);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("file", "csv.unreadable", e.getMessage());
        }
        if (good.isEmpty() && errors.isEmpty()) {
            throw new InvalidInputException("file", "csv.empty");
        }
        if (!errors.isEmpty() && !skipBadRows) {
            return new CsvImportResult(List.of(), errors, false);
        }
        List<CsvImportResult.Enrolled> enrolled = new ArrayList<>();
        for (Map.Entry<Long, EnrolmentForm> row : good) {
            ActionPlan plan = doEnrol(cohort, row.getValue());
            enrolled.add(new CsvImportResult.Enrolled(row.getKey(), row.getValue().getUsername(), plan.getId()));
        }
        return new CsvImportResult(enrolled, errors, !errors.isEmpty());
    }

    private static EnrolmentForm toForm(CSVRecord record) {
        EnrolmentForm form = new EnrolmentForm();
        form.setNip(CsvExport.unquoted(value(record, "nip")));
        form.setFullName(value(record, "full_name"));
        form.setPosition(value(record, "position"));
        form.setAgency(value(record, "agency"));
        form.setUsername(value(record, "username"));
        form.setInitialPassword(value(record, "initial_password"));
        form.setMentor(value(record, "mentor"));
        form.setCoach(value(record, "coach"));
        form.setExaminer(value(record, "examiner"));
        form.setEmail(value(record, "email"));
        return form;
    }

    private static String value(CSVRecord record, String column) {
        String v = record.isSet(column) ? record.get(column) : null;
        return v == null || v.isBlank() ? null : v;
    }

    /**
     * Every participant of the cohort with where they stand, for the administrator. A fixed number of queries
     * whatever the cohort's size: the plans with their milestones, the people named, the overdue tasks.
     */
    @Transactional(readOnly = true)
    public List<ParticipantRow> overview(Long cohortId) {
        LocalDate today = LocalDate.now(clock);
        List<ActionPlan> cohortPlans = plans.findWithMilestonesByCohortId(cohortId);
        Set<String> usernames = new HashSet<>();
        cohortPlans.forEach(plan -> {
            usernames.add(plan.getParticipant());
            usernames.add(plan.getMentor());
        });
        Map<String, Person> personByUsername = new HashMap<>();
        people.findAllById(usernames).forEach(person -> personByUsername.put(person.getUsername(), person));
        Map<String, Long> overdueTasks = inbox.overdueTaskCounts(
                cohortPlans.stream().map(ActionPlan::getProcessInstanceId).toList());
        return cohortPlans.stream().map(plan -> {
            Person person = personByUsername.get(plan.getParticipant());
            Person mentor = personByUsername.get(plan.getMentor());
            long overdue = Math.max(overdueTasks.getOrDefault(plan.getProcessInstanceId(), 0L),
                    plan.overdueMilestones(today));
            return new ParticipantRow(plan.getId(), plan.getParticipant(),
                    person == null ? plan.getParticipant() : person.getFullName(),
                    person == null ? null : person.getNip(), person == null ? null : person.getAgency(),
                    plan.getTitle(), plan.getStage(), plan.progressPercent(), overdue, plan.getPredicate(),
                    mentor == null ? plan.getMentor() : mentor.getFullName());
        }).toList();
    }

    public record ParticipantRow(Long actionPlanId, String username, String name, String nip, String agency,
            String title, Stage stage, int progress, long overdue, String predicate, String mentorName) {
    }

    private static MessageSourceResolvable message(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args, code);
    }
}
