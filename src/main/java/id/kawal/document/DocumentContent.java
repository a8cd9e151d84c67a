package id.kawal.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes of a document, kept apart so that listing documents never loads them. */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // bytea on PostgreSQL (not a large object, which the database would not delete with its row), blob on H2
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    @Column(nullable = false)
    private byte[] bytes;

    protected DocumentContent() {
    }

    DocumentContent(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The bytes of a file another feature keeps (a certificate's PDF). */
    public static DocumentContent of(byte[] bytes) {
        return new DocumentContent(bytes);
    }

    public byte[] getBytes() {
        return bytes;
    }
}
