package id.kawal.innovation;

import id.kawal.system.InboxPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The registry for other systems and scripts, with the pages' rules; and the public catalogue, without login. */
@RestController
@RequestMapping("/api")
@Tag(name = "Registri inovasi", description = "The innovation registry and its public catalogue")
public class InnovationApiController {

    private final InnovationRegistry registry;
    private final InnovationAccess access;
    private final InnovationViews views;

    public InnovationApiController(InnovationRegistry registry, InnovationAccess access, InnovationViews views) {
        this.registry = registry;
        this.access = access;
        this.views = views;
    }

    public record PageJson<T>(List<T> items, int page, int size, long total) {
        static <S, T> PageJson<T> of(Page<S> page, Function<S, T> row) {
            return new PageJson<>(page.getContent().stream().map(row).toList(), page.getNumber(), page.getSize(),
                    page.getTotalElements());
        }
    }

    public record StatusJson(InnovationStatus status, LocalDate changedOn, String reason, String changedBy) {
    }

    public record EvidenceJson(Evidence.Kind kind, String label, String url, BigDecimal figure, LocalDate measuredOn) {
    }

    public record AwardJson(Long entryId, String competitionName, int competitionYear, String achievement,
            String certificateSerial, String verifyUrl) {
        static AwardJson of(InnovationViews.Award a) {
            return new AwardJson(a.entryId(), a.competitionName(), a.competitionYear(), a.achievement(), a.serial(),
                    a.verifyUrl());
        }
    }

    /**
     * A record as people who log in see it: the owner with the NIP ({@code owner} null: tanpa pemilik;
     * {@code handingOver}: the owner was rotated and a handover waits for the successor).
     */
    public record InnovationJson(Long id, long version, String name, String acronym, String opd, Owner owner,
            String team, LocalDate startedOn, InnovationForm form, String urusan, String problem, String benefit,
            InnovationStatus status, LocalDate statusSince, InnovationSource source, Long actionPlanId,
            String sttppSerial, boolean handingOver) {
        static InnovationJson of(Innovation i) {
            return new InnovationJson(i.getId(), i.getVersion(), i.getName(), i.getAcronym(), i.getOpd(),
                    i.isOwnerless() ? null : i.getOwner(), i.getTeam(), i.getStartedOn(), i.getForm(), i.getUrusan(),
                    i.getProblem(), i.getBenefit(), i.getStatus(), i.getStatusSince(), i.getSource(), i.getActionPlanId(),
                    i.getSttppSerial(), i.isHandingOver());
        }
    }

    public record InnovationDetailJson(InnovationJson innovation, List<StatusJson> history, List<EvidenceJson> evidence,
            List<AwardJson> awards, String sttppVerifyUrl) {
    }

    /**
     * What the public catalogue shows: the owner's position, never the NIP, name or account; {@code ownerBeingReplaced}
     * while a handover runs ("pemilik sedang diganti").
     */
    public record PublicInnovationJson(Long id, String name, String acronym, String opd, String ownerPosition,
            boolean ownerless, boolean ownerBeingReplaced, LocalDate startedOn, InnovationForm form, String urusan,
            String problem, String benefit, InnovationStatus status, LocalDate statusSince) {
        static PublicInnovationJson of(Innovation i) {
            return new PublicInnovationJson(i.getId(), i.getName(), i.getAcronym(), i.getOpd(),
                    i.getOwner().position(), i.isOwnerless(), i.isHandingOver(), i.getStartedOn(), i.getForm(),
                    i.getUrusan(), i.getProblem(), i.getBenefit(), i.getStatus(), i.getStatusSince());
        }
    }

    public record PublicDetailJson(PublicInnovationJson innovation, List<StatusJson> history, List<AwardJson> awards,
            String sttppVerifyUrl) {
    }

    @Operation(summary = "Innovations, one page at a time: all for administrators and OPD officers, one's own plans' for others")
    @GetMapping("/innovations")
    PageJson<InnovationJson> list(@RequestParam(required = false) String opd,
            @RequestParam(required = false) InnovationStatus status, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) InnovationForm form, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Authentication user) {
        return PageJson.of(registry.pageFor(user, new InnovationFilter(opd, status, year, form, q, null, null), page, size),
                InnovationJson::of);
    }

    @Operation(summary = "An innovation with its status history, evidence and awards")
    @GetMapping("/innovations/{id}")
    InnovationDetailJson get(@PathVariable Long id, Authentication user) {
        return detail(registry.viewable(id, user));
    }

    @Operation(summary = "Register an innovation (OPD officers for their OPD, administrators for any); a name the OPD has already is a 400 on name")
    @PostMapping("/innovations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'OPD')")
    InnovationDetailJson register(@Valid @RequestBody RegistrationForm form, Authentication user) {
        return detail(registry.register(form, user));
    }

    @Operation(summary = "Change an innovation's description and owner; version as last read, else 409")
    @PostMapping("/innovations/{id}")
    InnovationDetailJson update(@PathVariable Long id, @Valid @RequestBody RegistrationForm form, Authentication user) {
        access.editable(registry.get(id), user);
        return detail(registry.update(id, form, user));
    }

    @Operation(summary = "Change an innovation's status from a date; a stop (TERHENTI) needs a reason")
    @PostMapping("/innovations/{id}/status")
    InnovationDetailJson changeStatus(@PathVariable Long id, @Valid @RequestBody StatusChangeForm form,
            Authentication user) {
        access.editable(registry.get(id), user);
        return detail(registry.changeStatus(id, form, user));
    }

    @Operation(summary = "Add evidence that the innovation runs: a LINK (url) or a USAGE figure, dated")
    @PostMapping("/innovations/{id}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    InnovationDetailJson addEvidence(@PathVariable Long id, @Valid @RequestBody EvidenceForm form, Authentication user) {
        access.editable(registry.get(id), user);
        registry.addEvidence(id, form, user);
        return detail(registry.get(id));
    }

    @Operation(summary = "The public catalogue: running innovations, without login")
    @GetMapping("/public/innovations")
    PageJson<PublicInnovationJson> publicList(@RequestParam(required = false) String opd,
            @RequestParam(required = false) InnovationStatus status, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) InnovationForm form, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageJson.of(registry.page(new InnovationFilter(opd, status, year, form, q, null, null).runningOnly(), page,
                size), PublicInnovationJson::of);
    }

    @Operation(summary = "A running innovation as the public sees it: owner's position (no NIP), history, certificates")
    @GetMapping("/public/innovations/{id}")
    PublicDetailJson publicGet(@PathVariable Long id) {
        InnovationViews.Detail d = views.of(registry.published(id));
        return new PublicDetailJson(PublicInnovationJson.of(d.innovation()), history(d.innovation()),
                d.awards().stream().map(AwardJson::of).toList(), d.sttppVerifyUrl());
    }

    private InnovationDetailJson detail(Innovation innovation) {
        InnovationViews.Detail d = views.of(innovation);
        return new InnovationDetailJson(InnovationJson.of(innovation), history(innovation),
                innovation.getEvidence().stream().map(e -> new EvidenceJson(e.getKind(), e.getLabel(), e.getUrl(),
                        e.getFigure(), e.getMeasuredOn())).toList(),
                d.awards().stream().map(AwardJson::of).toList(), d.sttppVerifyUrl());
    }

    private static List<StatusJson> history(Innovation innovation) {
        return innovation.getStatusHistory().stream().map(s -> new StatusJson(s.getStatus(), s.getChangedOn(),
                s.getReason(), s.getChangedBy())).toList();
    }
}
