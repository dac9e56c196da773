package org.probity.reports.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import org.probity.reports.document.Block;

/**
 * Draws a bar chart as a PNG picture, in the report's font, so the PDF and the Word document
 * show the same chart. Opaque RGB, because PDF/A readers are not required to blend.
 */
public final class ChartPicture {

    /** Size in pixels: drawn at twice the printed resolution so it stays sharp on paper. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 520;

    private static final Color BAR = new Color(0x2b, 0x4a, 0x6f);
    private static final Color AXIS = new Color(0x55, 0x55, 0x55);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static volatile Font base;

    private ChartPicture() {
    }

    public static byte[] png(Block.Chart chart) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(g, chart);
        } finally {
            g.dispose();
        }
        return Png.encode(image);
    }

    private static void draw(Graphics2D g, Block.Chart chart) {
        Font font = font();
        g.setFont(font.deriveFont(Font.BOLD, 30f));
        g.setColor(Color.BLACK);
        g.drawString(chart.title(), 20, 42);
        int left = 110;
        int right = WIDTH - 30;
        int top = 80;
        int bottom = HEIGHT - 70;
        double max = chart.bars().stream().mapToDouble(Block.Chart.Bar::value).max().orElse(0);
        double step = niceStep(max);
        double axisMax = Math.max(step, Math.ceil(max / step) * step);
        g.setFont(font.deriveFont(Font.PLAIN, 22f));
        FontMetrics metrics = g.getFontMetrics();
        g.setStroke(new BasicStroke(1.5f));
        for (double v = 0; v <= axisMax + step / 2; v += step) {
            int y = bottom - (int) Math.round((bottom - top) * v / axisMax);
            g.setColor(GRID);
            g.drawLine(left, y, right, y);
            g.setColor(AXIS);
            String label = format(v);
            g.drawString(label, left - 12 - metrics.stringWidth(label), y + 8);
        }
        g.setColor(AXIS);
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, right, bottom);
        int n = Math.max(1, chart.bars().size());
        double slot = (right - left) / (double) n;
        int barWidth = (int) Math.min(140, slot * 0.6);
        for (int i = 0; i < chart.bars().size(); i++) {
            Block.Chart.Bar bar = chart.bars().get(i);
            int x = left + (int) (slot * i + (slot - barWidth) / 2);
            int h = (int) Math.round((bottom - top) * bar.value() / axisMax);
            g.setColor(BAR);
            g.fillRect(x, bottom - h, barWidth, h);
            g.setColor(Color.BLACK);
            int labelWidth = metrics.stringWidth(bar.label());
            g.drawString(bar.label(), x + (barWidth - labelWidth) / 2, bottom + 32);
            int shownWidth = metrics.stringWidth(bar.shown());
            g.drawString(bar.shown(), x + (barWidth - shownWidth) / 2, bottom - h - 10);
        }
    }

    private static double niceStep(double max) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return Math.max(1, m * magnitude);
            }
        }
        return Math.max(1, 10 * magnitude);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.UK, "%.1f", v);
    }

    private static Font font() {
        Font f = base;
        if (f == null) {
            try (InputStream in = ChartPicture.class.getResourceAsStream(ReportFonts.REGULAR)) {
                f = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException | NullPointerException e) {
                f = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
            base = f;
        }
        return f;
    }
}
