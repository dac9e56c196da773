package org.probity.enquiries.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probity.enquiries.ui.EnquiryFixture.d;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.enquiries.ConsentBasis;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.EnquiryStatus;
import org.probity.enquiries.Refusal;
import org.probity.ui.ImmediateBackgroundTasks;

class EnquiriesViewModelTest {

    private EnquiryFixture f;
    private EnquiriesViewModel model;

    @BeforeEach
    void open() {
        f = new EnquiryFixture();
        model = new EnquiriesViewModel(f.enquiries, f.people, f.app.attachments(), new ImmediateBackgroundTasks());
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<String> shownReferences() {
        return model.list().shown().stream().map(EnquiryRow::reference).toList();
    }

    @Test
    void quickEntryFindsPeopleFromAFewLettersAndSaysTheReferenceAndDueDate() {
        model.load();
        QuickEntryViewModel quick = model.quickEntry();

        quick.memberTextProperty().set("smi");
        quick.officerTextProperty().set("wong");
        quick.subjectProperty().set("Fly-tipping behind the library");

        assertThat(quick.memberProperty().get().id()).isEqualTo(f.smith.id());
        assertThat(quick.wardProperty().get().name()).as("ward from the member").isEqualTo("Abbey");
        assertThat(quick.serviceAreaProperty().get().name()).as("service area from the officer")
                .isEqualTo("Housing");
        assertThat(quick.receivedOnProperty().get()).isEqualTo(d(2026, 11, 23));

        quick.save();

        assertThat(quick.errors().message("consentBasis")).contains("consent basis");
        assertThat(f.enquiries.count()).as("casework without a consent basis is refused").isZero();

        quick.consentBasisProperty().set(ConsentBasis.WARD_MEMBER);
        quick.save();

        assertThat(quick.savedProperty().get()).isEqualTo("ENQ-2026-00001 due Mon 30 Nov 2026");
        assertThat(quick.memberTextProperty().get()).as("ready for the next").isEmpty();
        assertThat(quick.kindProperty().get()).isEqualTo(EnquiryKind.WARD_CASEWORK);
        assertThat(model.list().shown()).singleElement().satisfies(row -> {
            assertThat(row.member()).isEqualTo("Cllr Jane Smith");
            assertThat(row.dueText()).isEqualTo("due in 5 working days");
            assertThat(row.officer()).isEqualTo("Lee Wong");
        });
    }

    @Test
    void aNameMatchingSeveralPeopleIsNotGuessed() {
        model.load();
        QuickEntryViewModel quick = model.quickEntry();

        quick.memberTextProperty().set("cllr");

        assertThat(quick.memberProperty().get()).isNull();
        assertThat(quick.memberHintProperty().get()).isEqualTo("2 match: Cllr Rhys Jones, Cllr Jane Smith — type more.");

        quick.subjectProperty().set("Potholes");
        quick.kindProperty().set(EnquiryKind.OTHER);
        quick.save();

        assertThat(quick.errors().message("memberId")).startsWith("2 match");
        assertThat(f.enquiries.count()).isZero();
    }

    @Test
    void theListPutsOverdueEnquiriesFirstAndFiltersAsTheUserTypes() {
        Enquiry answered = f.receive(f.smith, d(2026, 11, 2), "Bins not collected", f.housing, f.wong);
        f.enquiries.answer(answered.id(), d(2026, 11, 4));
        Enquiry open = f.receive(f.jones, d(2026, 11, 20), "Council tax refund", f.revenues, f.reid);
        Enquiry late = f.receive(f.smith, d(2026, 11, 9), "Housing repairs", f.housing, f.wong);
        Enquiry later = f.receive(f.jones, d(2026, 11, 5), "Street lighting", f.housing, f.wong);

        model.load();

        assertThat(shownReferences()).containsExactly(later.reference().toString(), late.reference().toString(),
                open.reference().toString(), answered.reference().toString());
        EnquiryRow first = model.list().shown().get(0);
        assertThat(first.overdue()).isTrue();
        assertThat(first.dueText()).isEqualTo("overdue by 7 working days");
        assertThat(model.list().summaryProperty().get()).isEqualTo("4 enquiries, 2 overdue");

        model.list().filterTextProperty().set("h");
        model.list().filterTextProperty().set("ho");
        model.list().filterTextProperty().set("hou");
        assertThat(shownReferences()).containsExactly(later.reference().toString(), late.reference().toString(),
                answered.reference().toString());
        model.list().filterTextProperty().set("hous");
        model.list().filterTextProperty().set("housing r");
        assertThat(shownReferences()).containsExactly(late.reference().toString());
        model.list().filterTextProperty().set("ho");
        assertThat(shownReferences()).as("deleting letters widens the list again").hasSize(3);

        model.list().filterTextProperty().set("");
        model.list().overdueOnlyProperty().set(true);
        assertThat(shownReferences()).containsExactly(later.reference().toString(), late.reference().toString());
        model.list().overdueOnlyProperty().set(false);
        model.list().memberFilterProperty().set(model.list().members().stream()
                .filter(m -> m.id().equals(f.jones.id())).findFirst().orElseThrow());
        assertThat(shownReferences()).containsExactly(later.reference().toString(), open.reference().toString());
        model.list().memberFilterProperty().set(null);
        model.list().statusFilterProperty().set(EnquiryStatus.ANSWERED);
        assertThat(shownReferences()).containsExactly(answered.reference().toString());
        assertThat(model.list().summaryProperty().get()).isEqualTo("1 of 4 enquiries");
    }

    @Test
    void aHoldingReplyMovesTheDateTheListShowsButNotTheTargetTheFiguresUse() {
        Enquiry late = f.receive(f.smith, d(2026, 11, 9), "Housing repairs", f.housing, f.wong);
        model.load();
        model.select(model.list().find(late.id()));
        EnquiryDetailViewModel detail = model.detail();
        assertThat(detail.timeline()).extracting(EnquiryDetailViewModel.TimelineStep::title)
                .containsExactly("Received", "Target", "Due");

        detail.sendHoldingReply(d(2026, 11, 13), d(2026, 11, 27));

        EnquiryRow row = model.list().find(late.id());
        assertThat(row.due()).isEqualTo(d(2026, 11, 27));
        assertThat(row.overdue()).isFalse();
        assertThat(row.dueText()).isEqualTo("due in 4 working days");
        assertThat(detail.timeline()).extracting(EnquiryDetailViewModel.TimelineStep::title)
                .containsExactly("Received", "Target", "Holding reply", "Due");

        detail.answer(d(2026, 11, 23));

        assertThat(model.list().find(late.id()).status()).isEqualTo(EnquiryStatus.ANSWERED);
        PerformanceViewModel.Line all = model.performance().lines().get(0);
        assertThat(all.name()).isEqualTo("All enquiries");
        assertThat(all.count()).isEqualTo(1);
        assertThat(all.withinTarget()).as("answered after the target of 16 Nov, whatever the holding reply said")
                .isEqualTo("0.0%");
        assertThat(all.median()).isEqualTo("10 working days");
        assertThat(all.holdingReplies()).isEqualTo(1);
        assertThat(model.performance().bars()).extracting(PerformanceViewModel.Line::name)
                .containsExactly("Housing");
    }

    @Test
    void theFiguresFollowTheBreakdownAndThePeriod() {
        Enquiry a = f.receive(f.smith, d(2026, 10, 1), "Housing repairs", f.housing, f.wong);
        f.enquiries.answer(a.id(), d(2026, 10, 2));
        Enquiry b = f.receive(f.smith, d(2026, 10, 1), "Council tax", f.revenues, f.reid);
        f.enquiries.answer(b.id(), d(2026, 10, 20));
        model.load();
        PerformanceViewModel performance = model.performance();

        assertThat(performance.lines()).extracting(PerformanceViewModel.Line::name, PerformanceViewModel.Line::withinTarget)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("All enquiries", "50.0%"),
                        org.assertj.core.groups.Tuple.tuple("Housing", "100.0%"),
                        org.assertj.core.groups.Tuple.tuple("Revenues", "0.0%"));

        performance.breakdownProperty().set(PerformanceViewModel.Breakdown.OFFICER);
        assertThat(performance.lines()).extracting(PerformanceViewModel.Line::name)
                .containsExactly("All enquiries", "Reid, Tom", "Wong, Lee");

        performance.fromProperty().set(d(2026, 11, 1));
        performance.calculate();
        assertThat(performance.summaryProperty().get())
                .isEqualTo("No enquiries were received from 1 Nov 2026 to 23 Nov 2026.");

        performance.toProperty().set(d(2026, 10, 1));
        performance.calculate();
        assertThat(performance.problemProperty().get()).isEqualTo(
                "The period ends (1 Oct 2026) before it starts (1 Nov 2026).");
    }

