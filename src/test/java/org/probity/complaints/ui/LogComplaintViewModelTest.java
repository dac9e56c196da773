package org.probity.complaints.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintCouncil;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintRoute;
import org.probity.people.PersonRef;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;

class LogComplaintViewModelTest {

    private ComplaintCouncil council;
    private LogComplaintViewModel form;
    private final ObservableList<PersonOption> members = FXCollections.observableArrayList();
    private final ObservableList<PersonOption> officers = FXCollections.observableArrayList();

    @BeforeEach
    void open() {
        council = new ComplaintCouncil(new TestDatabases.Kind("H2", TestDatabases::h2), LocalDate.of(2026, 11, 23));
        members.setAll(new PersonOption(PersonRef.member(council.councillor.id()), "Cllr Jane Smith"),
                new PersonOption(PersonRef.member(council.otherCouncillor.id()), "Cllr Peter Jones"));
        officers.setAll(new PersonOption(PersonRef.officer(council.housingOfficer.id()), "Lee Wong"),
                new PersonOption(PersonRef.officer(council.chiefExecutive.id()), "Helen Barker"));
        form = new LogComplaintViewModel(council.complaints, new ImmediateBackgroundTasks(), members, officers);
    }

    @AfterEach
    void close() {
        council.close();
    }

    @Test
    void theChoicesFollowTheDirectionAndTheRouteFollowsThePeopleChosen() {
        form.directionProperty().set(ComplaintDirection.OFFICER_ABOUT_MEMBER);
        assertThat(form.complainantChoices()).extracting(PersonOption::name).containsExactly("Lee Wong",
                "Helen Barker");
        assertThat(form.subjectChoices()).extracting(PersonOption::name).containsExactly("Cllr Jane Smith",
                "Cllr Peter Jones");

        form.complainantProperty().set(officers.get(0));
        form.subjectProperty().set(members.get(0));
        assertThat(form.proposedTextProperty().get()).isEqualTo("Line manager or Director (may go on to the"
                + " Monitoring Officer) · Sam Patel");
        assertThat(form.routeProperty().get()).isEqualTo(ComplaintRoute.LINE_MANAGER);

        form.allegesCodeBreachProperty().set(true);
        assertThat(form.routeProperty().get()).isEqualTo(ComplaintRoute.CODE_OF_CONDUCT);
        assertThat(form.ruleTextProperty().get()).contains("breach of the Members' Code");
        assertThat(form.routeDiffersBinding().get()).isFalse();

        form.directionProperty().set(ComplaintDirection.MEMBER_ABOUT_OFFICER);
        assertThat(form.complainantProperty().get()).as("an officer cannot complain as a member").isNull();
        assertThat(form.proposedTextProperty().get()).isEmpty();
    }

    @Test
    void aChangedRouteAsksForAReasonBesideItsFieldAndALoggedComplaintClearsTheForm() {
        Complaint[] saved = new Complaint[1];
        form.whenSaved(c -> saved[0] = c);
        form.directionProperty().set(ComplaintDirection.MEMBER_ABOUT_OFFICER);
        form.complainantProperty().set(members.get(0));
        form.subjectProperty().set(officers.get(1));
        form.categoryProperty().set(ComplaintCategory.DISRESPECT);
        assertThat(form.routeProperty().get()).isEqualTo(ComplaintRoute.MONITORING_OFFICER);

        form.routeProperty().set(ComplaintRoute.DIRECTOR);
        assertThat(form.routeDiffersBinding().get()).isTrue();
        form.save();
        assertThat(form.errors().message("routeReason")).startsWith("Give the reason for sending this complaint to"
                + " The officer's Director instead of The Monitoring Officer");
        assertThat(saved[0]).isNull();

        form.routeReasonProperty().set("The Monitoring Officer is away on long-term leave.");
        form.save();
        assertThat(saved[0].reference().toString()).isEqualTo("CMP-2026-0001");
        assertThat(form.statusProperty().get()).isEqualTo("CMP-2026-0001 logged: The officer's Director");
        assertThat(form.directionProperty().get()).isNull();
        assertThat(form.errors().any()).isFalse();
    }
}
