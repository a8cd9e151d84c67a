package id.kawal.innovation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The target rule and the chart's geometry, without the database. */
class DashboardRulesTest {

    @Test
    void aYearMeetsTheTargetWithAsManyNewInnovationsAsTheTargetOrMore() {
        assertThat(InnovationDashboard.met(0, 1)).isFalse();
        assertThat(InnovationDashboard.met(1, 1)).isTrue();
        assertThat(InnovationDashboard.met(3, 1)).isTrue();
        assertThat(InnovationDashboard.met(1, 2)).isFalse();
        assertThat(InnovationDashboard.met(2, 2)).isTrue();
    }

    @Test
    void aTargetBelowOneIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new DashboardProperties(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("target-per-year");
        assertThat(new DashboardProperties(2).targetPerYear()).isEqualTo(2);
    }

    @Test
    void theChartsBarsAreAsHighAsTheShareOfOpdsThatMetTheTarget() {
        var totals = List.of(new InnovationDashboard.YearTotal(2024, 3, 3, 0, 0, 2, 4),
                new InnovationDashboard.YearTotal(2025, 6, 5, 1, 0, 4, 4),
                new InnovationDashboard.YearTotal(2026, 0, 0, 0, 0, 0, 4));
        var dashboard = new InnovationDashboard.Dashboard(2024, 2026, null, 1, List.of(2024, 2025, 2026), List.of(), totals);

        DashboardChart chart = DashboardChart.of(dashboard);

        int plot = DashboardChart.HEIGHT - DashboardChart.TOP - DashboardChart.BOTTOM;
        assertThat(chart.bars()).extracting(DashboardChart.Bar::barHeight).containsExactly(plot / 2, plot, 0);
        assertThat(chart.bars()).extracting(DashboardChart.Bar::outlineHeight).containsOnly(plot);
        assertThat(chart.bars()).allSatisfy(b -> assertThat(b.y() + b.barHeight()).isEqualTo(chart.baseline()));
        assertThat(chart.bars().get(1).x()).isGreaterThan(chart.bars().get(0).x() + DashboardChart.BAR_WIDTH);
    }
}
