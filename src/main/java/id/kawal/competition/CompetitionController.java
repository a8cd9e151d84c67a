package id.kawal.competition;

import static id.kawal.competition.CompetitionProcess.*;

import id.kawal.certificate.CertificateService;
import id.kawal.document.DocumentOwner;
import id.kawal.document.DocumentService;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.system.ConflictException;
import id.kawal.system.InvalidInputException;
import id.kawal.system.web.Downloads;
import id.kawal.system.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's competition pages: setup, the entries and their review, the round's steps. */
@Controller
@RequestMapping("/admin/competitions")
public class CompetitionController {

    private final CompetitionService competitions;
    private final EntryRepository entries;
    private final JuryService jury;
    private final ResultsService results;
    private final UserAccountService accounts;
    private final MessageSource messages;
    private final CompetitionReport report;
    private final CertificateService certificates;

    public CompetitionController(CompetitionService competitions, EntryRepository entries, JuryService jury,
            ResultsService results, UserAccountService accounts, MessageSource messages, CompetitionReport report,
            CertificateService certificates) {
        this.certificates = certificates;
        this.report = report;
        this.competitions = competitions;
        this.entries = entries;
        this.jury = jury;
        this.results = results;
        this.accounts = accounts;
        this.messages = messages;
    }

    @InitBinder
    void disallowIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        CompetitionForm form = new CompetitionForm();
        form.pad();
        return listPage(form, model);
    }

    private String listPage(CompetitionForm form, Model model) {
        model.addAttribute("competitions", competitions.all());
        model.addAttribute("form", form);
        model.addAttribute("jurors", accounts.usersWithRole(Role.JUROR));
        model.addAttribute("kinds", CompetitionKind.values());
        model.addAttribute("tieBreaks", TieBreakRule.values());
        return "competitions/list";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CompetitionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                Competition competition = competitions.create(form);
                redirect.addFlashAttribute("message", "flash.competitionCreated");
                return "redirect:/admin/competitions/" + competition.getId();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        form.pad();
        return listPage(form, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Competition competition = competitions.get(id);
        model.addAttribute("competition", competition);
        List<Entry> all = entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(id);
        model.addAttribute("entries", all);
        Map<Long, JuryService.SpreadView> spreads = new LinkedHashMap<>();
        all.stream().filter(e -> e.getStatus().ordinal() >= EntryStatus.SCORING.ordinal())
                .forEach(e -> spreads.put(e.getId(), jury.spread(e.getId())));
        model.addAttribute("spreads", spreads);
        Task task = competitions.currentTask(competition);
        model.addAttribute("task", task);
        if (task != null && FINALISE_AWARDS.equals(task.getTaskDefinitionKey())) {
            model.addAttribute("suggestedAwards", results.suggestedAwards(id));
        }
        model.addAttribute("results", results.results(id));
        return "competitions/show";
    }

    @PostMapping("/{id}/tasks/{taskId}")
    String step(@PathVariable Long id, @PathVariable String taskId, @RequestParam Map<String, String> params,
            Authentication user, RedirectAttributes redirect, Locale locale) {
        Task task = competitions.currentTask(competitions.competition(id));
        String key = task == null || !task.getId().equals(taskId) ? "" : task.getTaskDefinitionKey();
        try {
            switch (key) {
                case FINISH_DESK_REVIEW -> competitions.finishDeskReview(taskId, user.getName());
                case CLOSE_SCORING_ROUND -> jury.closeScoringRound(taskId, user.getName());
                case RESOLVE_TIE -> results.resolveTie(taskId, user.getName(), Arrays.stream(
                        params.getOrDefault("order", "").split("[,\\s]+")).filter(s -> !s.isBlank()).map(Long::valueOf).toList());
                case HOLD_PRESENTATIONS -> results.holdPresentations(taskId, user.getName());
                case FINALISE_AWARDS -> {
                    Map<Long, String> awards = new LinkedHashMap<>();
                    params.forEach((k, v) -> {
                        if (k.startsWith("award_")) {
                            awards.put(Long.valueOf(k.substring(6)), v);
                        }
                    });
                    results.finaliseAwards(taskId, user.getName(), awards);
                }
                default -> throw new ConflictException("task.alreadyCompleted");
            }
            redirect.addFlashAttribute("message", "flash.taskDone");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.getFieldErrors().values().stream()
                    .map(m -> messages.getMessage(m, locale)).toList());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("problems", List.of(messages.getMessage("ranking.orderIncomplete", null, locale)));
        }
        return "redirect:/admin/competitions/" + id;
    }

    @GetMapping("/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable Long id, Locale locale) {
        byte[] pdf = report.pdf(id, locale);
        return Downloads.attachment("laporan-hasil-" + id + ".pdf", MediaType.APPLICATION_PDF, DocumentService.sha256(pdf), pdf);
    }

    /** Every piagam of the competition in one ZIP (they are issued when the results are published). */
    @GetMapping("/{id}/certificates.zip")
    ResponseEntity<byte[]> certificatesZip(@PathVariable Long id) {
        List<Long> entryIds = entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(id).stream().map(Entry::getId).toList();
        byte[] bytes = certificates.zipOf(ResultsService.PIAGAM, DocumentOwner.COMPETITION_ENTRY.name(), entryIds, Map.of());
        return Downloads.attachment("piagam-kompetisi-" + id + ".zip", MediaType.parseMediaType("application/zip"),
                DocumentService.sha256(bytes), bytes);
    }

    @PostMapping("/{id}/entries/{entryId}/revisit")
    String revisit(@PathVariable Long id, @PathVariable Long entryId, @RequestParam String juror,
            @RequestParam(required = false) String note, RedirectAttributes redirect, Locale locale) {
        try {
            jury.requestRevisit(entryId, juror, note);
            redirect.addFlashAttribute("message", "flash.revisitRequested");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.getFieldErrors().values().stream().map(m -> messages.getMessage(m, locale)).toList());
        }
        return "redirect:/admin/competitions/" + id;
    }
}
