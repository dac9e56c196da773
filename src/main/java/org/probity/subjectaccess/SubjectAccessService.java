package org.probity.subjectaccess;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.probity.attachments.AttachmentService;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditTrail;
import org.probity.common.ValidationException;
import org.probity.complaints.ComplaintService;
import org.probity.enquiries.EnquiryService;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.relationships.DeclarationService;
import org.probity.security.PermissionDeniedException;
import org.probity.security.Permissions;

/**
 * Answers a subject access request: finds the person, gathers what every register holds about
 * them, and writes it to a ZIP with third parties' names redacted except those the officer
 * chooses to disclose. Only the Monitoring Officer and deputies may do this, since the export
 * holds every confidential detail about the person; each export is recorded in the audit trail.
 */
public final class SubjectAccessService {

    /** The audit trail's record type for exports; the record id is the person's key. */
    public static final String EXPORT = "Subject access export";

    private static final int SEARCH_LIMIT = 15;

    private final SubjectAccessRepository repository;
    private final PeopleService people;
    private final DeclarationService declarations;
    private final GroupMeetingService groupMeetings;
    private final EnquiryService enquiries;
    private final ComplaintService complaints;
    private final AttachmentService attachments;
    private final AuditTrail audit;
    private final Permissions permissions;
    private final Clock clock;

    public SubjectAccessService(SubjectAccessRepository repository, PeopleService people,
                                DeclarationService declarations, GroupMeetingService groupMeetings,
                                EnquiryService enquiries, ComplaintService complaints, AttachmentService attachments,
                                AuditTrail audit, Permissions permissions, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.declarations = declarations;
        this.groupMeetings = groupMeetings;
        this.enquiries = enquiries;
        this.complaints = complaints;
        this.attachments = attachments;
        this.audit = audit;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Whether the signed-in person may make exports; the screen is offered only to them. */
    public boolean mayExport() {
        return permissions.user().role().seesAllConfidential();
    }

    private void requireAccess() {
        if (!mayExport()) {
            throw new PermissionDeniedException("Only the Monitoring Officer or a deputy can answer a subject access"
                    + " request, because the export holds every confidential detail about the person. You are signed"
                    + " in as " + permissions.user().loginName() + " (" + permissions.user().role().label() + ").");
        }
    }

    // Choosing the person

    /** Members, officers and people named in records whose name contains {@code text}, with where each appears. */
    public List<SubjectMatch> search(String text) {
        requireAccess();
        String t = text == null ? "" : text.strip();
        if (t.length() < 2) {
            return List.of();
        }
        String lower = t.toLowerCase(Locale.UK);
        List<DataSubject> found = new ArrayList<>();
        Set<String> directoryNames = new HashSet<>();
        for (Member m : people.members()) {
            directoryNames.add(plainName(m.forenames(), m.surname()).toLowerCase(Locale.UK));
            if (m.displayName().toLowerCase(Locale.UK).contains(lower)) {
                found.add(DataSubject.member(m.id(), plainName(m.forenames(), m.surname())));
            }
        }
        for (Officer o : people.officers()) {
            directoryNames.add(plainName(o.forenames(), o.surname()).toLowerCase(Locale.UK));
            if (o.displayName().toLowerCase(Locale.UK).contains(lower) || o.staffNumber().equalsIgnoreCase(t)) {
                found.add(DataSubject.officer(o.id(), plainName(o.forenames(), o.surname())));
            }
        }
        Set<String> named = new HashSet<>();
        for (String name : repository.namesInRecords(t, SEARCH_LIMIT)) {
            if (!directoryNames.contains(name.strip().toLowerCase(Locale.UK))) {
                found.add(DataSubject.named(name));
                named.add(name.strip().toLowerCase(Locale.UK));
            }
        }
        // Someone only written about, such as a resident in casework, is found by the name as typed.
        if (t.contains(" ") && !directoryNames.contains(lower) && !named.contains(lower)
                && repository.recordIds(DataSubject.named(t)).values().stream().anyMatch(ids -> !ids.isEmpty())) {
            found.add(DataSubject.named(t));
        }
        return found.stream().limit(SEARCH_LIMIT).map(this::match).toList();
    }

    /**
     * The person as the registers' text is searched for them. A name that another member or
     * officer shares is not searched for in text, since Probity cannot tell whose it is; a member
     * is then looked for with their title ("Cllr Ruth Watson") if that is theirs alone.
     */
    private DataSubject inText(DataSubject s) {
        if (s.kind() == DataSubject.Kind.NAMED) {
            return s;
        }
        String plain = s.name().toLowerCase(Locale.UK);
        long sharing = people.members().stream().filter(m -> plainName(m.forenames(), m.surname())
                .equalsIgnoreCase(plain)).count() + people.officers().stream().filter(o -> plainName(o.forenames(),
                o.surname()).equalsIgnoreCase(plain)).count();
        if (sharing <= 1) {
            return s;
        }
        if (s.kind() == DataSubject.Kind.MEMBER) {
            String titled = displayName(s);
            boolean titleIsTheirs = !titled.equalsIgnoreCase(s.name()) && people.members().stream()
                    .filter(m -> m.displayName().equalsIgnoreCase(titled)).count() == 1;
            if (titleIsTheirs) {
                return new DataSubject(s.kind(), s.id(), titled);
            }
        }
        return new DataSubject(s.kind(), s.id(), "");
    }

    private SubjectMatch match(DataSubject s) {
        String counts = repository.recordIds(inText(s)).entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey().count(e.getValue().size())).collect(Collectors.joining(", "));
        return new SubjectMatch(s, displayName(s), description(s), counts.isEmpty() ? "No register entries" : counts);
    }

