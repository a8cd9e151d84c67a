package id.kawal.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.support.MigratedPostgres;
import id.kawal.system.KawalProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The generated signing key shared through PostgreSQL: nodes that start at the same moment end up with one key. */
class DatabaseGeneratedKeyStoreTest {

    private static final KawalProperties.Signing GENERATED =
            new KawalProperties.Signing(null, null, null, "Kawal", "Penerbitan sertifikat", "Kota Pekalongan");

    @Test
    void nodesStartingTogetherGenerateOneKeyAndAllSignWithIt() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(MigratedPostgres.newDatabase("kawal_keys"));
        int nodes = 6;
        CyclicBarrier together = new CyclicBarrier(nodes);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<Future<SigningKeys>> started = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            Callable<SigningKeys> node = () -> {
                together.await();
                return new SigningKeys(GENERATED, new DatabaseGeneratedKeyStore(jdbc, Clock.systemUTC()));
            };
            started.add(pool.submit(node));
        }
        List<SigningKeys> keys = new ArrayList<>();
        for (Future<SigningKeys> f : started) {
            keys.add(f.get());
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from signing_key", Integer.class)).isEqualTo(1);
        assertThat(keys).extracting(k -> k.certificate().getSerialNumber()).containsOnly(keys.get(0).certificate().getSerialNumber());
        assertThat(keys).allMatch(SigningKeys::selfSigned);
        assertThat(keys.get(0).location()).contains("signing_key");

        SigningKeys afterRestart = new SigningKeys(GENERATED, new DatabaseGeneratedKeyStore(jdbc, Clock.systemUTC()));
        assertThat(afterRestart.certificate()).isEqualTo(keys.get(0).certificate());
        assertThat(afterRestart.privateKey().getEncoded()).isEqualTo(keys.get(0).privateKey().getEncoded());
    }
}
