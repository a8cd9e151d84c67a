package id.kawal.innovation.handover;

import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationAccess;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who acts in a handover. Recording the rotation: the owner or an administrator. Naming the successor: a head of
 * the innovation's OPD ({@link Role#OPD_HEAD} whose profile's agency is that OPD) or an administrator. Handing over:
 * the outgoing owner; accepting: the successor; for someone without a Kawal account, whoever may name the successor
 * acts on their behalf.
 */
@Component
public class HandoverAccess {

    private final PersonRepository people;
    private final InnovationAccess innovations;

    public HandoverAccess(PersonRepository people, InnovationAccess innovations) {
        this.people = people;
        this.innovations = innovations;
    }

    public boolean mayRecord(Innovation innovation, Authentication user) {
        return Role.ADMIN.isHeldBy(user) || user.getName().equals(innovation.getOwner().username());
    }

    /** The OPD the user heads, if they are a head of an OPD. */
    public Optional<String> headedOpd(Authentication user) {
        if (!Role.OPD_HEAD.isHeldBy(user)) {
            return Optional.empty();
        }
        return people.findById(user.getName()).map(Person::getAgency).filter(a -> !a.isBlank());
    }

    public boolean mayName(Handover handover, Authentication user) {
        return Role.ADMIN.isHeldBy(user) || headedOpd(user).map(opd -> opd.equalsIgnoreCase(handover.getOpd())).orElse(false);
    }

    public boolean mayHandOver(Handover handover, Authentication user) {
        String outgoing = handover.getOutgoing().username();
        return outgoing != null ? outgoing.equals(user.getName()) : mayName(handover, user);
    }

    public boolean mayAccept(Handover handover, Authentication user) {
        String successor = handover.getSuccessor().username();
        return successor != null ? successor.equals(user.getName()) : mayName(handover, user);
    }

    /** Whether the user may do the step the handover waits at. */
    public boolean mayAct(Handover handover, Authentication user) {
        return switch (handover.getStage()) {
            case NAMING_SUCCESSOR -> mayName(handover, user);
            case HANDING_OVER -> mayHandOver(handover, user);
            case ACCEPTING -> mayAccept(handover, user);
            case DONE -> false;
        };
    }

    /** The handovers of a record are read by whoever reads the record, takes part in one, or heads its OPD. */
    public boolean mayView(Innovation innovation, Authentication user) {
        return innovations.mayView(innovation, user)
                || headedOpd(user).map(opd -> opd.equalsIgnoreCase(innovation.getOpd())).orElse(false);
    }
}
