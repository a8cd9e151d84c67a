package id.kawal.system.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store as the browser sessions' filter sees it: Spring Session's JDBC store, except that a session's
 * last-access time is written again only once the stored one is {@link #TOUCH_EVERY} old. Spring Session marks a
 * session changed on every request, so every page view, a read, would otherwise also be an UPDATE of
 * {@code SPRING_SESSION}. Attributes set during a request are saved as before (with the time, if it has moved).
 * The price: a session may expire up to {@link #TOUCH_EVERY} before its timeout after the last request.
 */
public class SessionTouchThrottle implements FindByIndexNameSessionRepository<SessionTouchThrottle.Touched> {

    /** How old the stored last-access time may grow before a request writes it again. */
    public static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> store;

    /** {@code store}: the JDBC session store, whose sessions this passes through unchanged but for the touch. */
    @SuppressWarnings("unchecked")
    public SessionTouchThrottle(FindByIndexNameSessionRepository<? extends Session> store) {
        // the store's own session type is not public; each session it is given back is one it made
        this.store = (FindByIndexNameSessionRepository<Session>) store;
    }

    @Override
    public Touched createSession() {
        return new Touched(store.createSession());
    }

    @Override
    public void save(Touched session) {
        store.save(session.stored);
    }

    @Override
    public Touched findById(String id) {
        Session found = store.findById(id);
        return found == null ? null : new Touched(found);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, Touched> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return store.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new Touched(entry.getValue())));
    }

    /** A stored session whose last-access time moves only in steps of {@link #TOUCH_EVERY}. */
    public static final class Touched implements Session {

        private final Session stored;

        Touched(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_EVERY) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
