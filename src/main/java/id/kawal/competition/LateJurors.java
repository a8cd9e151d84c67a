package id.kawal.competition;

import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.notification.NotificationService;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Jurors who miss the scoring deadline: a reminder to them, a note to the administrators. */
@Service
public class LateJurors {

    private final JuryAssignmentRepository assignments;
    private final EntryService entries;
    private final NotificationService notifications;
    private final UserAccountService accounts;

    public LateJurors(JuryAssignmentRepository assignments, EntryService entries, NotificationService notifications,
            UserAccountService accounts) {
        this.assignments = assignments;
        this.entries = entries;
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @Transactional
    public void remind(Long entryId) {
        Entry entry = entries.get(entryId);
        List<String> late = assignments.findByEntryIdOrderByIdAsc(entryId).stream()
                .filter(a -> a.getStatus() == JuryAssignment.Status.ASSIGNED).map(JuryAssignment::getJuror).toList();
        notifications.notify(late, "notify.jurorLate", entry.getInnovationTitle(), null, "/");
        notifications.notify(accounts.usersWithRole(Role.ADMIN).stream().map(Person::getUsername).toList(),
                "notify.jurorLateAdmin", entry.getInnovationTitle(), String.join(", ", late), "/admin/competitions/"
                        + entry.getCompetition().getId());
    }
}