    private String displayName(DataSubject s) {
        return switch (s.kind()) {
            case MEMBER -> people.member(s.id()).map(Member::displayName).orElse(s.name());
            case OFFICER, NAMED -> s.name();
        };
    }

    private String description(DataSubject s) {
        return switch (s.kind()) {
            case MEMBER -> "Member, member:" + s.id();
            case OFFICER -> "Officer, " + people.officer(s.id()).map(Officer::post).orElse("") + ", officer:" + s.id();
            case NAMED -> "Named in records";
        };
    }

    /**
     * The person {@code text} means: {@code member:12}, {@code officer:34}, or a name that exactly
     * one member, officer or record holds. Refuses an unknown id or an ambiguous name with the choices.
     */
    public DataSubject resolve(String text) {
        requireAccess();
        Optional<PersonRef> ref = DataSubject.parseKey(text);
        if (ref.isPresent()) {
            PersonRef p = ref.get();
            if (p.isMember()) {
                return people.member(p.id()).map(m -> DataSubject.member(m.id(), plainName(m.forenames(),
                        m.surname()))).orElseThrow(() -> new ValidationException("person", "There is no member with"
                        + " id " + p.id() + ". Search by name to find the right one."));
            }
            return people.officer(p.id()).map(o -> DataSubject.officer(o.id(), plainName(o.forenames(),
                    o.surname()))).orElseThrow(() -> new ValidationException("person", "There is no officer with"
                    + " id " + p.id() + ". Search by name to find the right one."));
        }
        String name = text == null ? "" : text.strip();
        List<SubjectMatch> matches = search(name);
        List<SubjectMatch> exact = matches.stream().filter(m -> m.subject().name().equalsIgnoreCase(name)
                || m.displayName().equalsIgnoreCase(name)).toList();
        List<SubjectMatch> choices = exact.isEmpty() ? matches : exact;
        if (choices.size() == 1) {
            return choices.get(0).subject();
        }
        if (choices.isEmpty()) {
            throw new ValidationException("person", "No member, officer or record names \u201c" + name + "\u201d."
                    + " Give a name as records write it, or member:ID or officer:ID.");
        }
        throw new ValidationException("person", "\u201c" + name + "\u201d could mean " + choices.stream()
                .map(m -> m.displayName() + " (" + m.subject().key() + ")").collect(Collectors.joining(", "))
                + ". Give one of these instead.");
    }

    private static String plainName(String forenames, String surname) {
        return (forenames.strip() + " " + surname.strip()).strip();
    }

    // Gathering

