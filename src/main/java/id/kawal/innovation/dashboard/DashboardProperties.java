package id.kawal.innovation.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mayor's target the OPD × year dashboard measures against.
 *
 * @param targetPerYear new innovations each OPD is to start every year ({@code kawal.innovation.target-per-year}, 1)
 */
@ConfigurationProperties("kawal.innovation")
public record DashboardProperties(@DefaultValue("1") int targetPerYear) {

    public DashboardProperties {
        if (targetPerYear < 1) {
            throw new IllegalArgumentException("kawal.innovation.target-per-year must be 1 or more, not " + targetPerYear);
        }
    }
}
