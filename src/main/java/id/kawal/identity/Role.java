package id.kawal.identity;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * The roles of Kawal. Each is a group in the engine's identity store, so task candidate groups
 * and Spring Security authorities come from the same place.
 */
public enum Role {
    PARTICIPANT("participant"),
    MENTOR("mentor"),
    COACH("coach"),
    EXAMINER("examiner"),
    ADMIN("admin"),
    /** An OPD's innovation officer, who enters the OPD's innovations into competitions. */
    OPD("opd"),
    /** The head of an OPD (kepala OPD), who names the successor when an innovation's owner is rotated. */
    OPD_HEAD("opd-head"),
    JUROR("juror");

    /** The group Camunda's own webapps (Cockpit, Tasklist, Admin) require. */
    public static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the signed-in user has this role. */
    public boolean isHeldBy(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority()));
    }

    public static Optional<Role> ofGroup(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
