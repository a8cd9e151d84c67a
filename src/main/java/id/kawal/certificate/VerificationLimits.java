package id.kawal.certificate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.kawal.system.KawalProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What an anonymous check of an uploaded PDF may cost: files up to {@code kawal.verify.max-size}, and
 * {@code kawal.verify.checks} checks per client address in each window of {@code kawal.verify.per}.
 * <p>
 * The count is kept in memory, per node: behind a load balancer a client may get the budget once per node, which is
 * enough to stop one address from keeping a node busy parsing PDFs, and needs no shared store. The counts live in a
 * Caffeine cache bounded in size (the least recently seen addresses are dropped first) whose entries expire a window
 * after their last check, so a flood of addresses cannot grow it without bound. The client address is
 * {@code request.getRemoteAddr()}, which honours {@code server.forward-headers-strategy} behind a proxy.
 */
@Component
public class VerificationLimits {

    private record Window(Instant start, int checks) {
    }

    private final KawalProperties.Verify settings;
    private final Clock clock;
    private final Cache<String, Window> windows;

    @Autowired
    public VerificationLimits(KawalProperties properties, Clock clock) {
        this(properties.verify(), clock);
    }

    VerificationLimits(KawalProperties.Verify settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.windows = Caffeine.newBuilder().maximumSize(settings.maxClients()).expireAfterWrite(settings.per()).build();
    }

    /**
     * Counts one check from {@code client} and lets it go on, or refuses it: too many checks from this address in the
     * current window (429, with the seconds until the window ends), or a file over the size limit (413).
     */
    public void admit(String client, long size) {
        Instant now = clock.instant();
        Window window = windows.asMap().compute(client == null ? "" : client,
                (address, current) -> current == null || !now.isBefore(current.start().plus(settings.per()))
                        ? new Window(now, 1) : new Window(current.start(), current.checks() + 1));
        if (window.checks() > settings.checks()) {
            Duration left = Duration.between(now, window.start().plus(settings.per()));
            long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
            throw new VerificationRefused(VerificationRefused.Reason.TOO_MANY_CHECKS, seconds, seconds);
        }
        if (size > settings.maxSize().toBytes()) {
            throw new VerificationRefused(VerificationRefused.Reason.TOO_LARGE, 0, settings.maxSize().toMegabytes());
        }
    }

    /** How many client addresses are counted now (after pending evictions). */
    long clientsCounted() {
        windows.cleanUp();
        return windows.estimatedSize();
    }
}
