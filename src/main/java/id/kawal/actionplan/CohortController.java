package id.kawal.actionplan;

import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.report.CsvExport;
import id.kawal.system.InvalidInputException;
import id.kawal.system.web.FormErrors;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's cohort pages: every participant and their stage, and enrolment. */
@Controller
@RequestMapping("/admin/cohorts")
public class CohortController {

    private final CohortService cohorts;
    private final UserAccountService accounts;
    private final MessageSource messages;
    private final BulkIssuance bulk;
    private final ActionPlanReports reports;

    public CohortController(CohortService cohorts, UserAccountService accounts, MessageSource messages, BulkIssuance bulk,
            ActionPlanReports reports) {
        this.reports = reports;
        this.bulk = bulk;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.messages = messages;
    }

    @InitBinder
    void disallowIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("cohorts", cohorts.all());
        model.addAttribute("form", new CohortForm());
        return "cohorts/list";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CohortForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                Cohort cohort = cohorts.create(form);
                redirect.addFlashAttribute("message", "flash.cohortCreated");
                return "redirect:/admin/cohorts/" + cohort.getId();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        model.addAttribute("cohorts", cohorts.all());
        return "cohorts/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        return page(id, new EnrolmentForm(), model);
    }

    private String page(Long id, EnrolmentForm form, Model model) {
        model.addAttribute("cohort", cohorts.get(id));
        model.addAttribute("rows", cohorts.overview(id));
        model.addAttribute("form", form);
        model.addAttribute("mentors", accounts.usersWithRole(Role.MENTOR));
        model.addAttribute("coaches", accounts.usersWithRole(Role.COACH));
        model.addAttribute("examiners", accounts.usersWithRole(Role.EXAMINER));
        model.addAttribute("csvColumns", String.join(",", CohortService.CSV_COLUMNS));
        return "cohorts/show";
    }

    @PostMapping("/{id}/enrolments")
    String enrol(@PathVariable Long id, @Valid @ModelAttribute("form") EnrolmentForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                cohorts.enrol(id, form);
                redirect.addFlashAttribute("message", "flash.enrolled");
                return "redirect:/admin/cohorts/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        return page(id, form, model);
    }

    @PostMapping("/{id}/enrolments/csv")
    String importCsv(@PathVariable Long id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "skipBadRows", defaultValue = "false") boolean skipBadRows, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            CsvImportResult result = cohorts.importCsv(id,
                    new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8), skipBadRows);
            if (!result.hasErrors()) {
                redirect.addFlashAttribute("message", "flash.csvImported");
                redirect.addFlashAttribute("messageArg", result.enrolled().size());
                return "redirect:/admin/cohorts/" + id;
            }
            model.addAttribute("csvResult", result);
        } catch (InvalidInputException e) {
            model.addAttribute("csvProblem", e.getFieldErrors().values().iterator().next());
        }
        return page(id, new EnrolmentForm(), model);
    }

    @GetMapping("/{id}/recap.pdf")
    ResponseEntity<byte[]> recap(@PathVariable Long id, Locale locale) {
        byte[] pdf = reports.cohortRecap(id, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("rekap-angkatan-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/{id}/recap.csv")
    ResponseEntity<String> recapCsv(@PathVariable Long id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("rekap-angkatan-" + id + ".csv").build().toString())
                .body(reports.cohortRecapCsv(id));
    }

    @PostMapping("/{id}/certificates")
    String issueAll(@PathVariable Long id, Authentication user) {
        cohorts.get(id);
        return "redirect:/admin/cohorts/jobs/" + bulk.start(id, user.getName()).getId();
    }

    @GetMapping("/jobs/{jobId}")
    String job(@PathVariable String jobId, Model model) {
        BulkIssuance.Job job = bulk.get(jobId);
        model.addAttribute("job", job);
        model.addAttribute("cohort", cohorts.get(job.getCohortId()));
        return "cohorts/job";
    }

    @GetMapping("/jobs/{jobId}/certificates.zip")
    ResponseEntity<byte[]> zip(@PathVariable String jobId) {
        byte[] zip = bulk.zip(jobId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("sttpp-" + jobId + ".zip").build().toString())
                .body(zip);
    }

    @GetMapping("/csv-template")
    @ResponseBody
    ResponseEntity<String> csvTemplate() {
        List<String> columns = new ArrayList<>(CohortService.CSV_COLUMNS);
        columns.addAll(CohortService.OPTIONAL_CSV_COLUMNS);
        String body = CsvExport.write(columns, List.of(List.of(CsvExport.identifier("199001012015031001"),
                "Nama Peserta", "Kepala Bidang", "Dinas Contoh", "peserta.baru", "GantiSandi123", "mentor", "coach", "penguji",
                "peserta.baru@example.org")));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("enrolment-template.csv").build().toString())
                .body(body);
    }
}
