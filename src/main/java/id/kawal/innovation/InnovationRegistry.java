package id.kawal.innovation;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanEvent;
import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.actionplan.Stage;
import id.kawal.document.DocumentService;
import id.kawal.document.StoredDocument;
import id.kawal.identity.Nip;
import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import id.kawal.system.ConflictException;
import id.kawal.system.InboxPage;
import id.kawal.system.InvalidInputException;
import id.kawal.system.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The innovation registry: one record per innovation, made at an action plan's graduation, at an OPD's competition
 * entry, or by an officer's own registration; never two for one innovation of one OPD.
 */
@Service
public class InnovationRegistry {

    private static final Logger log = LoggerFactory.getLogger(InnovationRegistry.class);

    private final InnovationRepository innovations;
    private final EntryLinkRepository entryLinks;
    private final InnovationAccess access;
    private final ActionPlanRepository plans;
    private final PersonRepository people;
    private final DocumentService documents;
    private final Clock clock;

    public InnovationRegistry(InnovationRepository innovations, EntryLinkRepository entryLinks, InnovationAccess access,
            ActionPlanRepository plans, PersonRepository people, DocumentService documents, Clock clock) {
        this.innovations = innovations;
        this.entryLinks = entryLinks;
        this.access = access;
        this.plans = plans;
        this.people = people;
        this.documents = documents;
        this.clock = clock;
    }

    // ---- reading

