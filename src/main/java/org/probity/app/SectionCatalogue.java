package org.probity.app;

import java.util.ArrayList;
import java.util.List;
import org.probity.app.settings.SettingsSection;
import org.probity.app.today.TodaySection;
import org.probity.calendar.ui.CalendarSettingsPage;
import org.probity.calendar.ui.DeadlineSection;
import org.probity.complaints.ui.ComplaintProceduresPage;
import org.probity.complaints.ui.ComplaintsSection;
import org.probity.enquiries.ui.EnquiriesSection;
import org.probity.groupmeetings.ui.GroupMeetingTargetsPage;
import org.probity.groupmeetings.ui.GroupMeetingsSection;
import org.probity.people.ui.DirectorySection;
import org.probity.people.ui.MembersSection;
import org.probity.people.ui.OfficersSection;
import org.probity.protocols.ui.ProtocolReviewSettingsPage;
import org.probity.protocols.ui.ProtocolsSection;
import org.probity.relationships.ui.RelationshipsSection;
import org.probity.reports.ui.ReportsSection;
import org.probity.transfer.ui.TransferSection;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Section;
import org.probity.ui.SettingsPage;

/**
 * Every section of the sidebar, in order, and every feature's settings page: the one place a
 * new screen is added. Today comes first and Settings last.
 */
public final class SectionCatalogue {

    private SectionCatalogue() {
    }

    public static List<Section> sections(AppContext context, BackgroundTasks tasks, Workspace workspace) {
        List<Section> sections = new ArrayList<>();
        sections.add(new TodaySection(context.dueItemSources(), context.people(), context.clock(), tasks, workspace));
        sections.add(new MembersSection(context.people(), tasks, context.personRecordSources(), workspace));
        sections.add(new OfficersSection(context.people(), tasks, context.personRecordSources(), workspace));
        sections.add(new DirectorySection(context.people(), tasks));
        sections.add(new RelationshipsSection(context.relationships(), context.people(), context.calendar(),
                context.attachments(), tasks));
        sections.add(new GroupMeetingsSection(context.groupMeetings(), context.people(), context.attachments(), tasks));
        sections.add(new EnquiriesSection(context.enquiries(), context.people(), context.attachments(), tasks));
        sections.add(new ComplaintsSection(context.complaints(), context.people(), context.attachments(), tasks));
        sections.add(new ProtocolsSection(context.protocols(), context.reviews(), tasks));
        sections.add(new ReportsSection(context.reports(), tasks));
        sections.add(new org.probity.publication.ui.PublicationSection(context.publication(), tasks));
        if (context.subjectAccess().mayExport()) {
            sections.add(new org.probity.subjectaccess.ui.SubjectAccessSection(context.subjectAccess(), tasks));
        }
        sections.add(new org.probity.retention.ui.DisposalReviewSection(context.retention(), tasks));
        sections.add(new DeadlineSection(context.calendar(), tasks));
        sections.add(new TransferSection(context.transfer(), tasks));
        sections.add(new SettingsSection(context.people(), tasks, workspace, settingsPages(context, tasks)));
        return sections;
    }

    public static List<SettingsPage> settingsPages(AppContext context, BackgroundTasks tasks) {
        List<SettingsPage> pages = new ArrayList<>();
        pages.add(new CalendarSettingsPage(context.calendar(), tasks));
        pages.add(new GroupMeetingTargetsPage(context.groupMeetings(), tasks));
        pages.add(new ProtocolReviewSettingsPage(context.protocols(), tasks));
        pages.add(new ComplaintProceduresPage(context.complaints(), tasks));
        pages.add(new org.probity.retention.ui.RetentionSchedulePage(
                new org.probity.retention.ui.RetentionScheduleViewModel(context.retention(), tasks)));
        pages.add(new org.probity.security.ui.UsersPage(new org.probity.security.ui.UsersViewModel(context.users(),
                new org.probity.security.ui.GrantableRecords(context.relationships(), context.complaints()), tasks)));
        context.backups().ifPresent(backups -> pages.add(new org.probity.backup.ui.BackupsPage(
                new org.probity.backup.ui.BackupsViewModel(backups, context.dataDir().orElseThrow(), tasks))));
        return pages;
    }
}
