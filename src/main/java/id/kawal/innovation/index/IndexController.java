package id.kawal.innovation.index;

import id.kawal.system.InvalidInputException;
import id.kawal.system.web.Downloads;
import id.kawal.system.web.FormErrors;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The index pages: the index of a year (administrators, OPD officers and heads read it) and its setup (administrators). */
@Controller
public class IndexController {

    private final InnovationIndex index;
    private final IndexExport export;
    private final MessageSource messages;
    private final Clock clock;

    public IndexController(InnovationIndex index, IndexExport export, MessageSource messages, Clock clock) {
        this.index = index;
        this.export = export;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder
    void bindOnlyTheForm(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/innovations/index")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPD', 'OPD_HEAD')")
    String page(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("windows", index.windows());
        try {
            model.addAttribute("index", index.of(y));
        } catch (InvalidInputException e) {
            model.addAttribute("yearError", messages.getMessage(e.getFieldErrors().get("year"), locale));
            model.addAttribute("weights", index.weights());
        }
        return "innovations/index";
    }

    @GetMapping("/innovations/index.csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPD', 'OPD_HEAD')")
    ResponseEntity<String> csv(@RequestParam int year, Locale locale) {
        InnovationIndex.Index i = index.of(year);
        return Downloads.csv(IndexExport.filename(i, "csv"), export.csv(i, locale));
    }

    @GetMapping("/innovations/index.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPD', 'OPD_HEAD')")
    ResponseEntity<byte[]> xlsx(@RequestParam int year, Locale locale) {
        InnovationIndex.Index i = index.of(year);
        return Downloads.xlsx(IndexExport.filename(i, "xlsx"), export.xlsx(i, locale));
    }

    @GetMapping("/innovations/index/setup")
    @PreAuthorize("hasRole('ADMIN')")
    String setup(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        WindowForm window = index.window(y).map(w -> new WindowForm(w.getWindowFrom(), w.getWindowTo(), w.getSpdScore()))
                .orElseGet(WindowForm::new);
        window.setYear(y);
        return setupPage(window, null, model);
    }

    @PostMapping("/innovations/index/setup/window")
    @PreAuthorize("hasRole('ADMIN')")
    String saveWindow(@Valid @ModelAttribute("window") WindowForm form, BindingResult binding, Authentication user,
            Model model, RedirectAttributes redirect, Locale locale) {
        if (form.getYear() == null) {
            binding.rejectValue("year", "field.required", messages.getMessage("field.required", null, locale));
        }
        if (!binding.hasErrors()) {
            try {
                index.setWindow(form.getYear(), form, user.getName());
                redirect.addFlashAttribute("message", "flash.indexWindowSaved");
                return "redirect:/innovations/index?year=" + form.getYear();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        return setupPage(form, null, model);
    }

    @PostMapping("/innovations/index/setup/weights")
    @PreAuthorize("hasRole('ADMIN')")
    String saveWeights(@ModelAttribute("weightsForm") WeightsForm form, BindingResult binding,
            @RequestParam(required = false) Integer year, Authentication user, Model model, RedirectAttributes redirect,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                index.saveWeights(form.getWeights(), user.getName());
                redirect.addFlashAttribute("message", "flash.indexWeightsSaved");
                return "redirect:/innovations/index/setup" + (year == null ? "" : "?year=" + year);
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        WindowForm window = new WindowForm();
        window.setYear(year == null ? LocalDate.now(clock).getYear() : year);
        index.window(window.getYear()).ifPresent(w -> {
            window.setWindowFrom(w.getWindowFrom());
            window.setWindowTo(w.getWindowTo());
            window.setSpdScore(w.getSpdScore());
        });
        return setupPage(window, form, model);
    }

    private String setupPage(WindowForm window, WeightsForm weights, Model model) {
        model.addAttribute("window", window);
        model.addAttribute("weightsForm", weights != null ? weights : new WeightsForm(index.weights().stream()
                .collect(Collectors.toMap(IndexWeight::getCode, IndexWeight::getWeight,
                        (a, b) -> a, LinkedHashMap::new))));
        model.addAttribute("weights", index.weights());
        model.addAttribute("windows", index.windows());
        return "innovations/index-setup";
    }
}