    @Test
    void aRefusalNeedsItsReasonsAndCannotBeClosedBeforeTheMonitoringOfficerHasACopy() {
        Enquiry e = f.receive(f.smith, d(2026, 11, 16), "Legal advice on the depot sale", f.housing, f.wong);
        model.load();
        model.select(model.list().find(e.id()));
        EnquiryDetailViewModel detail = model.detail();

        detail.recordRefusal(Refusal.made(d(2026, 11, 18), " "));

        assertThat(detail.problemProperty().get()).isEqualTo("The reasons for the refusal is required.");
        assertThat(f.enquiries.enquiry(e.id()).orElseThrow().refusal()).isNull();

        detail.recordRefusal(Refusal.made(d(2026, 11, 18), "Legally privileged advice"));
        assertThat(model.list().find(e.id()).status()).isEqualTo(EnquiryStatus.REFUSED);
        assertThat(detail.timeline()).extracting(EnquiryDetailViewModel.TimelineStep::title)
                .contains("Refused", "Copy to the Monitoring Officer");

        detail.close(d(2026, 11, 20));

        assertThat(detail.problemProperty().get()).contains("copied to the Monitoring Officer");
        assertThat(f.enquiries.enquiry(e.id()).orElseThrow().closedOn()).isNull();

        detail.recordRefusal(detail.enquiryProperty().get().refusal().copiedToMonitoringOfficer(d(2026, 11, 19)));
        detail.close(d(2026, 11, 20));
        assertThat(detail.problemProperty().get()).isNull();
        assertThat(model.list().find(e.id()).status()).isEqualTo(EnquiryStatus.CLOSED);
    }

