package id.kawal.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

class SessionTouchThrottleTest {

    /** A store that counts its saves and keeps copies, as a database would. */
    static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {
        final Map<String, MapSession> rows = new HashMap<>();
        int saves;

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            saves++;
            rows.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            MapSession row = rows.get(id);
            return row == null ? null : new MapSession(row);
        }

        @Override
        public void deleteById(String id) {
            rows.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }

    private final CountingStore store = new CountingStore();
    private final SessionTouchThrottle sessions = new SessionTouchThrottle(store);

    @Test
    void aRequestWithinAMinuteOfTheStoredTimeLeavesTheTimeAsItWas() {
        SessionTouchThrottle.Touched created = sessions.createSession();
        Instant stored = created.getLastAccessedTime();
        sessions.save(created);

        SessionTouchThrottle.Touched found = sessions.findById(created.getId());
        found.setLastAccessedTime(stored.plusSeconds(59));

        assertThat(found.getLastAccessedTime()).isEqualTo(stored);
    }

    @Test
    void aRequestAMinuteOrMoreAfterTheStoredTimeMovesIt() {
        SessionTouchThrottle.Touched created = sessions.createSession();
        Instant stored = created.getLastAccessedTime();
        sessions.save(created);

        SessionTouchThrottle.Touched found = sessions.findById(created.getId());
        found.setLastAccessedTime(stored.plus(SessionTouchThrottle.TOUCH_EVERY));

        assertThat(found.getLastAccessedTime()).isEqualTo(stored.plus(Duration.ofMinutes(1)));
    }

    @Test
    void attributesAndTheIdPassThroughToTheStore() {
        SessionTouchThrottle.Touched created = sessions.createSession();
        created.setAttribute("lang", "en");
        sessions.save(created);

        assertThat(store.saves).isEqualTo(1);
        assertThat(sessions.findById(created.getId()).<String>getAttribute("lang")).isEqualTo("en");
        sessions.deleteById(created.getId());
        assertThat(sessions.findById(created.getId())).isNull();
    }
}
