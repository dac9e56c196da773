package org.probity.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditKind;
import org.probity.people.Member;
import org.probity.people.PeopleService;
import org.probity.ui.HistoryViewModel;
import org.probity.ui.ImmediateBackgroundTasks;

class MembersViewModelTest {

    private PeopleFixture fixture;
    private MembersViewModel model;
    private final List<String> questions = new ArrayList<>();
    private boolean answer = true;

    @BeforeEach
    void open() {
        fixture = new PeopleFixture();
        model = new MembersViewModel(fixture.people, new ImmediateBackgroundTasks());
        model.setConfirmation((title, question) -> {
            questions.add(question);
            return answer;
        });
        model.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> shownNames() {
        return model.shown().stream().map(MembersViewModel.MemberRow::name).toList();
    }

    @Test
    void membersWhoHaveLeftAreHiddenUntilAskedFor() {
        assertThat(shownNames()).containsExactly("Jones, Rhys (Cllr)", "Smith, Jane (Cllr)");
        assertThat(model.summaryProperty().get()).isEqualTo("2 of 3 members (1 who have left hidden)");

        model.showLeftProperty().set(true);

        assertThat(shownNames()).containsExactly("Hand, Old (Cllr)", "Jones, Rhys (Cllr)", "Smith, Jane (Cllr)");
    }

    @Test
    void filtersByTextGroupAndKind() {
        model.filterTextProperty().set("castle");
        assertThat(shownNames()).containsExactly("Smith, Jane (Cllr)");

        model.filterTextProperty().set("");
        model.groupFilterProperty().set(model.groups().stream()
                .filter(g -> g.name().equals("Green Group")).findFirst().orElseThrow());
        assertThat(shownNames()).containsExactly("Jones, Rhys (Cllr)");

        model.groupFilterProperty().set(null);
        model.kindFilterProperty().set(org.probity.people.MemberKind.CO_OPTED);
        assertThat(shownNames()).isEmpty();
    }

    @Test
    void createsAMemberWithAGroupWardAndRole() {
        model.newMember();
        MemberFormViewModel form = model.form();
        form.forenamesProperty().set("Priya");
        form.surnameProperty().set("Shah");
        form.termStartProperty().set(LocalDate.of(2026, 5, 7));
        form.addGroupLine();
        form.groupLines().get(0).groupProperty().set(form.groups().stream()
                .filter(g -> g.name().equals("Labour Group")).findFirst().orElseThrow());
        form.wardChoices().stream().filter(w -> w.ward().name().equals("Riverside")).findFirst().orElseThrow()
                .chosenProperty().set(true);
        form.addResponsibilityLine();
        form.responsibilityLines().get(0).roleProperty().set("Cabinet Member for Housing");
        form.responsibilityLines().get(0).serviceAreaProperty().set(form.serviceAreas().get(0));
        assertThat(form.hasUnsavedChanges()).isTrue();

        model.save();

        assertThat(form.problemProperty().get()).isNull();
        assertThat(form.statusProperty().get()).isEqualTo("Saved Cllr Priya Shah.");
        assertThat(form.hasUnsavedChanges()).isFalse();
        Member saved = fixture.people.members().stream().filter(m -> m.surname().equals("Shah")).findFirst()
                .orElseThrow();
        assertThat(saved.groups()).hasSize(1);
        assertThat(saved.wardIds()).containsExactly(fixture.riverside.id());
        assertThat(saved.responsibilities()).extracting(r -> r.role()).containsExactly("Cabinet Member for Housing");
        MembersViewModel.MemberRow row = model.selectedProperty().get();
        assertThat(row.name()).isEqualTo("Shah, Priya (Cllr)");
        assertThat(row.group()).isEqualTo("Labour Group");
        assertThat(row.responsibilities()).isEqualTo("Cabinet Member for Housing (Housing)");
        assertThat(shownNames()).contains("Shah, Priya (Cllr)");
    }

    @Test
    void anEmptySurnameIsRefusedBesideTheFieldAndNothingIsSaved() {
        model.newMember();
        model.form().forenamesProperty().set("Nobody");
        model.save();

        assertThat(model.form().errors().message("surname")).isEqualTo("Surname is required.");
        assertThat(model.form().problemProperty().get()).contains("not saved");
        assertThat(fixture.people.members()).hasSize(3);

        model.form().surnameProperty().set("Else");
        model.save();
        assertThat(model.form().errors().message("surname")).isNull();
        assertThat(fixture.people.members()).hasSize(4);
    }

    @Test
    void aGroupLineWithoutAGroupIsExplainedRatherThanDropped() {
        model.select(row("Smith, Jane (Cllr)"));
        model.form().addGroupLine();
        model.save();

        assertThat(model.form().errors().message("groups"))
                .isEqualTo("Choose the group for membership 2, or remove that line.");
        assertThat(fixture.people.history(PeopleService.MEMBER, fixture.smith.id())).hasSize(1);
    }

    @Test
    void editsShowInHistoryWithBeforeAndAfter() {
        model.select(row("Smith, Jane (Cllr)"));
        model.form().surnameProperty().set("Smith-Watts");
        model.save();

        List<HistoryViewModel.Row> history = model.form().history().rows();
        assertThat(history.get(0).what()).isEqualTo("Changed 1 field");
        assertThat(history.get(0)).extracting(HistoryViewModel.Row::field, HistoryViewModel.Row::before,
                HistoryViewModel.Row::after).containsExactly("Surname", "Smith", "Smith-Watts");
        assertThat(history).extracting(HistoryViewModel.Row::what).contains("Created Cllr Jane Smith");
        List<AuditEntry> entries = fixture.people.history(PeopleService.MEMBER, fixture.smith.id());
        assertThat(entries).extracting(AuditEntry::kind).containsExactly(AuditKind.CHANGED, AuditKind.CREATED);
    }

    @Test
    void unsavedChangesAreKeptIfTheUserSaysSo() {
        model.select(row("Smith, Jane (Cllr)"));
        model.form().emailProperty().set("jane@example.gov.uk");
        answer = false;

        boolean moved = model.select(row("Jones, Rhys (Cllr)"));

        assertThat(moved).isFalse();
        assertThat(questions).singleElement().asString().contains("Cllr Jane Smith");
        assertThat(model.form().emailProperty().get()).isEqualTo("jane@example.gov.uk");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Smith, Jane (Cllr)");

        answer = true;
        assertThat(model.select(row("Jones, Rhys (Cllr)"))).isTrue();
        assertThat(model.form().surnameProperty().get()).isEqualTo("Jones");
    }

    @Test
    void cancelPutsTheFieldsBack() {
        model.select(row("Jones, Rhys (Cllr)"));
        model.form().surnameProperty().set("Changed");
        model.cancel();
        assertThat(model.form().surnameProperty().get()).isEqualTo("Jones");
        assertThat(model.form().hasUnsavedChanges()).isFalse();
    }

    @Test
    void revealClearsFiltersThatHideTheMember() {
        model.filterTextProperty().set("jones");

        model.reveal(fixture.former.id());

        assertThat(model.filterTextProperty().get()).isEmpty();
        assertThat(model.showLeftProperty().get()).isTrue();
        assertThat(model.selectedProperty().get().name()).isEqualTo("Hand, Old (Cllr)");
        assertThat(model.form().surnameProperty().get()).isEqualTo("Hand");
    }

    @Test
    void deleteAsksFirstAndRemovesTheMember() {
        model.select(row("Jones, Rhys (Cllr)"));
        answer = false;
        model.delete();
        assertThat(fixture.people.members()).hasSize(3);

        answer = true;
        model.delete();
        assertThat(fixture.people.members()).extracting(Member::surname).doesNotContain("Jones");
        assertThat(shownNames()).containsExactly("Smith, Jane (Cllr)");
        assertThat(model.form().editingProperty().get()).isFalse();
    }

    @Test
    void searchFindsMembersByName() {
        assertThat(model.search("smi")).singleElement().satisfies(hit -> {
            assertThat(hit.sectionId()).isEqualTo("members");
            assertThat(hit.title()).isEqualTo("Cllr Jane Smith");
            assertThat(hit.detail()).isEqualTo("Member · Labour Group");
            assertThat(hit.recordId()).isEqualTo(String.valueOf(fixture.smith.id()));
        });
        assertThat(model.search(" ")).isEmpty();
    }

    private MembersViewModel.MemberRow row(String name) {
        return model.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
