package org.probity.relationships.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.relationships.DecisionKind;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationStatus;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.RelationshipKind;
import org.probity.ui.ImmediateBackgroundTasks;

class RelationshipsViewModelTest {

    private RelationshipsFixture fixture;
    private RelationshipsViewModel model;

    @BeforeEach
    void open() {
        fixture = new RelationshipsFixture();
        model = new RelationshipsViewModel(fixture.register, fixture.people, fixture.app.calendar(), fixture.app.attachments(),
                new ImmediateBackgroundTasks());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private PersonChoice choice(org.probity.people.PersonRef ref) {
        return model.peopleChoices().stream().filter(c -> c.ref().equals(ref)).findFirst().orElseThrow();
    }

    private List<String> shownReferences() {
        return model.shown().stream().map(DeclarationRow::reference).toList();
    }

    @Test
    void theWrittenNotificationAttachedToADeclarationShowsWhenItIsSelected() throws Exception {
        Declaration d = fixture.declare(fixture.member(fixture.cabinetMember), fixture.officer(fixture.director),
                RelationshipKind.PARTNER, LocalDate.of(2026, 11, 2));
        java.nio.file.Path letter = java.nio.file.Files.createTempFile("notification", ".txt");
        java.nio.file.Files.writeString(letter, "I wish to declare that my partner is the Director of Housing.");
        fixture.app.attachments().add(org.probity.relationships.DeclarationService.DECLARATION, d.id(), letter,
                "Letter of 2 November");
        model.load();

        model.reveal(d.id());

        assertThat(model.attachments().rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo(letter.getFileName().toString());
            assertThat(row.note()).isEqualTo("Letter of 2 November");
        });
        java.nio.file.Files.deleteIfExists(letter);
    }

