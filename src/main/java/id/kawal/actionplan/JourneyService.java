package id.kawal.actionplan;

import id.kawal.certificate.CertificateService;
import id.kawal.document.DocumentOwner;
import id.kawal.document.DocumentService;
import id.kawal.document.StoredDocument;
import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.system.InboxPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts together a participant's journey: stages, where they stand, open tasks, documents, certificate. */
@Service
public class JourneyService {

    private final ActionPlanAccess access;
    private final ActionPlanRepository plans;
    private final ActionPlanInbox inbox;
    private final DocumentService documents;
    private final CertificateService certificates;
    private final PersonRepository people;
    private final UserAccountService accounts;

    public JourneyService(ActionPlanAccess access, ActionPlanRepository plans, ActionPlanInbox inbox,
            DocumentService documents, CertificateService certificates, PersonRepository people,
            UserAccountService accounts) {
        this.access = access;
        this.plans = plans;
        this.inbox = inbox;
        this.documents = documents;
        this.certificates = certificates;
        this.people = people;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public JourneyView journey(Long actionPlanId, Authentication user) {
        ActionPlan plan = access.viewable(actionPlanId, user);
        plan.getMilestones().size();
        plan.getEvents().size();
        plan.getCohort().getName();
        Person participant = people.findById(plan.getParticipant()).orElse(null);
        List<StoredDocument> docs = documents.ofActionPlan(plan.getId());
        Map<String, String> names = new HashMap<>();
        names.put(plan.getParticipant(), participant == null ? plan.getParticipant() : participant.getFullName());
        for (String person : new String[] {plan.getMentor(), plan.getCoach(), plan.getExaminer()}) {
            if (person != null) {
                names.computeIfAbsent(person, accounts::displayName);
            }
        }
        return new JourneyView(plan, names.get(plan.getParticipant()),
                participant == null ? null : participant.getNip(), participant == null ? null : participant.getPosition(),
                participant == null ? null : participant.getAgency(), names.get(plan.getMentor()),
                names.get(plan.getCoach()), names.get(plan.getExaminer()), stagesOf(plan),
                awaited(plan, user, names), docs, certificates.forSubject(ActionPlanCertificates.STTPP, DocumentOwner.ACTION_PLAN.name(), plan.getId()).orElse(null),
                versionsOf(docs));
    }

    /**
     * The tasks the plan waits for, each with who is awaited; linked only for a viewer who may open it (their own
     * task, or the administrators' untaken one for an administrator), so nobody follows a link to a 403.
     */
    private List<JourneyView.Awaited> awaited(ActionPlan plan, Authentication user, Map<String, String> names) {
        boolean admin = Role.ADMIN.isHeldBy(user);
        return inbox.openTasksOf(plan).stream().map(task -> {
            String assignee = task.assignee();
            boolean openable = assignee == null ? admin : assignee.equals(user.getName());
            String name = assignee == null ? null : names.computeIfAbsent(assignee, accounts::displayName);
            return new JourneyView.Awaited(task, name, openable);
        }).toList();
    }

    /** A plan as a list of plans shows it: with its cohort and its participant's name. */
    public record PlanRow(ActionPlan plan, String participantName) {
    }

    /**
     * One page of the plans a user takes part in: their own first (the newest first), then those they mentor, coach
     * or examine (the oldest first). One query for the page, whose cost does not grow with the user's plans (a
     * mentor may have thousands), and one for the count when the page is full.
     */
    @Transactional(readOnly = true)
    public Page<PlanRow> plansOf(String username, int page, int size) {
        InboxPage.check(page, size);
        PageRequest request = PageRequest.of(page, size);
        int first = InboxPage.first(page, size);
        if (first < 0 || first > Integer.MAX_VALUE - size) {
            return new PageImpl<>(List.of(), request, plans.findTakingPart(username, PageRequest.of(0, 1)).getTotalElements());
        }
        return plans.findTakingPartWithNames(username, first + size, request)
                .map(row -> new PlanRow((ActionPlan) row[0], (String) row[1]));
    }

    /**
     * Uploads of the same file name for the same purpose (category and milestone) are versions of
     * one document: the newest is in force, the older ones stay listed.
     */
    static Map<Long, JourneyView.DocumentVersion> versionsOf(List<StoredDocument> docs) {
        Map<String, List<StoredDocument>> groups = new LinkedHashMap<>();
        for (StoredDocument d : docs) {
            String key = d.getCategory() + "/" + d.getMilestoneId() + "/" + d.getFilename().toLowerCase(Locale.ROOT);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        Map<Long, JourneyView.DocumentVersion> versions = new HashMap<>();
        for (List<StoredDocument> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                versions.put(group.get(i).getId(), new JourneyView.DocumentVersion(i + 1, i < group.size() - 1));
            }
        }
        return versions;
    }

    static List<JourneyView.StageRow> stagesOf(ActionPlan plan) {
        List<JourneyView.StageRow> rows = new ArrayList<>();
        List<Stage> journey = Stage.journey();
        int current = plan.getStage() == Stage.NOT_PASSED ? journey.indexOf(Stage.SEMINAR) + 1
                : journey.indexOf(plan.getStage());
        for (int i = 0; i < journey.size(); i++) {
            Stage stage = journey.get(i);
            JourneyView.Status status;
            if (plan.getStage() == Stage.NOT_PASSED && i >= current) {
                status = i == current ? JourneyView.Status.FAILED : JourneyView.Status.UPCOMING;
                stage = i == current ? Stage.NOT_PASSED : stage;
            } else if (plan.getStage() == Stage.GRADUATED || i < current) {
                status = JourneyView.Status.DONE;
            } else if (i == current) {
                status = JourneyView.Status.CURRENT;
            } else {
                status = JourneyView.Status.UPCOMING;
            }
            rows.add(new JourneyView.StageRow(stage, status));
        }
        return rows;
    }
}
