package id.kawal.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class ExternalToolsTest {

    private static final Path MISSING = Path.of("/usr/bin/no-such-kawal-tool");

    @AfterEach
    void clearProperty() {
        System.clearProperty(ExternalTools.REQUIRE);
    }

    @Test
    void aMissingProgramSkipsTheTestWithWhatToInstall() {
        assertThatThrownBy(() -> ExternalTools.require(MISSING, "kawal-tool", "The check"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("apt-get install kawal-tool");
    }

    @Test
    void inCiAMissingProgramFailsInsteadOfSkipping() {
        System.setProperty(ExternalTools.REQUIRE, "true");
        assertThatThrownBy(() -> ExternalTools.require(MISSING, "kawal-tool", "The check"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may not be skipped");
    }

    @Test
    void anInstalledProgramLetsTheTestRun() {
        assertThatCode(() -> ExternalTools.require(Path.of("/bin/sh"), "dash", "The check")).doesNotThrowAnyException();
    }
}
