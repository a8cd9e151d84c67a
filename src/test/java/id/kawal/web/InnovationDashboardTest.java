package id.kawal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.identity.Role;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.innovation.RegistrationForm;
import id.kawal.innovation.dashboard.InnovationDashboard;
import id.kawal.innovation.index.IndexWeight;
import id.kawal.innovation.index.InnovationIndex;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.SqlStatements;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** The OPD x year dashboard and the innovation index on the demo data: pages, API, exports, bad input, cost. */
@KawalIntegrationTest
class InnovationDashboardTest {

    @Autowired MockMvc mvc;
    @Autowired InnovationDashboard dashboard;
    @Autowired InnovationIndex index;
    @Autowired InnovationRegistry registry;

    private static InnovationDashboard.Cell cell(InnovationDashboard.Dashboard d, String opd, int year) {
        return d.rows().stream().filter(r -> r.opd().equals(opd)).findFirst().orElseThrow()
                .cells().stream().filter(c -> c.year() == year).findFirst().orElseThrow();
    }

    // ---- the dashboard

    @Test
    void theDemoShowsOpdsThatMetTheTargetAndOpdsThatMissedItYearByYear() {
        InnovationDashboard.Dashboard d = dashboard.of(2023, 2026, null);

        assertThat(d.target()).isEqualTo(1);
        assertThat(d.years()).containsExactly(2023, 2024, 2025, 2026);
        assertThat(cell(d, "Bappeda", 2024)).satisfies(c -> {
            assertThat(c.newCount()).isGreaterThanOrEqualTo(1);
            assertThat(c.met()).isTrue();
        });
        assertThat(cell(d, "Bappeda", 2025).met()).isFalse();
        InnovationDashboard.Cell bankSampah = cell(d, "Kecamatan Pekalongan Selatan", 2023);
        assertThat(bankSampah.stopped()).isEqualTo(1);
        assertThat(bankSampah.met()).as("a stopped innovation was still new that year").isTrue();
        // an OPD whose only records are older than the range is still a row, with every year missed
        assertThat(d.rows()).anySatisfy(r -> {
            assertThat(r.opd()).isEqualTo("UPTD Museum Batik");
            assertThat(r.yearsMet()).isZero();
        });
        assertThat(d.totals()).allSatisfy(t -> assertThat(t.opds()).isEqualTo(d.rows().size()));
    }

