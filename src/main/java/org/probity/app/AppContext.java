package org.probity.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probity.app.today.PeopleDueItems;
import org.probity.attachments.AttachmentService;
import org.probity.attachments.persistence.JooqAttachmentRepository;
import org.probity.audit.AuditTrail;
import org.probity.backup.BackupService;
import org.probity.backup.BackupSettings;
import org.probity.audit.IntegrityCheck;
import org.probity.audit.IntegrityDueItems;
import org.probity.audit.persistence.JooqAuditRepository;
import org.probity.calendar.CalendarService;
import org.probity.calendar.persistence.JooqCalendarRepository;
import org.probity.common.DueItemSource;
import org.probity.complaints.ComplaintDueItems;
import org.probity.complaints.ComplaintRecords;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ConfidentialAccess;
import org.probity.complaints.ParagraphVersion;
import org.probity.complaints.ProtocolParagraphs;
import org.probity.complaints.persistence.JooqComplaintRepository;
import org.probity.enquiries.EnquiryDueItems;
import org.probity.enquiries.EnquiryService;
import org.probity.enquiries.persistence.JooqEnquiryRepository;
import org.probity.groupmeetings.GroupMeetingDeadlines;
import org.probity.groupmeetings.GroupMeetingDueItems;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.persistence.JooqGroupMeetingRepository;
import org.probity.common.PersonRecordSource;
import org.probity.people.PeopleService;
import org.probity.people.persistence.JooqPeopleRepository;
import org.probity.protocols.ComplaintEvidence;
import org.probity.protocols.DeclarationEvidence;
import org.probity.protocols.EnquiryEvidence;
import org.probity.protocols.GroupMeetingEvidence;
import org.probity.protocols.ProtocolDueItems;
import org.probity.protocols.ProtocolService;
import org.probity.protocols.ReviewEvidenceSource;
import org.probity.protocols.ReviewService;
import org.probity.protocols.persistence.JooqProtocolRepository;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.RelationshipDueItems;
import org.probity.relationships.RelationshipRecords;
import org.probity.relationships.persistence.JooqDeclarationRepository;
import org.probity.reports.ReportService;
import org.probity.retention.RetentionService;
import org.probity.retention.persistence.JooqRetentionRepository;
import org.probity.reports.persistence.JooqReportDraftRepository;
import org.probity.security.CurrentUser;
import org.probity.security.Permissions;
import org.probity.security.UserAccount;
import org.probity.security.UserService;
import org.probity.security.persistence.JooqUserRepository;
import org.probity.storage.Database;
import org.probity.storage.TableScan;
import org.probity.transfer.DeclarationTransfer;
import org.probity.transfer.PeopleTransfer;

/**
 * The composition root: opens the database and builds every service by constructor
 * injection. The window, the command line and end-to-end tests each make one.
 */
public final class AppContext implements AutoCloseable {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final Database database;
    private final Optional<Path> dataDir;
    private final Clock clock;
    private final AuditTrail audit;
    private final IntegrityCheck integrity;
    private final Permissions permissions;
    private final UserService users;
    private final Optional<BackupService> backups;
    private final PeopleService people;
    private final DeclarationService relationships;
    private final CalendarService calendar;
    private final PeopleTransfer transfer;
    private final AttachmentService attachments;
    private final GroupMeetingService groupMeetings;
    private final EnquiryService enquiries;
    private final ComplaintService complaints;
    private final DeclarationTransfer relationshipTransfer;
    private final ProtocolService protocols;
    private final ReviewService reviews;
    private final List<ReviewEvidenceSource> reviewEvidenceSources = new ArrayList<>();
    private final List<DueItemSource> dueItemSources;
    private final List<PersonRecordSource> personRecordSources;
    private final ReportService reports;
    private final org.probity.subjectaccess.SubjectAccessService subjectAccess;
    private final RetentionService retention;

