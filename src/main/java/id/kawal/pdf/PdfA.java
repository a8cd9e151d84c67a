package id.kawal.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Turns a PDFBox document into PDF/A-2b (ISO 19005-2, level B): XMP metadata that matches the document information
 * dictionary, an sRGB output intent and PDF version 1.7. The caller remains responsible for the content: all fonts
 * embedded (use {@link EmbeddedFonts}), no transparency, encryption, JavaScript or external content; colours
 * in DeviceRGB/DeviceGray are fine thanks to the sRGB output intent.
 * <p>
 * The metadata written (Info key = XMP property, kept identical because PDF/A validators compare them):
 * <ul>
 * <li>Title = {@code dc:title} (x-default), Author = {@code dc:creator} (one entry), Subject =
 * {@code dc:description} (x-default)</li>
 * <li>Creator = {@code xmp:CreatorTool} and Producer = {@code pdf:Producer}, both {@value #PRODUCER}</li>
 * <li>CreationDate = {@code xmp:CreateDate}, ModDate = {@code xmp:ModifyDate}, and {@code xmp:MetadataDate}, all
 * {@link DocumentMeta#created()} (never "now": the same input gives the same bytes)</li>
 * <li>the serial, when given: {@code dc:identifier} = the serial (XMP only; Info has no such key), and Keywords =
 * {@code pdf:Keywords} = {@code serial:<serial>} so that viewers show it among the document properties</li>
 * <li>{@code pdfaid:part} 2, {@code pdfaid:conformance} B</li>
 * </ul>
 * Also sets a trailer /ID derived from the metadata unless the document already has one (PDFBox would otherwise
 * invent a random one on save). Stateless and thread-safe.
 */
public final class PdfA {

    /** Creator and producer of every document. */
    public static final String PRODUCER = "Kawal";
    /** Prefix of the serial in the Keywords. */
    public static final String SERIAL_KEYWORD_PREFIX = "serial:";
    /** Output condition identifier of the sRGB output intent. */
    public static final String SRGB = "sRGB IEC61966-2.1";

    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private PdfA() {
    }

    /**
     * What a document says about itself.
     *
     * @param title   e.g. "STTPP AB12-CD34-EF56"
     * @param author  person or organisation issuing the document
     * @param subject a sentence describing the document
     * @param serial  certificate serial, or {@code null} for documents without one
     * @param created creation (and modification) time; milliseconds are dropped
     *                <p>
     *                The texts are normalised to one line: runs of whitespace and control characters become one
     *                space, characters XML cannot carry are dropped, so that the Info dictionary and the XMP (where
     *                an XML parser would turn "\r\n" into "\n") say exactly the same.
     */
    public record DocumentMeta(String title, String author, String subject, String serial, Calendar created) {

        public DocumentMeta {
            title = oneLine(Objects.requireNonNull(title, "title"));
            author = oneLine(Objects.requireNonNull(author, "author"));
            subject = oneLine(Objects.requireNonNull(subject, "subject"));
            serial = serial == null ? null : oneLine(serial);
            Objects.requireNonNull(created, "created");
            created = (Calendar) created.clone();
            created.set(Calendar.MILLISECOND, 0);
        }

        @Override
        public Calendar created() {
            return (Calendar) created.clone();
        }
    }

    /**
     * The bytes of {@code document}, with a classic cross-reference table. PDFBox's compressed save writes a
     * cross-reference stream without an entry for itself (ISO 32000-1, 7.5.8, wants one) while its {@code /Size}
     * counts it: {@code qpdf --check} warns on every such file, and an incremental update (the signature) then gives
     * the stream's object number to a new object. Object streams would save little on these small documents; content
     * streams, fonts and images stay compressed.
     */
    public static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    /** Adds PDF/A-2b identification, metadata and output intent to {@code document}, replacing its Info. */
    public static void makePdfA2b(PDDocument document, DocumentMeta meta) {
        try {
            document.getDocument().setVersion(1.7f);
            writeInfo(document, meta);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(meta));
            catalog.setMetadata(metadata);
            catalog.getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            catalog.addOutputIntent(srgbOutputIntent(document));
            if (document.getDocument().getTrailer().getCOSArray(COSName.ID) == null) {
                setDocumentId(document, meta);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + meta.title() + " PDF/A-2b", e);
        }
    }

    private static void writeInfo(PDDocument document, DocumentMeta meta) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        info.setAuthor(meta.author());
        info.setSubject(meta.subject());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        if (meta.serial() != null) {
            info.setKeywords(SERIAL_KEYWORD_PREFIX + meta.serial());
        }
        info.setCreationDate(meta.created());
        info.setModificationDate(meta.created());
        document.setDocumentInformation(info);
    }

    /** The XMP packet for {@code meta}, written directly (a DOM serialiser costs ~50x more). */
    static byte[] xmp(DocumentMeta meta) {
        String created = xmpDate(meta.created());
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(meta.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(meta.author()))
                .append("</rdf:li></rdf:Seq></dc:creator>\n")
                .append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(meta.subject()))
                .append("</rdf:li></rdf:Alt></dc:description>\n")
                .append("   <dc:format>application/pdf</dc:format>\n");
        if (meta.serial() != null) {
            x.append("   <dc:identifier>").append(escape(meta.serial())).append("</dc:identifier>\n");
        }
        x.append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("   <xmp:CreatorTool>").append(PRODUCER).append("</xmp:CreatorTool>\n")
                .append("   <xmp:CreateDate>").append(created).append("</xmp:CreateDate>\n")
                .append("   <xmp:ModifyDate>").append(created).append("</xmp:ModifyDate>\n")
                .append("   <xmp:MetadataDate>").append(created).append("</xmp:MetadataDate>\n")
                .append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("   <pdf:Producer>").append(PRODUCER).append("</pdf:Producer>\n");
        if (meta.serial() != null) {
            x.append("   <pdf:Keywords>").append(escape(SERIAL_KEYWORD_PREFIX + meta.serial()))
                    .append("</pdf:Keywords>\n");
        }
        x.append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("   <pdfaid:part>2</pdfaid:part>\n")
                .append("   <pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("  </rdf:Description>\n")
                .append(" </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"r\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** ISO 8601 with the calendar's own offset, e.g. 2025-06-17T00:00:00+07:00, as XMP dates are written. */
    static String xmpDate(Calendar calendar) {
        int offsetMillis = calendar.get(Calendar.ZONE_OFFSET) + calendar.get(Calendar.DST_OFFSET);
        return XMP_DATE.format(calendar.toInstant().atOffset(ZoneOffset.ofTotalSeconds(offsetMillis / 1000)));
    }

    /**
     * {@code text} on one line: whitespace and control characters collapse to single spaces, the ends are trimmed,
     * characters XML 1.0 cannot carry (lone surrogates, U+FFFE, U+FFFF) are dropped.
     */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || Character.isISOControl(ch)) {
                space = true;
                continue;
            }
            boolean pair = Character.isHighSurrogate(ch) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (Character.isSurrogate(ch) && !pair || ch == '\uFFFE' || ch == '\uFFFF') {
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(ch);
            if (pair) {
                out.append(text.charAt(++i));
            }
        }
        return out.toString();
    }

    /** {@code text} (already {@link #oneLine(String)}) as XML character data. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static PDOutputIntent srgbOutputIntent(PDDocument document) throws IOException {
        COSStream profile = document.getDocument().createCOSStream();
        profile.setInt(COSName.N, 3);
        profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream out = profile.createRawOutputStream()) {
            out.write(Srgb.DEFLATED);
        }
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
        dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        PDOutputIntent intent = new PDOutputIntent(dictionary);
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    private static void setDocumentId(PDDocument document, DocumentMeta meta) {
        String key = meta.title() + '\n' + meta.serial() + '\n' + meta.created().getTimeInMillis();
        byte[] id = Arrays.copyOf(sha256(key), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The JDK's sRGB ICC profile (~3 KB), fetched and Flate-compressed once. */
    private static final class Srgb {
        static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        static final byte[] DEFLATED = deflate(PROFILE);

        private static byte[] deflate(byte[] data) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
                deflater.write(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
