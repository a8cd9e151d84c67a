package id.kawal.innovation.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the dashboard's bar chart, drawn by the page as inline SVG: for each year, the OPDs that met the
 * target out of all the OPDs shown. The page decides the words; this decides where the bars go.
 */
public record DashboardChart(int width, int height, int baseline, List<Bar> bars) {

    static final int HEIGHT = 200;
    static final int TOP = 20;
    static final int BOTTOM = 30;
    static final int BAR_WIDTH = 36;
    static final int GAP = 24;
    static final int LEFT = 20;

    /** One year: the bar of OPDs that met the target, its outline the height of all OPDs. */
    public record Bar(int year, int x, int y, int barHeight, int outlineY, int outlineHeight, int opdsMet, int opds,
            int labelX) {
    }

    public static DashboardChart of(InnovationDashboard.Dashboard dashboard) {
        int plot = HEIGHT - TOP - BOTTOM;
        int baseline = HEIGHT - BOTTOM;
        int most = Math.max(1, dashboard.totals().stream().mapToInt(InnovationDashboard.YearTotal::opds).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int x = LEFT;
        for (InnovationDashboard.YearTotal t : dashboard.totals()) {
            int h = (int) Math.round((double) plot * t.opdsMet() / most);
            int outline = (int) Math.round((double) plot * t.opds() / most);
            bars.add(new Bar(t.year(), x, baseline - h, h, baseline - outline, outline, t.opdsMet(), t.opds(),
                    x + BAR_WIDTH / 2));
            x += BAR_WIDTH + GAP;
        }
        return new DashboardChart(Math.max(x, 200), HEIGHT, baseline, bars);
    }
}
