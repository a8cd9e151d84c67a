package id.kawal.innovation.handover;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HandoverRepository extends JpaRepository<Handover, Long> {

    List<Handover> findByInnovationIdOrderByStartedAtDescIdDesc(Long innovationId);

    /** The handover of a process: looked up on every step (see {@code ActionPlanRepository.findByProcessInstanceId}). */
    @Query("select h from Handover h where h.processInstanceId = :processInstanceId")
    Optional<Handover> findByProcessInstanceId(@Param("processInstanceId") String processInstanceId);

    /**
     * The open steps a user may do, the oldest first: naming a successor (heads of the OPD, administrators), handing
     * over (the outgoing owner; without account, the heads and administrators), accepting (the successor; likewise).
     * {@code opd} is the user's OPD when they head it, else null.
     */
    @Query("""
            select h from Handover h where h.stage in :open and (
              (h.stage = id.kawal.innovation.handover.HandoverStage.HANDING_OVER and h.outgoingUsername = :user)
              or (h.stage = id.kawal.innovation.handover.HandoverStage.ACCEPTING and h.successorUsername = :user)
              or ((:admin = true or h.opd = :opd) and (
                  h.stage = id.kawal.innovation.handover.HandoverStage.NAMING_SUCCESSOR
                  or (h.stage = id.kawal.innovation.handover.HandoverStage.HANDING_OVER and h.outgoingUsername is null)
                  or (h.stage = id.kawal.innovation.handover.HandoverStage.ACCEPTING and h.successorUsername is null))))
            order by h.startedAt, h.id""")
    Page<Handover> actionableBy(@Param("user") String user, @Param("opd") String opd, @Param("admin") boolean admin,
            @Param("open") Collection<HandoverStage> open, Pageable page);
}
