package id.kawal.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload really is from its bytes (Tika's magic numbers), not from the name the
 * user gave it, and admits only the document kinds the process needs.
 * <p>
 * An Office file (DOCX, XLSX, PPTX) is a ZIP package, and magic numbers only say "ZIP": Tika then takes the kind from
 * the name, so any ZIP named {@code .docx} would pass. For those the package itself is opened: its
 * {@code [Content_Types].xml} must declare the main part of the kind the name claims (a Word document for
 * {@code .docx}, and so on). The package is read as a stream from the bytes, with caps on the entries looked at and
 * the bytes inflated, so that a ZIP bomb costs a bounded amount of work and is refused.
 */
@Component
public class ContentTypeGuard {

    /** Allowed media types, with the extension users know them by. */
    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "PDF",
            "image/png", "PNG",
            "image/jpeg", "JPEG",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX");

    /** The content type of the main part each Office kind must declare in its package. */
    static final Map<String, String> OFFICE_MAIN_PART = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");

    static final String CONTENT_TYPES = "[Content_Types].xml";
    /** Office writes [Content_Types].xml first; a package with this many entries before it is refused. */
    static final int MAX_ENTRIES = 1_000;
    /** Bytes inflated, in all, while looking for [Content_Types].xml (a real one is a few kilobytes). */
    static final long MAX_INFLATED = 16L * 1024 * 1024;
    static final int MAX_CONTENT_TYPES = 1024 * 1024;

    private final Tika tika = new Tika();
    private final XMLInputFactory xml = secureXmlInputFactory();

    /** The detected media type when it is allowed; empty when it is not. */
    public Optional<String> admit(byte[] bytes, String filename) {
        String detected = tika.detect(bytes, filename);
        if (!ALLOWED.containsKey(detected)) {
            return Optional.empty();
        }
        String mainPart = OFFICE_MAIN_PART.get(detected);
        return mainPart == null || declaresMainPart(bytes, mainPart) ? Optional.of(detected) : Optional.empty();
    }

    public static String allowedList() {
        return String.join(", ", new TreeSet<>(ALLOWED.values()));
    }

    private boolean declaresMainPart(byte[] zip, String mainPart) {
        return contentTypes(zip).map(types -> declares(types, mainPart)).orElse(false);
    }

    /** The package's [Content_Types].xml, if it comes within the caps. */
    private static Optional<byte[]> contentTypes(byte[] zip) {
        long budget = MAX_INFLATED;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (int i = 0; i < MAX_ENTRIES; i++) {
                ZipEntry entry = in.getNextEntry();
                if (entry == null) {
                    return Optional.empty();
                }
                if (CONTENT_TYPES.equals(entry.getName())) {
                    byte[] content = in.readNBytes((int) Math.min(MAX_CONTENT_TYPES, budget) + 1);
                    return content.length > Math.min(MAX_CONTENT_TYPES, budget) ? Optional.empty() : Optional.of(content);
                }
                // pass over the entry, counting what it inflates to
                for (int n; (n = in.read(buffer)) > 0; ) {
                    budget -= n;
                    if (budget < 0) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a ZIP, a damaged one, or entry names in an unknown encoding
        }
        return Optional.empty();
    }

    /** Whether the [Content_Types].xml declares a part of {@code contentType} (by override or by extension). */
    private boolean declares(byte[] contentTypes, String contentType) {
        try (InputStream in = new ByteArrayInputStream(contentTypes)) {
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT
                            && ("Override".equals(reader.getLocalName()) || "Default".equals(reader.getLocalName()))
                            && contentType.equals(stripped(reader.getAttributeValue(null, "ContentType")))) {
                        return true;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | IOException e) {
            // not XML: not an Office package
        }
        return false;
    }

    private static String stripped(String s) {
        return s == null ? null : s.strip();
    }

    /** No DTDs, no external entities: the XML comes from a stranger. */
    private static XMLInputFactory secureXmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
