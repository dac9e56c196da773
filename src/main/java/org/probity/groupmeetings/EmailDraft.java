package org.probity.groupmeetings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * An unsent e-mail saved as an RFC 822 message ({@code .eml}). {@code X-Unsent: 1} makes the
 * user's own mail program open it as a draft ready to send, so the notice goes from the
 * Monitoring Officer's mailbox and is kept in their sent items. The body is UTF-8 in
 * format=flowed lines, so mail programs re-flow the paragraphs to the window.
 */
public record EmailDraft(List<Mailbox> to, String subject, String body) {

    private static final String CRLF = "\r\n";
    private static final int LINE = 76;

    public EmailDraft {
        to = List.copyOf(to);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** A recipient: a name as people know it and an address. */
    public record Mailbox(String name, String address) {

        public Mailbox {
            Objects.requireNonNull(address, "address");
        }

        String header() {
            if (name == null || name.isBlank()) {
                return address;
            }
            return (isPlainAscii(name) ? "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                    : encodedWord(name)) + " <" + address + ">";
        }
    }

    /** The message as it is written to the file. */
    public String message() {
        StringBuilder m = new StringBuilder();
        m.append(foldedList("To: ", to.stream().map(Mailbox::header).toList()));
        m.append("Subject: ").append(isPlainAscii(subject) ? subject : encodedWord(subject)).append(CRLF);
        m.append("X-Unsent: 1").append(CRLF);
        m.append("MIME-Version: 1.0").append(CRLF);
        m.append("Content-Type: text/plain; charset=UTF-8; format=flowed").append(CRLF);
        m.append("Content-Transfer-Encoding: 8bit").append(CRLF);
        m.append(CRLF);
        String text = body.replace("\r\n", "\n");
        // The message's last line ends with CRLF anyway; a final newline in the text would add a blank line.
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        for (String line : text.split("\n", -1)) {
            for (String part : flowed(line)) {
                m.append(part).append(CRLF);
            }
        }
        return m.toString();
    }

    /**
     * Writes the draft to {@code file}, first to a temporary file beside it and then moved into
     * place, so a mail program never opens a half-written message.
     */
    public Path write(Path file) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".draft-", ".tmp");
            try {
                Files.writeString(temporary, message(), StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the e-mail draft " + target + ": " + e.getMessage(), e);
        }
    }

    private static String foldedList(String start, List<String> items) {
        StringBuilder header = new StringBuilder(start);
        int lineLength = start.length();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i < items.size() - 1 ? "," : "");
            if (i > 0) {
                if (lineLength + 1 + item.length() > LINE) {
                    header.append(CRLF).append(' ');
                    lineLength = 1;
                } else {
                    header.append(' ');
                    lineLength++;
                }
            }
            header.append(item);
            lineLength += item.length();
        }
        return header.append(CRLF).toString();
    }

    /** Breaks one paragraph line at spaces; every line but the last ends in a space (RFC 3676 soft break). */
    private static List<String> flowed(String line) {
        List<String> parts = new ArrayList<>();
        String rest = line.stripTrailing();
        while (rest.length() > LINE) {
            int cut = rest.lastIndexOf(' ', LINE);
            if (cut <= 0) {
                cut = rest.indexOf(' ', LINE);
                if (cut < 0) {
                    break;
                }
            }
            parts.add(stuffed(rest.substring(0, cut + 1)));
            rest = rest.substring(cut + 1);
        }
        parts.add(stuffed(rest));
        return parts;
    }

    /** Space-stuffing (RFC 3676): a line starting with a space, "&gt;" or "From " gets a leading space. */
    private static String stuffed(String line) {
        return line.startsWith(" ") || line.startsWith(">") || line.startsWith("From ") ? " " + line : line;
    }

    private static boolean isPlainAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    /**
     * RFC 2047 encoded words, each at most 75 characters, split between characters (never inside
     * one) and folded onto continuation lines.
     */
    private static String encodedWord(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > 45) {
                words.add(encode(chunk.toString()));
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.append(character);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        words.add(encode(chunk.toString()));
        return String.join(CRLF + " ", words);
    }

    private static String encode(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
