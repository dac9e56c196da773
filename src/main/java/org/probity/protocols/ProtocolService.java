package org.probity.protocols;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditTrail;
import org.probity.common.UkDates;
import org.probity.common.Validation;
import org.probity.common.ValidationException;
import org.probity.storage.Transactions;

/**
 * The protocol library: protocols, their versions and paragraphs, importing a version from a
 * file, editing a draft, exporting, comparing, and the review interval setting. Every write is
 * validated and audited in one transaction.
 */
public final class ProtocolService {

    public static final String PROTOCOL = "Protocol";
    public static final String VERSION = "Protocol version";
    public static final String SETTINGS = "Protocol reviews";
    public static final int MAX_INTERVAL_MONTHS = 120;

    private final ProtocolRepository repository;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProtocolImporter importer = new ProtocolImporter();

    public ProtocolService(ProtocolRepository repository, Transactions transactions, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // Reads

    public List<Protocol> protocols() {
        return repository.protocols();
    }

    public Optional<Protocol> protocol(long id) {
        return repository.protocol(id);
    }

    /** The protocol whose title is {@code title} (ignoring case), or whose id it is. */
    public Optional<Protocol> find(String titleOrId) {
        String t = titleOrId.strip();
        for (Protocol p : protocols()) {
            if (p.title().equalsIgnoreCase(t) || String.valueOf(p.id()).equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public List<ProtocolVersion> versions(long protocolId) {
        return repository.versions(protocolId);
    }

    public Optional<ProtocolVersion> version(long id) {
        return repository.version(id);
    }

    /** The version with this number of the protocol, e.g. "2" or "v2". */
    public Optional<ProtocolVersion> version(long protocolId, String number) {
        String n = number.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(version|v)\\s*", "");
        return versions(protocolId).stream().filter(v -> String.valueOf(v.number()).equals(n)).findFirst();
    }

    /** The adopted version in force, if any. */
    public Optional<ProtocolVersion> inForce(long protocolId) {
        return versions(protocolId).stream().filter(v -> v.status() == VersionStatus.ADOPTED)
                .reduce((a, b) -> b);
    }

    /** The version that was in force on {@code day}: the last adopted on or before it. */
    public Optional<ProtocolVersion> inForceOn(long protocolId, LocalDate day) {
        return versions(protocolId).stream()
                .filter(v -> v.status() != VersionStatus.DRAFT && v.adoptedOn() != null && !v.adoptedOn().isAfter(day))
                .reduce((a, b) -> a.adoptedOn().isAfter(b.adoptedOn()) ? a : b);
    }

    public List<Paragraph> paragraphs(long versionId) {
        return repository.paragraphs(versionId);
    }

    public String protocolTitle(long protocolId) {
        return protocol(protocolId).map(Protocol::title).orElse("(protocol " + protocolId + ")");
    }

    public List<AuditEntry> history(String recordType, long id) {
        return audit.history(recordType, id);
    }

    // Import

    /** Reads a file into paragraphs for the preview; nothing is saved. */
    public ImportedDocument readFile(Path file) {
        return importer.read(file);
    }

    public ImportedDocument readText(String name, String text) {
        return importer.readText(name, text);
    }

    /**
     * Saves an imported version: to the protocol with this title (created if there is none) as
     * its next version, adopted on {@code adoptedOn} (the previous adopted version then superseded)
     * or a draft when {@code adoptedOn} is null.
     */
    public ProtocolVersion importVersion(String title, List<Paragraph> paragraphs, LocalDate adoptedOn,
                                         String adoptedBy, String constitutionPart, String sourceName) {
        Validation v = new Validation()
                .required("title", "Title", title)
                .maxLength("title", "Title", title, 300)
                .maxLength("adoptedBy", "Adopted by", adoptedBy, 300)
                .maxLength("constitutionPart", "Constitution part", constitutionPart, 100)
                .check(paragraphs != null && !paragraphs.isEmpty(), "paragraphs",
                        "The version has no paragraphs. Import a file with the protocol's text.");
        if (adoptedOn != null) {
            v.check(!adoptedOn.isAfter(today()), "adoptedOn", "Adopted on (" + UkDates.display(adoptedOn)
                    + ") cannot be in the future; import it as a draft and adopt it when it is approved.");
        }
        checkParagraphs(v, paragraphs == null ? List.of() : paragraphs);
        v.throwIfInvalid();
        return transactions.inTransaction(() -> {
            Protocol protocol = find(title).orElseGet(() -> {
                Protocol p = repository.insert(new Protocol(null, title.strip(), null));
                audit.created(PROTOCOL, p.id(), p.title(), Map.of("title", p.title()));
                return p;
            });
            VersionStatus status = adoptedOn == null ? VersionStatus.DRAFT : VersionStatus.ADOPTED;
            LocalDate nextReview = adoptedOn == null ? null : adoptedOn.plusMonths(reviewIntervalMonths());
            if (adoptedOn != null) {
                for (ProtocolVersion old : versions(protocol.id())) {
                    if (old.status() == VersionStatus.ADOPTED && old.adoptedOn() != null
                            && old.adoptedOn().isAfter(adoptedOn)) {
                        throw new ValidationException("adoptedOn", "Version " + old.number() + " of "
                                + protocol.title() + " was adopted later (" + UkDates.display(old.adoptedOn())
                                + "). Import this one as a draft, or give its real adoption date.");
                    }
                }
            }
            ProtocolVersion version = repository.insert(new ProtocolVersion(null, protocol.id(),
                    repository.nextVersionNumber(protocol.id()), status, adoptedOn, blankToNull(adoptedBy),
                    blankToNull(constitutionPart), nextReview, blankToNull(sourceName)));
            repository.replaceParagraphs(version.id(), paragraphs);
            if (status == VersionStatus.ADOPTED) {
                supersedeOthers(version);
            }
            audit.created(VERSION, version.id(), protocol.title() + " " + version.label(), values(version,
                    paragraphs.size()));
            return version;
        });
    }

    /** Marks every other adopted version of the protocol superseded. */
    void supersedeOthers(ProtocolVersion adopted) {
        for (ProtocolVersion old : versions(adopted.protocolId())) {
            if (!old.id().equals(adopted.id()) && old.status() == VersionStatus.ADOPTED) {
                ProtocolVersion s = old.superseded();
                repository.update(s);
                audit.changed(VERSION, s.id(), protocolTitle(s.protocolId()) + " " + s.label(), values(old, -1),
                        values(s, -1));
            }
        }
    }

    /** Creates a draft that starts as a copy of {@code base}. */
    ProtocolVersion copyAsDraft(ProtocolVersion base) {
        List<Paragraph> paragraphs = paragraphs(base.id());
        ProtocolVersion draft = repository.insert(new ProtocolVersion(null, base.protocolId(),
                repository.nextVersionNumber(base.protocolId()), VersionStatus.DRAFT, null, null,
                base.constitutionPart(), null, "Draft from " + base.label()));
        repository.replaceParagraphs(draft.id(), paragraphs);
        audit.created(VERSION, draft.id(), protocolTitle(draft.protocolId()) + " " + draft.label(),
                values(draft, paragraphs.size()));
        return draft;
    }

    /**
     * Replaces a draft's paragraphs (the paragraph editor). Adopted and superseded versions are
     * the record of what was in force and are not edited.
     */
    public void saveParagraphs(long versionId, List<Paragraph> paragraphs) {
        ProtocolVersion version = version(versionId).orElseThrow(() ->
                new ValidationException("version", "That version no longer exists."));
        Validation v = new Validation();
        v.check(version.status() == VersionStatus.DRAFT, "version", version.label() + " is "
                + version.status().label().toLowerCase(java.util.Locale.ROOT)
                + " and is kept as it was adopted. Open a review to draft changes to it.");
        v.check(!paragraphs.isEmpty(), "paragraphs", "A version needs at least one paragraph.");
        checkParagraphs(v, paragraphs);
        v.throwIfInvalid();
        transactions.inTransaction(() -> {
            List<Paragraph> before = paragraphs(versionId);
            repository.replaceParagraphs(versionId, paragraphs);
            audit.changed(VERSION, versionId, protocolTitle(version.protocolId()) + " " + version.label(),
                    text(before), text(paragraphs));
        });
    }

    private static void checkParagraphs(Validation v, List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String where = p.number().isEmpty() ? "Paragraph " + (i + 1) + " in order" : "Paragraph " + p.number();
            v.check(!p.text().isBlank(), "paragraphs", where + " has no text. Merge it with the one before "
                    + "or delete it.");
            v.check(p.number().length() <= 40, "paragraphs", where + ": the number is longer than 40 characters.");
            v.check(p.text().length() <= 20000, "paragraphs", where + " is longer than 20,000 characters; "
                    + "split it.");
        }
    }

    // Export and compare

    public String markdown(long versionId) {
        ProtocolVersion v = version(versionId).orElseThrow();
        return ProtocolDocuments.markdown(protocolTitle(v.protocolId()), v, paragraphs(versionId));
    }

    public Path writeMarkdown(long versionId, Path file) {
        return ProtocolDocuments.write(file, markdown(versionId));
    }

    public Path writeDocx(long versionId, Path file) {
        ProtocolVersion v = version(versionId).orElseThrow();
        return ProtocolDocuments.writeDocx(file, protocolTitle(v.protocolId()), v, paragraphs(versionId));
    }

    public List<ParagraphChange> compare(long fromVersionId, long toVersionId) {
        return ProtocolComparison.compare(paragraphs(fromVersionId), paragraphs(toVersionId));
    }

    // Settings

    public int reviewIntervalMonths() {
        return repository.reviewIntervalMonths();
    }

    public void saveReviewIntervalMonths(int months) {
        new Validation().check(months >= 1 && months <= MAX_INTERVAL_MONTHS, "reviewIntervalMonths",
                "Review interval must be between 1 and " + MAX_INTERVAL_MONTHS + " months.").throwIfInvalid();
        transactions.inTransaction(() -> {
            int before = reviewIntervalMonths();
            repository.saveReviewIntervalMonths(months);
            audit.changed(SETTINGS, 1, "Protocol review interval", Map.of("months", String.valueOf(before)),
                    Map.of("months", String.valueOf(months)));
        });
    }

    void updateVersion(ProtocolVersion before, ProtocolVersion after) {
        repository.update(after);
        audit.changed(VERSION, after.id(), protocolTitle(after.protocolId()) + " " + after.label(),
                values(before, -1), values(after, -1));
    }

    static Map<String, String> values(ProtocolVersion v, int paragraphs) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("version", String.valueOf(v.number()));
        m.put("status", v.status().label());
        m.put("adoptedOn", v.adoptedOn() == null ? "" : v.adoptedOn().toString());
        m.put("adoptedBy", v.adoptedBy() == null ? "" : v.adoptedBy());
        m.put("constitutionPart", v.constitutionPart() == null ? "" : v.constitutionPart());
        m.put("nextReviewOn", v.nextReviewOn() == null ? "" : v.nextReviewOn().toString());
        if (paragraphs >= 0) {
            m.put("paragraphs", String.valueOf(paragraphs));
        }
        return m;
    }

    private static Map<String, String> text(List<Paragraph> paragraphs) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String key = p.number().isEmpty() || seen.contains(p.number()) ? "#" + (i + 1) : p.number();
            seen.add(p.number());
            m.put(key, (p.heading() ? "[heading] " : "") + p.text());
        }
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
