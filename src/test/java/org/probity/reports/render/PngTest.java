package org.probity.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.probity.reports.document.Block;

class PngTest {

    @Test
    void everyPixelOfAPictureComesBackAsDrawn() throws Exception {
        BufferedImage image = new BufferedImage(301, 97, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, y < 40 ? random.nextInt() : 0xffffff);
            }
        }
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x2b4a6f));
        g.fillOval(20, 45, 120, 50);
        g.setColor(Color.BLACK);
        g.drawString("Enquiries 2026: 14 refused", 150, 80);
        g.dispose();

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));

        assertThat(read.getWidth()).isEqualTo(301);
        assertThat(read.getHeight()).isEqualTo(97);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(read.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y)
                        .isEqualTo(image.getRGB(x, y) & 0xffffff);
            }
        }
    }

    @Test
    void aChartIsSmallAndThePdfTakesItAsItIs() throws Exception {
        Block.Chart chart = new Block.Chart("Complaints received each year", "Bar chart", "Complaints",
                List.of(new Block.Chart.Bar("2025", 12, "12"), new Block.Chart.Bar("2026", 3, "3")));
        byte[] png = ChartPicture.png(chart);

        assertThat(png.length).isLessThan(100_000);
        try (PDDocument document = new PDDocument()) {
            PDImageXObject picture = PDImageXObject.createFromByteArray(document, png, "chart.png");
            assertThat(picture.getWidth()).isEqualTo(ChartPicture.WIDTH);
            assertThat(picture.getImage().getRGB(ChartPicture.WIDTH / 2, 5) & 0xffffff).isEqualTo(0xffffff);
        }
    }
}
