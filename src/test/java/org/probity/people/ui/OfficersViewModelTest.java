package org.probity.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.people.Officer;
import org.probity.people.StatutoryRole;
import org.probity.ui.HistoryViewModel;
import org.probity.ui.ImmediateBackgroundTasks;

class OfficersViewModelTest {

    private PeopleFixture fixture;
    private OfficersViewModel model;

    @BeforeEach
    void open() {
        fixture = new PeopleFixture();
        model = new OfficersViewModel(fixture.people, new ImmediateBackgroundTasks());
        model.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> shownNames() {
        return model.shown().stream().map(OfficersViewModel.OfficerRow::name).toList();
    }

    private OfficersViewModel.OfficerRow row(String name) {
        return model.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsCurrentOfficersWithTheirDirectorateAndManager() {
        assertThat(shownNames()).containsExactly("Okafor, Ada", "Patel, Ravi");
        OfficersViewModel.OfficerRow patel = row("Patel, Ravi");
        assertThat(patel.directorate()).isEqualTo("Place");
        assertThat(patel.serviceArea()).isEqualTo("Housing");
        assertThat(patel.lineManager()).isEqualTo("Ada Okafor");
        assertThat(model.summaryProperty().get()).isEqualTo("2 of 3 officers (1 who have left hidden)");

        model.showLeftProperty().set(true);
        assertThat(shownNames()).contains("Gone, Sam");
    }

    @Test
    void filtersByStaffNumberPostTierAndStatutoryRole() {
        model.filterTextProperty().set("e002");
        assertThat(shownNames()).containsExactly("Patel, Ravi");
        model.filterTextProperty().set("chief exec");
        assertThat(shownNames()).containsExactly("Okafor, Ada");
        model.filterTextProperty().set("");
        model.tierFilterProperty().set(3);
        assertThat(shownNames()).containsExactly("Patel, Ravi");
        model.tierFilterProperty().set(null);
        model.statutoryOnlyProperty().set(true);
        assertThat(shownNames()).isEmpty();
    }

    @Test
    void anEditShowsInHistoryWithBeforeAndAfter() {
        model.select(row("Patel, Ravi"));
        OfficerFormViewModel form = model.form();
        assertThat(form.lineManagerProperty().get().label()).isEqualTo("Okafor, Ada – Chief Executive (E001)");
        form.postProperty().set("Director of Housing");
        form.tierProperty().set(2);
        form.statutoryRoleProperty().set(StatutoryRole.MONITORING_OFFICER);

        model.save();

        assertThat(form.problemProperty().get()).isNull();
        List<HistoryViewModel.Row> history = form.history().rows();
        assertThat(history.get(0).what()).isEqualTo("Changed 3 fields");
        assertThat(history).extracting(HistoryViewModel.Row::field, HistoryViewModel.Row::before,
                HistoryViewModel.Row::after).startsWith(
                org.assertj.core.groups.Tuple.tuple("Post", "Head of Housing", "Director of Housing"),
                org.assertj.core.groups.Tuple.tuple("Tier", "3", "2"),
                org.assertj.core.groups.Tuple.tuple("Statutory role", "", "Monitoring Officer"));
        assertThat(row("Patel, Ravi").post()).isEqualTo("Director of Housing");
        model.statutoryOnlyProperty().set(true);
        assertThat(shownNames()).containsExactly("Patel, Ravi");
    }

    @Test
    void refusedFieldsAreNamedAndNothingIsSaved() {
        model.newOfficer();
        OfficerFormViewModel form = model.form();
        form.staffNumberProperty().set("E001");
        form.forenamesProperty().set("Kim");
        form.postProperty().set("Clerk");
        form.emailProperty().set("not an address");

        model.save();

        assertThat(form.errors().message("surname")).isEqualTo("Surname is required.");
        assertThat(form.errors().message("staffNumber")).isEqualTo("Staff number E001 already belongs to Ada Okafor.");
        assertThat(form.errors().message("email")).startsWith("The e-mail address does not look right");
        assertThat(fixture.people.officers()).hasSize(3);
    }

    @Test
    void aLeaverIsShownOnceSavedEvenIfLeaversWereHidden() {
        model.select(row("Patel, Ravi"));
        model.form().leaveDateProperty().set(LocalDate.of(2026, 11, 1));
        model.save();

        assertThat(model.showLeftProperty().get()).isTrue();
        assertThat(model.selectedProperty().get().left()).isTrue();
        assertThat(model.form().managers()).extracting(OfficerFormViewModel.OfficerChoice::id)
                .doesNotContain(fixture.patel.id());
    }

    @Test
    void renamingAManagerUpdatesTheirReportsLines() {
        model.showLeftProperty().set(true);
        model.select(row("Okafor, Ada"));
        model.form().surnameProperty().set("Okafor-Reid");
        model.save();

        assertThat(row("Patel, Ravi").lineManager()).isEqualTo("Ada Okafor-Reid");
    }

    @Test
    void revealShowsALeaverAndSearchFindsByStaffNumber() {
        model.reveal(fixture.leaver.id());
        assertThat(model.showLeftProperty().get()).isTrue();
        assertThat(model.form().surnameProperty().get()).isEqualTo("Gone");

        assertThat(model.search("e00")).extracting(hit -> hit.title())
                .containsExactly("Ada Okafor", "Ravi Patel", "Sam Gone");
        assertThat(model.search("gone").get(0).detail()).isEqualTo("Officer · Planning Officer · E003 · left");
    }

    @Test
    void twentyThousandOfficersFilterQuicklyAsYouType() {
        List<OfficersViewModel.OfficerRow> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Officer o = new Officer((long) 1000 + i, "S" + i, "Forename" + i, "Surname" + i, "Post " + (i % 300),
                    null, null, 4 + i % 5, null, false, null, null, null, null);
            many.add(new OfficersViewModel.OfficerRow(o, o.staffNumber(), o.sortName(), o.post(), "", "", o.tier(),
                    "", "", null, false, (o.staffNumber() + "\n" + o.displayName() + "\n" + o.post())
                    .toLowerCase(java.util.Locale.UK)));
        }
        model.rows().setAll(many);
        String typed = "forename19999";
        long start = System.nanoTime();
        for (int i = 1; i <= typed.length(); i++) {
            model.filterTextProperty().set(typed.substring(0, i));
        }
        long perKeystrokeMillis = (System.nanoTime() - start) / 1_000_000 / typed.length();

        assertThat(shownNames()).containsExactly("Surname19999, Forename19999");
        assertThat(perKeystrokeMillis).isLessThan(100);
    }
}