    /** Everything held about the person, not yet redacted. */
    public HeldData gather(DataSubject subject) {
        requireAccess();
        Map<String, String> directory = new LinkedHashMap<>();
        List<AuditEntry> directoryHistory = new ArrayList<>();
        if (subject.kind() == DataSubject.Kind.MEMBER) {
            people.member(subject.id()).ifPresent(m -> directory.putAll(people.memberValues(m)));
            directoryHistory.addAll(people.history(PeopleService.MEMBER, subject.id()));
        } else if (subject.kind() == DataSubject.Kind.OFFICER) {
            people.officer(subject.id()).ifPresent(o -> directory.putAll(people.officerValues(o)));
            directoryHistory.addAll(people.history(PeopleService.OFFICER, subject.id()));
        }
        List<HeldRecord> records = new ArrayList<>();
        DataSubject searched = inText(subject);
        repository.recordIds(searched).forEach((register, ids) -> ids.forEach(id -> held(register, id)
                .ifPresent(records::add)));
        Set<Long> included = new HashSet<>();
        directoryHistory.forEach(e -> included.add(e.id()));
        records.forEach(r -> r.history().forEach(e -> included.add(e.id())));
        List<AuditEntry> others = otherEntries(searched.name(), included);
        HeldData unnamed = new HeldData(subject, displayName(subject), directory, directoryHistory, records, others,
                List.of(), searched.name());
        return new HeldData(subject, unnamed.displayName(), directory, directoryHistory, records, others,
                thirdParties(subject, unnamed), searched.name());
    }

    private Optional<HeldRecord> held(Register register, long id) {
        return switch (register) {
            case DECLARATIONS -> declarations.declaration(id).map(d -> record(register, id,
                    d.reference().toString(), declarations.values(d), declarations.history(id)));
            case GROUP_MEETINGS -> groupMeetings.meeting(id).map(m -> record(register, id,
                    m.reference().toString(), groupMeetings.values(m), groupMeetings.history(id)));
            case ENQUIRIES -> enquiries.enquiry(id).map(e -> record(register, id, e.reference().toString(),
                    enquiries.values(e), enquiries.history(id)));
            case COMPLAINTS -> complaints.complaint(id).map(c -> record(register, id, c.reference().toString(),
                    complaints.values(c), complaints.history(id)));
        };
    }

    private HeldRecord record(Register register, long id, String reference, Map<String, String> values,
                              List<AuditEntry> history) {
        List<AuditEntry> oldestFirst = new ArrayList<>(history);
        oldestFirst.sort(java.util.Comparator.comparingLong(AuditEntry::id));
        return new HeldRecord(register, id, reference, values, oldestFirst,
                attachments.attachments(register.recordType(), id));
    }

    private List<AuditEntry> otherEntries(String name, Set<Long> included) {
        Map<String, Set<Long>> wanted = new LinkedHashMap<>();
        for (SubjectAccessRepository.AuditRef ref : repository.auditEntriesNaming(name)) {
            if (!included.contains(ref.entryId())) {
                wanted.computeIfAbsent(ref.recordType() + "\u0000" + ref.recordId(), k -> new HashSet<>())
                        .add(ref.entryId());
            }
        }
        List<AuditEntry> entries = new ArrayList<>();
        wanted.forEach((key, ids) -> {
            String[] typeAndId = key.split("\u0000", 2);
            audit.history(typeAndId[0], typeAndId[1]).stream().filter(e -> ids.contains(e.id())).forEach(entries::add);
        });
        entries.sort(java.util.Comparator.comparingLong(AuditEntry::id));
        return entries;
    }

    /**
     * The names of other people the material contains: members, officers, user accounts, and
     * whoever made a change or added a file. Neither the person's own name nor that of the officer
     * making the export is one of them.
     */
    private List<String> thirdParties(DataSubject subject, HeldData data) {
        Set<String> candidates = new LinkedHashSet<>();
        people.members().forEach(m -> candidates.add(plainName(m.forenames(), m.surname())));
        people.officers().forEach(o -> candidates.add(plainName(o.forenames(), o.surname())));
        candidates.addAll(repository.accountNames());
        data.directoryHistory().forEach(e -> candidates.add(e.user()));
        data.otherEntries().forEach(e -> candidates.add(e.user()));
        data.records().forEach(r -> {
            r.history().forEach(e -> candidates.add(e.user()));
            r.attachments().forEach(a -> candidates.add(a.addedBy()));
        });
        Set<String> own = new HashSet<>();
        own.add(subject.name().toLowerCase(Locale.UK));
        own.add(data.displayName().toLowerCase(Locale.UK));
        // Whoever makes the export signs it, so their own name is no secret elsewhere in it.
        own.add(permissions.user().loginName().toLowerCase(Locale.UK));
        String maker = permissions.user().account().fullName();
        if (maker != null) {
            own.add(maker.toLowerCase(Locale.UK));
        }
        candidates.removeIf(c -> c == null || c.isBlank() || own.contains(c.strip().toLowerCase(Locale.UK)));
        return Redaction.found(candidates, data.texts());
    }

    // Exporting

