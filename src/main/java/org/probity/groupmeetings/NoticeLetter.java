package org.probity.groupmeetings;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.probity.common.ValidationException;

/**
 * The Monitoring Officer's notice to the other groups' leaders as a letter: one A4 page per
 * leader, on the authority's letterhead. The PDF is tagged for screen readers (PDF/UA-1) and
 * archivable (PDF/A-3u), so it can be filed with the register and sent as it is; its font is
 * embedded from the application, so it looks the same on every computer.
 */
public final class NoticeLetter {

    /** The date as a letter gives it: "23 November 2026". */
    public static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private static final String FAMILY = "DejaVu Sans";
    private static final String REGULAR = "/org/probity/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/org/probity/fonts/DejaVuSans-Bold.ttf";

    private final String authorityName;
    private final LocalDate dated;

    public NoticeLetter(String authorityName, LocalDate dated) {
        this.authorityName = authorityName == null || authorityName.isBlank() ? "The Council" : authorityName.trim();
        this.dated = dated;
    }

    /** A file name for the letters: "GRP-2026-0001 letters to groups.pdf". */
    public static String fileName(MeetingReference reference) {
        return reference + " letters to groups.pdf";
    }

    /** Writes one page to each other group's leader into {@code file}; returns the file written. */
    public Path write(GroupNotice notice, Path file) {
        return write(notice, notice.recipients(), file);
    }

    /** Writes the letters to {@code recipients} only, one page each. */
    public Path write(GroupNotice notice, List<GroupNotice.Recipient> recipients, Path file) {
        if (recipients.isEmpty()) {
            throw new ValidationException("notifications", "There is no other group to write to.");
        }
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ValidationException("file", "The folder " + folder + " does not exist; choose another place "
                    + "to save the letters.");
        }
        Path temporary = null;
        try {
            // Written beside the destination and moved into place, so an existing letter is never half-replaced.
            temporary = Files.createTempFile(folder, "." + target.getFileName() + "-", ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                render(notice, recipients, out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException | UncheckedIOException e) {
            throw new ValidationException("file", "Could not write the letters to " + target + " (" + e.getMessage()
                    + "); check that the folder can be written to and the file is not open in another program.");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a hidden .part file left behind; nothing the user needs to act on
                }
            }
        }
    }

    private void render(GroupNotice notice, List<GroupNotice.Recipient> recipients, OutputStream out)
            throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.useFont(() -> font(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html(notice, recipients), null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font(String resource) {
        InputStream in = NoticeLetter.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("the letter font " + resource + " is missing from the "
                    + "application"));
        }
        return in;
    }

    /** The letters as XHTML, the input of the PDF renderer. */
    String html(GroupNotice notice, List<GroupNotice.Recipient> recipients) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
                .append("<meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(notice.subject())).append("</title>")
                .append("<meta name=\"author\" content=\"").append(escape(authorityName))
                .append(", Monitoring Officer\"/>")
                .append("<meta name=\"subject\" content=\"").append(escape(notice.subject())).append("\"/>")
                .append("<style>").append(CSS).append("</style></head><body>");
        for (int i = 0; i < recipients.size(); i++) {
            GroupNotice.Recipient r = recipients.get(i);
            html.append(i == 0 ? "<div class=\"letter\">" : "<div class=\"letter next\">");
            html.append("<div class=\"letterhead\"><h1>").append(escape(authorityName)).append("</h1>")
                    .append("<p class=\"office\">Office of the Monitoring Officer</p></div>");
            html.append("<p class=\"recipient\">");
            if (r.leaderName() != null) {
                html.append(escape(r.leaderName())).append("<br/>");
            }
            html.append("Leader of the ").append(escape(r.groupName())).append("<br/>")
                    .append(escape(authorityName)).append("</p>");
            // The body closes with the reference, so the date stands alone here.
            html.append("<p class=\"dated\">").append(LETTER_DATE.format(dated)).append("</p>");
            html.append("<h2>").append(escape(notice.subject())).append("</h2>");
            for (String paragraph : notice.letterBody(r).strip().split("\\n\\s*\\n")) {
                html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br/>")).append("</p>");
            }
            html.append("</div>");
        }
        return html.append("</body></html>").toString();
    }

    private static final String CSS = """
            @page { size: A4; margin: 22mm 22mm 25mm 25mm; }
            body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
            .next { page-break-before: always; }
            .letterhead { border-bottom: 1.5pt solid #2b4a6f; padding-bottom: 4mm; margin-bottom: 10mm; }
            h1 { font-size: 17pt; font-weight: bold; color: #2b4a6f; margin: 0; }
            .office { margin: 1mm 0 0 0; font-size: 10pt; color: #3d3d3d; }
            .recipient { margin: 0 0 8mm 0; }
            .dated { margin: 0 0 8mm 0; }
            h2 { font-size: 11pt; font-weight: bold; margin: 0 0 5mm 0; }
            p { margin: 0 0 4mm 0; }
            """;

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 has no place for other control characters; a pasted one would stop the render.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
