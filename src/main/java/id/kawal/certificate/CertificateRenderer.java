package id.kawal.certificate;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import id.kawal.certificate.CertificateLayout.Align;
import id.kawal.certificate.CertificateLayout.Style;
import id.kawal.pdf.PdfA;
import id.kawal.pdf.PdfText;
import id.kawal.system.ClockConfig;

/**
 * Renders a {@link CertificateContent} to a one-page A4 landscape PDF.
 * <p>
 * The words come from the Thymeleaf TEXT template {@code templates/documents/sttpp.txt} (classpath), which sees the
 * content as {@code c} and the Indonesian issue date as {@code issuedOnText}. Each output line is {@code style|text}
 * with a {@link Style} name; blank lines are ignored. The geometry is in {@link CertificateLayout}, the fonts in
 * {@link CertificateFonts}.
 * <p>
 * The PDF is PDF/A-2b ({@link PdfA}): embedded fonts, XMP metadata carrying the serial, sRGB output intent.
 * Output is deterministic: the same content always gives the same bytes (the creation date is derived from the
 * issue date, the trailer /ID from the kind and serial).
 * <p>
 * Needs no Spring context (construct it directly in tests and benchmarks); it is a {@code @Component} so the
 * application can inject it. Thread-safe.
 */
@Component
public class CertificateRenderer {

    /** Template name, relative to {@code templates/documents/} without the {@code .txt} suffix. */
    public static final String TEMPLATE = "sttpp";

    /** The wording of each kind of certificate: the STTPP of the PKA, the piagam of a competition. */
    static final Map<String, String> TEMPLATES = Map.of("STTPP", TEMPLATE, "PIAGAM", "piagam");

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter ISSUED_ON = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

    private final TemplateEngine templates;
    private final QrCode qrCode = new QrCode();

    public CertificateRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(CertificateRenderer.class.getClassLoader());
        resolver.setPrefix("templates/documents/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        // SpringTemplateEngine is a plain TemplateEngine evaluating expressions with SpEL instead of OGNL
        // (OGNL is not on the classpath: thymeleaf-spring6 excludes it); it needs no application context.
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        this.templates = engine;
    }