    public AppContext(Database database, Optional<Path> dataDir, Clock clock, String userName) {
        this.database = database;
        this.dataDir = dataDir;
        this.clock = clock;
        JooqAuditRepository auditRepository = new JooqAuditRepository(database.session());
        JooqUserRepository userRepository = new JooqUserRepository(database.session());
        // Once accounts exist nobody may do anything until they have signed in.
        boolean accounts = userRepository.accounts().stream().anyMatch(UserAccount::active);
        this.permissions = new Permissions(new CurrentUser(accounts ? UserAccount.notSignedIn()
                : UserAccount.soleUser(userName)), userRepository);
        this.audit = new AuditTrail(auditRepository, clock, () -> permissions.user().loginName(),
                permissions::requireWrite);
        this.users = new UserService(userRepository, database.session(), audit, permissions);
        this.backups = dataDir.map(dir -> new BackupService(database.dataSource(), new BackupSettings(dir),
                database.filePassword(), clock));
        this.integrity = new IntegrityCheck(auditRepository, new TableScan(database.dataSource())::problems, clock);
        this.people = new PeopleService(new JooqPeopleRepository(database.session()), database.session(), audit,
                clock);
        this.relationships = new DeclarationService(new JooqDeclarationRepository(database.session()), people,
                database.session(), audit, clock, permissions);
        this.calendar = new CalendarService(new JooqCalendarRepository(database.session()), database.session(), audit,
                clock, () -> people.profile().region());
        this.transfer = new PeopleTransfer(people, database.session());
        this.attachments = new AttachmentService(new JooqAttachmentRepository(database.session()), database.session(),
                audit, clock, () -> permissions.user().loginName());
        this.groupMeetings = new GroupMeetingService(new JooqGroupMeetingRepository(database.session()), people,
                calendar, database.session(), audit, clock);
        calendar.addOpenDeadlines(new GroupMeetingDeadlines(groupMeetings));
        this.enquiries = new EnquiryService(new JooqEnquiryRepository(database.session()), people, calendar,
                database.session(), audit, clock);
        JooqProtocolRepository protocolRepository = new JooqProtocolRepository(database.session());
        this.protocols = new ProtocolService(protocolRepository, database.session(), audit, clock);
        this.reviews = new ReviewService(protocolRepository, protocols, database.session(), audit, clock,
                () -> List.copyOf(reviewEvidenceSources));
        // Each register adds its figures to the evidence panel of a protocol review.
        reviewEvidenceSources.add(new DeclarationEvidence(relationships));
        reviewEvidenceSources.add(new GroupMeetingEvidence(groupMeetings));
        reviewEvidenceSources.add(new EnquiryEvidence(enquiries));
        this.complaints = new ComplaintService(new JooqComplaintRepository(database.session()), people, calendar,
                database.session(), audit, clock, complaintAccess(permissions), complaintParagraphs(protocols));
        reviewEvidenceSources.add(new ComplaintEvidence(complaints));
        // Each register adds what it has falling due to the Today dashboard.
        List<DueItemSource> sources = new ArrayList<>();
        sources.add(new PeopleDueItems(people));
        sources.add(new RelationshipDueItems(relationships, calendar));
        sources.add(new GroupMeetingDueItems(groupMeetings));
        sources.add(new EnquiryDueItems(enquiries));
        sources.add(new ComplaintDueItems(complaints));
        sources.add(new ProtocolDueItems(protocols, reviews));
        this.retention = new RetentionService(new JooqRetentionRepository(database.session()), database.session(),
                audit, clock, permissions, () -> backups.map(BackupService::backups).orElse(List.of()));
        sources.add(new org.probity.retention.RetentionDueItems(retention));
        sources.add(new IntegrityDueItems(integrity));
        this.dueItemSources = List.copyOf(sources);
        this.relationshipTransfer = new DeclarationTransfer(relationships, people, database.session());
        this.personRecordSources = List.of(new RelationshipRecords(relationships),
                new ComplaintRecords(complaints));
        this.reports = ReportService.withRegisters(new JooqReportDraftRepository(database.session()), people,
                relationships, groupMeetings, enquiries, calendar, database.session(), audit, clock);
        reports.addContribution(new org.probity.reports.annual.ComplaintsContribution(complaints));
        reports.addExtract(new org.probity.reports.ComplaintsExtract(complaints));
        reports.addProtocolReviews(protocols, reviews);
        this.subjectAccess = new org.probity.subjectaccess.SubjectAccessService(
                new org.probity.subjectaccess.persistence.JooqSubjectAccessRepository(database.session()), people,
                relationships, groupMeetings, enquiries, complaints, attachments, audit, permissions, clock);
    }

    /** Complaints' parties and summaries follow the signed-in person's role and the records granted to them. */
    private static ConfidentialAccess complaintAccess(Permissions permissions) {
        return new ConfidentialAccess() {
            @Override
            public boolean maySeeAll() {
                return permissions.user().role().seesAllConfidential();
            }

            @Override
            public boolean maySee(long complaintId) {
                return permissions.canSeeConfidential("Complaint", complaintId);
            }
        };
    }

