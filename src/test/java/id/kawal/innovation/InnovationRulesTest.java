package id.kawal.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kawal.system.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The registry's rules on their own: statuses, the name key, acronyms, records without an owner. */
class InnovationRulesTest {

    private static final Instant NOW = Instant.parse("2025-07-01T00:00:00Z");

    private static Innovation running(Owner owner) {
        return new Innovation("RSUD Bendan", new Details("JEMPOL (JEMbatan Pembayaran OnLine)", "JEMPOL", null,
                LocalDate.of(2021, 1, 1), InnovationForm.DIGITAL, null, null, null), owner, InnovationStatus.BERJALAN,
                LocalDate.of(2021, 1, 1), InnovationSource.DIRECT, "opd1", NOW);
    }

    @Test
    void aRunningInnovationMayStopBeReplicatedOrGoBackToTrialButNotStayWhereItIs() {
        assertThat(InnovationStatus.BERJALAN.mayChangeTo(InnovationStatus.TERHENTI)).isTrue();
        assertThat(InnovationStatus.BERJALAN.mayChangeTo(InnovationStatus.DIREPLIKASI)).isTrue();
        assertThat(InnovationStatus.BERJALAN.mayChangeTo(InnovationStatus.UJI_COBA)).isTrue();
        assertThat(InnovationStatus.BERJALAN.mayChangeTo(InnovationStatus.BERJALAN)).isFalse();
        assertThat(InnovationStatus.TERHENTI.mayChangeTo(InnovationStatus.BERJALAN)).isTrue();
        assertThat(InnovationStatus.DIREPLIKASI.mayChangeTo(InnovationStatus.UJI_COBA)).isFalse();
    }

    @Test
    void unknownIsLeftToTheYearlyCheckNeverChosenByAPerson() {
        for (InnovationStatus from : InnovationStatus.values()) {
            assertThat(from.mayChangeTo(InnovationStatus.TIDAK_DIKETAHUI)).as("%s -> TIDAK_DIKETAHUI", from).isFalse();
        }
        assertThat(InnovationStatus.TIDAK_DIKETAHUI.mayChangeTo(InnovationStatus.BERJALAN)).isTrue();
        assertThat(InnovationStatus.RUNNING).doesNotContain(InnovationStatus.TERHENTI, InnovationStatus.TIDAK_DIKETAHUI);
    }

