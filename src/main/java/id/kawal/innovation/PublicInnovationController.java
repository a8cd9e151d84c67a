package id.kawal.innovation;

import id.kawal.system.InboxPage;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public catalogue, without login: running innovations only, each with its owner's position (never the NIP),
 * its history and its certificates with their verification links.
 */
@Controller
public class PublicInnovationController {

    private final InnovationRegistry registry;
    private final InnovationViews views;

    public PublicInnovationController(InnovationRegistry registry, InnovationViews views) {
        this.registry = registry;
        this.views = views;
    }

    @GetMapping("/public/innovations")
    String list(@RequestParam(required = false) String opd, @RequestParam(required = false) InnovationStatus status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) InnovationForm form,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Innovation> rows = registry.page(new InnovationFilter(opd, status, year, form, q, null, null).runningOnly(),
                page, InboxPage.DEFAULT_SIZE);
        model.addAttribute("innovations", rows);
        model.addAttribute("opd", opd);
        model.addAttribute("opds", registry.opds());
        model.addAttribute("status", status);
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        model.addAttribute("q", q);
        model.addAttribute("statuses", InnovationStatus.RUNNING);
        model.addAttribute("forms", InnovationForm.values());
        return "innovations/public-list";
    }

    @GetMapping("/public/innovations/{id}")
    String show(@PathVariable Long id, Model model) {
        Innovation innovation = registry.published(id);
        model.addAttribute("detail", views.of(innovation));
        model.addAttribute("i", innovation);
        return "innovations/public-show";
    }
}