    /** One page of records, the latest registered first, in one query and its count; what a row shows is on the record itself. */
    @Transactional(readOnly = true)
    public Page<Innovation> page(InnovationFilter filter, int page, int size) {
        InboxPage.check(page, size);
        return innovations.findAll(filter.specification(),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("id"))));
    }

    /** The records a user may list: all for administrators and OPD officers, those of their own plans for others. */
    @Transactional(readOnly = true)
    public Page<Innovation> pageFor(Authentication user, InnovationFilter filter, int page, int size) {
        return page(access.seesAll(user) ? filter : filter.withPlans(access.plansOf(user)), page, size);
    }

    @Transactional(readOnly = true)
    public Innovation get(Long id) {
        Innovation innovation = innovations.findById(id).orElseThrow(() -> new NotFoundException("No innovation " + id));
        // the histories are shown with the record: load them here, inside the transaction
        innovation.getStatusHistory();
        innovation.getEntries();
        innovation.getEvidence();
        innovation.getOwnerHistory();
        return innovation;
    }

    @Transactional(readOnly = true)
    public Innovation viewable(Long id, Authentication user) {
        return access.viewable(get(id), user);
    }

    /** A record the public catalogue shows: a running one; any other is not found. */
    @Transactional(readOnly = true)
    public Innovation published(Long id) {
        Innovation innovation = get(id);
        if (!InnovationStatus.RUNNING.contains(innovation.getStatus())) {
            throw new NotFoundException("No running innovation " + id);
        }
        return innovation;
    }

    /** An OPD's records, by name: what an officer picks from when entering a competition. */
    @Transactional(readOnly = true)
    public List<Innovation> ofOpd(String opd) {
        return opd == null ? List.of() : innovations.findByOpdOrderByNameKeyAsc(opd);
    }

    /** The OPDs that have innovations: the choices of the lists' OPD filter. */
    @Transactional(readOnly = true)
    public List<String> opds() {
        return innovations.opds();
    }

    @Transactional(readOnly = true)
    public Optional<Innovation> ofActionPlan(Long actionPlanId) {
        return innovations.findByActionPlanId(actionPlanId);
    }

    @Transactional(readOnly = true)
    public Optional<Long> ofEntry(Long entryId) {
        return entryLinks.innovationOfEntry(entryId);
    }

    public List<StoredDocument> documentsOf(Long innovationId) {
        return documents.ofInnovation(innovationId);
    }

    // ---- an officer's own registration and edits

    @Transactional
    public Innovation register(RegistrationForm form, Authentication user) {
        String opd = opdFor(form, user);
        Owner owner = checkedOwner(form);
        InnovationStatus status = form.getStatus() == null ? InnovationStatus.BERJALAN : form.getStatus();
        if (status != InnovationStatus.UJI_COBA && status != InnovationStatus.BERJALAN) {
            throw new InvalidInputException("status", "innovation.newStatus");
        }
        refuseDuplicate(opd, form.getName(), null);
        LocalDate since = form.getStartedOn() == null ? LocalDate.now(clock) : form.getStartedOn();
        return innovations.saveAndFlush(new Innovation(opd, form.details(), owner, status, since, InnovationSource.DIRECT,
                user.getName(), clock.instant()));
    }

    @Transactional
    public Innovation update(Long id, RegistrationForm form, Authentication user) {
        Innovation innovation = access.editable(get(id), user);
        requireVersion(innovation, form.getVersion());
        Owner owner = keepAccount(checkedOwner(form), innovation.getOwner());
        if (innovation.isHandingOver() && !owner.equals(innovation.getOwner())) {
            // the successor takes over through the handover, where the head of the OPD named them
            throw new InvalidInputException("ownerName", "innovation.ownerDuringHandover");
        }
        refuseDuplicate(innovation.getOpd(), form.getName(), id);
        innovation.describe(form.details());
        innovation.assign(owner, user.getName(), clock.instant());
        innovations.flush();
        return innovation;
    }

    @Transactional
    public Innovation changeStatus(Long id, StatusChangeForm form, Authentication user) {
        Innovation innovation = access.editable(get(id), user);
        requireVersion(innovation, form.getVersion());
        if (!innovation.getStatus().mayChangeTo(form.getStatus())) {
            throw new InvalidInputException("status", "innovation.statusNotAllowed");
        }
        if (form.getStatus().needsReason() && Owner.blankToNull(form.getReason()) == null) {
            throw new InvalidInputException("reason", "innovation.reasonRequired");
        }
        innovation.changeStatus(form.getStatus(), form.getChangedOn(), form.getReason(), user.getName(), clock.instant());
        innovations.flush();
        return innovation;
    }

    @Transactional
    public Evidence addEvidence(Long id, EvidenceForm form, Authentication user) {
        return addCheckedEvidence(access.editable(get(id), user), form, user.getName());
    }

    private Evidence addCheckedEvidence(Innovation innovation, EvidenceForm form, String by) {
        if (form.getKind() == Evidence.Kind.LINK) {
            String url = Owner.blankToNull(form.getUrl());
            if (url == null) {
                throw new InvalidInputException("url", "field.required");
            }
            if (!url.matches("(?i)https?://\\S+")) {
                throw new InvalidInputException("url", "innovation.urlFormat");
            }
        } else if (form.getFigure() == null) {
            throw new InvalidInputException("figure", "field.required");
        }
        Evidence evidence = innovation.addEvidence(form.getKind(), form.getLabel(),
                form.getKind() == Evidence.Kind.LINK ? form.getUrl() : null,
                form.getKind() == Evidence.Kind.USAGE ? form.getFigure() : null, form.getMeasuredOn(), by,
                clock.instant());
        innovations.flush();
        return evidence;
    }

    /** Stores evidence documents through the document store (the same content checks as every upload). */
    @Transactional
    public List<StoredDocument> addDocuments(Long id, List<MultipartFile> files, Authentication user) {
        Innovation innovation = access.editable(get(id), user);
        if (files == null || files.stream().allMatch(DocumentService::noFileChosen)) {
            throw new InvalidInputException("files", "innovation.noFile");
        }
        return documents.storeForInnovation(innovation.getId(), files, user.getName());
    }

    /**
     * For the yearly check (issue 10, item 3): nobody confirmed that the innovation still runs, so its status becomes
     * "tidak diketahui" until someone does. A record not thought to run is left as it is.
     *
     * @return whether the record was marked
     */
    @Transactional
    public boolean markUnknown(Long id, LocalDate on, String reason, String by) {
        Innovation innovation = get(id);
        if (!InnovationStatus.RUNNING.contains(innovation.getStatus())) {
            return false;
        }
        innovation.markUnknown(on, reason, by, clock.instant());
        innovations.flush();
        return true;
    }

    // ---- the yearly "still running?" check (issue 10, item 3): its task guard has checked who answers

    /** The next running records after an id, by id: one batch of a yearly round, however large the registry. */
    @Transactional(readOnly = true)
    public List<Long> runningIdsAfter(long afterId, int size) {
        return innovations.idsWithStatusAfter(InnovationStatus.RUNNING, afterId, PageRequest.of(0, size));
    }

    /** Some records by id, in one query, without their histories: what a round's batch starts checks for. */
    @Transactional(readOnly = true)
    public List<Innovation> withIds(Collection<Long> ids) {
        return innovations.findAllById(ids);
    }

    /** Evidence given with an answer "still running": the same rules as the record page's evidence form. */
    @Transactional
    public Evidence addEvidenceFromCheck(Long id, EvidenceForm form, String by) {
        return addCheckedEvidence(get(id), form, by);
    }

    /** Documents given with an answer "still running", through the document store's usual content checks. */
    @Transactional
    public List<StoredDocument> addDocumentsFromCheck(Long id, List<MultipartFile> files, String by) {
        return documents.storeForInnovation(get(id).getId(), files, by);
    }

    /** The check's answer "still running": a record the registry no longer knew about runs again from that day. */
    @Transactional
    public void confirmRunningFromCheck(Long id, LocalDate on, String reason, String by) {
        Innovation innovation = get(id);
        if (innovation.getStatus() == InnovationStatus.TIDAK_DIKETAHUI || innovation.getStatus() == InnovationStatus.TERHENTI) {
            innovation.changeStatus(InnovationStatus.BERJALAN, on, reason, by, clock.instant());
            innovations.flush();
        }
    }

    /** The check's answer "stopped", with its date and reason; a record stopped already stays as it is. */
    @Transactional
    public void stopFromCheck(Long id, LocalDate on, String reason, String by) {
        Innovation innovation = get(id);
        if (innovation.getStatus().mayChangeTo(InnovationStatus.TERHENTI)) {
            innovation.changeStatus(InnovationStatus.TERHENTI, on, reason, by, clock.instant());
            innovations.flush();
        }
    }

    // ---- from the other features

    /**
     * For the handover (serah terima): the owner was rotated, so the record is without owner and waits for a
     * successor. A second handover of the same record is a conflict.
     *
     * @return the outgoing owner
     */
    @Transactional
    public Owner releaseForHandover(Long id, Long handoverId, String by) {
        Innovation innovation = get(id);
        if (innovation.isHandingOver()) {
            throw new ConflictException("handover.alreadyRunning");
        }
        Owner outgoing = innovation.getOwner();
        innovation.releaseForHandover(handoverId, by, clock.instant());
        innovations.flush();
        return outgoing;
    }

    /** For the handover: it ended, the successor owns the innovation; the history keeps who owned it before. */
    @Transactional
    public Innovation takeOverBy(Long id, Long handoverId, Owner successor, String by) {
        Innovation innovation = get(id);
        innovation.takeOverBy(successor, handoverId, by, clock.instant());
        innovations.flush();
        return innovation;
    }

    /**
     * The record of a graduated action plan, made when its STTPP is issued: owner the participant, name from the
     * proposal's title, running since the trial began. Idempotent: a second STTPP (a correction) or a retry updates the
     * serial of the same record; a record the OPD had already registered under the same name is linked to the plan.
     */
    @Transactional
    public Innovation fromGraduation(Long actionPlanId, String sttppSerial) {
        return fromActionPlan(actionPlanId, sttppSerial, InnovationStatus.BERJALAN);
    }

    /**
     * The record of an action plan still in training, its innovation on trial in the workplace (a cohort recorded after
     * the fact, as the demo's); its graduation later adds the STTPP to the same record.
     */
    @Transactional
    public Innovation fromPlanOnTrial(Long actionPlanId) {
        return fromActionPlan(actionPlanId, null, InnovationStatus.UJI_COBA);
    }

    private Innovation fromActionPlan(Long actionPlanId, String sttppSerial, InnovationStatus status) {
        Optional<Innovation> existing = innovations.findByActionPlanId(actionPlanId);
        if (existing.isPresent()) {
            if (sttppSerial != null) {
                existing.get().cameFrom(actionPlanId, sttppSerial);
                if (existing.get().getStatus() == InnovationStatus.UJI_COBA) {
                    existing.get().changeStatus(InnovationStatus.BERJALAN, LocalDate.now(clock), "STTPP " + sttppSerial,
                            "kawal", clock.instant());
                }
            }
            return existing.get();
        }
        ActionPlan plan = plans.findById(actionPlanId).orElseThrow(() -> new NotFoundException("No action plan " + actionPlanId));
        Person participant = people.findById(plan.getParticipant()).orElse(null);
        String opd = participant == null || participant.getAgency() == null ? "-" : participant.getAgency();
        String title = plan.getTitle() == null || plan.getTitle().isBlank() ? "Aksi Perubahan #" + plan.getId() : plan.getTitle().trim();
        String name = title.length() > 200 ? title.substring(0, 200) : title;
        Optional<Innovation> sameName = innovations.findByOpdAndNameKey(opd, Innovation.nameKeyOf(name));
        if (sameName.isPresent() && sameName.get().getActionPlanId() == null) {
            log.info("Action plan {} graduated with an innovation its OPD had registered already: record {} linked",
                    actionPlanId, sameName.get().getId());
            sameName.get().cameFrom(actionPlanId, sttppSerial);
            return sameName.get();
        }
        if (sameName.isPresent()) {
            // another plan's record has the name already: keep both, told apart by cohort and plan (not the business
            // key, which holds the NIP the public catalogue must never show)
            String suffix = " (" + plan.getCohort().getCode() + " #" + plan.getId() + ")";
            name = (name.length() + suffix.length() > 200 ? name.substring(0, 200 - suffix.length()) : name) + suffix;
        }
        Owner owner = participant == null ? Owner.NONE : new Owner(participant.getUsername(), participant.getNip(),
                participant.getFullName(), participant.getPosition());
        LocalDate started = trialStartOf(plan);
        Details details = new Details(name, Innovation.acronymOf(name), null, started, InnovationForm.DIGITAL, null,
                plan.getProblemStatement(), plan.getObjectives());
        Innovation innovation = new Innovation(opd, details, owner, status, LocalDate.now(clock),
                InnovationSource.ACTION_PLAN, "kawal", clock.instant());
        innovation.cameFrom(actionPlanId, sttppSerial);
        return innovations.save(innovation);
    }

    private LocalDate trialStartOf(ActionPlan plan) {
        return plan.getEvents().stream().filter(e -> e.getStage() == Stage.TRIAL).map(ActionPlanEvent::getAt).findFirst()
                .map(at -> LocalDate.ofInstant(at, clock.getZone())).orElse(plan.getCohort().getStartDate());
    }

    /**
     * The record a competition entry is linked to, found or made, so that an innovation entered in several
     * competitions appears once: the record the officer chose (of their own OPD), else the OPD's record of the same
     * name, else a new one without owner. Linking the same entry twice changes nothing.
     */
    @Transactional
    public Innovation linkEntry(EntryRegistration entry) {
        Optional<Long> linked = entryLinks.innovationOfEntry(entry.entryId());
        if (linked.isPresent()) {
            return get(linked.get());
        }
        Innovation innovation;
        if (entry.innovationId() != null) {
            innovation = innovations.findById(entry.innovationId())
                    .filter(i -> i.getOpd().equals(entry.opd()))
                    .orElseThrow(() -> new InvalidInputException("innovationId", "innovation.notOfYourOpd"));
        } else {
            String name = entry.title().trim();
            innovation = innovations.findByOpdAndNameKey(entry.opd(), Innovation.nameKeyOf(name)).orElseGet(() ->
                    innovations.save(new Innovation(entry.opd(), new Details(name, Innovation.acronymOf(name), null,
                            entry.implementedOn(), InnovationForm.DIGITAL, null, null, entry.summary()), Owner.NONE,
                            InnovationStatus.BERJALAN, entry.implementedOn() == null ? LocalDate.now(clock) : entry.implementedOn(),
                            InnovationSource.COMPETITION_ENTRY, entry.officer(), clock.instant())));
        }
        innovation.link(entry.entryId(), entry.competitionName(), entry.competitionYear(), clock.instant());
        innovations.flush();
        return innovation;
    }

    // ---- rules

    private String opdFor(RegistrationForm form, Authentication user) {
        if (Role.ADMIN.isHeldBy(user)) {
            String opd = Owner.blankToNull(form.getOpd());
            if (opd == null) {
                throw new InvalidInputException("opd", "field.required");
            }
            return innovations.findFirstByOpdIgnoreCase(opd).map(Innovation::getOpd).orElse(opd);
        }
        return access.opdOf(user).orElseThrow(() -> new AccessDeniedException("Only OPD officers and administrators register"));
    }

    /** An owner is named, with a valid NIP if one is given, or there is none at all. */
    static Owner checkedOwner(RegistrationForm form) {
        Owner owner = new Owner(null, form.getOwnerNip(), form.getOwnerName(), form.getOwnerPosition());
        if (owner.nip() != null) {
            Nip.problemWith(owner.nip()).ifPresent(key -> {
                throw new InvalidInputException("ownerNip", key);
            });
        }
        if (owner.name() == null && (owner.nip() != null || owner.position() != null)) {
            throw new InvalidInputException("ownerName", "innovation.ownerNameRequired");
        }
        return owner;
    }

    /** The same person as before (same name and NIP) keeps their Kawal account; the form does not carry it. */
    static Owner keepAccount(Owner edited, Owner before) {
        boolean samePerson = !edited.isNone() && Objects.equals(edited.name(), before.name())
                && Objects.equals(edited.nip(), before.nip());
        return samePerson ? new Owner(before.username(), edited.nip(), edited.name(), edited.position()) : edited;
    }

    private void refuseDuplicate(String opd, String name, Long id) {
        String key = Innovation.nameKeyOf(name);
        boolean taken = id == null ? innovations.findByOpdAndNameKey(opd, key).isPresent()
                : innovations.existsByOpdAndNameKeyAndIdNot(opd, key, id);
        if (taken) {
            throw new InvalidInputException("name", "innovation.duplicateName", opd);
        }
    }

    private static void requireVersion(Innovation innovation, Long seen) {
        if (seen != null && seen != innovation.getVersion()) {
            throw new ConflictException("innovation.changedMeanwhile");
        }
    }
}