    @Test
    void aStopNeedsAReasonAndIsKeptInTheHistoryWithIt() {
        Innovation innovation = running(Owner.NONE);
        assertThatThrownBy(() -> innovation.changeStatus(InnovationStatus.TERHENTI, LocalDate.of(2024, 3, 1), "  ", "admin", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reason");
        assertThat(innovation.getStatus()).isEqualTo(InnovationStatus.BERJALAN);

        innovation.changeStatus(InnovationStatus.TERHENTI, LocalDate.of(2024, 3, 1), "Pengelola dimutasi", "admin", NOW);
        assertThat(innovation.getStatus()).isEqualTo(InnovationStatus.TERHENTI);
        assertThat(innovation.getStatusSince()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(innovation.getStatusHistory()).extracting(StatusChange::getStatus)
                .containsExactly(InnovationStatus.BERJALAN, InnovationStatus.TERHENTI);
        assertThat(innovation.getStatusHistory().get(1).getReason()).isEqualTo("Pengelola dimutasi");
    }

    @Test
    void namesAreComparedWithoutCaseAndExtraSpaces() {
        assertThat(Innovation.nameKeyOf("  Si  Dakon Mustika ")).isEqualTo(Innovation.nameKeyOf("si dakon mustika"));
        assertThat(Innovation.nameKeyOf("SEKSAMA")).isNotEqualTo(Innovation.nameKeyOf("SEKSAMA 2"));
    }

    @Test
    void theAcronymIsTheHeadOfATitleWrittenWithItsMeaningInParentheses() {
        assertThat(Innovation.acronymOf("JEMPOL (JEMbatan Pembayaran OnLine)")).isEqualTo("JEMPOL");
        assertThat(Innovation.acronymOf("LAMPAH SIMAS BERES")).isNull();
        assertThat(Innovation.acronymOf("Klinik (baru) untuk warga")).isNull();
    }

    @Test
    void anInnovationWithoutANamedOwnerIsOwnerless() {
        assertThat(running(Owner.NONE).isOwnerless()).isTrue();
        assertThat(running(new Owner(null, " ", "", null)).isOwnerless()).isTrue();
        Innovation owned = running(new Owner("peserta1", "197905122006041009", "Tubagus", "Kepala Bidang IKP"));
        assertThat(owned.isOwnerless()).isFalse();
        assertThat(owned.getOwner().position()).isEqualTo("Kepala Bidang IKP");
    }

    @Test
    void aNipOrPositionWithoutAnOwnerNameIsRefusedAndABadNipNamed() {
        RegistrationForm form = new RegistrationForm();
        form.setOwnerPosition("Kepala Seksi");
        assertThatThrownBy(() -> InnovationRegistry.checkedOwner(form)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsKey("ownerName"));
        form.setOwnerName("Rina");
        form.setOwnerNip("123");
        assertThatThrownBy(() -> InnovationRegistry.checkedOwner(form)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsKey("ownerNip"));
        form.setOwnerNip(null);
        assertThat(InnovationRegistry.checkedOwner(form).name()).isEqualTo("Rina");
        assertThat(InnovationRegistry.checkedOwner(new RegistrationForm()).isNone()).isTrue();
    }

    @Test
    void anEntryIsLinkedOnce() {
        Innovation innovation = running(Owner.NONE);
        assertThat(innovation.link(7L, "Layanan Inovasi Daerah 2023", 2023, NOW)).isTrue();
        assertThat(innovation.link(7L, "Layanan Inovasi Daerah 2023", 2023, NOW)).isFalse();
        assertThat(innovation.getEntries()).hasSize(1);
    }

    @Test
    void theYearlyCheckMarksOnlyARunningInnovationUnknown() {
        Innovation innovation = running(Owner.NONE);
        innovation.markUnknown(LocalDate.of(2026, 6, 1), "Tidak ada jawaban", "kawal", NOW);
        assertThat(innovation.getStatus()).isEqualTo(InnovationStatus.TIDAK_DIKETAHUI);
        assertThatThrownBy(() -> innovation.markUnknown(LocalDate.of(2026, 6, 2), null, "kawal", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        innovation.changeStatus(InnovationStatus.BERJALAN, LocalDate.of(2026, 7, 1), null, "opd1", NOW);
        assertThat(innovation.getStatusHistory()).extracting(StatusChange::getStatus).containsExactly(
                InnovationStatus.BERJALAN, InnovationStatus.TIDAK_DIKETAHUI, InnovationStatus.BERJALAN);
    }

    @Test
    void everyOwnerIsKeptInTheOwnerHistoryAndTheSamePersonKeepsTheirAccount() {
        Owner graduate = new Owner("peserta1", "197905122006041009", "Tubagus", "Kepala Bidang IKP");
        Innovation innovation = running(graduate);
        assertThat(innovation.getOwnerHistory()).extracting(OwnerChange::getOwner).containsExactly(graduate);

        Owner edited = InnovationRegistry.keepAccount(new Owner(null, graduate.nip(), "Tubagus", "Sekretaris"), graduate);
        assertThat(edited.username()).isEqualTo("peserta1");
        Owner successor = InnovationRegistry.keepAccount(new Owner(null, null, "Rina", "Kepala Bidang IKP"), graduate);
        assertThat(successor.username()).isNull();
        innovation.assign(Owner.NONE, "admin", NOW);
        assertThat(innovation.isOwnerless()).isTrue();
        assertThat(innovation.getOwnerHistory()).hasSize(2);
        assertThat(innovation.getOwnerHistory().get(1).getOwner().isNone()).isTrue();
    }
}
