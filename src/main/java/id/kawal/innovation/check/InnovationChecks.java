package id.kawal.innovation.check;

import static id.kawal.innovation.check.InnovationCheckProcess.*;

import id.kawal.document.DocumentService;
import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.innovation.CheckOutcome;
import id.kawal.innovation.Evidence;
import id.kawal.innovation.EvidenceForm;
import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationCheck;
import id.kawal.innovation.InnovationCheckRepository;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.innovation.InnovationStatus;
import id.kawal.notification.NotificationService;
import id.kawal.system.ConflictException;
import id.kawal.system.InboxPage;
import id.kawal.system.InvalidInputException;
import id.kawal.system.NotFoundException;
import id.kawal.system.TaskGuard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The yearly "still running?" check of the registry: starting a year's round or one check, answering it (the registry
 * record and the year's row change in the task's transaction), the reminder, the escalation and the end without an
 * answer that the model's timers call, and the year's overview.
 */
@Service
public class InnovationChecks {

    /** The earliest year a check may be started for; the registry holds nothing older worth asking about. */
    static final int FIRST_YEAR = 2000;

    private final InnovationCheckRepository checks;
    private final InnovationRegistry registry;
    private final RuntimeService runtime;
    private final TaskGuard guard;
    private final InnovationCheckSchedule schedule;
    private final CheckProperties properties;
    private final InnovationCheckAnswerers answerers;
    private final NotificationService notifications;
    private final UserAccountService accounts;
    private final Clock clock;

    public InnovationChecks(InnovationCheckRepository checks, InnovationRegistry registry, RuntimeService runtime,
            TaskGuard guard, InnovationCheckSchedule schedule, CheckProperties properties,
            InnovationCheckAnswerers answerers, NotificationService notifications, UserAccountService accounts,
            Clock clock) {
        this.checks = checks;
        this.registry = registry;
        this.runtime = runtime;
        this.guard = guard;
        this.schedule = schedule;
        this.properties = properties;
        this.answerers = answerers;
        this.notifications = notifications;
        this.accounts = accounts;
        this.clock = clock;
    }

    // ---- starting

    /**
     * Starts a year's round (one job per batch of running innovations). A year that has a round running, or checks
     * already, is refused with how many there are: the round started once; an innovation registered later is checked
     * on its own ({@link #startOne}).
     */
    @Transactional
    public ProcessInstance startRound(int year, Authentication user) {
        requireYear(year);
        boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(ROUND_PROCESS_ID)
                .processInstanceBusinessKey(roundBusinessKey(year)).count() > 0;
        long existing = checks.countByYear(year);
        if (running || existing > 0) {
            throw new RoundAlreadyStartedException(year, existing);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_YEAR, year);
        variables.put(VAR_STARTED_BY, user.getName());
        return runtime.startProcessInstanceByMessage(MSG_ROUND_REQUESTED, roundBusinessKey(year), variables);
    }

    /** One batch of a round, the step {@code start-check-batch}: the next running innovations after the cursor. */
    @Transactional
    public Batch startBatch(int year, long afterId, String by) {
        List<Long> ids = registry.runningIdsAfter(afterId, properties.batchSize());
        Set<Long> checked = ids.isEmpty() ? Set.of() : new HashSet<>(checks.checkedAmong(year, ids));
        int started = 0;
        for (Innovation innovation : ids.isEmpty() ? List.<Innovation>of() : registry.withIds(ids)) {
            if (!checked.contains(innovation.getId())) {
                startNew(innovation, year, by);
                started++;
            }
        }
        return new Batch(started, ids.isEmpty() ? afterId : ids.get(ids.size() - 1), ids.size() == properties.batchSize());
    }

    /**
     * @param lastId the cursor of the next batch
     * @param more   whether a next batch may find more (this one was full)
     */
    public record Batch(int started, long lastId, boolean more) {
    }

    /** One innovation's check for a year, started by an administrator: 409 when it has one or does not run. */
    @Transactional
    public InnovationCheck startOne(Long innovationId, int year, Authentication user) {
        requireYear(year);
        Innovation innovation = registry.get(innovationId);
        if (!InnovationStatus.RUNNING.contains(innovation.getStatus())) {
            throw new ConflictException("check.notRunning");
        }
        return startIfAbsent(innovation, year, user.getName()).orElseThrow(() -> new ConflictException("check.exists"));
    }

    /** A check unless the year has one already. */
    private Optional<InnovationCheck> startIfAbsent(Innovation innovation, int year, String by) {
        if (checks.existsByInnovation_IdAndYear(innovation.getId(), year)) {
            return Optional.empty();
        }
        return Optional.of(startNew(innovation, year, by));
    }

