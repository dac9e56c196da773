package org.probity.subjectaccess;

import java.util.Locale;
import java.util.Set;

/**
 * File names inside the export that every system can unpack: no folders, no characters Windows
 * refuses, no leading dot, not too long, and never the same name twice in one folder.
 */
final class SafeFileName {

    private static final int MAX = 100;

    private SafeFileName() {
    }

    static String of(String name) {
        String cleaned = (name == null ? "" : name).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_")
                .replaceAll("\\s+", " ").strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        cleaned = cleaned.replaceAll("[. ]+$", "");
        if (cleaned.isEmpty()) {
            cleaned = "file";
        }
        if (cleaned.length() > MAX) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, MAX - extension.length()) + extension;
        }
        return cleaned;
    }

    /** {@code name}, or "name (2).ext" and so on when the folder already has it (whatever the case). */
    static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + " (" + n + ")" + extension;
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }
}
