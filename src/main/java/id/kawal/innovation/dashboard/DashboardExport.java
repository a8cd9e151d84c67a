package id.kawal.innovation.dashboard;

import id.kawal.report.CsvExport;
import id.kawal.report.XlsxExport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The dashboard as a file: one line per OPD and year, the same figures as the page's table, in CSV or XLSX. */
@Component
public class DashboardExport {

    private final MessageSource messages;

    public DashboardExport(MessageSource messages) {
        this.messages = messages;
    }

    public String csv(InnovationDashboard.Dashboard dashboard, Locale locale) {
        return CsvExport.write(header(locale), rows(dashboard, locale));
    }

    public byte[] xlsx(InnovationDashboard.Dashboard dashboard, Locale locale) {
        return XlsxExport.write(messages.getMessage("dashboard.sheet", null, locale), header(locale), rows(dashboard, locale));
    }

    public static String filename(InnovationDashboard.Dashboard dashboard, String extension) {
        return "dasbor-inovasi-" + dashboard.from() + "-" + dashboard.to() + "." + extension;
    }

    List<String> header(Locale locale) {
        return List.of("OPD", text("dashboard.col.year", locale), text("dashboard.col.new", locale),
                text("dashboard.col.running", locale), text("dashboard.col.stopped", locale),
                text("dashboard.col.unknown", locale), text("dashboard.col.target", locale),
                text("dashboard.col.met", locale));
    }

    List<List<Object>> rows(InnovationDashboard.Dashboard dashboard, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        String met = text("dashboard.met", locale);
        String missed = text("dashboard.missed", locale);
        for (InnovationDashboard.Row row : dashboard.rows()) {
            for (InnovationDashboard.Cell c : row.cells()) {
                rows.add(List.of(row.opd(), c.year(), c.newCount(), c.running(), c.stopped(), c.unknown(),
                        dashboard.target(), c.met() ? met : missed));
            }
        }
        return rows;
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
