package id.kawal.innovation.index;

import id.kawal.report.CsvExport;
import id.kawal.report.XlsxExport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The qualifying innovations of an index year as a file an officer pastes into the national portal: name, OPD,
 * urusan, form, start date, the owner's position (never the NIP), problem, benefit, evidence links, score.
 */
@Component
public class IndexExport {

    static final List<String> COLUMNS = List.of("index.col.name", "index.col.opd", "index.col.urusan", "index.col.form",
            "index.col.startedOn", "index.col.ownerPosition", "index.col.problem", "index.col.benefit",
            "index.col.links", "index.col.score");

    private final MessageSource messages;

    public IndexExport(MessageSource messages) {
        this.messages = messages;
    }

    public String csv(InnovationIndex.Index index, Locale locale) {
        return CsvExport.write(header(locale), rows(index, locale));
    }

    public byte[] xlsx(InnovationIndex.Index index, Locale locale) {
        return XlsxExport.write(messages.getMessage("index.sheet", new Object[] {String.valueOf(index.year())}, locale),
                header(locale), rows(index, locale));
    }

    public static String filename(InnovationIndex.Index index, String extension) {
        return "indeks-inovasi-" + index.year() + "." + extension;
    }

    List<String> header(Locale locale) {
        return COLUMNS.stream().map(code -> messages.getMessage(code, null, locale)).toList();
    }

    List<List<Object>> rows(InnovationIndex.Index index, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (InnovationIndex.Line line : index.qualifyingLines()) {
            Candidate c = line.innovation();
            rows.add(new ArrayList<>(Arrays.asList(c.name(), c.opd(), c.urusan(),
                    c.form() == null ? null : messages.getMessage("iform." + c.form(), null, locale), c.startedOn(),
                    c.ownerPosition(), c.problem(), c.benefit(), String.join("\n", line.links()), line.score())));
        }
        return rows;
    }
}
