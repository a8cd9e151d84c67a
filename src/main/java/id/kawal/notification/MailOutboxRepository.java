package id.kawal.notification;

import id.kawal.notification.MailOutboxEntry.Status;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MailOutboxRepository extends JpaRepository<MailOutboxEntry, Long> {

    /** Ids of the rows waiting to be sent whose time has come, the longest waiting first. */
    @Query("select m.id from MailOutboxEntry m where m.status = :status and m.dueAt <= :now order by m.dueAt, m.id")
    List<Long> findIdsByStatusDueBy(@Param("status") Status status, @Param("now") Instant now, Pageable page);

    default List<Long> findDueIds(Instant now, Pageable page) {
        return findIdsByStatusDueBy(Status.PENDING, now, page);
    }

    /**
     * Claims a due row for this node until {@code leaseEnd}: only one node's update finds it still due, so only one
     * node sends it. A node that dies while sending leaves it to be tried again once the lease has passed.
     *
     * @return 1 if claimed, 0 if another node had it first
     */
    @Modifying
    @Query("update MailOutboxEntry m set m.dueAt = :leaseEnd where m.id = :id and m.status = :status and m.dueAt <= :now")
    int claimIfStill(@Param("status") Status status, @Param("id") Long id, @Param("now") Instant now,
            @Param("leaseEnd") Instant leaseEnd);

    default int claim(Long id, Instant now, Instant leaseEnd) {
        return claimIfStill(Status.PENDING, id, now, leaseEnd);
    }

    List<MailOutboxEntry> findByNotificationId(Long notificationId);
}
