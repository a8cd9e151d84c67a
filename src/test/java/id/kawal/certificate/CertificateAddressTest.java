package id.kawal.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kawal.system.ConflictException;
import org.junit.jupiter.api.Test;

class CertificateAddressTest {

    @Test
    void theDefaultBaseUrlIsLocalWhereverTheAppIsReached() {
        assertThat(new CertificateAddress("http://localhost:8080", () -> false).problemSeenFrom("http://localhost:8080"))
                .contains(CertificateAddress.Problem.LOCAL);
        assertThat(new CertificateAddress("http://127.0.0.1:8080/", () -> false).isLocal()).isTrue();
        assertThat(new CertificateAddress("http://[::1]:8080", () -> false).isLocal()).isTrue();
    }

    @Test
    void aBaseUrlOtherThanTheAddressTheAppIsReachedAtIsFlagged() {
        CertificateAddress address = new CertificateAddress("https://kawal.pekalongankota.go.id/", () -> true);
        assertThat(address.problemSeenFrom("https://kawal.pekalongankota.go.id")).isEmpty();
        assertThat(address.problemSeenFrom("https://KAWAL.pekalongankota.go.id:443")).isEmpty();
        assertThat(address.problemSeenFrom("http://10.1.2.3:8080")).contains(CertificateAddress.Problem.DIFFERS);
        assertThat(address.verifyUrl("AB12-CD34")).isEqualTo("https://kawal.pekalongankota.go.id/verify/AB12-CD34");
    }

    @Test
    void inProductionNoCertificateIsIssuedWhileTheBaseUrlIsLocal() {
        assertThatThrownBy(() -> new CertificateAddress("http://localhost:8080", () -> true).requireIssuable())
                .isInstanceOf(ConflictException.class).hasMessage("certificate.baseUrlLocal");
        assertThatCode(() -> new CertificateAddress("http://localhost:8080", () -> false).requireIssuable())
                .doesNotThrowAnyException();
        assertThatCode(() -> new CertificateAddress("https://kawal.pekalongankota.go.id", () -> true).requireIssuable())
                .doesNotThrowAnyException();
    }
}
