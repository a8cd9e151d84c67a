package id.kawal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without ever locking anyone out for long. Failed logins are counted per
 * username and per client address in the database ({@code login_throttle}), so every node of a cluster counts
 * the same guesser. After {@value #FREE_FAILURES_PER_USER} failures for a username (or
 * {@value #FREE_FAILURES_PER_ADDRESS} from one address, which many people of one office may share), each further
 * failure makes the next try wait 1, 2, 4, 8 minutes, then 15, never longer. While a wait runs no password is
 * checked. A success clears the user's count (not the address's: a guesser with one account of their own
 * must not wipe their slate); a quiet day forgets any count. Unknown usernames are counted like real ones, so
 * the throttle tells nobody which accounts exist.
 */
@Component
public class LoginThrottle {

    public static final int FREE_FAILURES_PER_USER = 5;
    public static final int FREE_FAILURES_PER_ADDRESS = 20;
    public static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** A count with no failure for this long starts again from zero. */
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    private static final int SUBJECT_LENGTH = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A username currently made to wait, with the failures counted and when it may try again. */
    public record Blocked(String username, int failures, Instant until) {
    }

    /**
     * How long a login of this user from this address must still wait; zero when the password may be checked now.
     * A null address (a password checked inside a session, not at login) counts only the user.
     */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        // every login asks, so one indexed look-up for both counts
        List<OffsetDateTime> until = jdbc.query("select blocked_until from login_throttle where subject in (?, ?) "
                        + "and blocked_until is not null", (rs, i) -> rs.getObject(1, OffsetDateTime.class),
                userSubject(username), address == null ? userSubject(username) : addressSubject(address));
        return until.stream().map(OffsetDateTime::toInstant).filter(now::isBefore).max(Instant::compareTo)
                .map(latest -> Duration.between(now, latest)).orElse(Duration.ZERO);
    }

    /** Counts a wrong password; returns how long the next try of this user or from this address must wait. */
    public Duration recordFailure(String username, String address) {
        Instant now = clock.instant();
        Instant user = count(userSubject(username), FREE_FAILURES_PER_USER, now);
        Instant fromAddress = address == null ? now : count(addressSubject(address), FREE_FAILURES_PER_ADDRESS, now);
        Instant until = user.isAfter(fromAddress) ? user : fromAddress;
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** The right password: the user's count starts again. */
    public void recordSuccess(String username) {
        jdbc.update("delete from login_throttle where subject = ?", userSubject(username));
    }

    /** An administrator lets the user try again at once (the user's count; addresses keep theirs). */
    public void unlock(String username) {
        recordSuccess(username);
    }

    /** Usernames made to wait now, longest wait first. */
    public List<Blocked> blockedUsers() {
        return jdbc.query("select subject, failures, blocked_until from login_throttle "
                        + "where subject like 'user:%' and blocked_until > ? order by blocked_until desc",
                (rs, i) -> new Blocked(rs.getString(1).substring("user:".length()), rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()),
                at(clock.instant()));
    }

    /** The wait after this many failures in a row: none for the first free ones, then doubling up to the longest. */
    static Duration waitAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Adds one failure to the subject's count (atomically, whichever node counts) and sets its wait. */
    private Instant count(String subject, int free, Instant now) {
        OffsetDateTime at = at(now);
        OffsetDateTime forgotten = at(now.minus(FORGET_AFTER));
        String increment = "update login_throttle set failures = case when last_failure_at < ? then 1 else failures + 1 end, "
                + "last_failure_at = ? where subject = ?";
        if (jdbc.update(increment, forgotten, at, subject) == 0) {
            try {
                jdbc.update("insert into login_throttle (subject, failures, last_failure_at) values (?, 1, ?)", subject, at);
                // a new subject: forget the counts nobody has added to for a day, so the table stays small
                jdbc.update("delete from login_throttle where last_failure_at < ?", forgotten);
            } catch (DuplicateKeyException anotherNodeInsertedIt) {
                jdbc.update(increment, forgotten, at, subject);
            }
        }
        Integer failures = jdbc.queryForObject("select failures from login_throttle where subject = ?", Integer.class, subject);
        Duration wait = waitAfter(failures == null ? 1 : failures, free);
        if (wait.isZero()) {
            return now;
        }
        Instant until = now.plus(wait);
        jdbc.update("update login_throttle set blocked_until = ? where subject = ?", at(until), subject);
        return until;
    }

    private static String userSubject(String username) {
        return truncate("user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)));
    }

    private static String addressSubject(String address) {
        return truncate("address:" + address);
    }

    private static String truncate(String subject) {
        return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