    /** The certificate as PDF bytes. */
    public byte[] render(CertificateContent c) {
        List<TemplateLine> lines = templateLines(c);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(CertificateLayout.PAGE);
            document.addPage(page);
            CertificateFonts fonts = CertificateFonts.forDocument(document);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                drawFrame(cs);
                List<TemplateLine> body = lines.stream().filter(l -> l.style() != Style.FOOTER).toList();
                List<TemplateLine> footer = lines.stream().filter(l -> l.style() == Style.FOOTER).toList();
                float footerTop = drawFooter(cs, fonts, footer);
                float bodyBottom = Math.max(footerTop, CertificateLayout.QR_Y + CertificateLayout.QR_SIZE)
                        + CertificateLayout.BODY_BOTTOM_CLEARANCE;
                drawBody(cs, fonts, body, bodyBottom);
                cs.setNonStrokingColor(Color.BLACK);
                qrCode.draw(cs, c.verifyUrl(), CertificateLayout.QR_X, CertificateLayout.QR_Y, CertificateLayout.QR_SIZE);
            }
            describe(document, c);
            return PdfA.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render certificate " + c.serial(), e);
        }
    }

    /** One processed template line. */
    record TemplateLine(Style style, String text) {
    }

    /** The template, processed for {@code c} and split into styled lines. */
    List<TemplateLine> templateLines(CertificateContent c) {
        Context context = new Context(INDONESIAN);
        context.setVariable("c", singleLine(c));
        context.setVariable("issuedOnText", ISSUED_ON.format(c.issuedOn()));
        String template = TEMPLATES.get(c.kind());
        if (template == null) {
            throw new IllegalArgumentException("No certificate template for kind " + c.kind());
        }
        return parse(templates.process(template, context));
    }

    static List<TemplateLine> parse(String processed) {
        List<TemplateLine> lines = new ArrayList<>();
        for (String raw : processed.split("\\R")) {
            if (raw.isBlank()) {
                continue;
            }
            int bar = raw.indexOf('|');
            String styleName = bar < 0 ? raw : raw.substring(0, bar);
            String text = bar < 0 ? "" : raw.substring(bar + 1);
            lines.add(new TemplateLine(Style.fromTemplateName(styleName), text.strip()));
        }
        return lines;
    }

    /** Line breaks inside values would break the one-line-per-entry template format: turn them into spaces. */
    private static CertificateContent singleLine(CertificateContent c) {
        return new CertificateContent(oneLine(c.serial()), oneLine(c.kind()), oneLine(c.holderName()),
                oneLine(c.holderNip()), oneLine(c.position()), oneLine(c.agency()), oneLine(c.programme()),
                oneLine(c.actionPlanTitle()), oneLine(c.predicate()), c.issuedOn(), oneLine(c.issuerName()),
                oneLine(c.issuerTitle()), oneLine(c.verifyUrl()));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }

    // ------------------------------------------------------------------------------------------------ drawing

    private static void drawFrame(PDPageContentStream cs) throws IOException {
        cs.setStrokingColor(CertificateLayout.FRAME_COLOR);
        strokeInset(cs, CertificateLayout.FRAME_OUTER_INSET, CertificateLayout.FRAME_OUTER_LINE);
        strokeInset(cs, CertificateLayout.FRAME_INNER_INSET, CertificateLayout.FRAME_INNER_LINE);
    }

    private static void strokeInset(PDPageContentStream cs, float inset, float lineWidth) throws IOException {
        cs.setLineWidth(lineWidth);
        cs.addRect(inset, inset, CertificateLayout.PAGE_WIDTH - 2 * inset, CertificateLayout.PAGE_HEIGHT - 2 * inset);
        cs.stroke();
    }

    /** A line of text ready to show. */
    private record Run(Style style, PDFont font, float fontSize, String text) {
    }

    /** Body lines at {@code scale}, wrapped to their style's width; gaps stay as runs of style GAP. */
    private static List<Run> layoutBody(CertificateFonts fonts, List<TemplateLine> body, float scale) {
        List<Run> runs = new ArrayList<>();
        for (TemplateLine line : body) {
            if (line.style() == Style.GAP) {
                runs.add(new Run(Style.GAP, null, 0f, ""));
                continue;
            }
            PDFont font = fonts.of(line.style().bold);
            float size = line.style().fontSize * scale;
            for (String text : PdfText.wrap(line.text(), font, size, line.style().maxWidth)) {
                runs.add(new Run(line.style(), font, size, text));
            }
        }
        return runs;
    }

    private static float height(List<Run> runs, float scale) {
        float h = 0f;
        for (Run run : runs) {
            h += run.style() == Style.GAP ? CertificateLayout.GAP_HEIGHT * scale : run.fontSize() * CertificateLayout.LEADING;
        }
        return h;
    }

    private static void drawBody(PDPageContentStream cs, CertificateFonts fonts, List<TemplateLine> body,
            float bottom) throws IOException {
        float available = CertificateLayout.BODY_TOP - bottom;
        float scale = 1f;
        List<Run> runs = layoutBody(fonts, body, scale);
        // shrink a too-long body (e.g. a very long action-plan title) rather than run into the footer
        while (height(runs, scale) > available && scale - CertificateLayout.SCALE_STEP >= CertificateLayout.MIN_SCALE - 1e-4f) {
            scale -= CertificateLayout.SCALE_STEP;
            runs = layoutBody(fonts, body, scale);
        }
        float top = CertificateLayout.BODY_TOP - Math.max(0f, (available - height(runs, scale)) / 2f);
        for (Run run : runs) {
            if (run.style() == Style.GAP) {
                top -= CertificateLayout.GAP_HEIGHT * scale;
                continue;
            }
            float baseline = top - run.fontSize();
            show(cs, run, baseline);
            top -= run.fontSize() * CertificateLayout.LEADING;
        }
    }

    /** Draws the footer lines bottom-aligned at the footer baseline; returns the top of the footer block. */
    private static float drawFooter(PDPageContentStream cs, CertificateFonts fonts, List<TemplateLine> footer)
            throws IOException {
        List<Run> runs = new ArrayList<>();
        for (TemplateLine line : footer) {
            PDFont font = fonts.of(line.style().bold);
            float size = line.style().fontSize;
            for (String text : PdfText.wrap(line.text(), font, size, line.style().maxWidth)) {
                runs.add(new Run(line.style(), font, size, text));
            }
        }
        float baseline = CertificateLayout.FOOTER_BASELINE;
        float top = baseline;
        for (int i = runs.size() - 1; i >= 0; i--) {
            Run run = runs.get(i);
            show(cs, run, baseline);
            top = baseline + run.fontSize();
            baseline += run.fontSize() * CertificateLayout.LEADING;
        }
        return top;
    }

    private static void show(PDPageContentStream cs, Run run, float baseline) throws IOException {
        float x = run.style().align == Align.CENTER
                ? (CertificateLayout.PAGE_WIDTH - PdfText.width(run.text(), run.font(), run.fontSize())) / 2f
                : CertificateLayout.FOOTER_X;
        cs.setNonStrokingColor(run.style().color);
        cs.beginText();
        cs.setFont(run.font(), run.fontSize());
        cs.newLineAtOffset(x, baseline);
        cs.showText(run.text());
        cs.endText();
    }

    // ------------------------------------------------------------------------------------------------ metadata

    /** PDF/A-2b metadata (see {@link PdfA}) and the trailer /ID, both derived from the content only. */
    private static void describe(PDDocument document, CertificateContent c) {
        byte[] id = Arrays.copyOf(sha256(c.kind() + ":" + c.serial()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);

        // fixed, derived from the content: rendering the same content twice gives the same bytes
        PdfA.makePdfA2b(document, new PdfA.DocumentMeta(
                c.kind() + " " + c.serial(),
                c.issuerName(),
                c.kind() + " " + c.programme() + " - " + c.holderName(),
                c.serial(),
                GregorianCalendar.from(c.issuedOn().atStartOfDay(ClockConfig.ZONE))));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
