package id.kawal.report;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Geometry of a results report (PDF points, origin at the lower left): one place for the sizes the parts share. */
final class ReportLayout {

    private ReportLayout() {
    }

    /** A4 landscape. */
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 36;
    /** The width between the margins: facts, tables and the chart use all of it. */
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    static final float TITLE_SIZE = 15;
    static final float TEXT_SIZE = 9;
    /** Line advance of table cells and chart labels. */
    static final float LEADING = 12;
    /** Horizontal padding inside a table cell, on each side. */
    static final float CELL_PADDING = 3;
}