    @Test
    void theDetailsFormSavesATargetOverrideOnlyWithAReason() {
        Enquiry e = f.receive(f.smith, d(2026, 11, 16), "Planning history", f.housing, f.wong);
        model.load();
        model.select(model.list().find(e.id()));
        EnquiryDetailViewModel detail = model.detail();
        assertThat(detail.targetDaysProperty().get()).isEqualTo("5");

        detail.targetDaysProperty().set("10");
        detail.save();
        assertThat(detail.errors().message("targetReason")).contains("Give the reason for a target of 10");

        detail.targetReasonProperty().set("Archive search needed");
        detail.save();

        assertThat(detail.errors().any()).isFalse();
        Enquiry saved = f.enquiries.enquiry(e.id()).orElseThrow();
        assertThat(saved.targetDays()).isEqualTo(10);
        assertThat(model.list().find(e.id()).due()).isEqualTo(saved.targetDue());
    }

    @Test
    void globalSearchFindsAnEnquiryByReferenceAndRevealOpensIt() {
        Enquiry e = f.receive(f.smith, d(2026, 11, 16), "Planning history", f.housing, f.wong);

        assertThat(model.search("ENQ-2026-00001")).singleElement().satisfies(hit -> {
            assertThat(hit.recordId()).isEqualTo(String.valueOf(e.id()));
            assertThat(hit.title()).isEqualTo("ENQ-2026-00001 · Planning history");
        });

        model.reveal(e.id());
        model.load();

        assertThat(model.selectedProperty().get().id()).isEqualTo(e.id());
        assertThat(model.quickEntryShownProperty().get()).isFalse();
        assertThat(model.detail().subjectProperty().get()).isEqualTo("Planning history");
    }
}