    @Test
    void aNewDeclarationBetweenTheHousingPortfolioHolderAndTheDirectorOfHousingIsListedWithItsFlag() {
        model.load();
        model.newDeclaration();
        DeclarationFormViewModel form = model.form();
        form.partyAProperty().set(choice(fixture.member(fixture.cabinetMember)));
        form.partyBProperty().set(choice(fixture.officer(fixture.director)));
        form.kindProperty().set(RelationshipKind.PARTNER);
        form.declaredByProperty().set(choice(fixture.member(fixture.cabinetMember)));
        form.declaredOnProperty().set(LocalDate.of(2026, 11, 20));
        form.howProperty().set(NotificationMethod.IN_WRITING);

        form.save();

        assertThat(form.problemProperty().get()).isNull();
        assertThat(form.statusProperty().get()).isEqualTo("Recorded REL-2026-0001.");
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.reference()).isEqualTo("REL-2026-0001");
            assertThat(row.firstPerson()).isEqualTo("Cllr Jane Smith");
            assertThat(row.secondPerson()).isEqualTo("Ruth Okafor");
            assertThat(row.status()).isEqualTo(DeclarationStatus.AWAITING_DECISION);
            assertThat(row.openFlags()).isEqualTo(1);
        });
        assertThat(model.selectedProperty().get().reference()).isEqualTo("REL-2026-0001");
        assertThat(model.flags()).singleElement().satisfies(flag -> assertThat(flag.explanation())
                .startsWith("Cllr Jane Smith is Cabinet Member for Housing"));
        assertThat(model.decision().standingProperty().get())
                .isEqualTo("Awaiting decision · last declared or re-confirmed 20 Nov 2026 · decision due by "
                        + "4 Dec 2026 (10 working days)");
    }

    @Test
    void aDeclarationWithoutItsPeopleIsRefusedWithMessagesBesideTheFields() {
        model.load();
        model.newDeclaration();
        model.form().kindProperty().set(RelationshipKind.OTHER);

        model.form().save();

        assertThat(model.form().errors().message("partyA")).isEqualTo("The first person is required.");
        assertThat(model.form().errors().message("kindOther")).isEqualTo("Say what kind of relationship it is.");
        assertThat(model.form().problemProperty().get()).contains("not saved");
        assertThat(fixture.register.declarations()).isEmpty();
    }

    @Test
    void theFiltersCombineAndTypingMatchesEveryWordInAnyOrder() {
        Declaration flagged = fixture.declare(fixture.member(fixture.cabinetMember), fixture.officer(fixture.director),
                RelationshipKind.PARTNER, LocalDate.of(2026, 3, 2));
        Declaration business = fixture.declare(fixture.member(fixture.backbencher), fixture.officer(fixture.planner),
                RelationshipKind.BUSINESS, LocalDate.of(2025, 6, 9));
        model.load();
        assertThat(model.summaryProperty().get()).isEqualTo("2 of 2 declarations · 1 flagged");

        model.filterTextProperty().set("okafor smith");
        assertThat(shownReferences()).containsExactly(flagged.reference().toString());
        model.filterTextProperty().set("PATEL business");
        assertThat(shownReferences()).containsExactly(business.reference().toString());
        model.filterTextProperty().set("planning patel");
        assertThat(shownReferences()).containsExactly(business.reference().toString());
        model.filterTextProperty().set("rel-2025");
        assertThat(shownReferences()).containsExactly(business.reference().toString());
        model.filterTextProperty().set("");

        model.flaggedOnlyProperty().set(true);
        assertThat(shownReferences()).containsExactly(flagged.reference().toString());
        model.flaggedOnlyProperty().set(false);
        model.kindFilterProperty().set(RelationshipKind.BUSINESS);
        assertThat(shownReferences()).containsExactly(business.reference().toString());
        model.kindFilterProperty().set(null);
        model.declaredFromProperty().set(LocalDate.of(2026, 1, 1));
        assertThat(shownReferences()).containsExactly(flagged.reference().toString());
        model.declaredFromProperty().set(null);
        model.declaredToProperty().set(LocalDate.of(2025, 12, 31));
        assertThat(shownReferences()).containsExactly(business.reference().toString());
        model.declaredToProperty().set(null);
        model.statusFilterProperty().set(DeclarationStatus.DECIDED);
        assertThat(shownReferences()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("0 of 2 declarations");
    }

    @Test
    void aPersonsDeclarationsAreShownFromTheirKey() {
        Declaration theirs = fixture.declare(fixture.member(fixture.cabinetMember),
                fixture.officer(fixture.director), RelationshipKind.PARTNER, LocalDate.of(2026, 3, 2));
        fixture.declare(fixture.member(fixture.backbencher), fixture.officer(fixture.planner),
                RelationshipKind.BUSINESS, LocalDate.of(2025, 6, 9));
        RelationshipsSection section = new RelationshipsSection(fixture.register, fixture.people,
                fixture.app.calendar(), fixture.app.attachments(), new ImmediateBackgroundTasks());

        section.reveal("person:" + fixture.officer(fixture.director).key());

        assertThat(section.model().personFilterProperty().get().name()).isEqualTo("Ruth Okafor");
        assertThat(section.model().shown()).extracting(DeclarationRow::id).containsExactly(theirs.id());
        section.reveal(String.valueOf(theirs.id()));
        assertThat(section.model().selectedProperty().get().id()).isEqualTo(theirs.id());
        assertThat(section.search("okafor")).singleElement().satisfies(hit -> {
            assertThat(hit.recordId()).isEqualTo(String.valueOf(theirs.id()));
            assertThat(hit.title()).isEqualTo(theirs.reference().toString());
        });
    }

    @Test
    void aReviewDateBeforeTheDeclarationIsRefusedBesideTheReviewDateAndNothingIsRecorded() {
        Declaration d = fixture.declare(fixture.member(fixture.cabinetMember), fixture.officer(fixture.director),
                RelationshipKind.PARTNER, LocalDate.of(2026, 3, 2));
        model.load();
        model.reveal(d.id());
        DecisionViewModel decision = model.decision();
        decision.kindProperty().set(DecisionKind.MEMBER_STEPS_BACK);
        decision.reasonsProperty().set("Her partner leads the service.");
        decision.decidedByProperty().set("A. Mensah");
        decision.reviewDateProperty().set(LocalDate.of(2026, 2, 1));

        decision.save();

        assertThat(decision.errors().message("reviewDate")).isEqualTo("The review date (1 Feb 2026) cannot be before "
                + "the date declared (2 Mar 2026).");
        assertThat(fixture.register.declaration(d.id()).orElseThrow().status())
                .isEqualTo(DeclarationStatus.AWAITING_DECISION);

        decision.reviewDateProperty().set(LocalDate.of(2027, 3, 1));
        decision.addAction();
        decision.actions().get(0).descriptionProperty().set("Tell the Leader");
        decision.actions().get(0).ownerProperty().set("A. Mensah");
        decision.actions().get(0).dueProperty().set(LocalDate.of(2026, 12, 1));
        decision.save();

        assertThat(decision.problemProperty().get()).isNull();
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(DeclarationStatus.DECIDED);
            assertThat(row.decision()).isEqualTo("Member steps back from a special responsibility");
            assertThat(row.reviewDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        });
        assertThat(fixture.register.declaration(d.id()).orElseThrow().actions()).singleElement()
                .satisfies(a -> assertThat(a.owner()).isEqualTo("A. Mensah"));

        decision.actions().get(0).doneProperty().set(true);
        decision.save();
        assertThat(fixture.register.declaration(d.id()).orElseThrow().actions().get(0).doneOn())
                .isEqualTo(RelationshipsFixture.TODAY);

        decision.end(LocalDate.of(2026, 11, 1), "They separated.");
        assertThat(model.rows().get(0).status()).isEqualTo(DeclarationStatus.ENDED);
        assertThat(decision.standingProperty().get()).isEqualTo("Ended on 1 Nov 2026: They separated.");
        assertThat(decision.activeProperty().get()).isFalse();
    }

    @Test
    void endingBeforeTheDeclarationIsRefusedAboveTheForm() {
        Declaration d = fixture.declare(fixture.member(fixture.cabinetMember), fixture.officer(fixture.director),
                RelationshipKind.PARTNER, LocalDate.of(2026, 3, 2));
        model.load();
        model.reveal(d.id());

        model.decision().withdraw(LocalDate.of(2026, 1, 1), null);

        assertThat(model.decision().problemProperty().get()).startsWith("The declaration was not withdrawn.")
                .contains("cannot be before the date declared");
        assertThat(fixture.register.declaration(d.id()).orElseThrow().status())
                .isEqualTo(DeclarationStatus.AWAITING_DECISION);
    }

    @Test
    void thoseWhoRepliedAreMarkedReconfirmedAndDropOffTheList() {
        Declaration old = fixture.declare(fixture.member(fixture.cabinetMember), fixture.officer(fixture.director),
                RelationshipKind.PARTNER, LocalDate.of(2025, 6, 2));
        Declaration older = fixture.declare(fixture.member(fixture.backbencher), fixture.officer(fixture.planner),
                RelationshipKind.BUSINESS, LocalDate.of(2024, 2, 9));
        fixture.declare(fixture.member(fixture.backbencher), fixture.officer(fixture.director),
                RelationshipKind.CLOSE_FRIENDSHIP, LocalDate.of(2026, 2, 9));
        model.load();
        ReconfirmationViewModel reconfirmation = model.reconfirmation();

        reconfirmation.open();
        assertThat(reconfirmation.lines()).extracting(ReconfirmationViewModel.Line::reference)
                .containsExactly(older.reference().toString(), old.reference().toString());
        reconfirmation.markReconfirmed();
        assertThat(reconfirmation.problemProperty().get()).startsWith("Tick the declarations");

        reconfirmation.lines().get(1).chosenProperty().set(true);
        assertThat(reconfirmation.summaryProperty().get()).isEqualTo("2 declarations due for re-confirmation · 1 ticked");
        reconfirmation.markReconfirmed();

        assertThat(reconfirmation.statusProperty().get()).isEqualTo("Recorded 1 re-confirmation.");
        assertThat(reconfirmation.lines()).extracting(ReconfirmationViewModel.Line::reference)
                .containsExactly(older.reference().toString());
        assertThat(fixture.register.declaration(old.id()).orElseThrow().lastConfirmed())
                .isEqualTo(RelationshipsFixture.TODAY);
    }
}
