package org.probity.reports.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open-licence font shipped with the application and embedded in every report. */
final class ReportFonts {

    static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "/org/probity/fonts/DejaVuSans.ttf";
    static final String BOLD = "/org/probity/fonts/DejaVuSans-Bold.ttf";

    /** The font files, read from the application once rather than for every report. */
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    private ReportFonts() {
    }

    /**
     * The fonts as parsed for each thread that renders reports, so a report does not parse them again:
     * that took a tenth of a report's time. One copy per thread, as a parsed font is read as text is set.
     */
    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    static InputStream open(String resource) {
        return new ByteArrayInputStream(FILES.computeIfAbsent(resource, ReportFonts::read));
    }

    /** The font {@code resource} for {@code document}, embedded as the subset of it the document uses. */
    static PDFont load(PDDocument document, String resource) {
        TrueTypeFont font = PARSED.get().computeIfAbsent(resource, r -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(open(r)));
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("the report font " + r + " cannot be read: "
                        + e.getMessage(), e));
            }
        });
        try {
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the report font " + resource + " is missing from the application");
            }
            return withoutTables(in.readAllBytes(), UNUSED_TABLES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tables of the font the reports do without. The glyph substitution table ("GSUB") holds the
     * font's ligatures and alternates, which English text set in DejaVu Sans does not call on; with
     * it, PDFBox looks for substitutions in every run of text the renderer draws, a tenth of the time
     * a report takes to lay out. The embedded subset never holds these tables in any case.
     */
    static final Set<String> UNUSED_TABLES = Set.of("GSUB");

    /**
     * The TrueType font {@code font} without the tables tagged {@code tags}: the same tables in the
     * same order, each at its new place.
     */
    static byte[] withoutTables(byte[] font, Set<String> tags) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(font);
        if (font.length < 12) {
            throw new IOException("the report font is not a TrueType font");
        }
        int count = in.getShort(4) & 0xffff;
        if (12 + 16 * count > font.length) {
            throw new IOException("the report font's table directory is damaged");
        }
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            int tag = in.getInt(at);
            if (!tags.contains(tagName(tag))) {
                kept.add(new int[] {tag, in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12)});
            }
        }
        int position = align(12 + 16 * kept.size());
        int[] offsets = new int[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            int[] table = kept.get(i);
            if (table[2] < 0 || table[3] < 0 || (long) table[2] + table[3] > font.length) {
                throw new IOException("the report font's table " + tagName(table[0]) + " lies outside the file");
            }
            offsets[i] = position;
            position += align(table[3]);
        }
        ByteBuffer out = ByteBuffer.allocate(position);
        int selector = 31 - Integer.numberOfLeadingZeros(Math.max(1, kept.size()));
        int searchRange = 16 << selector;
        out.putInt(in.getInt(0)).putShort((short) kept.size()).putShort((short) searchRange)
                .putShort((short) selector).putShort((short) (16 * kept.size() - searchRange));
        for (int i = 0; i < kept.size(); i++) {
            int[] table = kept.get(i);
            out.putInt(table[0]).putInt(table[1]).putInt(offsets[i]).putInt(table[3]);
        }
        for (int i = 0; i < kept.size(); i++) {
            out.put(offsets[i], font, kept.get(i)[2], kept.get(i)[3]);
        }
        return out.array();
    }

    private static String tagName(int tag) {
        return new String(ByteBuffer.allocate(4).putInt(tag).array(), StandardCharsets.ISO_8859_1);
    }

    private static int align(int n) {
        return (n + 3) & ~3;
    }
}
