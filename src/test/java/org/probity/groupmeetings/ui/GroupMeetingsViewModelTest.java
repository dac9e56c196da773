package org.probity.groupmeetings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.groupmeetings.AlertRule;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.NotificationMethod;
import org.probity.groupmeetings.OfficerAttendance;
import org.probity.groupmeetings.OfficerResponse;
import org.probity.groupmeetings.ParityMatrix;
import org.probity.ui.ImmediateBackgroundTasks;

class GroupMeetingsViewModelTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

    private final GroupMeetingsScreenFixture fixture = new GroupMeetingsScreenFixture();
    private final ImmediateBackgroundTasks tasks = new ImmediateBackgroundTasks();
    private final GroupMeetingsViewModel model = new GroupMeetingsViewModel(fixture.register, fixture.people,
            fixture.app.attachments(), tasks);

    @AfterEach
    void close() {
        fixture.close();
    }

    private GroupMeetingsViewModel.MeetingRow row(long id) {
        return model.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void theListShowsStatusAndOpenAlertsAndFiltersWithoutReadingAgain() {
        GroupMeeting held = fixture.save(fixture.labour, MeetingKind.PRIVATE_BRIEFING, THURSDAY, "Housing allocations",
                OfficerAttendance.attending(fixture.patel.id(), null, true));
        GroupMeeting advice = fixture.save(fixture.green, MeetingKind.GROUP_MEETING, THURSDAY.minusDays(30),
                "Budget consultation", OfficerAttendance.declined(fixture.wong.id(), null, "See the budget report."));
        model.load();

        assertThat(model.rows()).hasSize(2);
        GroupMeetingsViewModel.MeetingRow heldRow = row(held.id());
        assertThat(heldRow.status()).isEqualTo("Held; notices or offers outstanding");
        assertThat(heldRow.alerts()).isEqualTo(3);
        assertThat(heldRow.alertText()).contains(AlertRule.MONITORING_OFFICER_NOT_TOLD.label());
        assertThat(heldRow.group()).isEqualTo("Labour Group");
        assertThat(row(advice.id()).status()).isEqualTo("Written advice given instead");
        assertThat(row(advice.id()).alerts()).isZero();

        model.openAlertsOnlyProperty().set(true);
        assertThat(model.shownRows()).extracting(GroupMeetingsViewModel.MeetingRow::id).containsExactly(held.id());
        model.openAlertsOnlyProperty().set(false);
        model.filterTextProperty().set("BUDGET");
        assertThat(model.shownRows()).extracting(GroupMeetingsViewModel.MeetingRow::id).containsExactly(advice.id());
        model.filterTextProperty().set("");
        model.officerFilterProperty().set(model.officers().stream().filter(o -> o.id() == fixture.patel.id())
                .findFirst().orElseThrow());
        assertThat(model.shownRows()).extracting(GroupMeetingsViewModel.MeetingRow::id).containsExactly(held.id());
        model.officerFilterProperty().set(null);
        model.fromFilterProperty().set(THURSDAY.minusDays(1));
        assertThat(model.shownRows()).extracting(GroupMeetingsViewModel.MeetingRow::id).containsExactly(held.id());
        assertThat(model.summaryProperty().get()).isEqualTo("1 of 2 requests, 1 with alerts");
        assertThat(model.search("allocations")).extracting(h -> h.recordId())
                .containsExactly(String.valueOf(held.id()));
    }

    @Test
    void theLastYearShowsFirstAndEarlierYearsFollowWithoutLosingTheFilterOrAPendingReveal() {
        GroupMeeting recent = fixture.save(fixture.labour, MeetingKind.GROUP_MEETING, THURSDAY.minusMonths(2),
                "Recent budget", OfficerAttendance.attending(fixture.patel.id(), null, true));
        GroupMeeting old = fixture.save(fixture.green, MeetingKind.GROUP_MEETING, THURSDAY.minusYears(3),
                "Old budget", OfficerAttendance.attending(fixture.wong.id(), null, true));
        List<Runnable> waiting = new ArrayList<>();
        GroupMeetingsViewModel staged = new GroupMeetingsViewModel(fixture.register, fixture.people,
                fixture.app.attachments(), new org.probity.ui.BackgroundTasks() {
                    @Override
                    public <T> void run(String description, java.util.concurrent.Callable<T> work,
                                        java.util.function.Consumer<? super T> onSuccess,
                                        java.util.function.Consumer<? super Throwable> onFailure) {
                        waiting.add(() -> tasks.run(description, work, onSuccess, onFailure));
                    }
                });
        staged.filterTextProperty().set("budget");
        staged.load();
        waiting.remove(0).run();

        assertThat(staged.shownRows()).extracting(GroupMeetingsViewModel.MeetingRow::id).containsExactly(recent.id());
        assertThat(staged.summaryProperty().get()).endsWith("(reading earlier years…)");
        // Search does not wait for the list: it reads the whole register itself.
        assertThat(staged.search("old budget")).extracting(h -> h.recordId()).containsExactly(String.valueOf(old.id()));
        staged.reveal(old.id());
        assertThat(staged.selectedProperty().get()).isNull();

        while (!waiting.isEmpty()) {
            waiting.remove(0).run();
        }
        assertThat(staged.shownRows()).extracting(GroupMeetingsViewModel.MeetingRow::id)
                .containsExactly(recent.id(), old.id());
        assertThat(staged.summaryProperty().get()).isEqualTo("2 requests, 2 with alerts");
        assertThat(staged.officers()).extracting(Choice::id).contains(fixture.patel.id(), fixture.wong.id());
        assertThat(staged.selectedProperty().get().id()).isEqualTo(old.id());
    }

    @Test
    void theQuickFormRecordsAnAttendanceReportedTodayInOneSave() {
        model.load();
        RecordAttendanceViewModel quick = model.recordAttendance().orElseThrow();
        quick.groupProperty().set(quick.groups().stream().filter(g -> g.id() == fixture.labour.id()).findFirst()
                .orElseThrow());
        assertThat(quick.askedByProperty().get().label()).isEqualTo("Cllr Jane Smith");
        quick.meetingDateProperty().set(THURSDAY);
        quick.placeProperty().set("Committee Room 2");
        quick.subjectProperty().set("Local plan");
        quick.officerProperty().set(quick.officers().stream().filter(o -> o.id() == fixture.patel.id()).findFirst()
                .orElseThrow());
        List<GroupMeeting> saved = new ArrayList<>();
        quick.save(saved::add);
        model.recorded(saved.get(0));

        GroupMeeting m = fixture.register.meeting(saved.get(0).id()).orElseThrow();
        assertThat(m.moNotifiedOn()).isEqualTo(GroupMeetingsScreenFixture.TODAY);
        assertThat(m.attendingOfficers()).hasSize(1);
        assertThat(fixture.register.alerts(GroupMeetingsScreenFixture.TODAY)).extracting(a -> a.rule())
                .doesNotContain(AlertRule.MONITORING_OFFICER_NOT_TOLD).contains(AlertRule.OTHER_GROUPS_NOT_TOLD);
        assertThat(model.selectedProperty().get().id()).isEqualTo(m.id());
        assertThat(model.form().headingProperty().get()).startsWith(m.reference().toString());
    }

    @Test
    void theQuickFormNamesTheMissingFields() {
        model.load();
        RecordAttendanceViewModel quick = model.recordAttendance().orElseThrow();
        quick.save(m -> { });
        assertThat(quick.errors().message("group")).isEqualTo("Choose the group whose meeting it was.");
        assertThat(quick.errors().message("officers")).isEqualTo("Choose the officer who attended.");
        assertThat(fixture.register.count()).isZero();
    }

    @Test
    void declinedWithoutAdviceAndTheMonitoringOfficerToldBeforeTheMeetingAreRefusedBesideTheirFields() {
        GroupMeeting m = fixture.save(fixture.labour, MeetingKind.GROUP_MEETING, THURSDAY, "Local plan",
                OfficerAttendance.attending(fixture.patel.id(), null, true),
                OfficerAttendance.asked(fixture.wong.id()));
        model.load();
        model.reveal(m.id());
        MeetingFormViewModel form = model.form();
        form.officerLines().get(1).responseProperty().set(OfficerResponse.DECLINED_WITH_ADVICE);
        form.moNotifiedOnProperty().set(THURSDAY.minusDays(1));
        assertThat(form.hasUnsavedChanges()).isTrue();
        form.save();

        assertThat(form.errors().message("writtenAdvice")).contains("The written advice is required");
        assertThat(form.errors().message("moNotifiedOn")).isNotBlank();
        assertThat(fixture.register.meeting(m.id()).orElseThrow().moNotifiedOn()).isNull();

        form.officerLines().get(1).writtenAdviceProperty().set("The policy is in the cabinet report.");
        form.moNotifiedOnProperty().set(THURSDAY);
        form.save();
        assertThat(form.errors().any()).isFalse();
        GroupMeeting saved = fixture.register.meeting(m.id()).orElseThrow();
        assertThat(saved.moNotifiedOn()).isEqualTo(THURSDAY);
        assertThat(saved.officers().get(1).writtenAdvice()).isEqualTo("The policy is in the cabinet report.");
        assertThat(form.history().rows()).isNotEmpty();
    }

    @Test
    void recordingTheMonitoringOfficerAndEveryGroupToldClearsTheAlerts() {
        GroupMeeting m = fixture.save(fixture.labour, MeetingKind.PRIVATE_BRIEFING, THURSDAY, "Local plan",
                OfficerAttendance.attending(fixture.patel.id(), null, true));
        model.load();
        model.reveal(m.id());
        MeetingFormViewModel form = model.form();
        form.moToldToday();
        form.save();
        assertThat(row(m.id()).alerts()).isEqualTo(2);

        form.noticeMethodProperty().set(NotificationMethod.LETTER);
        form.recordAllToldToday();

        assertThat(row(m.id()).alerts()).isZero();
        assertThat(row(m.id()).status()).isEqualTo("Held; every group told");
        assertThat(form.groupLines()).allSatisfy(l -> {
            assertThat(l.toldOnProperty().get()).isEqualTo(GroupMeetingsScreenFixture.TODAY);
            assertThat(l.howProperty().get()).isEqualTo(NotificationMethod.LETTER);
            assertThat(l.offeredOnProperty().get()).isEqualTo(GroupMeetingsScreenFixture.TODAY);
        });
    }

    @Test
    void theDraftNoticeIsWrittenOpenedAndRecordedOnceTheUserSaysItWasSent(@TempDir Path folder) throws Exception {
        GroupMeeting m = fixture.save(fixture.labour, MeetingKind.GROUP_MEETING, THURSDAY, "Local plan",
                OfficerAttendance.attending(fixture.patel.id(), null, true));
        List<Path> opened = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        model.setConfirmation((title, question) -> {
            asked.add(title);
            return true;
        });
        model.form().setOpener(opened::add);
        model.load();
        model.reveal(m.id());
        Path draft = folder.resolve(model.form().suggestedDraftName());
        model.form().draftNotice(draft);

        assertThat(opened).containsExactly(draft);
        assertThat(Files.readString(draft)).contains("Local plan").contains("tom@riverside.example");
        assertThat(asked).containsExactly("Was it sent?");
        GroupMeeting saved = fixture.register.meeting(m.id()).orElseThrow();
        assertThat(saved.notifications()).hasSize(2).allSatisfy(n -> assertThat(n.how())
                .isEqualTo(NotificationMethod.EMAIL));
    }

    @Test
    void lettersToTheLeadersArePrintedAsAPdfAndRecordedAsSentByLetter(@TempDir Path folder) throws Exception {
        GroupMeeting m = fixture.save(fixture.labour, MeetingKind.GROUP_MEETING, THURSDAY, "Local plan",
                OfficerAttendance.attending(fixture.patel.id(), null, true));
        List<Path> opened = new ArrayList<>();
        model.setConfirmation((title, question) -> true);
        model.form().setOpener(opened::add);
        model.load();
        model.reveal(m.id());
        Path letters = folder.resolve(model.form().suggestedLettersName());
        model.form().writeLetters(letters);

        assertThat(opened).containsExactly(letters);
        assertThat(letters.getFileName().toString()).endsWith(".pdf");
        assertThat(new String(Files.readAllBytes(letters), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        GroupMeeting saved = fixture.register.meeting(m.id()).orElseThrow();
        assertThat(saved.notifications()).hasSize(2).allSatisfy(n -> assertThat(n.how())
                .isEqualTo(NotificationMethod.LETTER));
    }

    @Test
    void theParityViewTotalsEachGroupOverTheMunicipalYear() {
        fixture.save(fixture.labour, MeetingKind.PRIVATE_BRIEFING, THURSDAY, "Local plan",
                OfficerAttendance.attending(fixture.patel.id(), null, true));
        GroupMeeting second = fixture.save(fixture.green, MeetingKind.GROUP_MEETING, THURSDAY.minusDays(10),
                "Budget", OfficerAttendance.attending(fixture.patel.id(), null, true));
        fixture.register.recordNotificationsSent(second.id(), THURSDAY.minusDays(9), NotificationMethod.EMAIL);
        fixture.save(fixture.green, MeetingKind.GROUP_MEETING, LocalDate.of(2026, 4, 20), "Last year",
                OfficerAttendance.attending(fixture.wong.id(), null, true));
        ParityViewModel parity = new ParityViewModel(fixture.register, tasks);
        assertThat(parity.fromProperty().get()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(parity.toProperty().get()).isEqualTo(LocalDate.of(2027, 4, 30));
        parity.load();

        assertThat(parity.briefings()).hasSize(2);
        ParityMatrix.GroupTotals labour = parity.groupTotals().stream()
                .filter(t -> t.groupId() == fixture.labour.id()).findFirst().orElseThrow();
        assertThat(labour.asked()).isEqualTo(1);
        assertThat(labour.given()).isEqualTo(1);
        assertThat(labour.offered()).isEqualTo(1);
        assertThat(labour.noReply()).isEqualTo(1);
        ParityMatrix.GroupTotals conservative = parity.groupTotals().stream()
                .filter(t -> t.groupId() == fixture.conservative.id()).findFirst().orElseThrow();
        assertThat(conservative.notOffered()).isEqualTo(1);
        assertThat(parity.officerTotals()).singleElement().satisfies(t -> assertThat(t.attended()).isEqualTo(2));
        assertThat(parity.summaryProperty().get()).isEqualTo("2 briefings from 1 May 2026 to 30 Apr 2027");

        parity.toProperty().set(LocalDate.of(2026, 4, 1));
        parity.load();
        assertThat(parity.problemProperty().get()).contains("The end of the period");
    }

    @Test
    void targetsAreCheckedAndSaved() {
        TargetsViewModel targets = new TargetsViewModel(fixture.register, tasks);
        targets.load();
        assertThat(targets.moNotificationDaysProperty().get()).isEqualTo("2");
        targets.moNotificationDaysProperty().set("three");
        targets.save();
        assertThat(targets.errors().message("moNotificationDays")).contains("whole number");
        targets.moNotificationDaysProperty().set("3");
        targets.companionDaysProperty().set("99");
        targets.save();
        assertThat(targets.errors().message("companionDays")).contains("from 0 to 60");
        targets.companionDaysProperty().set("5");
        targets.save();
        assertThat(fixture.register.targets().moNotificationDays()).isEqualTo(3);
        assertThat(fixture.register.targets().companionDays()).isEqualTo(5);
        assertThat(targets.statusProperty().get()).startsWith("Saved");
    }
}
