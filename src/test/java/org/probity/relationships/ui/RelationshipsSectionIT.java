package org.probity.relationships.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probity.common.DueItem;
import org.probity.relationships.Declaration;
import org.probity.relationships.DecisionKind;
import org.probity.relationships.DeclarationStatus;
import org.probity.relationships.RelationshipKind;
import org.probity.ui.ImmediateBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RelationshipsSectionIT {

    private RelationshipsFixture fixture;
    private RelationshipsSection section;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fixture = new RelationshipsFixture();
        section = new RelationshipsSection(fixture.register, fixture.people, fixture.app.calendar(), fixture.app.attachments(),
                new ImmediateBackgroundTasks());
        scene = new Scene((javafx.scene.Parent) section.view(), 1260, 800);
        stage.setScene(scene);
        section.activated();
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, String id, org.probity.people.PersonRef person) {
        SearchableComboBox<PersonChoice> box = robot.lookup(id).queryAs(SearchableComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(c -> c.ref().equals(person))
                .findFirst().orElseThrow()));
    }

    private DeclarationRow onlyRow(FxRobot robot) {
        TableView<?> table = robot.lookup("#relationshipsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        return (DeclarationRow) table.getItems().get(0);
    }

    @Test
    void aDeclarationBetweenTheHousingPortfolioHolderAndTheDirectorOfHousingIsFlaggedAndDecided(FxRobot robot) {
        robot.clickOn("#relationshipNew");
        choose(robot, "#relationshipPartyA", fixture.member(fixture.cabinetMember));
        choose(robot, "#relationshipPartyB", fixture.officer(fixture.director));
        robot.clickOn("#relationshipKind").clickOn("Partner or romantic");
        choose(robot, "#relationshipDeclaredBy", fixture.member(fixture.cabinetMember));
        robot.doubleClickOn("#relationshipDeclaredOn").eraseText(12).write("20/11/2026");
        robot.clickOn("#relationshipDescription").write("Living together since 2023.");
        robot.clickOn("#relationshipSave");

        Declaration saved = fixture.register.declarations().get(0);
        assertThat(saved.declaredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(saved.description()).isEqualTo("Living together since 2023.");
        assertThat(robot.lookup("#relationshipStatus").queryAs(Label.class).getText())
                .isEqualTo("Recorded " + saved.reference() + ".");
        DeclarationRow row = onlyRow(robot);
        assertThat(row.openFlags()).isEqualTo(1);
        assertThat(robot.lookup("#relationshipsTable .flag-count").queryAs(javafx.scene.control.TableCell.class)
                .getText()).isEqualTo("1");
        snapshot("relationships-list");

        robot.clickOn("#relationshipDecisionTab");
        robot.clickOn("#decisionKind").clickOn("Member steps back from a special responsibility");
        robot.clickOn("#decisionReasons").write("Her partner leads the service she would oversee.");
        robot.clickOn("#decisionDecidedBy").write("A. Mensah");
        robot.clickOn("#decisionSave");

        assertThat(fixture.register.declaration(saved.id()).orElseThrow().status())
                .isEqualTo(DeclarationStatus.DECIDED);
        assertThat(onlyRow(robot).decision()).isEqualTo("Member steps back from a special responsibility");
        snapshot("relationships-decision");

        robot.clickOn("#relationshipFlagsTab");
        assertThat(robot.lookup("#relationshipFlags .flag-explanation").queryAs(Label.class).getText())
                .isEqualTo("Cllr Jane Smith is Cabinet Member for Housing; their declared partner Ruth Okafor is "
                        + "Director of Housing (tier 2).");
        snapshot("relationships-flags");

        assertThat(fixture.app.dueItemSources().stream().flatMap(s -> s.dueItems(RelationshipsFixture.TODAY,
                RelationshipsFixture.TODAY.plusDays(14)).stream()).filter(i -> i.register().equals("Relationships")))
                .extracting(DueItem::what)
                .containsExactly("New conflict flag on " + saved.reference() + ": Cllr Jane Smith is Cabinet Member "
                        + "for Housing; their declared partner Ruth Okafor is Director of Housing (tier 2).");
    }

    @Test
    void aReviewDateBeforeTheDeclarationIsShownBesideTheReviewDateAndNothingIsSaved(FxRobot robot) {
        Declaration d = fixture.declare(fixture.member(fixture.backbencher), fixture.officer(fixture.planner),
                RelationshipKind.BUSINESS, LocalDate.of(2026, 3, 2));
        robot.interact(() -> section.reveal(String.valueOf(d.id())));
        robot.clickOn("#relationshipDecisionTab");
        robot.clickOn("#decisionKind").clickOn("Note on file");
        robot.clickOn("#decisionReasons").write("The business is dormant.");
        robot.clickOn("#decisionDecidedBy").write("A. Mensah");
        robot.clickOn("#decisionReviewDate").write("01/02/2026");
        robot.clickOn("#decisionSave");

        Label error = robot.lookup("#decisionReviewDateError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The review date (1 Feb 2026) cannot be before the date declared "
                + "(2 Mar 2026).");
        assertThat(fixture.register.declaration(d.id()).orElseThrow().status())
                .isEqualTo(DeclarationStatus.AWAITING_DECISION);
        assertThat(fixture.register.history(d.id())).hasSize(1);
        snapshot("relationships-refused");
    }

    @Test
    void typingInTheFilterNarrowsTheListAndCtrlFPutsTheCursorThere(FxRobot robot) {
        fixture.declare(fixture.member(fixture.backbencher), fixture.officer(fixture.planner),
                RelationshipKind.BUSINESS, LocalDate.of(2026, 3, 2));
        fixture.declare(fixture.member(fixture.cabinetMember), fixture.officer(fixture.director),
                RelationshipKind.FAMILY, LocalDate.of(2026, 4, 2));
        robot.interact(section::activated);
        robot.interact(section::find);
        robot.write("patel");
        assertThat(onlyRow(robot).secondPerson()).isEqualTo("Sam Patel");
        @SuppressWarnings("unchecked")
        ComboBox<DeclarationStatus> status = robot.lookup("#relationshipStatusFilter").queryAs(ComboBox.class);
        assertThat(status.getValue()).isNull();
    }

    /** Saves a picture of the screen when {@code probity.snapshots} names a folder. */
    private void snapshot(String name) {
        String folder = System.getProperty("probity.snapshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            Files.createDirectories(Path.of(folder));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(folder, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The screen could not be pictured", e);
        }
    }
}
