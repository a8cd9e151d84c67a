package id.kawal.innovation.dashboard;

import id.kawal.system.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The OPD × year dashboard for other systems: JSON, CSV and XLSX of the same table. */
@RestController
@RequestMapping("/api/innovations")
@PreAuthorize("hasAnyRole('ADMIN', 'OPD', 'OPD_HEAD')")
@Tag(name = "Registri inovasi")
public class DashboardApiController {

    private final InnovationDashboard dashboard;
    private final DashboardExport export;

    public DashboardApiController(InnovationDashboard dashboard, DashboardExport export) {
        this.dashboard = dashboard;
        this.export = export;
    }

    @Operation(summary = "New, running and stopped innovations per OPD and year (by start date) against the yearly target")
    @GetMapping("/dashboard")
    InnovationDashboard.Dashboard get(@RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, @RequestParam(required = false) String opd) {
        return dashboard.of(from, to, opd);
    }

    @Operation(summary = "The dashboard as CSV: one line per OPD and year")
    @GetMapping("/dashboard.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
            @RequestParam(required = false) String opd, Locale locale) {
        InnovationDashboard.Dashboard d = dashboard.of(from, to, opd);
        return Downloads.csv(DashboardExport.filename(d, "csv"), export.csv(d, locale));
    }

    @Operation(summary = "The dashboard as XLSX: one line per OPD and year")
    @GetMapping("/dashboard.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
            @RequestParam(required = false) String opd, Locale locale) {
        InnovationDashboard.Dashboard d = dashboard.of(from, to, opd);
        return Downloads.xlsx(DashboardExport.filename(d, "xlsx"), export.xlsx(d, locale));
    }
}