    /**
     * Writes the export to {@code out}: first beside it under a temporary name, then moved into
     * place, so a failure leaves no partial ZIP; then records the export in the audit trail.
     * {@code disclosed} are the third parties' names to leave in; every other one is redacted.
     */
    public ExportSummary export(HeldData data, Collection<String> disclosed, Path out) {
        requireAccess();
        permissions.requireWrite();
        List<String> disclose = disclosedNames(data, disclosed);
        Path target = checkTarget(out);
        Set<String> redacted = new LinkedHashSet<>(data.thirdParties());
        disclose.forEach(d -> redacted.removeIf(n -> n.equalsIgnoreCase(d)));
        Redaction redaction = Redaction.of(redacted);
        LocalDateTime madeAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String madeBy = permissions.user().account().fullName() == null || permissions.user().account().fullName()
                .isBlank() ? permissions.user().loginName() : permissions.user().account().fullName();
        SubjectAccessZip zip = new SubjectAccessZip(new ExportContent(data, redaction, disclose, madeBy, madeAt,
                authorityName()), attachments::open);
        Path temporary = null;
        List<String> entries;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".part");
            entries = zip.write(temporary);
            move(temporary, target);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new SubjectAccessException("The export could not be written to " + target + ": " + reason(e)
                    + ". Nothing was written; choose another folder or free some space.", e);
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
        ExportSummary summary = new ExportSummary(target, data.displayName(), data.records().size(),
                data.attachments().size(), data.auditEntryCount(), redacted.size(), disclose, entries);
        try {
            audit.created(EXPORT, truncate(data.subject().key(), 60), "Subject access export for "
                    + data.displayName(), auditValues(data, summary));
        } catch (RuntimeException e) {
            // An export that is not in the audit trail must not exist.
            deleteQuietly(target);
            throw e;
        }
        return summary;
    }

    private static List<String> disclosedNames(HeldData data, Collection<String> disclosed) {
        List<String> out = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String wanted : disclosed == null ? List.<String>of() : disclosed) {
            if (wanted == null || wanted.isBlank()) {
                continue;
            }
            data.thirdParties().stream().filter(n -> n.equalsIgnoreCase(wanted.strip())).findFirst()
                    .ifPresentOrElse(n -> {
                        if (!out.contains(n)) {
                            out.add(n);
                        }
                    }, () -> unknown.add(wanted.strip()));
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException("disclose", "No third party named " + String.join(", ", unknown)
                    + " appears in what is held about " + data.displayName() + ". The names that do are: "
                    + (data.thirdParties().isEmpty() ? "none" : String.join(", ", data.thirdParties())) + ".");
        }
        return out;
    }

    private static Path checkTarget(Path out) {
        if (out == null || out.getFileName() == null) {
            throw new ValidationException("out", "Choose the file to write the export to, for example"
                    + " subject-access.zip.");
        }
        Path target = out.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new ValidationException("out", target + " is a folder. Give a file name inside it, for example "
                    + target.resolve("subject-access.zip") + ".");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ValidationException("out", "The folder " + folder + " does not exist. Create it first or choose"
                    + " another.");
        }
        if (!Files.isWritable(folder)) {
            throw new ValidationException("out", "The folder " + folder + " cannot be written to. Choose a folder"
                    + " you can save files in.");
        }
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The original failure is what the user needs to hear about.
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private String authorityName() {
        return people.profile().name();
    }

    private static Map<String, String> auditValues(HeldData data, ExportSummary summary) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Person", data.displayName());
        values.put("Kind", data.subject().kind().label());
        values.put("Records", String.valueOf(summary.records()));
        values.put("Attached files", String.valueOf(summary.attachments()));
        values.put("Audit entries", String.valueOf(summary.auditEntries()));
        values.put("Third-party names redacted", String.valueOf(summary.namesRedacted()));
        values.put("Names disclosed", String.join("; ", summary.namesDisclosed()));
        values.put("File", summary.file().getFileName().toString());
        return values;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Exports made so far, newest first: who made them, when, for whom and what they held. */
    public List<AuditEntry> exports(int limit) {
        List<AuditEntry> entries = new ArrayList<>();
        for (String key : repository.recordIdsOfType(EXPORT, limit)) {
            entries.addAll(audit.history(EXPORT, key));
        }
        entries.sort(java.util.Comparator.comparingLong(AuditEntry::id).reversed());
        return entries.stream().limit(limit).toList();
    }
}
