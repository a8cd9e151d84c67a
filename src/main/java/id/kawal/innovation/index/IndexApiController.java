package id.kawal.innovation.index;

import id.kawal.system.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The innovation index for other systems: the index of a year and its exports; its window and weights (administrators). */
@RestController
@RequestMapping("/api/innovations")
@Tag(name = "Registri inovasi")
public class IndexApiController {

    private final InnovationIndex index;
    private final IndexExport export;
    private final Clock clock;

    public IndexApiController(InnovationIndex index, IndexExport export, Clock clock) {
        this.index = index;
        this.export = export;
        this.clock = clock;
    }

    public record WindowJson(int year, LocalDate windowFrom, LocalDate windowTo, BigDecimal spdScore,
            String updatedBy) {
        static WindowJson of(IndexYear y) {
            return new WindowJson(y.getYear(), y.getWindowFrom(), y.getWindowTo(), y.getSpdScore(), y.getUpdatedBy());
        }
    }

    public record WeightJson(String code, IndexWeight.Group group, BigDecimal weight) {
        static List<WeightJson> of(List<IndexWeight> weights) {
            return weights.stream().map(w -> new WeightJson(w.getCode(), w.getGroup(), w.getWeight())).toList();
        }
    }

    @Operation(summary = "The index of a year: entered, in the window, qualifying, the IID score and its predicate; 400 when the year has no window")
    @GetMapping("/index")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPD', 'OPD_HEAD')")
    InnovationIndex.Index get(@RequestParam(required = false) Integer year) {
        return index.of(year == null ? LocalDate.now(clock).getYear() : year);
    }

    @Operation(summary = "The qualifying innovations of a year as CSV, in the national portal's terms (no NIP)")
    @GetMapping("/index.csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPD', 'OPD_HEAD')")
    ResponseEntity<String> csv(@RequestParam int year, Locale locale) {
        InnovationIndex.Index i = index.of(year);
        return Downloads.csv(IndexExport.filename(i, "csv"), export.csv(i, locale));
    }

    @Operation(summary = "The qualifying innovations of a year as XLSX, in the national portal's terms (no NIP)")
    @GetMapping("/index.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPD', 'OPD_HEAD')")
    ResponseEntity<byte[]> xlsx(@RequestParam int year, Locale locale) {
        InnovationIndex.Index i = index.of(year);
        return Downloads.xlsx(IndexExport.filename(i, "xlsx"), export.xlsx(i, locale));
    }

    @Operation(summary = "Set a year's eligibility window (windowFrom <= windowTo) and capacity score spdScore (0-100, optional)")
    @PutMapping("/index/{year}/window")
    @PreAuthorize("hasRole('ADMIN')")
    WindowJson setWindow(@PathVariable int year, @Valid @RequestBody WindowForm form, Authentication user) {
        return WindowJson.of(index.setWindow(year, form, user.getName()));
    }

    @Operation(summary = "The weights of the index score, by group (each group sums to 100)")
    @GetMapping("/index/weights")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPD', 'OPD_HEAD')")
    List<WeightJson> weights() {
        return WeightJson.of(index.weights());
    }

    @Operation(summary = "Replace every weight at once ({\"weights\":{\"SPD\":25.2,...}}); a group not summing to 100 is a 400 and nothing is saved")
    @PutMapping("/index/weights")
    @PreAuthorize("hasRole('ADMIN')")
    List<WeightJson> saveWeights(@RequestBody WeightsForm form, Authentication user) {
        return WeightJson.of(index.saveWeights(form.getWeights(), user.getName()));
    }
}
