package id.kawal.innovation.dashboard;

import id.kawal.innovation.InnovationRegistry;
import id.kawal.system.InvalidInputException;
import id.kawal.system.web.FormErrors;
import id.kawal.system.web.Downloads;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The OPD × year dashboard: administrators, OPD officers and heads of OPD read it; nobody changes anything here. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OPD', 'OPD_HEAD')")
public class DashboardController {

    private final InnovationDashboard dashboard;
    private final DashboardExport export;
    private final InnovationRegistry registry;
    private final MessageSource messages;

    public DashboardController(InnovationDashboard dashboard, DashboardExport export, InnovationRegistry registry,
            MessageSource messages) {
        this.dashboard = dashboard;
        this.export = export;
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping("/innovations/dashboard")
    String page(@ModelAttribute("query") DashboardQuery query, BindingResult binding, Model model, Locale locale) {
        model.addAttribute("opds", registry.opds());
        if (!binding.hasErrors()) {
            try {
                InnovationDashboard.Dashboard d = dashboard.of(query.getFrom(), query.getTo(), query.getOpd());
                query.setFrom(d.from());
                query.setTo(d.to());
                model.addAttribute("dashboard", d);
                model.addAttribute("chart", DashboardChart.of(d));
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        return "innovations/dashboard";
    }

    @GetMapping("/innovations/dashboard.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
            @RequestParam(required = false) String opd, Locale locale) {
        InnovationDashboard.Dashboard d = dashboard.of(from, to, opd);
        return Downloads.csv(DashboardExport.filename(d, "csv"), export.csv(d, locale));
    }

    @GetMapping("/innovations/dashboard.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
            @RequestParam(required = false) String opd, Locale locale) {
        InnovationDashboard.Dashboard d = dashboard.of(from, to, opd);
        return Downloads.xlsx(DashboardExport.filename(d, "xlsx"), export.xlsx(d, locale));
    }
}
