package org.probity.relationships.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.probity.common.PersonRecord;
import org.probity.people.ui.MembersViewModel;
import org.probity.people.ui.OfficersViewModel;
import org.probity.people.ui.PersonRecordsViewModel;
import org.probity.relationships.Declaration;
import org.probity.relationships.RelationshipKind;
import org.probity.ui.ImmediateBackgroundTasks;

/** A member's or officer's page lists their declarations, and opening one shows it in the register. */
class PersonRegistersTabTest {

    private final RelationshipsFixture fixture = new RelationshipsFixture();
    private final List<String> opened = new ArrayList<>();
    private final PersonRecordsViewModel records = new PersonRecordsViewModel(fixture.app.personRecordSources(),
            new ImmediateBackgroundTasks(), (section, record) -> opened.add(section + "/" + record));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anOfficersPageListsTheirDeclarationsAndOpensOneInTheRegister() {
        Declaration older = fixture.declare(fixture.member(fixture.backbencher), fixture.officer(fixture.director),
                RelationshipKind.CLOSE_FRIENDSHIP, LocalDate.of(2024, 1, 15));
        Declaration newer = fixture.declare(fixture.member(fixture.cabinetMember), fixture.officer(fixture.director),
                RelationshipKind.PARTNER, LocalDate.of(2026, 3, 2));
        fixture.declare(fixture.member(fixture.backbencher), fixture.officer(fixture.planner),
                RelationshipKind.BUSINESS, LocalDate.of(2025, 6, 9));
        OfficersViewModel officers = new OfficersViewModel(fixture.people, new ImmediateBackgroundTasks(), records);
        officers.load();

        officers.reveal(fixture.director.id());

        assertThat(records.records()).extracting(PersonRecord::reference, PersonRecord::summary)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(newer.reference().toString(),
                                "Partner or romantic with Cllr Jane Smith"),
                        org.assertj.core.groups.Tuple.tuple(older.reference().toString(),
                                "Close friendship with Cllr Rhys Jones"));
        records.open(records.records().get(0));
        assertThat(opened).containsExactly("relationships/" + newer.id());

        officers.reveal(fixture.planner.id());
        assertThat(records.records()).singleElement()
                .satisfies(r -> assertThat(r.summary()).isEqualTo("Business with Cllr Rhys Jones"));
    }

    @Test
    void aMemberWithNoDeclarationsSaysSo() {
        MembersViewModel members = new MembersViewModel(fixture.people, new ImmediateBackgroundTasks(), records);
        members.load();

        members.reveal(fixture.backbencher.id());

        assertThat(records.records()).isEmpty();
        assertThat(records.placeholderProperty().get()).isEqualTo("No register holds a record about this person.");
    }
}
