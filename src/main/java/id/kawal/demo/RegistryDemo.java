package id.kawal.demo;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.innovation.Evidence;
import id.kawal.innovation.EvidenceForm;
import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationFilter;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.innovation.InnovationStatus;
import id.kawal.innovation.RegistrationForm;
import id.kawal.innovation.StatusChangeForm;
import id.kawal.innovation.handover.HandoverService;
import id.kawal.innovation.handover.RotationForm;
import id.kawal.innovation.check.InnovationChecks;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The registry of the demo: SIAP KAWAL was made by its STTPP (the real graduation path) and the 2023 round's entries
 * by their submission; here the four other 2025 innovations join from their action plans (on trial), JEMPOL gets its
 * owner and SIAP KAWAL its evidence, JEMPOL's yearly check waits for opd1's answer, and SIPANDU Perencanaan has
 * stopped, with its reason. Then SIAP KAWAL's owner (peserta1) is rotated: its handover waits at "Tunjuk penerus" for
 * the head of Diskominfo ({@value #OPD_HEAD}). Runs inside the demo loader's one transaction, on an empty database only.
 */
@Component
class RegistryDemo {

    /** The head of SIAP KAWAL's OPD, who names peserta1's successor. */
    static final String OPD_HEAD = "kepala.kominfo";

    private final InnovationRegistry registry;
    private final ActionPlanRepository plans;
    private final UserAccountService accounts;
    private final HandoverService handovers;
    private final InnovationChecks checks;
    private final Clock clock;

    RegistryDemo(InnovationRegistry registry, ActionPlanRepository plans, UserAccountService accounts,
            HandoverService handovers, InnovationChecks checks, Clock clock) {
        this.registry = registry;
        this.plans = plans;
        this.accounts = accounts;
        this.handovers = handovers;
        this.checks = checks;
        this.clock = clock;
    }

    void load() {
        Authentication admin = new UsernamePasswordAuthenticationToken("admin", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
        for (String participant : List.of("peserta2", "peserta3", "peserta4", "peserta5")) {
            ActionPlan plan = plans.findByParticipantOrderByIdDesc(participant).get(0);
            registry.fromPlanOnTrial(plan.getId());
        }
        Innovation siapKawal = registry.ofActionPlan(plans.findByParticipantOrderByIdDesc("peserta1").get(0).getId())
                .orElseThrow(() -> new IllegalStateException("Demo: SIAP KAWAL's STTPP made no registry record"));
        registry.addEvidence(siapKawal.getId(), new EvidenceForm(Evidence.Kind.LINK, "Peluncuran oleh Wali Kota",
                "https://pekalongankota.go.id/", null, LocalDate.of(2025, 6, 17)), admin);
        registry.addEvidence(siapKawal.getId(), new EvidenceForm(Evidence.Kind.USAGE,
                "Kegiatan Wali Kota terpublikasi per bulan", null, new BigDecimal("42"), LocalDate.of(2025, 9, 30)), admin);

        Innovation jempol = named("RSUD Bendan", "jempol");
        RegistrationForm owner = formOf(jempol);
        owner.setOwnerName("dr. Rina Kusumawati");
        owner.setOwnerPosition("Kepala Seksi Pelayanan Medik");
        owner.setUrusan("Kesehatan");
        registry.update(jempol.getId(), owner, admin);
        // this year's "still running?" check of JEMPOL waits for an answer: its owner has no Kawal account, so RSUD
        // Bendan's innovation officer (opd1) is asked; one check, not the whole round, so that start-up stays cheap
        checks.startOne(jempol.getId(), checks.currentYear(), admin);

        Innovation sipandu = named("Bappeda", "sipandu");
        registry.changeStatus(sipandu.getId(), new StatusChangeForm(InnovationStatus.TERHENTI, LocalDate.of(2024, 3, 1),
                "Musrenbang kelurahan beralih ke SIPD Kemendagri; pengelola aplikasi dimutasi dan tidak ada pengganti."),
                admin);

        // SIAP KAWAL's owner is rotated: the record shows "menunggu penerus" until the head of the OPD names one
        accounts.createUser(OPD_HEAD, DemoDataLoader.PASSWORD, new Person(OPD_HEAD, "Drs. Slamet Riyadi, M.Si.",
                "197106151996031003", "Kepala Dinas Komunikasi dan Informatika", siapKawal.getOpd()), List.of(Role.OPD_HEAD));
        Authentication rotated = new UsernamePasswordAuthenticationToken(siapKawal.getOwner().username(), null,
                List.of(new SimpleGrantedAuthority(Role.PARTICIPANT.authority())));
        handovers.start(siapKawal.getId(), new RotationForm(LocalDate.now(clock).minusDays(3),
                "Sekretaris Kecamatan Pekalongan Utara", "Kecamatan Pekalongan Utara",
                "Mutasi per SK Wali Kota; tim publikasi Diskominfo tetap menjalankan SIAP KAWAL."), rotated);
    }

    private Innovation named(String opd, String q) {
        return registry.page(new InnovationFilter(opd, null, null, null, q, null, null), 0, 1).getContent().get(0);
    }

    private RegistrationForm formOf(Innovation i) {
        RegistrationForm f = new RegistrationForm();
        f.setName(i.getName());
        f.setAcronym(i.getAcronym());
        f.setStartedOn(i.getStartedOn());
        f.setForm(i.getForm());
        f.setProblem(i.getProblem());
        f.setBenefit(i.getBenefit());
        return f;
    }
}