    /**
     * Complaints engage paragraphs of the Member/Officer Relations Protocol (the protocol whose
     * title speaks of relations, else the first held) in the version in force on the day received.
     */
    private static ProtocolParagraphs complaintParagraphs(ProtocolService protocols) {
        return day -> protocols.protocols().stream()
                .filter(p -> p.title().toLowerCase(java.util.Locale.UK).contains("relations")).findFirst()
                .or(() -> protocols.protocols().stream().findFirst())
                .flatMap(p -> protocols.inForceOn(p.id(), day).map(v -> new ParagraphVersion(v.id(),
                        v.label() + " of the " + p.title() + " (adopted " + org.probity.common.UkDates.display(
                                v.adoptedOn()) + ")",
                        protocols.paragraphs(v.id()).stream().filter(para -> !para.key().isEmpty())
                                .map(para -> ParagraphVersion.ParagraphChoice.of(para.number(), para.text()))
                                .toList())));
    }

    /** Opens the embedded database in {@code dataDir} with the system clock and the signed-in OS user. */
    public static AppContext openEmbedded(Path dataDir) {
        return openEmbedded(dataDir, Optional.empty());
    }

    /** As {@link #openEmbedded(Path)}, for a database encrypted with {@code password}. */
    public static AppContext openEmbedded(Path dataDir, Optional<String> password) {
        return onEmbedded(Database.openEmbedded(dataDir, password), dataDir);
    }

    /**
     * As {@link #openEmbedded(Path, Optional)}, for work that only reads (listing, figures, reports):
     * the file is opened read-only, so anything that tries to write is refused by the database.
     */
    public static AppContext openEmbeddedToRead(Path dataDir, Optional<String> password) {
        return onEmbedded(Database.openEmbeddedToRead(dataDir, password), dataDir);
    }

    private static AppContext onEmbedded(Database database, Path dataDir) {
        try {
            return new AppContext(database, Optional.of(dataDir), Clock.system(UK),
                    System.getProperty("user.name", "unknown"));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    public Optional<Path> dataDir() {
        return dataDir;
    }

    public Clock clock() {
        return clock;
    }

    public AuditTrail audit() {
        return audit;
    }

    /** The check of the database and its sealed audit trail ({@code probity verify}, weekly in the window). */
    public IntegrityCheck integrity() {
        return integrity;
    }

    /** What the signed-in person may do; services check it, and so may screens to hide what would be refused. */
    public Permissions permissions() {
        return permissions;
    }

    /** User accounts, sign-in and grants of confidential records. */
    public UserService users() {
        return users;
    }

    /** Backups of the embedded database; empty on a database server, which is backed up by its own means. */
    public Optional<BackupService> backups() {
        return backups;
    }

    public PeopleService people() {
        return people;
    }

    public DeclarationService relationships() {
        return relationships;
    }

    public CalendarService calendar() {
        return calendar;
    }

    public PeopleTransfer transfer() {
        return transfer;
    }

    /** Files attached to any register entry. */
    public AttachmentService attachments() {
        return attachments;
    }

    public GroupMeetingService groupMeetings() {
        return groupMeetings;
    }

    public EnquiryService enquiries() {
        return enquiries;
    }

    public ComplaintService complaints() {
        return complaints;
    }

    /** Import and export of the register of declared relationships. */
    public DeclarationTransfer relationshipTransfer() {
        return relationshipTransfer;
    }

    /** The protocol library: protocols, versions, import, export and comparison. */
    public ProtocolService protocols() {
        return protocols;
    }

    /** Reviews of a protocol: evidence, amendments, consultation and approval route. */
    public ReviewService reviews() {
        return reviews;
    }

    /** Every register's items for the Today dashboard. */
    public List<DueItemSource> dueItemSources() {
        return dueItemSources;
    }

    /** Every register's records about a member or officer, for the person's page. */
    public List<PersonRecordSource> personRecordSources() {
        return personRecordSources;
    }

    /** Reports to the Standards Committee. */
    public RetentionService retention() {
        return retention;
    }

    public ReportService reports() {
        return reports;
    }

    /** Open extracts of the registers for the authority's website; it keeps nothing, so one is made per use. */
    public org.probity.publication.PublicationService publication() {
        return new org.probity.publication.PublicationService(people, relationships, groupMeetings, enquiries,
                complaints, reports, clock);
    }

    /** Subject access exports: everything held about one person, redacted, in a ZIP. */
    public org.probity.subjectaccess.SubjectAccessService subjectAccess() {
        return subjectAccess;
    }

    @Override
    public void close() {
        database.close();
    }
}
