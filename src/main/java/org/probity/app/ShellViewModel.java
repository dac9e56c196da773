package org.probity.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.people.AuthorityProfile;
import org.probity.storage.StorageException;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SearchHit;
import org.probity.ui.Section;
import org.probity.ui.ThemeSetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the main window: whether the registers are open yet, the sections of the
 * sidebar and the one showing, global search, and the theme.
 */
public final class ShellViewModel implements Workspace {

    static final String OPENING = "Opening the registers…";
    private static final int MAX_HITS = 30;

    private final BackgroundTasks tasks;
    private AppContext context;
    private SectionSource sectionSource;
    private int searchGeneration;

    public ShellViewModel(BackgroundTasks tasks, ThemeSetting theme) {
        this.tasks = tasks;
        this.theme.set(theme);
        selected.addListener((obs, before, now) -> {
            if (now != null) {
                now.activated();
            }
        });
    }

    // Properties

    private final ReadOnlyStringWrapper authorityName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(OPENING);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper firstRunNeeded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper openingFailure = new ReadOnlyStringWrapper();
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    // One read-only view each, kept: listeners on a view that is thrown away stop being called.
    private final ObservableList<Section> sectionsView = FXCollections.unmodifiableObservableList(sections);
    private final ReadOnlyObjectWrapper<Section> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<SearchHit> searchResults = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> searchResultsView = FXCollections.unmodifiableObservableList(searchResults);
    private final ReadOnlyStringWrapper searchMessage = new ReadOnlyStringWrapper("");
    private final BooleanProperty searchShowing = new SimpleBooleanProperty(false);
    private final ObjectProperty<ThemeSetting> theme = new SimpleObjectProperty<>(ThemeSetting.LIGHT);

    public ReadOnlyStringProperty authorityNameProperty() {
        return authorityName.getReadOnlyProperty();
    }

    /** A quiet line for the status bar: "Opening the registers…", or what just happened. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty firstRunNeededProperty() {
        return firstRunNeeded.getReadOnlyProperty();
    }

    /** Set when the database could not be opened: the message for the user. */
    public ReadOnlyStringProperty openingFailureProperty() {
        return openingFailure.getReadOnlyProperty();
    }

    public ObservableList<Section> sections() {
        return sectionsView;
    }

    public ReadOnlyObjectProperty<Section> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<SearchHit> searchResults() {
        return searchResultsView;
    }

    public ReadOnlyStringProperty searchMessageProperty() {
        return searchMessage.getReadOnlyProperty();
    }

    /** Whether the list of search results is open. */
    public BooleanProperty searchShowingProperty() {
        return searchShowing;
    }

    @Override
    public ObjectProperty<ThemeSetting> themeProperty() {
        return theme;
    }

    public Optional<AppContext> context() {
        return Optional.ofNullable(context);
    }

    // Commands

    /** Opens the database in the background; the window is already showing. */
    public void openRegisters(Callable<AppContext> opener, SectionSource source, String lastSectionId) {
        this.sectionSource = source;
        status.set(OPENING);
        tasks.run(OPENING, () -> {
            AppContext opened = opener.call();
            // The first query warms jOOQ up here rather than on the first screen.
            boolean configured = opened.people().isConfigured();
            return new Opened(opened, configured, opened.people().profile());
        }, opened -> {
            context = opened.context();
            if (opened.configured()) {
                showRegisters(opened.profile(), lastSectionId);
            } else {
                status.set("Welcome to Probity");
                firstRunNeeded.set(true);
            }
        }, failure -> {
            log().error("Could not open the registers", failure);
            status.set("The registers could not be opened.");
            openingFailure.set(failureMessage(failure));
        });
    }

    /** The first-run dialog set the register up. */
    public void firstRunFinished(AuthorityProfile profile) {
        firstRunNeeded.set(false);
        showRegisters(profile, null);
    }

