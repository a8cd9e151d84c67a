package id.kawal.innovation.check;

import static id.kawal.innovation.check.InnovationCheckProcess.VAR_INNOVATION_ID;

import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.system.ProcessVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who is asked whether an innovation still runs, asked by the model as each answer task is created
 * ({@code camunda:candidateUsers="${innovationCheckAnswerers.owner(execution)}"}); the administrators are always
 * candidates too (group {@code admin}). The people are looked up when the task is made, never kept in variables.
 * Bean name {@code innovationCheckAnswerers}.
 */
@Component("innovationCheckAnswerers")
public class InnovationCheckAnswerers {

    private final InnovationRegistry registry;
    private final PersonRepository people;
    private final UserAccountService accounts;

    public InnovationCheckAnswerers(InnovationRegistry registry, PersonRepository people, UserAccountService accounts) {
        this.registry = registry;
        this.people = people;
        this.accounts = accounts;
    }

    /** The owner's account; an owner without one (or no owner): the OPD officers of the innovation's OPD. */
    public List<String> owner(DelegateExecution execution) {
        return owner(registry.get(ProcessVariables.longVariable(execution, VAR_INNOVATION_ID)));
    }

    public List<String> owner(Innovation innovation) {
        String account = innovation.getOwner().username();
        if (account != null && people.existsById(account)) {
            return List.of(account);
        }
        return ofOpd(Role.OPD, innovation.getOpd());
    }

    /** The heads (kepala OPD) of the innovation's OPD, told at the escalation and asked too. */
    public List<String> opdHeads(DelegateExecution execution) {
        return opdHeads(registry.get(ProcessVariables.longVariable(execution, VAR_INNOVATION_ID)));
    }

    public List<String> opdHeads(Innovation innovation) {
        return ofOpd(Role.OPD_HEAD, innovation.getOpd());
    }

    private List<String> ofOpd(Role role, String opd) {
        return accounts.usersWithRole(role).stream().filter(p -> p.getAgency() != null && p.getAgency().trim().equalsIgnoreCase(opd))
                .map(Person::getUsername).toList();
    }
}
