package id.kawal.competition;

import static id.kawal.competition.CompetitionProcess.*;

import id.kawal.certificate.CertificateService;
import id.kawal.document.DocumentOwner;
import id.kawal.document.DocumentService;
import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.system.InvalidInputException;
import id.kawal.system.NotFoundException;
import id.kawal.system.web.FormErrors;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Competitions as OPDs and jurors see them: entering, completing, scoring; and the public results. */
@Controller
public class EntryController {

    private final CompetitionService competitions;
    private final EntryService entryService;
    private final EntryRepository entries;
    private final EntryAccess access;
    private final JuryService jury;
    private final ResultsService results;
    private final DocumentService documents;
    private final EntryFacts facts;
    private final UserAccountService accounts;
    private final PersonRepository people;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final MessageSource messages;
    private final CertificateService certificates;
    private final InnovationRegistry registry;

    public EntryController(CompetitionService competitions, EntryService entryService, EntryRepository entries,
            EntryAccess access, JuryService jury, ResultsService results, DocumentService documents, EntryFacts facts,
            UserAccountService accounts, PersonRepository people, TaskService tasks,
            RuntimeService runtime, MessageSource messages, CertificateService certificates,
            InnovationRegistry registry) {
        this.registry = registry;
        this.certificates = certificates;
        this.people = people;
        this.competitions = competitions;
        this.entryService = entryService;
        this.entries = entries;
        this.access = access;
        this.jury = jury;
        this.results = results;
        this.documents = documents;
        this.facts = facts;
        this.accounts = accounts;
        this.tasks = tasks;
        this.runtime = runtime;
        this.messages = messages;
    }

    @InitBinder
    void disallowIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/competitions")
    String list(Authentication user, Model model) {
        model.addAttribute("competitions", competitions.all());
        model.addAttribute("myEntries", accounts.rolesOf(user.getName()).contains(Role.OPD)
                ? people.findById(user.getName()).map(p -> entries.findByOpdIgnoreCaseOrderBySubmittedAtDesc(p.getAgency()))
                        .orElse(List.of()) : List.of());
        return "competitions/public-list";
    }

    /** Only OPD officers enter innovations; the list shows them alone the link (the API's rule too). */
    @GetMapping("/competitions/{id}/entries/new")
    @PreAuthorize("hasRole('OPD')")
    String newEntry(@PathVariable Long id, @RequestParam(name = "innovation", required = false) Long innovationId,
            Authentication user, Model model) {
        EntryForm form = new EntryForm();
        String opd = people.findById(user.getName()).map(p -> p.getAgency()).orElse(null);
        // chosen from the OPD's records in the registry: the form comes filled in, nothing typed twice
        if (innovationId != null) {
            registry.ofOpd(opd).stream().filter(i -> i.getId().equals(innovationId)).findFirst().ifPresent(i -> {
                form.setInnovationId(i.getId());
                form.setInnovationTitle(i.getName());
                form.setSummary(i.getBenefit() != null ? i.getBenefit() : i.getProblem());
                form.setImplementedOn(i.getStartedOn());
            });
        }
        return entryForm(id, form, registry.ofOpd(opd), model);
    }

    private String entryForm(Long id, EntryForm form, List<Innovation> ofOpd, Model model) {
        model.addAttribute("registry", ofOpd);
        return entryForm(id, form, model);
    }

    private String entryForm(Long id, EntryForm form, Model model) {
        model.addAttribute("competition", competitions.get(id));
        model.addAttribute("form", form);
        return "entries/new";
    }

    @PostMapping("/competitions/{id}/entries")
    @PreAuthorize("hasRole('OPD')")
    String submit(@PathVariable Long id, @Valid @ModelAttribute("form") EntryForm form, BindingResult binding,
            MultipartHttpServletRequest request, Authentication user, Model model, RedirectAttributes redirect,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                Entry entry = entryService.submit(id, user.getName(), form, filesByType(id, request));
                redirect.addFlashAttribute("message", "flash.entrySubmitted");
                return "redirect:/entries/" + entry.getId();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        return entryForm(id, form, registry.ofOpd(people.findById(user.getName())
                .map(p -> p.getAgency()).orElse(null)), model);
    }

    private Map<String, List<MultipartFile>> filesByType(Long competitionId, MultipartHttpServletRequest request) {
        return EntryUploads.byType(competitions.get(competitionId).getRequiredDocuments(), request);
    }

