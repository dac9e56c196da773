package org.probity.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.audit.AuditEntry;
import org.probity.common.ValidationException;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.reports.DemoReports;
import org.probity.reports.PdfChecks;
import org.probity.security.CurrentUser;
import org.probity.security.PermissionDeniedException;
import org.probity.security.Permissions;
import org.probity.security.Role;
import org.probity.security.UserAccount;
import org.probity.subjectaccess.persistence.JooqSubjectAccessRepository;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Subject access exports for people of the small demo authority, checked against plain SQL over
 * the registers rather than against the queries the export itself uses.
 */
class SubjectAccessServiceTest {

    @TempDir
    static Path dir;

    private static AppContext app;
    /** The member named in the most register entries, so that every register is exercised. */
    private static Member member;
    private static Set<String> memberReferences;
    private static String attachedName;
    private static String thirdPartyInFileName;

    @BeforeAll
    static void load() throws Exception {
        app = DemoReports.loaded();
        int most = -1;
        for (Member m : app.people().members()) {
            Set<String> refs = referencesNaming("MEMBER", m.id());
            if (refs.size() > most && refs.stream().anyMatch(r -> r.startsWith("REL"))
                    && refs.stream().anyMatch(r -> r.startsWith("CMP"))) {
                most = refs.size();
                member = m;
                memberReferences = refs;
            }
        }
        assertThat(member).as("a demo member with declarations and complaints").isNotNull();
        // A file whose name holds a third party's name, attached to one of the member's declarations.
        long declarationId = app.relationships().involving(org.probity.people.PersonRef.member(member.id())).get(0)
                .id();
        Officer other = app.people().officers().stream().filter(o -> !plain(o).equals(plain(member))).findFirst()
                .orElseThrow();
        thirdPartyInFileName = plain(other);
        Path letter = dir.resolve("Letter to " + thirdPartyInFileName + ".txt");
        Files.writeString(letter, "The letter as it was sent.");
        attachedName = letter.getFileName().toString();
        app.attachments().add("Declaration", declarationId, letter, null);
        // A resident the member raised casework for, written only into the enquiry's details.
        try (Connection c = app.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE enquiry SET details = ? WHERE id = (SELECT MIN(id) FROM"
                     + " enquiry WHERE member_id = ?)")) {
            s.setString(1, "Raised on behalf of " + RESIDENT + ", who lives on Mill Lane.");
            s.setLong(2, member.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static final String RESIDENT = "Priya Natarajan";

    @AfterAll
    static void close() {
        app.close();
    }

    private static String plain(Member m) {
        return m.forenames() + " " + m.surname();
    }

    private static String plain(Officer o) {
        return o.forenames() + " " + o.surname();
    }

    /** Every register entry that refers to the person, by plain SQL over the register tables. */
    private static Set<String> referencesNaming(String kind, long id) throws SQLException {
        Set<String> refs = new TreeSet<>();
        boolean officer = kind.equals("OFFICER");
        try (Connection c = app.database().dataSource().getConnection()) {
            collect(c, refs, "REL-%04d-%04d", "SELECT ref_year, ref_number FROM declaration WHERE (party_a_kind = ? AND"
                    + " party_a_id = ?) OR (party_b_kind = ? AND party_b_id = ?) OR (declared_by_kind = ? AND"
                    + " declared_by_id = ?)", kind, id, kind, id, kind, id);
            collect(c, refs, "CMP-%04d-%04d", "SELECT ref_year, ref_number FROM complaint WHERE (complainant_type = ?"
                    + " AND complainant_id = ?) OR (subject_type = ? AND subject_id = ?) OR id IN (SELECT complaint_id"
                    + " FROM complaint_stage WHERE handler_id = ? AND ? = 'OFFICER')", kind, id, kind, id, id, kind);
            if (officer) {
                collect(c, refs, "GRP-%04d-%04d", "SELECT ref_year, ref_number FROM group_meeting WHERE"
                        + " mo_notified_by_officer_id = ? OR id IN (SELECT group_meeting_id FROM group_meeting_officer"
                        + " WHERE officer_id = ?)", id, id);
                collect(c, refs, "ENQ-%04d-%05d", "SELECT ref_year, ref_number FROM enquiry WHERE officer_id = ? OR"
                        + " director_id = ? OR id IN (SELECT enquiry_id FROM enquiry_escalation"
                        + " WHERE escalated_to = ?)", id, id, id);
            } else {
                collect(c, refs, "GRP-%04d-%04d", "SELECT ref_year, ref_number FROM group_meeting WHERE"
                        + " requested_by_member_id = ?", id);
                collect(c, refs, "ENQ-%04d-%05d", "SELECT ref_year, ref_number FROM enquiry WHERE member_id = ?", id);
            }
        }
        return refs;
    }

    private static void collect(Connection c, Set<String> refs, String format, String sql, Object... args)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    refs.add(String.format(format, r.getInt(1), r.getInt(2)));
                }
            }
        }
    }

    /** The ZIP's entries by name. */
    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                entries.put(e.getName(), out.toByteArray());
            }
        }
        return entries;
    }

    /** All the text a reader of the export sees: the PDF's words, the CSVs, the JSON, the README and file names. */
    private static String readable(Map<String, byte[]> entries) throws Exception {
        StringBuilder all = new StringBuilder(String.join("\n", entries.keySet())).append('\n');
        all.append(PdfChecks.text(entries.get("summary.pdf"))).append('\n');
        entries.forEach((name, bytes) -> {
            if (name.endsWith(".csv") || name.endsWith(".json") || name.equals("README.txt")) {
                all.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
            }
        });
        return all.toString().replaceAll("\\s+", " ");
    }

    private static String csvs(Map<String, byte[]> entries) {
        StringBuilder all = new StringBuilder();
        entries.forEach((name, bytes) -> {
            if (name.startsWith("records/") && name.endsWith(".csv") && !name.endsWith("audit-entries.csv")) {
                all.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
            }
        });
        return all.toString();
    }

    private static DataSubject subject() {
        return app.subjectAccess().resolve("member:" + member.id());
    }

    @Test
    void theExportHoldsEveryRecordThatNamesTheMemberAndTheirDirectoryEntry() throws Exception {
        HeldData held = app.subjectAccess().gather(subject());
        Path zip = dir.resolve("every-record.zip");
        ExportSummary summary = app.subjectAccess().export(held, List.of(), zip);

        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries).containsKeys("README.txt", "summary.pdf", "records/directory.csv",
                "records/declarations.csv", "records/complaints.csv", "records/audit-entries.csv",
                "records/records.json");
        String csv = csvs(entries);
        String pdf = PdfChecks.text(entries.get("summary.pdf")).replaceAll("\\s+", " ");
        assertThat(memberReferences).isNotEmpty().allSatisfy(ref -> {
            assertThat(csv).contains(ref);
            assertThat(pdf).contains(ref);
        });
        assertThat(summary.records()).isGreaterThanOrEqualTo(memberReferences.size());
        assertThat(pdf).contains("Subject access export: " + member.displayName())
                .contains(member.surname());
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void withRedactionNoOtherMemberOrOfficerIsNamedAnywhereInTheExport() throws Exception {
        HeldData held = app.subjectAccess().gather(subject());
        assertThat(held.thirdParties()).isNotEmpty().doesNotContain(plain(member));
        Path zip = dir.resolve("redacted.zip");
        app.subjectAccess().export(held, List.of(), zip);

        String text = readable(unzip(zip)).toLowerCase(java.util.Locale.UK);
        List<String> others = new ArrayList<>();
        app.people().members().stream().filter(m -> !plain(m).equalsIgnoreCase(plain(member)))
                .forEach(m -> others.add(plain(m)));
        app.people().officers().stream().filter(o -> !plain(o).equalsIgnoreCase(plain(member)))
                .forEach(o -> others.add(plain(o)));
        assertThat(others).allSatisfy(name -> assertThat(text).doesNotContain(name.toLowerCase(java.util.Locale.UK)));
        assertThat(text).contains(Redaction.MARK).contains(plain(member).toLowerCase(java.util.Locale.UK));
    }

    @Test
    void aDisclosedNameAppearsWhileTheOthersStayRedacted() throws Exception {
        HeldData held = app.subjectAccess().gather(subject());
        String disclosed = held.thirdParties().stream().filter(n -> n.contains(" ")).findFirst().orElseThrow();
        Path zip = dir.resolve("disclosed.zip");
        ExportSummary summary = app.subjectAccess().export(held, List.of(disclosed.toUpperCase(
                java.util.Locale.UK)), zip);

        Map<String, byte[]> entries = unzip(zip);
        String text = readable(entries);
        assertThat(summary.namesDisclosed()).containsExactly(disclosed);
        assertThat(text).contains(disclosed);
        assertThat(csvs(entries) + PdfChecks.text(entries.get("summary.pdf")).replaceAll("\\s+", " "))
                .contains(disclosed);
        held.thirdParties().stream().filter(n -> !n.equals(disclosed) && !disclosed.contains(n))
                .forEach(n -> assertThat(text).doesNotContainIgnoringCase(n));
        assertThat(held.thirdParties()).as("the officer making the export signs it").doesNotContain("reports.test");
    }

    @Test
    void attachedFilesAreIncludedAsTheyAreUnderAFileNameWithoutTheThirdParty() throws Exception {
        HeldData held = app.subjectAccess().gather(subject());
        Path zip = dir.resolve("files.zip");
        app.subjectAccess().export(held, List.of(), zip);

        Map<String, byte[]> entries = unzip(zip);
        String attached = entries.keySet().stream().filter(n -> n.startsWith("attachments/REL-")).findFirst()
                .orElseThrow();
        assertThat(attached).endsWith("/Letter to redacted third party.txt").doesNotContain(thirdPartyInFileName);
        assertThat(new String(entries.get(attached), StandardCharsets.UTF_8)).isEqualTo("The letter as it was sent.");
        assertThat(new String(entries.get("README.txt"), StandardCharsets.UTF_8))
                .contains("NOT redacted").contains(member.displayName());
        assertThat(PdfChecks.text(entries.get("summary.pdf")).replaceAll("\\s+", " "))
                .contains("Letter to " + Redaction.MARK + ".txt").contains("not redacted");
        assertThat(attachedName).contains(thirdPartyInFileName);
    }

    @Test
    void theSummaryMeetsPdfUaAndPdfA() throws Exception {
        HeldData held = app.subjectAccess().gather(subject());
        Path zip = dir.resolve("conformance.zip");
        app.subjectAccess().export(held, List.of(), zip);
        byte[] pdf = unzip(zip).get("summary.pdf");
        assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
    }

    @Test
    void theExportIsRecordedInTheAuditTrailWithWhoWhatAndTheNamesDisclosed() throws Exception {
        HeldData held = app.subjectAccess().gather(subject());
        String disclosed = held.thirdParties().get(0);
        ExportSummary summary = app.subjectAccess().export(held, List.of(disclosed), dir.resolve("logged.zip"));

        List<AuditEntry> history = app.audit().history(SubjectAccessService.EXPORT, "member:" + member.id());
        assertThat(history).isNotEmpty();
        AuditEntry newest = history.get(0);
        assertThat(newest.user()).isEqualTo("reports.test");
        assertThat(newest.recordLabel()).isEqualTo("Subject access export for " + member.displayName());
        assertThat(newest.after()).containsEntry("Person", member.displayName())
                .containsEntry("Records", String.valueOf(summary.records()))
                .containsEntry("Attached files", String.valueOf(summary.attachments()))
                .containsEntry("Names disclosed", disclosed)
                .containsEntry("File", "logged.zip");
        assertThat(app.subjectAccess().exports(10)).extracting(AuditEntry::id).contains(newest.id());
    }

    @Test
    void anOfficerIsFoundByNameWithTheRegistersTheyAppearIn() throws Exception {
        Officer handler = app.people().officers().stream()
                .filter(o -> {
                    try {
                        return referencesNaming("OFFICER", o.id()).stream().anyMatch(r -> r.startsWith("CMP"));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        List<SubjectMatch> matches = app.subjectAccess().search(plain(handler));
        SubjectMatch match = matches.stream().filter(m -> m.subject().equals(DataSubject.officer(handler.id(),
                plain(handler)))).findFirst().orElseThrow();
        assertThat(match.appearances()).contains("complaint");
        assertThat(match.description()).startsWith("Officer, " + handler.post());

        HeldData held = app.subjectAccess().gather(match.subject());
        Set<String> expected = referencesNaming("OFFICER", handler.id());
        assertThat(held.records()).extracting(HeldRecord::reference).containsAll(expected);
        assertThat(held.records()).allSatisfy(r -> assertThat(String.join(" ", r.fields().values())
                + r.reference()).satisfiesAnyOf(
                        text -> assertThat(expected).contains(r.reference()),
                        text -> assertThat(text).containsIgnoringCase(plain(handler))));
    }

    @Test
    void aResidentNamedOnlyInCaseworkIsFoundAndTheMemberIsRedactedInTheirExport() throws Exception {
        SubjectMatch match = app.subjectAccess().search(RESIDENT).stream()
                .filter(m -> m.subject().kind() == DataSubject.Kind.NAMED).findFirst().orElseThrow();
        assertThat(match.appearances()).isEqualTo("1 enquiry");
        DataSubject resident = app.subjectAccess().resolve(RESIDENT.toLowerCase(java.util.Locale.UK));
        assertThat(resident.kind()).isEqualTo(DataSubject.Kind.NAMED);

        HeldData held = app.subjectAccess().gather(resident);
        assertThat(held.records()).hasSize(1);
        assertThat(held.thirdParties()).contains(plain(member));
        Path zip = dir.resolve("resident.zip");
        app.subjectAccess().export(held, List.of(), zip);
        String text = readable(unzip(zip));
        assertThat(text).contains(RESIDENT).doesNotContainIgnoringCase(plain(member));
    }

    @Test
    void badRequestsAreRefusedWithWhatToDoAndLeaveNoFile() {
        HeldData held = app.subjectAccess().gather(subject());
        assertThatThrownBy(() -> app.subjectAccess().export(held, List.of("Nobody Atall"), dir.resolve("x.zip")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("No third party named Nobody Atall");
        Path missing = dir.resolve("no-such-folder").resolve("x.zip");
        assertThatThrownBy(() -> app.subjectAccess().export(held, List.of(), missing))
                .isInstanceOf(ValidationException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> app.subjectAccess().export(held, List.of(), dir))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is a folder");
        assertThat(dir.resolve("x.zip")).doesNotExist();
        assertThatThrownBy(() -> app.subjectAccess().resolve("member:999999"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no member with id 999999");
    }

    @Test
    void aClerkCannotMakeAnExport() {
        Permissions clerk = new Permissions(new CurrentUser(new UserAccount(5L, "clerk", "A Clerk", Role.CLERK,
                true)), null);
        SubjectAccessService service = new SubjectAccessService(
                new JooqSubjectAccessRepository(app.database().session()), app.people(), app.relationships(),
                app.groupMeetings(), app.enquiries(), app.complaints(), app.attachments(), app.audit(), clerk,
                app.clock());
        assertThat(service.mayExport()).isFalse();
        assertThatThrownBy(() -> service.search(member.surname())).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Monitoring Officer or a deputy");
    }

}
