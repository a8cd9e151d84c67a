package id.kawal.certificate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The generated signing key in the database (table {@code signing_key}), so that every node of a cluster signs
 * with the same key. Two nodes that start together both generate one, and both try to insert it under the same
 * primary key: one insert wins, the other node reads the winner's key and discards its own. Each statement commits
 * on its own (no surrounding transaction), so a lost race does not spoil anything else.
 * <p>
 * Like the file it replaces, the row holds the keystore and its password together: whoever can read the database
 * can sign. That is why this key is only a stand-in until an official keystore is configured.
 */
@Component
public class DatabaseGeneratedKeyStore implements GeneratedKeyStore {

    static final String NAME = "generated";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DatabaseGeneratedKeyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Stored> load() {
        return jdbc.query("select keystore, password from signing_key where name = ?",
                (rs, i) -> new Stored(rs.getBytes(1), rs.getString(2)), NAME).stream().findFirst();
    }

    @Override
    public Stored storeIfAbsent(Stored candidate) {
        try {
            jdbc.update("insert into signing_key (name, keystore, password, created_at) values (?, ?, ?, ?)",
                    NAME, candidate.pkcs12(), candidate.password(), Timestamp.from(clock.instant()));
            return candidate;
        } catch (DuplicateKeyException e) {
            return load().orElseThrow(() -> new IllegalStateException("The signing key vanished while being stored", e));
        }
    }

    @Override
    public String describe() {
        return "the database (table signing_key)";
    }
}
