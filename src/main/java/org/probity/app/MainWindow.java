package org.probity.app;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SearchHit;
import org.probity.ui.Section;
import org.probity.ui.TableLayouts;
import org.probity.ui.ThemeSetting;

/**
 * The main window: menu bar, header with global search, sidebar of sections and the section
 * showing. It appears at once; the registers open behind a quiet "Opening the registers…".
 */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 860;

    private final ShellViewModel model;
    private final WindowSettings settings;
    private final Path dataDir;
    private final BackgroundTasks tasks;
    private final Set<Section> shown = new HashSet<>();
    private final StackPane content = new StackPane();
    private final ListView<Section> sidebar = new ListView<>();
    private final CustomTextField search = new CustomTextField();
    private final ListView<SearchHit> results = new ListView<>();
    private Stage stage;
    private FirstRunDialog firstRun;

    public MainWindow(ShellViewModel model, WindowSettings settings, Path dataDir, BackgroundTasks tasks) {
        this.model = model;
        this.settings = settings;
        this.dataDir = dataDir;
        this.tasks = tasks;
    }

    /**
     * Shows the window on {@code stage}, then opens the registers in the background. The
     * application and the end-to-end tests both start here.
     */
    public static MainWindow open(Stage stage, Path dataDir, BackgroundTasks tasks, Callable<AppContext> opener,
                                  SectionSource sections) {
        WindowSettings settings = WindowSettings.load(dataDir);
        ShellViewModel model = new ShellViewModel(tasks, settings.theme());
        MainWindow window = new MainWindow(model, settings, dataDir, tasks);
        window.show(stage);
        model.openRegisters(opener, sections, settings.text("lastSection").orElse(null));
        return window;
    }

    public ShellViewModel model() {
        return model;
    }

    public void show(Stage stage) {
        this.stage = stage;
        model.themeProperty().get().apply();
        model.themeProperty().addListener((obs, before, now) -> {
            now.apply();
            settings.setTheme(now);
            settings.save();
        });

        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        ShellMenus menus = new ShellMenus(model, this);
        root.setTop(new VBox(menus.bar(), header()));
        root.setLeft(sidebar());
        root.setCenter(centre());
        root.setBottom(statusBar());

        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("probity.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::focusSearch);
        // Caught before the focused control sees it: a text field would otherwise keep Ctrl+digit.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown() && e.getCode().isDigitKey()
                    && model.readyProperty().get()) {
                int number = e.getCode().getChar().charAt(0) - '0';
                if (number >= 1 && number <= 9) {
                    model.selectNumber(number);
                    e.consume();
                }
            }
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.cancel();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Probity");
        for (int size : new int[] {32, 64, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    MainWindow.class.getResource("icon-" + size + ".png").toExternalForm()));
        }
        placeOnScreen(stage);
        stage.setOnHidden(e -> rememberLayout());

        model.selectedProperty().addListener((obs, before, now) -> showSection(now));
        model.firstRunNeededProperty().addListener((obs, before, now) -> {
            if (now) {
                showFirstRun();
            }
        });
        model.openingFailureProperty().addListener((obs, before, now) -> {
            if (now != null) {
                Platform.runLater(() -> showOpeningFailure(now));
            }
        });
        stage.show();
    }

    private Node header() {
        Label name = new Label("Probity");
        name.setId("appName");
        name.getStyleClass().addAll(Styles.TITLE_4, "app-name");
        Label authority = new Label();
        authority.setId("headerAuthority");
        authority.getStyleClass().add(Styles.TEXT_MUTED);
        authority.textProperty().bind(model.authorityNameProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        search.setId("globalSearch");
        search.setPromptText("Search everything (Ctrl+K)");
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        search.setPrefWidth(340);
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.disableProperty().bind(model.readyProperty().not());
        PauseTransition typing = new PauseTransition(Duration.millis(300));
        typing.setOnFinished(e -> model.search());
        search.textProperty().addListener((obs, before, now) -> {
            if (search.isFocused()) {
                typing.playFromStart();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                model.search();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            }
        });

        HBox header = new HBox(12, name, authority, spacer, search);
        header.setId("header");
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 16, 8, 16));
        return header;
    }

    private Node sidebar() {
        sidebar.setId("sidebar");
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPrefWidth(200);
        sidebar.setItems(model.sections());
        sidebar.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                if (empty || section == null) {
                    setText(null);
                    setGraphic(null);
                    setId(null);
                } else {
                    setText(section.title());
                    FontIcon icon = new FontIcon(section.icon());
                    icon.getStyleClass().add("sidebar-icon");
                    setGraphic(icon);
                    setId("nav-" + section.id());
                }
            }
        });
        sidebar.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> model.select(now));
        return sidebar;
    }

    private Node centre() {
        content.setId("content");
        content.getStyleClass().add("content");

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(28, 28);
        Label opening = new Label();
        opening.textProperty().bind(model.statusProperty());
        opening.getStyleClass().add(Styles.TEXT_MUTED);
        VBox openingPane = new VBox(12, progress, opening);
        openingPane.setId("openingPane");
        openingPane.setAlignment(Pos.CENTER);
        openingPane.visibleProperty().bind(model.readyProperty().not());
        progress.visibleProperty().bind(model.openingFailureProperty().isNull()
                .and(model.firstRunNeededProperty().not()));

        results.setId("searchResults");
        results.setItems(model.searchResults());
        results.setFixedCellSize(48);
        results.prefHeightProperty().bind(javafx.beans.binding.Bindings.min(360,
                javafx.beans.binding.Bindings.size(model.searchResults()).multiply(48).add(4)));
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                if (empty || hit == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    Label title = new Label(hit.title());
                    title.getStyleClass().add(Styles.TEXT_BOLD);
                    Label detail = new Label(sectionTitle(hit.sectionId()) + (hit.detail() == null
                            || hit.detail().isBlank() ? "" : " · " + hit.detail()));
                    detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                    setGraphic(new VBox(2, title, detail));
                    setText(null);
                }
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openHit(results.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && results.getSelectionModel().getSelectedItem() != null) {
                model.openHit(results.getSelectionModel().getSelectedItem());
            }
        });
        Label message = new Label();
        message.setId("searchMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.searchMessageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        results.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.searchResults()));
        results.visibleProperty().bind(results.managedProperty());
        VBox panel = new VBox(6, message, results);
        panel.setId("searchPanel");
        panel.getStyleClass().add("search-panel");
        panel.setPadding(new Insets(10));
        panel.setMaxSize(420, Region.USE_PREF_SIZE);
        panel.visibleProperty().bind(model.searchShowingProperty());
        StackPane.setAlignment(panel, Pos.TOP_RIGHT);
        StackPane.setMargin(panel, new Insets(4, 16, 0, 0));

        return new StackPane(content, openingPane, panel);
    }

    private String sectionTitle(String sectionId) {
        return model.sections().stream().filter(s -> s.id().equals(sectionId)).map(Section::title).findFirst()
                .orElse(sectionId);
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("statusLine");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox bar = new HBox(status);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 12, 3, 12));
        return bar;
    }

    private void showSection(Section section) {
        if (section == null) {
            content.getChildren().clear();
            return;
        }
        if (sidebar.getSelectionModel().getSelectedItem() != section) {
            sidebar.getSelectionModel().select(section);
        }
        Node view = section.view();
        content.getChildren().setAll(view);
        if (shown.add(section)) {
            TableLayouts.apply(view, settings.values());
        }
        stage.setTitle("Probity – " + section.title());
    }

    void focusSearch() {
        if (model.readyProperty().get()) {
            search.requestFocus();
            search.selectAll();
        }
    }

    void focusSidebar() {
        sidebar.requestFocus();
    }

    Stage stage() {
        return stage;
    }

    Path dataDir() {
        return dataDir;
    }

    /** Closes the window; the layout is remembered as it hides. */
    void quit() {
        stage.close();
    }

    private void rememberLayout() {
        if (stage.isMaximized()) {
            settings.values().put("window.maximised", "true");
        } else {
            settings.values().put("window.maximised", "false");
            settings.putNumber("window.x", stage.getX());
            settings.putNumber("window.y", stage.getY());
            settings.putNumber("window.width", stage.getWidth());
            settings.putNumber("window.height", stage.getHeight());
        }
        Section current = model.selectedProperty().get();
        if (current != null) {
            settings.values().put("lastSection", current.id());
        }
        for (Section section : shown) {
            TableLayouts.capture(section.view(), settings.values());
        }
        settings.setTheme(model.themeProperty().get());
        settings.save();
    }

    private void placeOnScreen(Stage stage) {
        double width = settings.number("window.width").orElse(DEFAULT_WIDTH);
        double height = settings.number("window.height").orElse(DEFAULT_HEIGHT);
        Optional<Double> x = settings.number("window.x");
        Optional<Double> y = settings.number("window.y");
        Screen screen = Screen.getPrimary();
        if (x.isPresent() && y.isPresent()) {
            // A screen that was unplugged since must not leave the window out of sight.
            screen = Screen.getScreensForRectangle(x.get(), y.get(), Math.max(width, 1), Math.max(height, 1))
                    .stream().findFirst().orElse(null);
        }
        Rectangle2D bounds = (screen == null ? Screen.getPrimary() : screen).getVisualBounds();
        width = Math.max(640, Math.min(width, bounds.getWidth()));
        height = Math.max(480, Math.min(height, bounds.getHeight()));
        stage.setWidth(width);
        stage.setHeight(height);
        if (screen != null && x.isPresent() && y.isPresent()) {
            stage.setX(Math.max(bounds.getMinX(), Math.min(x.get(), bounds.getMaxX() - width)));
            stage.setY(Math.max(bounds.getMinY(), Math.min(y.get(), bounds.getMaxY() - height)));
        } else {
            stage.setX(bounds.getMinX() + (bounds.getWidth() - width) / 2);
            stage.setY(bounds.getMinY() + (bounds.getHeight() - height) / 3);
        }
        stage.setMaximized(settings.flag("window.maximised"));
    }

    private void showFirstRun() {
        AppContext context = model.context().orElseThrow();
        FirstRunViewModel firstRunModel = new FirstRunViewModel(context, tasks, profile -> {
            firstRun.close();
            model.firstRunFinished(profile);
        });
        firstRun = new FirstRunDialog(stage, firstRunModel, this::quit);
        firstRun.show();
    }

    private void showOpeningFailure(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Probity");
        alert.setHeaderText("Probity could not open its registers");
        Label text = new Label(message + "\n\nData folder: " + dataDir
                + "\n\nProbity will now close. Nothing in the data folder has been changed.");
        text.setWrapText(true);
        text.setId("openingFailure");
        text.setPrefWidth(480);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
        quit();
    }

    void selectTheme(ThemeSetting theme) {
        model.themeProperty().set(theme);
    }
}
