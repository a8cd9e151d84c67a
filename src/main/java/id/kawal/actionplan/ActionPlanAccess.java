package id.kawal.actionplan;

import id.kawal.certificate.CertificateAccessPolicy;
import id.kawal.document.DocumentAccessPolicy;
import id.kawal.document.DocumentOwner;
import id.kawal.identity.Role;
import id.kawal.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see an action plan, its documents and its certificate: the administrators, the participant,
 * and the mentor, coach and examiner assigned to it. Nobody else, whatever their role.
 */
@Component
public class ActionPlanAccess implements DocumentAccessPolicy, CertificateAccessPolicy {

    private final ActionPlanRepository plans;

    public ActionPlanAccess(ActionPlanRepository plans) {
        this.plans = plans;
    }

    public boolean mayView(ActionPlan plan, Authentication user) {
        return Role.ADMIN.isHeldBy(user) || (plan != null && plan.involves(user.getName()));
    }

    /** The plan, if the user may see it; 403 otherwise, 404 when there is none. */
    public ActionPlan viewable(Long actionPlanId, Authentication user) {
        ActionPlan plan = plans.findById(actionPlanId)
                .orElseThrow(() -> new NotFoundException("No action plan " + actionPlanId));
        if (!mayView(plan, user)) {
            throw new AccessDeniedException("Not your action plan");
        }
        return plan;
    }

    /** The plan, or null when there is none. */
    public ActionPlan viewableOrNull(Long actionPlanId) {
        return plans.findById(actionPlanId).orElse(null);
    }

    @Override
    public DocumentOwner owner() {
        return DocumentOwner.ACTION_PLAN;
    }

    @Override
    public boolean mayRead(Long actionPlanId, Authentication user) {
        return mayView(viewableOrNull(actionPlanId), user);
    }

    @Override
    public String subjectType() {
        return owner().name();
    }

    @Override
    public boolean mayDownload(Long actionPlanId, Authentication user) {
        return mayView(viewableOrNull(actionPlanId), user);
    }
}
