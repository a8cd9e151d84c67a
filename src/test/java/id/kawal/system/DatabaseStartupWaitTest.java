package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseStartupWaitTest {

    @Test
    void aPasswordInTheUrlIsNeverShown() {
        assertThat(DatabaseStartupWait.mask("jdbc:postgresql://db:5432/kawal?user=kawal&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/kawal?user=kawal&password=***&ssl=true");
        assertThat(DatabaseStartupWait.mask("jdbc:mysql://kawal:s3cret@db/kawal")).isEqualTo("jdbc:mysql://kawal:***@db/kawal");
        assertThat(DatabaseStartupWait.mask("jdbc:postgresql://db:5432/kawal")).isEqualTo("jdbc:postgresql://db:5432/kawal");
    }

    @Test
    void anEmbeddedH2DatabaseIsNotWaitedFor() {
        assertThat(DatabaseStartupWait.isEmbedded("jdbc:h2:file:./data/kawal;AUTO_SERVER=FALSE")).isTrue();
        assertThat(DatabaseStartupWait.isEmbedded("jdbc:h2:mem:kawal-it;DB_CLOSE_DELAY=-1")).isTrue();
        assertThat(DatabaseStartupWait.isEmbedded("jdbc:h2:tcp://db/kawal")).isFalse();
        assertThat(DatabaseStartupWait.isEmbedded("jdbc:postgresql://db:5432/kawal")).isFalse();
    }

    @Test
    void onlyAServerThatCannotBeReachedIsWaitedFor() {
        assertThat(DatabaseStartupWait.isUnreachable(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(DatabaseStartupWait.isUnreachable(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseStartupWait.isUnreachable(new SQLException("x", null, new ConnectException("refused")))).isTrue();
        assertThat(DatabaseStartupWait.isUnreachable(new SQLException("password authentication failed", "28P01"))).isFalse();
        assertThat(DatabaseStartupWait.isUnreachable(new SQLException("database \"kawal\" does not exist", "3D000"))).isFalse();
    }
}
