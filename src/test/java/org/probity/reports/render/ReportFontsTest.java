package org.probity.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class ReportFontsTest {

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    @Test
    void theFontIsReadWithoutItsSubstitutionTableAndKeepsEveryGlyph() throws Exception {
        byte[] original;
        try (var in = ReportFontsTest.class.getResourceAsStream(ReportFonts.REGULAR)) {
            original = in.readAllBytes();
        }
        byte[] used = ReportFonts.open(ReportFonts.REGULAR).readAllBytes();

        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(used)) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            assertThat(after.getTableMap().keySet()).containsAll(
                    before.getTableMap().keySet().stream().filter(t -> !t.equals("GSUB")).toList());
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            int pound = before.getUnicodeCmapLookup().getGlyphId('\u00a3');
            assertThat(after.getUnicodeCmapLookup().getGlyphId('\u00a3')).isEqualTo(pound).isPositive();
            assertThat(after.getAdvanceWidth(pound)).isEqualTo(before.getAdvanceWidth(pound));
            assertThat(after.getGlyph().getGlyph(pound).getPath().getBounds2D())
                    .isEqualTo(before.getGlyph().getGlyph(pound).getPath().getBounds2D());
        }
    }

    @Test
    void aFileThatIsNotAFontIsRefusedWithAReason() {
        assertThatThrownBy(() -> ReportFonts.withoutTables(new byte[] {0, 1, 0, 0, 0, 40, 0, 0, 0, 0, 0, 0},
                Set.of("GSUB"))).isInstanceOf(IOException.class).hasMessageContaining("table directory");
        assertThatThrownBy(() -> ReportFonts.withoutTables(new byte[3], Set.of("GSUB")))
                .isInstanceOf(IOException.class).hasMessageContaining("not a TrueType font");
    }
}
