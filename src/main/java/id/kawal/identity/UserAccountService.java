package id.kawal.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Users and groups live in the engine's identity store (hashed, salted passwords), so the groups
 * a task is offered to and the roles Spring Security checks are one and the same. The profile
 * (NIP, position, OPD) lives beside it in {@link Person}.
 */
@Service
public class UserAccountService {

    /** The key under which a read-only transaction keeps the groups it has looked up. */
    private static final Object GROUPS_IN_TRANSACTION = new Object();

    private final IdentityService identityService;
    private final PersonRepository people;

    public UserAccountService(IdentityService identityService, PersonRepository people) {
        this.identityService = identityService;
        this.people = people;
    }

    @Transactional
    public void ensureGroups() {
        for (Role role : Role.values()) {
            ensureGroup(role.groupId(), role.name().charAt(0) + role.name().substring(1).toLowerCase(), "WORKFLOW");
        }
        ensureGroup(Role.CAMUNDA_ADMIN_GROUP, "Camunda administrators", "SYSTEM");
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    public boolean exists(String username) {
        return identityService.createUserQuery().userId(username).count() > 0;
    }

    /**
     * Creates the user with a hashed password, its profile, and its role memberships; the groups exist since
     * start-up ({@link #ensureGroups()}).
     */
    @Transactional
    public Person createUser(String username, String password, Person profile, Collection<Role> roles) {
        if (!Usernames.isValid(username)) {
            // the forms and the CSV check this first and say so next to the field
            throw new IllegalArgumentException("Not a valid username: " + username);
        }
        User user = identityService.newUser(username);
        String[] names = splitName(profile.getFullName());
        user.setFirstName(names[0]);
        user.setLastName(names[1]);
        user.setPassword(password);
        identityService.saveUser(user);
        for (Role role : roles) {
            identityService.createMembership(username, role.groupId());
            if (role == Role.ADMIN) {
                identityService.createMembership(username, Role.CAMUNDA_ADMIN_GROUP);
            }
        }
        return people.save(profile);
    }

    @Transactional
    public void addRole(String username, Role role) {
        if (!rolesOf(username).contains(role)) {
            identityService.createMembership(username, role.groupId());
        }
    }

    public boolean checkPassword(String username, String password) {
        return identityService.checkPassword(username, password);
    }

    /**
     * Sets the password the user chose themselves: no change is required of them any more. The rules a new password
     * must meet are the {@link PasswordService}'s, which calls this.
     */
    @Transactional
    public void changePassword(String username, String password) {
        setPassword(username, password, false);
    }

    /** Sets a password someone else chose (an administrator): the user must change it at the next login. */
    @Transactional
    public void setTemporaryPassword(String username, String password) {
        setPassword(username, password, true);
    }

    /** The password just set for the user was chosen by someone else (enrolment): it must be changed at the next login. */
    @Transactional
    public void requirePasswordChange(String username) {
        people.findById(username).ifPresent(person -> person.setPasswordChangeRequired(true));
    }

    public boolean isPasswordChangeRequired(String username) {
        return people.findById(username).map(Person::isPasswordChangeRequired).orElse(false);
    }

    private void setPassword(String username, String password, boolean changeRequired) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        if (user == null) {
            throw new IllegalArgumentException("No user " + username);
        }
        user.setPassword(password);
        identityService.saveUser(user);
        people.findById(username).ifPresent(person -> person.setPasswordChangeRequired(changeRequired));
    }

    /**
     * The address notifications are e-mailed to (when mail is on), kept on the engine's user like the password;
     * blank removes it. The forms check its shape first ({@link EmailForm}).
     */
    @Transactional
    public void setEmail(String username, String email) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        if (user == null) {
            throw new IllegalArgumentException("No user " + username);
        }
        user.setEmail(email == null || email.isBlank() ? null : email.strip());
        identityService.saveUser(user);
    }

    public Optional<String> emailOf(String username) {
        return Optional.ofNullable(identityService.createUserQuery().userId(username).singleResult())
                .map(User::getEmail).filter(e -> !e.isBlank());
    }

    public Set<Role> rolesOf(String username) {
        return groupIdsOf(username).stream().map(Role::ofGroup).flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    /**
     * The ids of the user's groups. Inside a read-only transaction (a page that shows several inboxes) they are looked
     * up once and kept until the transaction ends: nothing in such a transaction can change them.
     */
    public List<String> groupIdsOf(String username) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return queryGroupIds(username);
        }
        @SuppressWarnings("unchecked")
        Map<String, List<String>> memo = (Map<String, List<String>>) TransactionSynchronizationManager.getResource(GROUPS_IN_TRANSACTION);
        if (memo == null) {
            Map<String, List<String>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(GROUPS_IN_TRANSACTION, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(GROUPS_IN_TRANSACTION);
                }
            });
            memo = fresh;
        }
        return memo.computeIfAbsent(username, this::queryGroupIds);
    }

    private List<String> queryGroupIds(String username) {
        return identityService.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    }

    public List<Person> usersWithRole(Role role) {
        List<String> ids = identityService.createUserQuery().memberOfGroup(role.groupId()).list().stream()
                .map(User::getId).toList();
        return people.findAllById(ids).stream()
                .sorted(Comparator.comparing(Person::getFullName)).toList();
    }

    public String displayName(String username) {
        return people.findById(username).map(Person::getFullName).orElse(username);
    }

    private static String[] splitName(String fullName) {
        String name = fullName.trim();
        int space = name.lastIndexOf(' ');
        return space < 0 ? new String[] {name, ""} : new String[] {name.substring(0, space), name.substring(space + 1)};
    }
}