    @GetMapping("/entries/{id}")
    String show(@PathVariable Long id, Authentication user, Model model) {
        Entry entry = access.viewable(id, user);
        Competition competition = competitions.get(entry.getCompetition().getId());
        boolean admin = Role.ADMIN.isHeldBy(user);
        model.addAttribute("entry", entry);
        model.addAttribute("competition", competition);
        model.addAttribute("documents", documents.ofEntry(id));
        model.addAttribute("certificate", certificates.forSubject(ResultsService.PIAGAM, DocumentOwner.COMPETITION_ENTRY.name(), id).orElse(null));
        model.addAttribute("missing", facts.missingDocumentTypes(id));
        model.addAttribute("innovationId", registry.ofEntry(id).orElse(null));
        EntryAudience audience = access.audience(entry, user);
        model.addAttribute("audience", audience);
        model.addAttribute("resultsShown", audience.seesResults(entry));
        model.addAttribute("scores", jury.visibleScores(id, user.getName(), audience));
        model.addAttribute("assignments", admin ? jury.assignmentsOf(id) : List.of());
        model.addAttribute("jurors", admin ? accounts.usersWithRole(Role.JUROR) : List.of());
        List<Task> open = entry.getProcessInstanceId() == null ? List.of()
                : tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).list();
        Task mine = open.stream().filter(t -> user.getName().equals(t.getAssignee())
                || (t.getAssignee() == null && admin)).findFirst().orElse(null);
        model.addAttribute("task", mine);
        model.addAttribute("lateScoreTasks", admin ? open.stream().filter(t -> SCORE_ENTRY.equals(t.getTaskDefinitionKey())).toList() : List.of());
        if (mine != null && DESK_REVIEW.equals(mine.getTaskDefinitionKey())) {
            model.addAttribute("suggestion", runtime.getVariable(mine.getExecutionId(), VAR_ELIGIBILITY));
            model.addAttribute("suggestionReason", runtime.getVariable(mine.getExecutionId(), VAR_ELIGIBILITY_REASON));
        }
        if (!model.containsAttribute("deskForm")) {
            model.addAttribute("deskForm", new DeskReviewForm());
        }
        model.addAttribute("revisit", jury.assignmentsOf(id).stream()
                .filter(a -> a.getJuror().equals(user.getName()) && a.getStatus() == JuryAssignment.Status.REVISIT_REQUESTED)
                .findFirst().orElse(null));
        return "entries/show";
    }

    @PostMapping("/entries/{id}/desk-review")
    String deskReview(@PathVariable Long id, @RequestParam String taskId, @Valid @ModelAttribute("deskForm") DeskReviewForm form,
            BindingResult binding, Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                entryService.deskReview(taskId, user.getName(), form);
                redirect.addFlashAttribute("message", "flash.taskDone");
                return "redirect:/entries/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        return show(id, user, model);
    }

    @PostMapping("/entries/{id}/documents")
    String completeDocuments(@PathVariable Long id, @RequestParam String taskId, MultipartHttpServletRequest request,
            Authentication user, RedirectAttributes redirect, Locale locale) {
        Entry entry = access.viewable(id, user);
        try {
            entryService.completeDocuments(taskId, user.getName(), filesByType(entry.getCompetition().getId(), request));
            redirect.addFlashAttribute("message", "flash.taskDone");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", problems(e, locale));
        }
        return "redirect:/entries/" + id;
    }

    @PostMapping({"/entries/{id}/score", "/entries/{id}/revise"})
    String score(@PathVariable Long id, @RequestParam(required = false) String taskId, @RequestParam Map<String, String> params,
            Authentication user, RedirectAttributes redirect, Locale locale) {
        Entry entry = access.viewable(id, user);
        ScoreForm form = new ScoreForm();
        try {
            for (Criterion c : competitions.get(entry.getCompetition().getId()).getCriteria()) {
                String value = params.get("score_" + c.getId());
                form.getScores().add(new ScoreForm.Row(c.getId(), value == null || value.isBlank() ? null
                        : new BigDecimal(value.trim().replace(',', '.')), params.get("comment_" + c.getId())));
            }
            for (ScoreForm.Row row : form.getScores()) {
                if (row.getValue() == null || row.getValue().signum() < 0 || row.getValue().compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new InvalidInputException("score_" + row.getCriterionId(), "score.range");
                }
            }
            if (taskId != null) {
                jury.score(taskId, user.getName(), form);
            } else {
                jury.revise(id, user.getName(), form);
            }
            redirect.addFlashAttribute("message", "flash.taskDone");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", problems(e, locale));
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("problems", List.of(messages.getMessage("score.range", null, locale)));
        }
        return "redirect:/entries/" + id;
    }

    @PostMapping("/entries/{id}/reassign")
    String reassign(@PathVariable Long id, @RequestParam String taskId, @RequestParam String juror,
            Authentication user, RedirectAttributes redirect, Locale locale) {
        try {
            jury.reassign(taskId, user.getName(), juror);
            redirect.addFlashAttribute("message", "flash.reassigned");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", problems(e, locale));
        }
        return "redirect:/entries/" + id;
    }

    @GetMapping("/results/{id}")
    String results(@PathVariable Long id, Model model) {
        ResultsService.ResultsView view;
        try {
            view = results.results(id);
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (view.competition().getStatus() != CompetitionStatus.PUBLISHED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("view", view);
        return "competitions/results";
    }

    private List<String> problems(InvalidInputException e, Locale locale) {
        return e.getFieldErrors().values().stream().map(m -> messages.getMessage(m, locale)).toList();
    }
}
