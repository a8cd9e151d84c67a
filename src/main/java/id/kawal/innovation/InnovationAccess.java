package id.kawal.innovation;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.document.DocumentAccessPolicy;
import id.kawal.document.DocumentOwner;
import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a registry record. Administrators: everything. OPD officers: read every record (so that an
 * innovation is found before it is registered twice), change their own OPD's. The owner, and the participant,
 * mentor, coach and examiner of the action plan a record came from, and the heads of its OPD: read that record. Documents of an innovation
 * are read by whoever may read the record.
 */
@Component
public class InnovationAccess implements DocumentAccessPolicy {

    /** How many of a person's action plans a list of "their" records looks at; nobody takes part in more. */
    static final int MAX_PLANS = 200;

    private final InnovationRepository innovations;
    private final PersonRepository people;
    private final ActionPlanRepository plans;

    public InnovationAccess(InnovationRepository innovations, PersonRepository people, ActionPlanRepository plans) {
        this.innovations = innovations;
        this.people = people;
        this.plans = plans;
    }

    /** Whether the user sees every record (administrators and OPD officers) rather than only their own. */
    public boolean seesAll(Authentication user) {
        return Role.ADMIN.isHeldBy(user) || Role.OPD.isHeldBy(user);
    }

    public boolean mayView(Innovation innovation, Authentication user) {
        if (seesAll(user) || user.getName().equals(innovation.getOwner().username())) {
            return true;
        }
        if (Role.OPD_HEAD.isHeldBy(user) && people.findById(user.getName()).map(Person::getAgency)
                .map(opd -> opd.equalsIgnoreCase(innovation.getOpd())).orElse(false)) {
            return true;
        }
        return innovation.getActionPlanId() != null
                && plans.findById(innovation.getActionPlanId()).map(p -> p.involves(user.getName())).orElse(false);
    }

    public boolean mayEdit(Innovation innovation, Authentication user) {
        return Role.ADMIN.isHeldBy(user) || opdOf(user).map(opd -> opd.equalsIgnoreCase(innovation.getOpd())).orElse(false);
    }

    /** The OPD an officer registers for; administrators choose any. Empty for anyone else. */
    public Optional<String> opdOf(Authentication user) {
        if (!Role.OPD.isHeldBy(user)) {
            return Optional.empty();
        }
        return people.findById(user.getName()).map(Person::getAgency).filter(a -> !a.isBlank());
    }

    /** The action plans a person takes part in, whose records they may read. */
    public List<Long> plansOf(Authentication user) {
        return plans.findTakingPart(user.getName(), PageRequest.of(0, MAX_PLANS)).map(ActionPlan::getId).getContent();
    }

    public Innovation viewable(Innovation innovation, Authentication user) {
        if (!mayView(innovation, user)) {
            throw new AccessDeniedException("Not an innovation you may see");
        }
        return innovation;
    }

    public Innovation editable(Innovation innovation, Authentication user) {
        if (!mayEdit(innovation, user)) {
            throw new AccessDeniedException("Not an innovation of your OPD");
        }
        return innovation;
    }

    @Override
    public DocumentOwner owner() {
        return DocumentOwner.INNOVATION;
    }

    @Override
    public boolean mayRead(Long innovationId, Authentication user) {
        return innovations.findById(innovationId).map(i -> mayView(i, user)).orElse(false);
    }
}
