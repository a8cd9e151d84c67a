package id.kawal.certificate;

import id.kawal.pdf.EmbeddedFonts;
import id.kawal.pdf.PdfText;
import id.kawal.system.web.WebConfig;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * What the visible signature block shows and how it is drawn: who signed, when (in the signing time's zone), and
 * the reason and place, in a framed white box. The text uses DejaVu Sans ({@link EmbeddedFonts}) embedded as a
 * subset, so the appearance uses no Standard 14 font (PDF/A). Sizes in PDF points.
 */
final class SignatureAppearance {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm z", INDONESIAN);

    static final float PADDING = 5f;
    static final float SMALL = 6.5f;
    static final float NAME = 8.5f;
    static final float MIN_NAME = 5.5f;
    static final float LEADING = 1.3f;

    /**
     * The block's heading, from the message bundle in Indonesian like every certificate's wording (the base bundle
     * itself: no fallback to the machine's default language).
     */
    static final String HEADING = ResourceBundle.getBundle("messages", WebConfig.INDONESIAN,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
            .getString("pdf.certificate.signedBy");

    private SignatureAppearance() {
    }

    /** The block's lines: a heading, the signer's name, the time, and the reason and place when given. */
    static List<String> lines(String signerName, String reason, String location, Calendar signingTime) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADING);
        lines.add(oneLine(signerName));
        ZonedDateTime at = ZonedDateTime.ofInstant(signingTime.toInstant(), signingTime.getTimeZone().toZoneId());
        lines.add(SIGNED_AT.format(at));
        String where = String.join(", ", Stream.of(reason, location)
                .filter(s -> s != null && !s.isBlank()).map(SignatureAppearance::oneLine).toList());
        if (!where.isEmpty()) {
            lines.add(where);
        }
        return lines;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Height of the block: the signer's name in {@link #NAME}, the other lines in {@link #SMALL}. */
    static float blockHeight(int lineCount) {
        return 2 * PADDING + NAME * LEADING + (lineCount - 1) * SMALL * LEADING;
    }

    /**
     * A one-page document, the size of {@code source}, whose signature field at {@code rectangle} carries the
     * block's appearance: PDFBox's visual signature template.
     */
    static byte[] template(PDPage source, PDRectangle rectangle, List<String> lines) throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(source.getMediaBox());
            template.addPage(page);
            PDAcroForm acroForm = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(acroForm);
            PDSignatureField field = new PDSignatureField(acroForm);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            acroForm.setSignaturesExist(true);
            acroForm.setAppendOnly(true);
            acroForm.getCOSObject().setDirect(true);
            acroForm.getFields().add(field);
            widget.setRectangle(rectangle);
            widget.setPrinted(true);

            PDFormXObject form = new PDFormXObject(new PDStream(template));
            form.setResources(new PDResources());
            form.setFormType(1);
            form.setBBox(new PDRectangle(rectangle.getWidth(), rectangle.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(form.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);

            // the parsed font is shared (EmbeddedFonts); only its subset is new in each signature's appearance
            PDFont font = EmbeddedFonts.regular(template);
            try (PDPageContentStream cs = new PDPageContentStream(template, stream)) {
                drawBlock(cs, font, rectangle.getWidth(), rectangle.getHeight(), lines);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            template.save(out);
            return out.toByteArray();
        }
    }

    private static void drawBlock(PDPageContentStream cs, PDFont font, float width, float height, List<String> lines)
            throws IOException {
        cs.setNonStrokingColor(Color.WHITE);
        cs.addRect(0, 0, width, height);
        cs.fill();
        cs.setStrokingColor(CertificateLayout.FRAME_COLOR);
        cs.setLineWidth(0.6f);
        cs.addRect(0.3f, 0.3f, width - 0.6f, height - 0.6f);
        cs.stroke();
        cs.setNonStrokingColor(CertificateLayout.FRAME_COLOR);
        cs.addRect(0, 0, 2.4f, height);
        cs.fill();

        float textX = PADDING + 2.4f;
        float textWidth = width - textX - PADDING;
        float top = height - PADDING;
        for (int i = 0; i < lines.size(); i++) {
            boolean name = i == 1;
            String text = PdfText.printable(lines.get(i), font);
            float size = name ? NAME : SMALL;
            while (name && size > MIN_NAME && CertificateLayout.width(text, font, size) > textWidth) {
                size -= 0.25f;
            }
            text = ellipsize(text, font, size, textWidth);
            float baseline = top - size;
            cs.setNonStrokingColor(name ? CertificateLayout.TEXT_COLOR : CertificateLayout.LABEL_COLOR);
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(textX, baseline);
            cs.showText(text);
            cs.endText();
            top -= (name ? NAME : SMALL) * LEADING;
        }
    }

    /** {@code text} cut to {@code maxWidth}, ending in an ellipsis when it was cut. */
    private static String ellipsize(String text, PDFont font, float size, float maxWidth) {
        if (CertificateLayout.width(text, font, size) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && CertificateLayout.width(cut + "…", font, size) > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.strip() + "…";
    }
}
