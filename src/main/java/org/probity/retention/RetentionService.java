package org.probity.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.probity.audit.AuditTrail;
import org.probity.backup.BackupFile;
import org.probity.common.UkDates;
import org.probity.common.Validation;
import org.probity.security.PermissionDeniedException;
import org.probity.security.Permissions;
import org.probity.storage.Transactions;

/**
 * The retention schedule and the disposals it leads to. A record is due on its trigger date plus
 * its register's period, counted in calendar days; only the Monitoring Officer or a deputy may
 * approve a disposal or place a hold, and a disposal runs in one transaction, so either every
 * approved record goes, with its attachments and the personal values in its history, or none does.
 */
public final class RetentionService {

    public static final String SCHEDULE = "Retention schedule";
    public static final String DISPOSAL = "Disposal";
    public static final String HOLD = "Legal hold";

    private final RetentionRepository repository;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Permissions permissions;
    private final Supplier<List<BackupFile>> backups;

    public RetentionService(RetentionRepository repository, Transactions transactions, AuditTrail audit, Clock clock,
                            Permissions permissions, Supplier<List<BackupFile>> backups) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.permissions = permissions;
        this.backups = backups;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the signed-in person may approve disposals and place or lift holds. */
    public boolean mayDispose() {
        return permissions.user().role().seesAllConfidential();
    }

    // Schedule

    public List<RetentionRule> schedule() {
        Map<RetainedRegister, RetentionRule> rules = new EnumMap<>(RetainedRegister.class);
        for (RetainedRegister register : RetainedRegister.values()) {
            rules.put(register, register.defaultRule());
        }
        repository.storedRules().forEach(r -> rules.put(r.register(), r));
        return List.copyOf(rules.values());
    }

    public RetentionRule rule(RetainedRegister register) {
        return schedule().stream().filter(r -> r.register() == register).findFirst().orElseThrow();
    }

    public RetentionRule saveRule(RetentionRule rule) {
        requireDisposer("change the retention schedule");
        String note = rule.note() == null || rule.note().isBlank() ? null : rule.note().strip();
        new Validation()
                .required("action", "The action", rule.action())
                .check(rule.years() >= 0 && rule.years() <= 100, "years",
                        "The years must be between 0 and 100.")
                .check(rule.months() >= 0 && rule.months() <= 11, "months",
                        "The months must be between 0 and 11; give whole years in the years box.")
                .check(rule.years() > 0 || rule.months() > 0, "years",
                        "Give a period of at least one month, so that no record is disposed of on the day it closes.")
                .maxLength("note", "The note", note, 1000)
                .throwIfInvalid();
        RetentionRule clean = new RetentionRule(rule.register(), rule.years(), rule.months(), rule.action(), note);
        RetentionRule before = rule(rule.register());
        transactions.inTransaction(() -> {
            repository.saveRule(clean);
            audit.changed(SCHEDULE, rule.register().name(), rule.register().label(), values(before), values(clean));
        });
        return clean;
    }

