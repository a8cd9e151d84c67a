package id.kawal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The profile of a user that the engine's identity store does not keep: NIP, position and agency.
 * Keyed by the same username as the engine's user.
 */
@Entity
@Table(name = "person")
public class Person implements Persistable<String> {

    @Id
    @Column(length = 64)
    private String username;

    @Column(nullable = false)
    private String fullName;

    @Column(length = 18, unique = true)
    private String nip;

    private String position;

    /** OPD: the city agency the person works in. */
    private String agency;

    /** The password was set by someone else (an administrator, enrolment): its user must change it at the next login. */
    @Column(nullable = false)
    private boolean passwordChangeRequired;

    /** A profile made in this transaction is inserted without asking the database first whether it exists. */
    @Transient
    private boolean fresh = true;

    protected Person() {
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    @Override
    public String getId() {
        return username;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public Person(String username, String fullName, String nip, String position, String agency) {
        this.username = username;
        this.fullName = fullName;
        this.nip = nip;
        this.position = position;
        this.agency = agency;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getNip() {
        return nip;
    }

    public String getPosition() {
        return position;
    }

    public String getAgency() {
        return agency;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    void setPasswordChangeRequired(boolean required) {
        this.passwordChangeRequired = required;
    }
}
