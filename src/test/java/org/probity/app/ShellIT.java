package org.probity.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.calendar.BankHolidayRegion;
import org.probity.people.AuthorityProfile;
import org.probity.storage.Database;
import org.probity.storage.NewerDatabaseException;
import org.probity.ui.ImmediateBackgroundTasks;
import org.probity.ui.Section;
import org.probity.ui.ThemeSetting;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ShellIT extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dataDir;

    private Stage stage;
    private MainWindow window;
    private AppContext context;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        interact(ThemeSetting.LIGHT::apply);
        if (context != null) {
            context.close();
        }
    }

    private AppContext openContext() {
        context = null;
        context = new AppContext(Database.openEmbedded(dataDir), Optional.of(dataDir), CLOCK, "test");
        return context;
    }

    private void open(SectionSource sections) throws Exception {
        window = WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            return MainWindow.open(stage, dataDir, new ImmediateBackgroundTasks(), this::openContext, sections);
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeAndReleaseDatabase() {
        interact(() -> stage.close());
        context.close();
        context = null;
    }

    private void configureAuthority(String name) {
        try (AppContext setup = new AppContext(Database.openEmbedded(dataDir), Optional.of(dataDir), CLOCK, "test")) {
            setup.people().saveProfile(AuthorityProfile.withDefaults(name, BankHolidayRegion.ENGLAND_AND_WALES));
        }
    }

    private String text(String query) {
        return lookup(query).queryLabeled().getText();
    }

    @Test
    void aNewDataFolderOffersTheFirstRunChoiceThenShowsToday() throws Exception {
        open(SectionCatalogue::sections);

        assertThat(lookup("#firstRunDialog").tryQuery()).isPresent();
        clickOn("#firstRunStart");
        assertThat(text("#firstRunNameProblem")).startsWith("Enter the name of your authority");

        clickOn("#firstRunName").write("Northshire County Council");
        clickOn("#firstRunStart");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#firstRunDialog").tryQuery()).isEmpty();
        assertThat(lookup("#todayView").tryQuery()).isPresent();
        assertThat(text("#headerAuthority")).isEqualTo("Northshire County Council");
        ListView<Section> sidebar = lookup("#sidebar").queryListView();
        assertThat(sidebar.getItems()).extracting(Section::title).startsWith("Today").endsWith("Settings");
        assertThat(text("#todayMessage")).isEqualTo("Nothing is due or overdue in the next 30 days.");
        assertThat(context.people().profile().name()).isEqualTo("Northshire County Council");
    }

    @Test
    void demoDataCanBeLoadedFromTheFirstRunChoice() throws Exception {
        open(SectionCatalogue::sections);

        clickOn("#demoChoice");
        clickOn("#firstRunStart");
        WaitForAsyncUtils.waitFor(120, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("#firstRunDialog").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#todayView").tryQuery()).isPresent();
        assertThat(text("#headerAuthority")).isEqualTo(context.people().profile().name()).isNotBlank();
        assertThat(context.people().countOfficers()).isGreaterThan(700);
    }

    @Test
    void settingsSavesTheProfileAndExplainsABadTargetBesideIt() throws Exception {
        configureAuthority("Northshire County Council");
        open(SectionCatalogue::sections);

        clickOn("#nav-settings");
        TextField response = lookup("#complaintResponseDays").queryAs(TextField.class);
        doubleClickOn(response).write("500");
        clickOn("#saveProfile");

        assertThat(text("#complaintResponseDaysProblem"))
                .isEqualTo("The complaint response target must be between 1 and 120 working days.");
        assertThat(context.people().profile().complaintResponseDays()).isEqualTo(10);

        doubleClickOn(response).write("12");
        TextField name = lookup("#authorityName").queryAs(TextField.class);
        interact(() -> name.setText("Northshire Council"));
        clickOn(name);
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#complaintResponseDaysProblem").queryAs(Label.class).isVisible()).isFalse();
        assertThat(context.people().profile().complaintResponseDays()).isEqualTo(12);
        assertThat(text("#headerAuthority")).isEqualTo("Northshire Council");
    }

    @Test
    void theThemeSwitchChangesTheLookAndIsRemembered() throws Exception {
        configureAuthority("Northshire County Council");
        open(SectionCatalogue::sections);

        clickOn("#nav-settings");
        clickOn(lookup("#settingsPages").lookup("Appearance").queryLabeled());
        clickOn("#themeDark");

        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("primer-dark");
        assertThat(Files.readString(dataDir.resolve(WindowSettings.FILE_NAME))).contains("theme=DARK");
        assertThat(window.model().themeProperty().get()).isEqualTo(ThemeSetting.DARK);
    }

    @Test
    void standardShortcutsReachTheSectionShowing() throws Exception {
        configureAuthority("Northshire County Council");
        TestSection first = new TestSection("first");
        TestSection second = new TestSection("second");
        open((c, t, w) -> List.of(first, second));

        clickOn("#firstLabel");
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(lookup("#secondLabel").tryQuery()).isPresent();

        push(KeyCode.CONTROL, KeyCode.N);
        push(KeyCode.CONTROL, KeyCode.F);
        push(KeyCode.CONTROL, KeyCode.S);
        push(KeyCode.ESCAPE);

        assertThat(second.calls).containsExactly("activated", "new", "find", "save", "cancel");
        assertThat(first.calls).containsExactly("activated");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        assertThat(lookup("#globalSearch").query().isFocused()).isTrue();
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(window.model().selectedProperty().get()).isSameAs(first);
    }

    @Test
    void globalSearchFindsARecordInAnySectionAndRevealsIt() throws Exception {
        configureAuthority("Northshire County Council");
        TestSection members = new TestSection("members", "Jane Smith", "John Brown");
        TestSection officers = new TestSection("officers", "Sam Smith");
        open((c, t, w) -> List.of(members, officers));

        push(KeyCode.CONTROL, KeyCode.K);
        write("smith");
        push(KeyCode.ENTER);
        ListView<?> results = lookup("#searchResults").queryListView();
        assertThat(results.getItems()).hasSize(2);

        clickOn("Sam Smith");

        assertThat(window.model().selectedProperty().get()).isSameAs(officers);
        assertThat(officers.calls).containsExactly("activated", "reveal id-Sam Smith");
        assertThat(lookup("#searchPanel").query().isVisible()).isFalse();
    }

    @Test
    void windowSizeAndTableLayoutAreRememberedAcrossARestart() throws Exception {
        configureAuthority("Northshire County Council");
        open((c, t, w) -> List.of(new TestSection("people")));
        TableView<?> table = lookup("#peopleTable").queryTableView();
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(650);
            TableColumn<?, ?> second = table.getColumns().get(1);
            second.setPrefWidth(230);
            moveToFront(table, second);
            sortDescendingBy(table, table.getColumns().get(1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        closeAndReleaseDatabase();

        String saved = Files.readString(dataDir.resolve(WindowSettings.FILE_NAME));
        assertThat(saved).contains("window.width=900", "window.height=650", "lastSection=people");

        open((c, t, w) -> List.of(new TestSection("people")));

        assertThat(stage.getWidth()).isEqualTo(900);
        assertThat(stage.getHeight()).isEqualTo(650);
        TableView<?> reopened = lookup("#peopleTable").queryTableView();
        assertThat(reopened.getColumns()).extracting(TableColumn::getId).containsExactly("second", "first");
        assertThat(reopened.getColumns().get(0).getPrefWidth()).isEqualTo(230);
        assertThat(reopened.getSortOrder()).extracting(TableColumn::getId).containsExactly("first");
        assertThat(reopened.getSortOrder().get(0).getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsExplainedAndTheWindowCloses() throws Exception {
        window = WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            return MainWindow.open(stage, dataDir, new ImmediateBackgroundTasks(), () -> {
                throw new NewerDatabaseException("9", "1", "4.2", "0.1.0");
            }, SectionCatalogue::sections);
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text("#openingFailure")).contains("Install Probity 4.2 or later", "Data folder: " + dataDir,
                "Probity will now close");
        clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isFalse();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortDescendingBy(TableView table, TableColumn column) {
        column.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(column);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void moveToFront(TableView table, TableColumn column) {
        table.getColumns().remove(column);
        table.getColumns().add(0, column);
    }
}