    @Test
    void thePageShowsMetAndMissedInWordsLinksEachCellToTheListAndDescribesTheChart() throws Exception {
        String page = mvc.perform(get("/innovations/dashboard").param("from", "2023").param("to", "2026")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dashboard\"")))
                .andExpect(content().string(containsString("Tercapai")))
                .andExpect(content().string(containsString("Belum tercapai")))
                .andExpect(content().string(containsString("/innovations?opd=Bappeda&amp;year=2024")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("id=\"chart-text\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Target: 1 inovasi baru per OPD per tahun");
        // the drill-down list is the registry filtered to that OPD and year
        mvc.perform(get("/innovations").param("opd", "Bappeda").param("year", "2024").with(user("opd1").roles("OPD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SIMONEV Pembangunan")))
                .andExpect(content().string(not(containsString("Musrenbang Kelurahan Daring"))));
    }

    @Test
    void anOpdOfficerReadsTheDashboardAndAParticipantMayNot() throws Exception {
        mvc.perform(get("/innovations/dashboard").with(user("opd1").roles("OPD"))).andExpect(status().isOk());
        mvc.perform(get("/innovations/dashboard").with(user("peserta1").roles("PARTICIPANT"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/innovations/dashboard").with(httpBasic("peserta1", "demo"))).andExpect(status().isForbidden());
    }

    @Test
    void theApiGivesTheSameTableAsJsonForOneOpd() throws Exception {
        mvc.perform(get("/api/innovations/dashboard").param("from", "2023").param("to", "2026").param("opd", "Bappeda")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(2023))
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].opd").value("Bappeda"))
                .andExpect(jsonPath("$.rows[0].cells[1].year").value(2024))
                .andExpect(jsonPath("$.rows[0].cells[1].met").value(true))
                .andExpect(jsonPath("$.rows[0].cells[2].met").value(false));
    }

    @Test
    void aReversedOrTooLongRangeIsRefusedOnItsField() throws Exception {
        mvc.perform(get("/api/innovations/dashboard").param("from", "2026").param("to", "2023").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").value("Tahun akhir tidak boleh sebelum tahun awal"));
        mvc.perform(get("/api/innovations/dashboard").param("from", "1990").param("to", "2026").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").exists());
        mvc.perform(get("/innovations/dashboard").param("from", "2026").param("to", "2023").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tahun akhir tidak boleh sebelum tahun awal")))
                .andExpect(content().string(not(containsString("id=\"dashboard\""))));
        mvc.perform(get("/innovations/dashboard").param("from", "abc").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void theCsvHasOneLinePerOpdAndYear() throws Exception {
        String csv = mvc.perform(get("/innovations/dashboard.csv").param("from", "2023").param("to", "2026")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("dasbor-inovasi-2023-2026.csv")))
                .andReturn().getResponse().getContentAsString();
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                new StringReader(csv)).getRecords();
        InnovationDashboard.Dashboard d = dashboard.of(2023, 2026, null);
        assertThat(records).hasSize(d.rows().size() * 4);
        CSVRecord bappeda2024 = records.stream().filter(r -> r.get("OPD").equals("Bappeda") && r.get("Tahun").equals("2024"))
                .findFirst().orElseThrow();
        assertThat(bappeda2024.get("Capaian")).isEqualTo("Tercapai");
        assertThat(Long.parseLong(bappeda2024.get("Inovasi baru"))).isEqualTo(cell(d, "Bappeda", 2024).newCount());
    }

    @Test
    void theXlsxHasTheSameFiguresAsNumbers() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/innovations/dashboard.xlsx").param("from", "2023").param("to", "2026")
                        .with(httpBasic("opd1", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        InnovationDashboard.Dashboard d = dashboard.of(2023, 2026, null);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("OPD");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Capaian");
            assertThat(sheet.getLastRowNum()).isEqualTo(d.rows().size() * 4);
            Row bappeda2025 = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("Bappeda")
                        && row.getCell(1).getNumericCellValue() == 2025) {
                    bappeda2025 = row;
                }
            }
            assertThat(bappeda2025).isNotNull();
            assertThat(bappeda2025.getCell(2).getNumericCellValue()).isEqualTo(cell(d, "Bappeda", 2025).newCount());
            assertThat(bappeda2025.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(bappeda2025.getCell(7).getStringCellValue()).isEqualTo("Belum tercapai");
        }
    }

    @Test
    void theDashboardCostsTheSameStatementsWhateverTheNumberOfInnovations() {
        List<String> before = SqlStatements.of(() -> dashboard.of(2023, 2026, null));
        Authentication admin = new UsernamePasswordAuthenticationToken("admin", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
        for (int i = 0; i < 12; i++) {
            RegistrationForm f = new RegistrationForm();
            f.setOpd("Dinas Uji Statement " + (i % 3));
            f.setName("Inovasi uji statement " + i);
            f.setStartedOn(LocalDate.of(2023 + i % 4, 3, 1));
            registry.register(f, admin);
        }
        List<String> after = SqlStatements.of(() -> dashboard.of(2023, 2026, null));
        assertThat(after).as("statements:%n%s", String.join("\n", after)).hasSameSizeAs(before);
        assertThat(after).anyMatch(sql -> sql.toLowerCase().contains("group by"));
        assertThat(after.size()).as("a handful of queries").isLessThanOrEqualTo(8);
    }

    // ---- the index

    @Test
    void theIndexOf2025CountsEnteredAndQualifyingInnovationsAndGivesAPredicate() throws Exception {
        InnovationIndex.Index i = index.of(2025);

        assertThat(i.windowFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(i.qualifyingLines()).extracting(l -> l.innovation().name())
                .contains("Pekalongan Satu Data", "Izin Kilat", "SIMONEV Pembangunan", "Antrean Poli Daring")
                .doesNotContain("Tabungan Sampah Warga", "SIPADU Aduan Warga");
        assertThat(i.incompleteLines()).extracting(l -> l.innovation().name()).contains("SIPADU Aduan Warga");
        assertThat(i.entered()).isGreaterThan(i.inWindow());
        assertThat(i.inWindow()).isGreaterThan(i.running());
        assertThat(i.qualifying()).isEqualTo(i.qualifyingLines().size());
        assertThat(i.iid()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(i.predicate()).isIn("Sangat Inovatif", "Inovatif", "Kurang Inovatif");

        mvc.perform(get("/innovations/index").param("year", "2025").with(user("opd1").roles("OPD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(i.entered() + " terdaftar, " + i.qualifying() + " memenuhi syarat")))
                .andExpect(content().string(containsString(i.predicate())))
                .andExpect(content().string(containsString("SIPADU Aduan Warga")))
                .andExpect(content().string(not(containsString("id=\"to-setup\""))));
        mvc.perform(get("/api/innovations/index").param("year", "2025").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualifying").value((int) i.qualifying()))
                .andExpect(jsonPath("$.predicate").value(i.predicate()));
    }

    @Test
    void computingTheIndexWritesNothingAndCostsAFixedNumberOfQueries() {
        List<String> statements = SqlStatements.of(() -> index.of(2025));
        assertThat(statements).as("statements:%n%s", String.join("\n", statements))
                .noneMatch(sql -> sql.toLowerCase().matches("(?s)\\s*(insert|update|delete).*"));
        assertThat(statements.size()).as("a handful of queries").isLessThanOrEqualTo(14);
    }

    @Test
    void aYearWithoutAWindowSaysSoInsteadOfComputingOnNothing() throws Exception {
        mvc.perform(get("/api/innovations/index").param("year", "2026").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.year").value("Jendela penilaian untuk 2026 belum ditetapkan"));
        mvc.perform(get("/innovations/index").param("year", "2026").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jendela penilaian untuk 2026 belum ditetapkan")))
                .andExpect(content().string(containsString("id=\"to-setup\"")))
                .andExpect(content().string(not(containsString("id=\"qualifying\""))));
        mvc.perform(get("/api/innovations/index.csv").param("year", "2026").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theExportsListTheQualifyingInnovationsInThePortalsColumnsWithoutNip() throws Exception {
        byte[] xlsx = mvc.perform(get("/innovations/index.xlsx").param("year", "2025").with(user("opd1").roles("OPD")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        InnovationIndex.Index i = index.of(2025);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("Nama inovasi", "OPD", "Urusan pemerintahan", "Bentuk inovasi",
                    "Waktu penerapan", "Jabatan penanggung jawab", "Permasalahan", "Manfaat", "Tautan bukti", "Nilai Kawal");
            assertThat(sheet.getLastRowNum()).isEqualTo(i.qualifying());
            Row izin = null;
            for (Row row : sheet) {
                if (text.formatCellValue(row.getCell(0)).equals("Izin Kilat")) {
                    izin = row;
                }
            }
            assertThat(izin).isNotNull();
            assertThat(izin.getCell(1).getStringCellValue()).isEqualTo("DPMPTSP");
            assertThat(izin.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 8, 14));
            assertThat(izin.getCell(5).getStringCellValue()).isEqualTo("Kepala Bidang Pelayanan Perizinan");
            assertThat(izin.getCell(8).getStringCellValue()).contains("https://dpmptsp.pekalongankota.go.id/");
        }
        String csv = mvc.perform(get("/api/innovations/index.csv").param("year", "2025").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("Nama inovasi,OPD,").contains("Izin Kilat,DPMPTSP,Penanaman modal,Digital,2023-08-14")
                .doesNotContain("SIPADU Aduan Warga").doesNotContainPattern("\\d{18}");
    }

    @Test
    void weightsThatDoNotSumToHundredAreRefusedNextToTheirGroupAndNothingIsSaved() throws Exception {
        Map<String, BigDecimal> before = weights();
        mvc.perform(put("/api/innovations/index/weights").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weights\":{\"SPD\":30,\"SID\":74.8,\"INNOVATIONS\":80,\"COUNT\":20,\"OWNER\":30,"
                                + "\"MATURITY\":25,\"USAGE_RECENT\":25,\"REPLICATED\":10,\"AWARDED\":10}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['group.ASPECT']").value("Bobot kelompok ini berjumlah 104.8, harus 100"));
        mvc.perform(post("/innovations/index/setup/weights").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("weights[SPD]", "25.2").param("weights[SID]", "74.8").param("weights[INNOVATIONS]", "80")
                        .param("weights[COUNT]", "20").param("weights[OWNER]", "30").param("weights[MATURITY]", "25")
                        .param("weights[USAGE_RECENT]", "25").param("weights[REPLICATED]", "150").param("weights[AWARDED]", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Isi angka 0 sampai 100")))
                .andExpect(content().string(containsString("id=\"group-INDICATOR-error\"")));
        assertThat(weights()).isEqualTo(before);
    }

    @Test
    void anAdministratorChangesTheWeightsAndTheScoreFollows() throws Exception {
        Map<String, BigDecimal> before = weights();
        BigDecimal iidBefore = index.of(2025).iid();
        try {
            mvc.perform(put("/api/innovations/index/weights").with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"weights\":{\"SPD\":50,\"SID\":50,\"INNOVATIONS\":80,\"COUNT\":20,\"OWNER\":30,"
                                    + "\"MATURITY\":25,\"USAGE_RECENT\":25,\"REPLICATED\":10,\"AWARDED\":10}}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].code").value("SPD"))
                    .andExpect(jsonPath("$[0].weight").value(50));
            assertThat(index.of(2025).iid()).isNotEqualByComparingTo(iidBefore);
        } finally {
            index.saveWeights(before, "admin");
        }
        mvc.perform(put("/api/innovations/index/weights").with(httpBasic("opd1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"weights\":{}}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorSetsAWindowAndAReversedOneIsRefusedOnItsEnd() throws Exception {
        mvc.perform(put("/api/innovations/index/2031/window").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"windowFrom\":\"2030-12-31\",\"windowTo\":\"2029-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.windowTo").value("Akhir jendela tidak boleh sebelum awalnya"));
        assertThat(index.window(2031)).isEmpty();
        mvc.perform(post("/innovations/index/setup/window").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("year", "2031").param("windowFrom", "2030-12-31").param("windowTo", "2029-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Akhir jendela tidak boleh sebelum awalnya")));
        assertThat(index.window(2031)).isEmpty();

        mvc.perform(put("/api/innovations/index/2031/window").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"windowFrom\":\"2029-01-01\",\"windowTo\":\"2030-12-31\",\"spdScore\":40}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2031));
        mvc.perform(get("/api/innovations/index").param("year", "2031").with(httpBasic("opd1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualifying").value(0))
                .andExpect(jsonPath("$.predicate").value("Tidak Dapat Dinilai"));
        mvc.perform(put("/api/innovations/index/2031/window").with(httpBasic("opd1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"windowFrom\":\"2029-01-01\",\"windowTo\":\"2030-12-31\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSetupPageIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/innovations/index/setup").param("year", "2025").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"weights-form\"")))
                .andExpect(content().string(containsString("value=\"01-01-2023\"")));
        mvc.perform(get("/innovations/index/setup").with(user("opd1").roles("OPD"))).andExpect(status().isForbidden());
    }

    private Map<String, BigDecimal> weights() {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        for (IndexWeight x : index.weights()) {
            w.put(x.getCode(), x.getWeight());
        }
        return w;
    }
}