    private void showRegisters(AuthorityProfile profile, String lastSectionId) {
        authorityName.set(profile.name());
        sections.setAll(sectionSource.sections(context, tasks, this));
        ready.set(true);
        status.set("");
        Section first = sections.stream().filter(s -> s.id().equals(lastSectionId)).findFirst()
                .orElse(sections.isEmpty() ? null : sections.get(0));
        selected.set(first);
    }

    public void select(Section section) {
        if (section != null && sections.contains(section)) {
            selected.set(section);
        }
    }

    /** Ctrl+1 … Ctrl+9: the n-th section of the sidebar, counting from 1. */
    public void selectNumber(int number) {
        if (number >= 1 && number <= sections.size()) {
            selected.set(sections.get(number - 1));
        }
    }

    public void newRecord() {
        current().ifPresent(Section::newRecord);
    }

    public void find() {
        current().ifPresent(Section::find);
    }

    public void save() {
        current().ifPresent(Section::save);
    }

    public void cancel() {
        if (searchShowing.get()) {
            closeSearch();
            return;
        }
        current().ifPresent(Section::cancel);
    }

    private Optional<Section> current() {
        return Optional.ofNullable(selected.get());
    }

    /** Searches every section for the text in the search field, away from the JavaFX thread. */
    public void search() {
        String text = searchText.get() == null ? "" : searchText.get().trim();
        int generation = ++searchGeneration;
        if (text.isEmpty()) {
            closeSearch();
            return;
        }
        List<Section> all = List.copyOf(sections);
        searchMessage.set("Searching for “" + text + "”…");
        searchShowing.set(true);
        tasks.run("Searching", () -> searchAll(all, text), hits -> {
            if (generation != searchGeneration) {
                return; // the user has typed more since
            }
            searchResults.setAll(hits);
            searchMessage.set(hits.isEmpty() ? "Nothing matches “" + text + "”." : "");
        }, failure -> {
            log().warn("Search failed", failure);
            if (generation == searchGeneration) {
                searchResults.clear();
                searchMessage.set("The search could not be completed: " + failureMessage(failure));
            }
        });
    }

    private static List<SearchHit> searchAll(List<Section> sections, String text) {
        List<SearchHit> hits = new ArrayList<>();
        for (Section section : sections) {
            try {
                hits.addAll(section.search(text));
            } catch (RuntimeException e) {
                // One screen failing to search should not hide the others' results.
                log().warn("Search in {} failed", section.id(), e);
            }
            if (hits.size() >= MAX_HITS) {
                return List.copyOf(hits.subList(0, MAX_HITS));
            }
        }
        return hits;
    }

    public void openHit(SearchHit hit) {
        if (hit == null) {
            return;
        }
        closeSearch();
        open(hit.sectionId(), hit.recordId());
    }

    public void closeSearch() {
        searchShowing.set(false);
        searchResults.clear();
        searchMessage.set("");
    }

    @Override
    public void open(String sectionId, String recordId) {
        Optional<Section> target = sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
        if (target.isEmpty()) {
            status.set("That record's screen is not part of this version of Probity.");
            return;
        }
        selected.set(target.get());
        if (recordId != null) {
            target.get().reveal(recordId);
        }
    }

    @Override
    public void profileSaved(AuthorityProfile profile) {
        authorityName.set(profile.name());
    }

    static String failureMessage(Throwable failure) {
        if (failure instanceof StorageException || failure instanceof org.probity.common.ValidationException) {
            return failure.getMessage();
        }
        String message = failure.getMessage();
        return "An unexpected error occurred (" + failure.getClass().getSimpleName()
                + (message == null ? "" : ": " + message) + "). The log in the data folder has the details.";
    }

    private record Opened(AppContext context, boolean configured, AuthorityProfile profile) {
    }

    /**
     * Looked up when first needed rather than when the class loads: starting the logging
     * library is a noticeable part of the time before the window appears.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(ShellViewModel.class);
    }
}
