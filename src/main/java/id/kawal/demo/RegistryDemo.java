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
import id.kawal.innovation.index.InnovationIndex;
import id.kawal.innovation.index.WindowForm;
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
 * the head of Diskominfo ({@value #OPD_HEAD}). The demo's last part, in a transaction of its own once the cohort and
 * the competitions are in.
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
    private final InnovationIndex index;
    private final Clock clock;

    RegistryDemo(InnovationRegistry registry, ActionPlanRepository plans, UserAccountService accounts,
            HandoverService handovers, InnovationChecks checks, InnovationIndex index, Clock clock) {
        this.registry = registry;
        this.plans = plans;
        this.accounts = accounts;
        this.handovers = handovers;
        this.checks = checks;
        this.index = index;
        this.clock = clock;
    }

    /** Whether this part is in: its account of the OPD's head is made in the same transaction as the rest. */
    boolean loaded() {
        return accounts.exists(OPD_HEAD);
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

        moreYearsForTheDashboard(admin);
        indexWindow2025(admin);
    }

    /**
     * A few more records over 2023-2026, so that the OPD x year dashboard shows targets met and missed: some OPDs
     * start one every year, others skip years; one stopped, one was replicated, one is still on trial.
     */
    private void moreYearsForTheDashboard(Authentication admin) {
        Innovation satuData = demoRecord(admin, "Dinas Komunikasi dan Informatika", "Pekalongan Satu Data", "Statistik",
                LocalDate.of(2023, 3, 1), "Kepala Bidang Statistik", "Data sektoral tersebar di tiap OPD dengan format berbeda.",
                "Satu portal data terbuka kota yang dipakai OPD dan warga.");
        evidence(admin, satuData, "https://data.pekalongankota.go.id/", "Dataset terbit", "184", LocalDate.of(2024, 12, 31));
        Innovation izinKilat = demoRecord(admin, "DPMPTSP", "Izin Kilat", "Penanaman modal", LocalDate.of(2023, 8, 14),
                "Kepala Bidang Pelayanan Perizinan", "Izin usaha mikro menunggu berhari-hari.",
                "Izin usaha mikro terbit di hari yang sama.");
        evidence(admin, izinKilat, "https://dpmptsp.pekalongankota.go.id/", "Izin terbit per bulan", "320", LocalDate.of(2025, 3, 31));
        Innovation bankSampah = demoRecord(admin, "Kecamatan Pekalongan Selatan", "Tabungan Sampah Warga", "Lingkungan hidup",
                LocalDate.of(2023, 5, 1), null, "Tabungan bank sampah dicatat di buku.", "Nasabah melihat saldo sampah di ponsel.");
        registry.changeStatus(bankSampah.getId(), new StatusChangeForm(InnovationStatus.TERHENTI, LocalDate.of(2024, 6, 1),
                "Aplikasi pihak ketiga tidak diperpanjang; pencatatan kembali manual."), admin);
        Innovation simonev = demoRecord(admin, "Bappeda", "SIMONEV Pembangunan", "Perencanaan pembangunan",
                LocalDate.of(2024, 2, 5), "Kepala Subbidang Evaluasi", "Capaian program dilaporkan manual tiap triwulan.",
                "Capaian program terpantau setiap bulan di satu dasbor.");
        evidence(admin, simonev, "https://bappeda.pekalongankota.go.id/simonev", "Program terpantau", "96", LocalDate.of(2025, 1, 15));
        Innovation antrean = demoRecord(admin, "RSUD Bendan", "Antrean Poli Daring", "Kesehatan", LocalDate.of(2024, 7, 1),
                "Kepala Instalasi Rawat Jalan", "Pasien antre sejak subuh untuk mendaftar poli.",
                "Pasien memilih jam periksa dari rumah.");
        evidence(admin, antrean, "https://rsudbendan.pekalongankota.go.id/", "Pendaftaran daring per bulan", "2150", LocalDate.of(2025, 2, 28));
        Innovation sipadu = demoRecord(admin, "Dinas Komunikasi dan Informatika", "SIPADU Aduan Warga", "Komunikasi dan informatika",
                LocalDate.of(2024, 9, 10), "Kepala Seksi Layanan Aduan", "Aduan warga tersebar di banyak kanal.",
                "Satu kanal aduan dengan tindak lanjut yang dapat dilacak.");
        registry.addEvidence(sipadu.getId(), new EvidenceForm(Evidence.Kind.LINK, "Laman aduan",
                "https://aduan.pekalongankota.go.id/", null, LocalDate.of(2024, 9, 10)), admin);
        registry.changeStatus(sipadu.getId(), new StatusChangeForm(InnovationStatus.DIREPLIKASI, LocalDate.of(2025, 4, 1),
                "Direplikasi oleh Kabupaten Batang."), admin);
        demoRecord(admin, "Dinas Kelautan dan Perikanan", "Lelang Ikan Daring", "Kelautan dan perikanan",
                LocalDate.of(2026, 2, 2), "Kepala Seksi Pemasaran Hasil Perikanan", "Nelayan menjual ikan di bawah harga pasar.",
                "Lelang terbuka di ponsel dengan harga yang terlihat semua pembeli.");
        demoRecord(admin, "Bappeda", "Musrenbang Kelurahan Daring", "Perencanaan pembangunan", LocalDate.of(2026, 1, 15),
                "Kepala Subbidang Perencanaan", "Usulan warga hilang di antara tahap musrenbang.",
                "Usulan warga dilacak dari kelurahan sampai APBD.");
    }

    /** The index of 2025 counts innovations implemented in 2023 and 2024, as IGA 2021 counted 2019 and 2020. */
    private void indexWindow2025(Authentication admin) {
        index.setWindow(2025, new WindowForm(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), new BigDecimal("55")),
                admin.getName());
    }

    private Innovation demoRecord(Authentication admin, String opd, String name, String urusan, LocalDate startedOn,
            String ownerPosition, String problem, String benefit) {
        RegistrationForm f = new RegistrationForm();
        f.setOpd(opd);
        f.setName(name);
        f.setUrusan(urusan);
        f.setStartedOn(startedOn);
        f.setStatus(startedOn.getYear() >= 2026 ? InnovationStatus.UJI_COBA : InnovationStatus.BERJALAN);
        if (ownerPosition != null) {
            f.setOwnerName("Pengelola " + name);
            f.setOwnerPosition(ownerPosition);
        }
        f.setProblem(problem);
        f.setBenefit(benefit);
        return registry.register(f, admin);
    }

    /** A link and a usage figure: the evidence the index asks for. */
    private void evidence(Authentication admin, Innovation innovation, String url, String figureLabel, String figure,
            LocalDate measuredOn) {
        registry.addEvidence(innovation.getId(), new EvidenceForm(Evidence.Kind.LINK, "Laman layanan", url, null,
                innovation.getStartedOn()), admin);
        registry.addEvidence(innovation.getId(), new EvidenceForm(Evidence.Kind.USAGE, figureLabel, null,
                new BigDecimal(figure), measuredOn), admin);
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
