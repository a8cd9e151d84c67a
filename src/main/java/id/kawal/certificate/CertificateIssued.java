package id.kawal.certificate;

/**
 * Published when a new certificate has been stored, inside the issuing transaction (listeners that
 * count or notify must wait for its commit). Not published when {@code issue} returns an existing one.
 */
public record CertificateIssued(String kind, String serial) {
}
