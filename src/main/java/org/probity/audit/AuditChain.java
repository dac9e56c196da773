package org.probity.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The seal on each audit entry: SHA-256 over the previous entry's seal and this entry's fields.
 * Changing any stored field, removing an entry or putting one in between breaks the chain from
 * that entry on, and {@link #check} names the first entry that no longer matches.
 */
public final class AuditChain {

    /** The previous seal of the first entry. */
    public static final String START = "";

    private AuditChain() {
    }

    public static String seal(String previousHash, List<String> content) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        update(digest, previousHash);
        for (String field : content) {
            update(digest, field);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Each field is preceded by its length, so no two different entries have the same input. */
    private static void update(MessageDigest digest, String field) {
        if (field == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    /**
     * The seal of an entry whose personal values a disposal removed. Its original seal stays in the
     * chain, so the entries after it still follow; this seal ties the redacted content, and the
     * disposal that redacted it, to that original seal, so a later change is still found.
     */
    public static String redactionSeal(String entryHash, List<String> redactedContent, long disposalId) {
        List<String> fields = new java.util.ArrayList<>(redactedContent);
        fields.add("redacted by disposal " + disposalId);
        return seal(entryHash, fields);
    }

    /** Checks the entries in the order they were written; empty when every seal matches. */
    public static Optional<ChainBreak> check(Iterable<ChainLink> links) {
        String expectedPrevious = START;
        ChainLink firstUnsealed = null;
        for (ChainLink link : links) {
            if (link.entryHash() == null) {
                if (!START.equals(expectedPrevious)) {
                    return Optional.of(unsealed(link));
                }
                // Entries written before the chain began are sealed with the first new entry.
                firstUnsealed = firstUnsealed == null ? link : firstUnsealed;
                continue;
            }
            if (firstUnsealed != null) {
                return Optional.of(unsealed(firstUnsealed));
            }
            if (!Objects.equals(link.previousHash(), expectedPrevious)) {
                return Optional.of(new ChainBreak(link.id(), link.description(),
                        "does not follow the entry before it: an entry before it was removed, or this one was"
                                + " added outside Probity."));
            }
            if (link.isRedacted()) {
                if (!redactionSeal(link.entryHash(), link.content(), link.redactedBy())
                        .equals(link.redactionSeal())) {
                    return Optional.of(new ChainBreak(link.id(), link.description(),
                            "does not match the seal it was given when a disposal removed its personal values:"
                                    + " it was changed outside Probity."));
                }
            } else if (!seal(expectedPrevious, link.content()).equals(link.entryHash())) {
                return Optional.of(new ChainBreak(link.id(), link.description(),
                        "does not match its seal: it was changed outside Probity."));
            }
            expectedPrevious = link.entryHash();
        }
        return Optional.empty();
    }

    private static ChainBreak unsealed(ChainLink link) {
        return new ChainBreak(link.id(), link.description(),
                "has no seal although entries around it are sealed: it was added or changed outside Probity.");
    }
}
