package org.probity.complaints.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.FieldProblem;
import org.probity.common.ValidationException;
import org.probity.complaints.ComplaintProcedure;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.StageTemplate;
import org.probity.ui.BackgroundTasks;

/**
 * The Settings page for the complaint procedures: every stage with its working-day targets, and
 * the targets of the stage chosen, to change. Stages already started keep their dates.
 */
public final class ComplaintProceduresViewModel {

    /** One stage of a procedure as the table shows it. */
    public record StageRow(String procedureCode, String procedure, StageTemplate stage, boolean authorityTargets) {

        public String acknowledge() {
            return authorityTargets ? "Settings, Authority" : days(stage.acknowledgeDays());
        }

        public String respond() {
            return authorityTargets ? "Settings, Authority" : days(stage.respondDays());
        }

        public String extension() {
            return stage.maxExtensionDays() == 0 ? "None" : stage.maxExtensionDays() + "";
        }

        private static String days(Integer n) {
            return n == null ? "None" : n.toString();
        }
    }

    private final ComplaintService complaints;
    private final BackgroundTasks tasks;
    private final ObservableList<StageRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<StageRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty acknowledgeDays = new SimpleStringProperty(this, "acknowledgeDays", "");
    private final StringProperty respondDays = new SimpleStringProperty(this, "respondDays", "");
    private final StringProperty maxExtensionDays = new SimpleStringProperty(this, "maxExtensionDays", "");
    private final ReadOnlyBooleanWrapper authorityTargets = new ReadOnlyBooleanWrapper(this, "authorityTargets");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ComplaintProceduresViewModel(ComplaintService complaints, BackgroundTasks tasks) {
        this.complaints = complaints;
        this.tasks = tasks;
        selected.addListener((o, was, now) -> fill(now));
    }

    /** Reads the procedures in the background. */
    public void load() {
        tasks.run("Reading the complaint procedures", complaints::procedures, this::show,
                failure -> problem.set("The procedures could not be read: " + failure.getMessage()));
    }

    private void show(List<ComplaintProcedure> procedures) {
        StageRow was = selected.get();
        List<StageRow> list = new ArrayList<>();
        for (ComplaintProcedure p : procedures) {
            for (StageTemplate t : p.stages()) {
                list.add(new StageRow(p.code(), p.name(), t, ComplaintProcedure.PROTOCOL.equals(p.code())
                        && t.number() == ComplaintProcedure.PROTOCOL_STAGE_ONE));
            }
        }
        rows.setAll(list);
        if (was != null) {
            selected.set(list.stream().filter(r -> r.procedureCode().equals(was.procedureCode())
                    && r.stage().number() == was.stage().number()).findFirst().orElse(null));
        }
    }

    private void fill(StageRow row) {
        problem.set("");
        authorityTargets.set(row != null && row.authorityTargets());
        acknowledgeDays.set(row == null || row.stage().acknowledgeDays() == null ? ""
                : row.stage().acknowledgeDays().toString());
        respondDays.set(row == null || row.stage().respondDays() == null ? "" : row.stage().respondDays().toString());
        maxExtensionDays.set(row == null ? "" : String.valueOf(row.stage().maxExtensionDays()));
    }

    /** Saves the targets of the chosen stage; blank means the stage has no such target. */
    public void save() {
        StageRow row = selected.get();
        message.set("");
        if (row == null) {
            problem.set("Choose a stage in the table first.");
            return;
        }
        Integer ack;
        Integer respond;
        Integer extension;
        try {
            ack = number(acknowledgeDays.get());
            respond = number(respondDays.get());
            extension = number(maxExtensionDays.get());
        } catch (NumberFormatException e) {
            problem.set("Targets are whole numbers of working days, e.g. 10; leave a target blank for none.");
            return;
        }
        problem.set("");
        tasks.run("Saving the targets", () -> complaints.saveStageTargets(row.procedureCode(), row.stage().number(),
                ack, respond, extension == null ? 0 : extension), saved -> {
                    message.set("Saved: " + row.procedure() + ", " + row.stage().name() + " now "
                            + saved.stage(row.stage().number()).map(StageTemplate::targets).orElse("")
                            + ". Stages already started keep their dates.");
                    load();
                }, failure -> problem.set(failure instanceof ValidationException refused
                        ? refused.problems().stream().map(FieldProblem::message).collect(Collectors.joining(" "))
                        : "The targets could not be saved: " + failure.getMessage()));
    }

    private static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    public ObservableList<StageRow> rows() {
        return rows;
    }

    public ObjectProperty<StageRow> selectedProperty() {
        return selected;
    }

    public StringProperty acknowledgeDaysProperty() {
        return acknowledgeDays;
    }

    public StringProperty respondDaysProperty() {
        return respondDays;
    }

    public StringProperty maxExtensionDaysProperty() {
        return maxExtensionDays;
    }

    /** Stage 1 of the protocol procedure takes its targets from the authority's settings. */
    public ReadOnlyBooleanProperty authorityTargetsProperty() {
        return authorityTargets.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