    /**
     * The year's row and its process, in one transaction; a check started for the same year at this moment (another
     * node, another round) is refused by the unique key, and the whole step is tried again.
     */
    private InnovationCheck startNew(Innovation innovation, int year, String by) {
        InnovationCheck check;
        try {
            check = checks.saveAndFlush(new InnovationCheck(innovation, year, schedule.deadlineFromToday(), by,
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // another node started the same check a moment ago: the unique key (innovation, year) kept it single
            throw new ConflictException("check.exists");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_INNOVATION_ID, innovation.getId());
        variables.put(VAR_YEAR, year);
        variables.put(VAR_CHECK_ID, check.getId());
        ProcessInstance process = runtime.startProcessInstanceByKey(CHECK_PROCESS_ID,
                businessKey(innovation.getId(), year), variables);
        check.runsIn(process.getId());
        return check;
    }

    private void requireYear(int year) {
        if (year < FIRST_YEAR || year > LocalDate.now(clock).getYear()) {
            throw new InvalidInputException("year", "check.yearInvalid", FIRST_YEAR, LocalDate.now(clock).getYear());
        }
    }

    // ---- answering

    /** What an answer task shows: the question's innovation, its latest evidence and documents. */
    public record TaskView(Task task, InnovationCheck check, Innovation innovation, Evidence lastEvidence,
            int documents) {
    }

    @Transactional(readOnly = true)
    public TaskView view(String taskId, Authentication user) {
        Task task = guard.view(taskId, user.getName(), ANSWER_TASKS);
        InnovationCheck check = checkOf(task);
        Innovation innovation = registry.get(check.getInnovationId());
        List<Evidence> evidence = innovation.getEvidence();
        return new TaskView(task, check, innovation, evidence.isEmpty() ? null : evidence.get(evidence.size() - 1),
                registry.documentsOf(innovation.getId()).size());
    }

    /**
     * The answer, by whoever the task is for (the owner or the OPD's officers, the OPD's heads after the escalation,
     * the administrators): the evidence joins the record, a stop changes its status, the year's row gets its outcome
     * and the task is completed, all in one transaction. Two people answering at once: one succeeds, the other gets
     * a 409 ({@link TaskGuard#act}).
     */
    @Transactional
    public InnovationCheck answer(String taskId, CheckAnswerForm form, List<MultipartFile> files, Authentication user) {
        Task task = guard.act(taskId, user.getName(), ANSWER_TASKS);
        InnovationCheck check = checkOf(task);
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !DocumentService.noFileChosen(f)).toList();
        validate(form, chosen);
        Long id = check.getInnovationId();
        String by = user.getName();
        LocalDate today = LocalDate.now(clock);
        if (form.getOutcome() == CheckOutcome.BERJALAN) {
            if (form.getUsage() != null) {
                String label = blankToNull(form.getUsageLabel()) == null ? "Pemanfaatan (pemeriksaan tahunan " + check.getYear() + ")"
                        : form.getUsageLabel().trim();
                registry.addEvidenceFromCheck(id, new EvidenceForm(Evidence.Kind.USAGE, label, null, form.getUsage(),
                        form.getUsageOn()), by);
            }
            if (blankToNull(form.getUrl()) != null) {
                registry.addEvidenceFromCheck(id, new EvidenceForm(Evidence.Kind.LINK,
                        "Bukti pemeriksaan tahunan " + check.getYear(), form.getUrl().trim(), null, today), by);
            }
            if (!chosen.isEmpty()) {
                registry.addDocumentsFromCheck(id, chosen, by);
            }
            registry.confirmRunningFromCheck(id, today, "Pemeriksaan tahunan " + check.getYear() + ": masih berjalan", by);
            check.close(CheckOutcome.BERJALAN, by, clock.instant(), null, null);
        } else {
            registry.stopFromCheck(id, form.getStoppedOn(), form.getReason().trim(), by);
            check.close(CheckOutcome.TERHENTI, by, clock.instant(), form.getStoppedOn(), form.getReason().trim());
        }
        guard.complete(taskId, Map.of(VAR_OUTCOME, form.getOutcome().name()));
        return check;
    }

    private void validate(CheckAnswerForm form, List<MultipartFile> files) {
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (form.getOutcome() == CheckOutcome.BERJALAN) {
            boolean url = blankToNull(form.getUrl()) != null;
            if (form.getUsage() == null && !url && files.isEmpty()) {
                errors.put("usage", error("check.evidenceRequired"));
            }
            if (form.getUsage() != null && form.getUsageOn() == null) {
                errors.put("usageOn", error("field.required"));
            }
            if (form.getUsageOn() != null && form.getUsageOn().isAfter(today)) {
                errors.put("usageOn", error("innovation.changedInFuture"));
            }
            if (url && !form.getUrl().trim().matches("(?i)https?://\\S+")) {
                errors.put("url", error("innovation.urlFormat"));
            }
        } else if (form.getOutcome() == CheckOutcome.TERHENTI) {
            if (form.getStoppedOn() == null) {
                errors.put("stoppedOn", error("field.required"));
            } else if (form.getStoppedOn().isAfter(today)) {
                errors.put("stoppedOn", error("innovation.changedInFuture"));
            }
            if (blankToNull(form.getReason()) == null) {
                errors.put("reason", error("innovation.reasonRequired"));
            }
        } else {
            errors.put("outcome", error("field.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static MessageSourceResolvable error(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, null, code);
    }

    private InnovationCheck checkOf(Task task) {
        return checks.findByProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow(() -> new NotFoundException("No check of task " + task.getId()));
    }

    // ---- the model's timers

    /** {@code remind-check-owner}: the answer is due; the people asked are reminded once. */
    @Transactional
    public void remind(Long checkId) {
        InnovationCheck check = checkWithId(checkId);
        Innovation innovation = registry.get(check.getInnovationId());
        notifications.notify(answerers.owner(innovation), "notify.checkReminder", innovation.getName(),
                String.valueOf(check.getYear()), taskLink(check));
    }

    /**
     * {@code escalate-check-to-opd-head}: nobody answered after the reminder; the OPD's heads are told (and asked, by
     * the next task). An OPD without a head in Kawal: the administrators are told instead.
     */
    @Transactional
    public void escalate(Long checkId) {
        InnovationCheck check = checkWithId(checkId);
        Innovation innovation = registry.get(check.getInnovationId());
        List<String> heads = answerers.opdHeads(innovation);
        List<String> told = heads.isEmpty()
                ? accounts.usersWithRole(Role.ADMIN).stream().map(Person::getUsername).toList() : heads;
        notifications.notify(told, "notify.checkEscalated", innovation.getName(), innovation.getOpd(), "/");
    }

    /** {@code mark-check-unknown}: nobody answered at all; the year's outcome and the record's status are unknown. */
    @Transactional
    public void markUnknown(Long checkId) {
        InnovationCheck check = checkWithId(checkId);
        if (!check.isWaiting()) {
            return;
        }
        check.close(CheckOutcome.TIDAK_DIKETAHUI, SYSTEM, clock.instant(), null, null);
        registry.markUnknown(check.getInnovationId(), LocalDate.now(clock),
                "Tidak ada jawaban pada pemeriksaan tahunan " + check.getYear(), SYSTEM);
    }

    private String taskLink(InnovationCheck check) {
        return guard.openTasksOf(check.getProcessInstanceId()).stream().findFirst()
                .map(t -> "/innovations/checks/tasks/" + t.getId()).orElse("/");
    }

    private InnovationCheck checkWithId(Long checkId) {
        return checks.findById(checkId).orElseThrow(() -> new NotFoundException("No check " + checkId));
    }

    // ---- reading

    /** A year's checks counted by outcome; {@code waiting}: no answer yet. */
    public record Summary(int year, String opd, long running, long stopped, long unknown, long waiting) {

        public long total() {
            return running + stopped + unknown + waiting;
        }
    }

    @Transactional(readOnly = true)
    public Summary summary(int year, String opd) {
        Map<CheckOutcome, Long> counts = new EnumMap<>(CheckOutcome.class);
        long waiting = 0;
        for (InnovationCheckRepository.OutcomeCount c : checks.countByOutcome(year, blankToNull(opd))) {
            if (c.getOutcome() == null) {
                waiting += c.getTotal();
            } else {
                counts.put(c.getOutcome(), c.getTotal());
            }
        }
        return new Summary(year, blankToNull(opd), counts.getOrDefault(CheckOutcome.BERJALAN, 0L),
                counts.getOrDefault(CheckOutcome.TERHENTI, 0L), counts.getOrDefault(CheckOutcome.TIDAK_DIKETAHUI, 0L),
                waiting);
    }

    /** One page of a year's checks with their records, by OPD then record: one query and its count. */
    @Transactional(readOnly = true)
    public Page<InnovationCheck> page(int year, String opd, int page, int size) {
        InboxPage.check(page, size);
        return checks.pageOfYear(year, blankToNull(opd), PageRequest.of(page, size, Sort.by("opd", "id")));
    }

    @Transactional(readOnly = true)
    public List<InnovationCheck> historyOf(Long innovationId) {
        return checks.historyOf(innovationId);
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
