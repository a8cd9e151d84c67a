package id.kawal.innovation.handover;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kawal.innovation.*} for the handover.
 *
 * @param handoverDays days the head of the OPD has to name a successor before Bappeda (the administrators) is told
 */
@ConfigurationProperties("kawal.innovation")
public record HandoverProperties(@DefaultValue("14") int handoverDays) {
}
