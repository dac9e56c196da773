package org.probity.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.people.PoliticalGroup;
import org.probity.people.ServiceArea;
import org.probity.people.Ward;
import org.probity.ui.HistoryViewModel;
import org.probity.ui.ImmediateBackgroundTasks;

class DirectoryViewModelTest {

    private PeopleFixture fixture;
    private DirectoryViewModel model;

    @BeforeEach
    void open() {
        fixture = new PeopleFixture();
        model = new DirectoryViewModel(fixture.people, new ImmediateBackgroundTasks());
        model.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void addsAGroupWithColourAndLeaderChosenFromCurrentMembers() {
        DirectoryViewModel.Groups groups = model.groups();
        assertThat(groups.leaders()).extracting(DirectoryViewModel.MemberChoice::label)
                .containsExactly("Cllr Rhys Jones", "Cllr Jane Smith");

        groups.newItem();
        groups.nameProperty().set("Liberal Democrat Group");
        groups.shortNameProperty().set("LD");
        groups.colourProperty().set("#faa61a");
        groups.leaderProperty().set(groups.leaders().get(0));
        groups.save();

        assertThat(groups.problemProperty().get()).isNull();
        PoliticalGroup saved = fixture.people.groups().stream().filter(g -> g.shortName().equals("LD")).findFirst()
                .orElseThrow();
        assertThat(saved.colour()).isEqualTo("#FAA61A");
        assertThat(saved.leaderMemberId()).isEqualTo(fixture.jones.id());
        assertThat(groups.items()).contains(saved);
        assertThat(groups.history().rows()).extracting(HistoryViewModel.Row::field)
                .containsExactly("Name", "Short name", "Colour", "Leader");
    }

    @Test
    void aDuplicateNameIsShownBesideTheNameField() {
        model.wards().newItem();
        model.wards().nameProperty().set("castle");
        model.wards().save();

        assertThat(model.wards().errors().message("name")).isEqualTo("Ward's name \"castle\" is already in use.");
        assertThat(fixture.people.wards()).hasSize(2);
    }

    @Test
    void deletingAWardStillInUseIsRefusedWithAReason() {
        Ward castle = model.wards().find(fixture.castle.id());
        model.wards().select(castle);
        model.wards().delete();

        assertThat(model.wards().problemProperty().get()).isEqualTo("Castle cannot be deleted because members, officers"
                + " or other records still refer to it. Change those first. Nothing was changed.");
        assertThat(fixture.people.wards()).hasSize(2);
    }

    @Test
    void renamesAServiceAreaAndMovesItToAnotherDirectorate() {
        fixture.people.saveDirectorate(new org.probity.people.Directorate(null, "People"));
        model.load();
        DirectoryViewModel.ServiceAreas areas = model.serviceAreas();
        areas.select(areas.find(fixture.housing.id()));
        assertThat(areas.directorateProperty().get().name()).isEqualTo("Place");

        areas.nameProperty().set("Housing and Homelessness");
        areas.directorateProperty().set(areas.directorates().stream().filter(d -> d.name().equals("People"))
                .findFirst().orElseThrow());
        areas.save();

        ServiceArea saved = fixture.people.serviceAreas().get(0);
        assertThat(saved.name()).isEqualTo("Housing and Homelessness");
        assertThat(areas.directorateOf(saved)).isEqualTo("People");
        assertThat(areas.history().rows().get(0).what()).isEqualTo("Changed 2 fields");
    }

    @Test
    void searchAndRevealFindDirectoryEntries() {
        assertThat(model.search("riv")).extracting(hit -> hit.title() + " / " + hit.detail())
                .containsExactly("Riverside / Ward");
        String id = model.search("housing").get(0).recordId();

        DirectoryListViewModel<?> list = model.reveal(id);

        assertThat(list).isSameAs(model.serviceAreas());
        assertThat(model.serviceAreas().nameProperty().get()).isEqualTo("Housing");
    }
}
