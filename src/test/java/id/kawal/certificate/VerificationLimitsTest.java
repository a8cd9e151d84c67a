package id.kawal.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.kawal.system.KawalProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class VerificationLimitsTest {

    private Instant now = Instant.parse("2025-06-17T07:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private VerificationLimits limits(int maxClients) {
        return new VerificationLimits(new KawalProperties.Verify(DataSize.ofMegabytes(10), 10, Duration.ofMinutes(1),
                maxClients), clock);
    }

    @Test
    void theEleventhCheckInAMinuteFromOneAddressIsRefusedWithWhenToComeBack() {
        VerificationLimits limits = limits(1000);
        for (int i = 0; i < 10; i++) {
            limits.admit("203.0.113.7", 1000);
        }
        now = now.plusSeconds(15);
        VerificationRefused refused = catchThrowableOfType(VerificationRefused.class, () -> limits.admit("203.0.113.7", 1000));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfterSeconds()).isEqualTo(45);
        limits.admit("203.0.113.8", 1000);
    }

    @Test
    void theBudgetComesBackWhenTheWindowEnds() {
        VerificationLimits limits = limits(1000);
        for (int i = 0; i < 11; i++) {
            try {
                limits.admit("203.0.113.7", 1000);
            } catch (VerificationRefused e) {
                assertThat(i).isEqualTo(10);
            }
        }
        now = now.plus(Duration.ofMinutes(1));
        limits.admit("203.0.113.7", 1000);
    }

    @Test
    void aFileOverTheLimitIsRefusedAsTooLarge() {
        VerificationLimits limits = limits(1000);
        limits.admit("203.0.113.7", DataSize.ofMegabytes(10).toBytes());
        assertThatThrownBy(() -> limits.admit("203.0.113.7", DataSize.ofMegabytes(10).toBytes() + 1))
                .isInstanceOfSatisfying(VerificationRefused.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.getArguments()).containsExactly(10L);
                });
    }

    @Test
    void aFloodOfAddressesDoesNotGrowTheCountsBeyondTheirBound() {
        VerificationLimits limits = limits(100);
        for (int i = 0; i < 10_000; i++) {
            limits.admit("10.0." + (i / 256) + "." + (i % 256), 1000);
        }
        assertThat(limits.clientsCounted()).isLessThanOrEqualTo(100);
    }
}