    private static Map<String, String> values(RetentionRule rule) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Period", rule.describePeriod());
        values.put("Counted from", rule.register().trigger());
        values.put("Action", rule.action().label());
        values.put("Note", rule.note() == null ? "" : rule.note());
        return values;
    }

    // Records and their dates

    /** Records whose trigger has happened, with their retention dates; only those due today when {@code dueOnly}. */
    public List<DueRecord> records(boolean dueOnly) {
        LocalDate today = today();
        Map<String, LegalHold> holds = new LinkedHashMap<>();
        repository.holds(true).forEach(h -> holds.put(key(h.register(), h.recordId()), h));
        List<DueRecord> records = new ArrayList<>();
        for (RetentionRule rule : schedule()) {
            LocalDate latest = dueOnly ? rule.latestTriggerDueBy(today) : today;
            repository.forEachRetained(rule.register(), latest, r -> {
                DueRecord due = new DueRecord(r, rule.dueOn(r.triggerDate()), rule.action(),
                        Optional.ofNullable(holds.get(key(r.register(), r.recordId()))));
                if (!dueOnly || due.isDue(today)) {
                    records.add(due);
                }
            });
        }
        records.sort(Comparator.comparing(DueRecord::register).thenComparing(DueRecord::dueDate)
                .thenComparing(DueRecord::reference));
        return records;
    }

    public List<DueRecord> due() {
        return records(true);
    }

    /** How many records are due for disposal today, on hold or not, counted in the database. */
    public int countDue() {
        LocalDate today = today();
        return schedule().stream().mapToInt(rule -> repository.countRetained(rule.register(),
                rule.latestTriggerDueBy(today))).sum();
    }

    /** The record with this reference and its retention date, if it is held and its trigger has happened. */
    public Optional<DueRecord> find(String reference) {
        return RetainedRegister.ofReference(reference).flatMap(register -> repository.retained(register,
                reference.strip().toUpperCase(Locale.ROOT), today()).map(r -> {
                    RetentionRule rule = rule(register);
                    return new DueRecord(r, rule.dueOn(r.triggerDate()), rule.action(),
                            repository.activeHold(register, r.recordId()));
                }));
    }

    private static String key(RetainedRegister register, long id) {
        return register.name() + ":" + id;
    }

    // Disposal

    /** What disposing of these records would do; refuses, naming them, any not due or on hold. */
    public DisposalPreview preview(List<String> references) {
        List<DueRecord> records = approvable(references);
        List<PlannedDisposal> planned = records.stream().map(d -> new PlannedDisposal(d,
                repository.countAttachments(d.register().recordType(), d.record().recordId()),
                repository.countAuditEntries(d.register().recordType(), d.record().recordId()))).toList();
        return new DisposalPreview(planned, backups.get().size());
    }

    /**
     * Disposes of these records in one transaction and logs each; refuses them all, naming the
     * ones at fault, if any is not due, is on hold or is not held.
     */
    public List<DisposalLogEntry> dispose(List<String> references) {
        requireDisposer("approve a disposal");
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<BackupFile> older = backups.get().stream().filter(b -> b.takenAt().isBefore(now)).toList();
        LocalDateTime oldest = older.stream().map(BackupFile::takenAt).min(Comparator.naturalOrder()).orElse(null);
        String approver = permissions.user().loginName();
        return transactions.inTransaction(() -> {
            // Checked again inside the transaction, so a hold placed meanwhile still stops it.
            List<DueRecord> records = approvable(references);
            List<DisposalLogEntry> done = new ArrayList<>();
            for (DueRecord d : records) {
                RetainedRegister register = d.register();
                long id = d.record().recordId();
                int attachments = repository.deleteAttachments(register.recordType(), id);
                DisposalLogEntry entry = repository.log(new DisposalLogEntry(0, register, id, d.reference(),
                        d.record().recordYear(), d.record().triggerDate(), d.dueDate(), d.action(), approver, now,
                        attachments, 0, older.size(), oldest));
                if (d.action() == DisposalAction.DELETE) {
                    repository.delete(register, id);
                } else {
                    repository.anonymise(register, id);
                }
                int redacted = audit.redact(register.recordType(), id, entry.id());
                repository.setAuditEntriesRedacted(entry.id(), redacted);
                DisposalLogEntry logged = new DisposalLogEntry(entry.id(), register, id, d.reference(),
                        entry.recordYear(), entry.triggerDate(), entry.dueDate(), entry.action(), approver, now,
                        attachments, redacted, older.size(), oldest);
                audit.created(DISPOSAL, entry.id(), d.reference(), disposalValues(logged));
                done.add(logged);
            }
            return done;
        });
    }

    private static Map<String, String> disposalValues(DisposalLogEntry e) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Register", e.register().label());
        values.put("Reference", e.reference());
        values.put("Counted from", UkDates.display(e.triggerDate()));
        values.put("Due", UkDates.display(e.dueDate()));
        values.put("Action", e.action().label());
        values.put("Attachments removed", String.valueOf(e.attachmentsRemoved()));
        values.put("History entries redacted", String.valueOf(e.auditEntriesRedacted()));
        values.put("Older backups", String.valueOf(e.olderBackups()));
        return values;
    }

    private List<DueRecord> approvable(List<String> references) {
        LinkedHashSet<String> wanted = new LinkedHashSet<>();
        references.stream().map(r -> r == null ? "" : r.strip().toUpperCase(Locale.ROOT)).filter(r -> !r.isEmpty())
                .forEach(wanted::add);
        if (wanted.isEmpty()) {
            throw new RetentionException("Choose at least one record to dispose of.");
        }
        LocalDate today = today();
        List<DueRecord> records = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> notDue = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (String reference : wanted) {
            Optional<DueRecord> found = find(reference);
            if (found.isEmpty()) {
                unknown.add(reference);
            } else if (!found.get().isDue(today)) {
                notDue.add(reference + " (due " + UkDates.display(found.get().dueDate()) + ")");
            } else if (found.get().isOnHold()) {
                held.add(reference + " (" + found.get().hold().orElseThrow().reason() + ")");
            } else {
                records.add(found.get());
            }
        }
        List<String> problems = new ArrayList<>();
        if (!held.isEmpty()) {
            problems.add("On legal hold, so not disposed of until the hold is lifted: " + String.join(", ", held)
                    + ".");
        }
        if (!notDue.isEmpty()) {
            problems.add("Not yet due for disposal: " + String.join(", ", notDue) + ".");
        }
        if (!unknown.isEmpty()) {
            problems.add("Not found among records whose retention has started (already disposed of, still open,"
                    + " or mistyped): " + String.join(", ", unknown) + ".");
        }
        if (!problems.isEmpty()) {
            throw new RetentionException(String.join(" ", problems) + " Nothing was disposed of.");
        }
        return records;
    }

    // Holds

    public List<LegalHold> holds(boolean activeOnly) {
        return repository.holds(activeOnly);
    }

    public LegalHold placeHold(String reference, String reason) {
        requireDisposer("place a legal hold");
        String cleanReason = reason == null ? "" : reason.strip();
        new Validation().required("reason", "The reason for the hold", cleanReason)
                .maxLength("reason", "The reason for the hold", cleanReason, 1000).throwIfInvalid();
        DueRecord record = find(reference).orElseThrow(() -> new RetentionException("No record " + reference
                + " is held whose retention has started. Check the reference."));
        if (record.isOnHold()) {
            throw new RetentionException(record.reference() + " is already on legal hold ("
                    + record.hold().orElseThrow().reason() + ").");
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        return transactions.inTransaction(() -> {
            LegalHold hold = repository.placeHold(new LegalHold(0, record.register(), record.record().recordId(),
                    record.reference(), cleanReason, permissions.user().loginName(), now, null, null, null));
            audit.created(HOLD, hold.id(), hold.reference(), Map.of("Reference", hold.reference(),
                    "Reason", hold.reason()));
            return hold;
        });
    }

    public void liftHold(long holdId, String reason) {
        requireDisposer("lift a legal hold");
        String cleanReason = reason == null ? "" : reason.strip();
        new Validation().required("liftReason", "The reason for lifting the hold", cleanReason)
                .maxLength("liftReason", "The reason for lifting the hold", cleanReason, 1000).throwIfInvalid();
        LegalHold hold = repository.holds(true).stream().filter(h -> h.id() == holdId).findFirst()
                .orElseThrow(() -> new RetentionException("That hold has already been lifted."));
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        transactions.inTransaction(() -> {
            repository.liftHold(holdId, permissions.user().loginName(), now, cleanReason);
            audit.changed(HOLD, holdId, hold.reference(), Map.of("Lifted", ""), Map.of("Lifted",
                    UkDates.display(now.toLocalDate()), "Reason for lifting", cleanReason));
        });
    }

    // Log

    public List<DisposalLogEntry> disposalLog() {
        return repository.disposalLog();
    }

    /**
     * How many records of the register counted in {@code year} were deleted by disposals: added to
     * the register's own count for that year, it gives the figure as it was before the deletions.
     */
    public int deletedIn(RetainedRegister register, int year) {
        return repository.deletedIn(register, year);
    }

    private void requireDisposer(String what) {
        if (!mayDispose()) {
            throw new PermissionDeniedException("Only the Monitoring Officer or a deputy can " + what + " ("
                    + permissions.user().loginName() + " is signed in as " + permissions.user().role().label()
                    + "). Nothing was changed.");
        }
    }
}
