package id.kawal.certificate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything printed on a certificate (for now the STTPP, Surat Tanda Tamat Pendidikan dan Pelatihan, given to a
 * civil servant who graduates from the PKA training). Pure data: the wording lives in the template
 * {@code templates/documents/sttpp.txt}, the geometry in {@link CertificateLayout}.
 *
 * @param serial          certificate number, also printed as "Nomor" and used for the document ID
 * @param kind            short name of the certificate kind, e.g. "STTPP"
 * @param holderName      full name of the holder including academic titles
 * @param holderNip       the holder's 18-digit NIP
 * @param position        the holder's jabatan
 * @param agency          the holder's OPD
 * @param programme       e.g. "Pelatihan Kepemimpinan Administrator (PKA) Angkatan I Tahun 2025"
 * @param actionPlanTitle title of the holder's Aksi Perubahan
 * @param predicate       graduation predicate, e.g. "Sangat Memuaskan"
 * @param issuedOn        date of issue
 * @param issuerName      name of the issuing official
 * @param issuerTitle     title of the issuing official
 * @param verifyUrl       absolute URL of the public verification page, encoded in the QR code
 */
public record CertificateContent(
        String serial,
        String kind,
        String holderName,
        String holderNip,
        String position,
        String agency,
        String programme,
        String actionPlanTitle,
        String predicate,
        LocalDate issuedOn,
        String issuerName,
        String issuerTitle,
        String verifyUrl) {

    public CertificateContent {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(holderNip, "holderNip");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(actionPlanTitle, "actionPlanTitle");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(issuerName, "issuerName");
        Objects.requireNonNull(issuerTitle, "issuerTitle");
        Objects.requireNonNull(verifyUrl, "verifyUrl");
    }
}
