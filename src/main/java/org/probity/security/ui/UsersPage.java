package org.probity.security.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.probity.security.Role;
import org.probity.security.UserAccount;
import org.probity.security.ui.UsersViewModel.GrantRow;
import org.probity.ui.SettingsPage;

/** Settings › Users: who may sign in, with what role, and which confidential records each clerk may see. */
public final class UsersPage implements SettingsPage {

    private final UsersViewModel model;
    private VBox view;

    public UsersPage(UsersViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return "Users";
    }

    @Override
    public void activated() {
        model.refresh();
    }

    @Override
    public Node view() {
        if (view != null) {
            return view;
        }
        Label title = new Label("Users");
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label("With no accounts, Probity is one person's and nobody signs in. Once accounts exist,"
                + " everyone signs in. Clerks and read-only users see the confidential details of a declaration or"
                + " complaint only when it has been granted to them.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label readOnly = new Label();
        readOnly.setId("usersReadOnly");
        readOnly.setWrapText(true);
        readOnly.getStyleClass().add(Styles.WARNING);
        readOnly.textProperty().bind(model.explanationProperty());
        readOnly.visibleProperty().bind(model.canManageProperty().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        TableView<UserAccount> table = new TableView<>(model.accounts());
        table.setId("usersTable");
        table.setPlaceholder(new Label("No accounts yet: the first one added must be the Monitoring Officer's."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("User name", 140, UserAccount::loginName),
                column("Name", 200, UserAccount::fullName),
                column("Role", 180, a -> a.role().label()),
                column("Account", 90, a -> a.active() ? "Open" : "Closed")));
        table.setPrefHeight(220);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty()
                .set(now));

        Button close = new Button("Close account…");
        close.setId("closeAccount");
        close.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || !model.selectedProperty().get().active(),
                model.selectedProperty()));
        close.visibleProperty().bind(model.canManageProperty());
        close.managedProperty().bind(close.visibleProperty());
        close.setOnAction(e -> {
            UserAccount chosen = model.selectedProperty().get();
            javafx.scene.control.ButtonType yes = new javafx.scene.control.ButtonType("Close account",
                    javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION, chosen.fullName() + " will no longer be able"
                    + " to sign in. What they did stays in the history under their name.", yes,
                    javafx.scene.control.ButtonType.CANCEL);
            alert.initOwner(view.getScene() == null ? null : view.getScene().getWindow());
            alert.setTitle("Probity");
            alert.setHeaderText("Close the account " + chosen.loginName() + "?");
            if (alert.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL) == yes) {
                model.closeAccount();
            }
        });

        VBox add = addForm();
        add.visibleProperty().bind(model.canManageProperty());
        add.managedProperty().bind(add.visibleProperty());

        VBox grants = grantsPane();

        Label status = new Label();
        status.setId("usersStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        view = new VBox(12, title, intro, readOnly, table, close, add, grants, status);
        view.setId("usersPage");
        return view;
    }

    private VBox addForm() {
        Label heading = new Label("Add an account");
        heading.getStyleClass().add(Styles.TITLE_4);
        TextField login = new TextField();
        login.setId("newLoginName");
        login.textProperty().bindBidirectional(model.loginNameProperty());
        TextField name = new TextField();
        name.setId("newFullName");
        name.textProperty().bindBidirectional(model.fullNameProperty());
        ComboBox<Role> role = new ComboBox<>();
        role.setId("newRole");
        role.getItems().setAll(Role.values());
        role.setButtonCell(roleCell());
        role.setCellFactory(l -> roleCell());
        role.valueProperty().bindBidirectional(model.roleProperty());
        PasswordField password = new PasswordField();
        password.setId("newPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField again = new PasswordField();
        again.setId("newPasswordAgain");
        again.textProperty().bindBidirectional(model.passwordAgainProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(4);
        row(form, 0, "User name", login, "loginName");
        row(form, 1, "Full name", name, "fullName");
        row(form, 2, "Role", role, "role");
        row(form, 3, "Password (at least 10 characters)", password, "password");
        row(form, 4, "Password again", again, "passwordAgain");
        Button addButton = new Button("Add account");
        addButton.setId("addAccount");
        addButton.setDefaultButton(false);
        addButton.disableProperty().bind(model.busyProperty());
        addButton.setOnAction(e -> model.addAccount());
        return new VBox(8, heading, form, addButton);
    }

    private VBox grantsPane() {
        Label heading = new Label("Records granted");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label explain = new Label();
        explain.setId("grantsExplanation");
        explain.setWrapText(true);
        explain.textProperty().bind(model.grantsExplanationProperty());

        TableView<GrantRow> table = new TableView<>(model.grants());
        table.setId("grantsTable");
        table.setPlaceholder(new Label("Nothing granted."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("Record", 200, GrantRow::reference),
                column("Kind", 140, g -> g.grant().recordType())));
        table.setPrefHeight(160);

        TextField reference = new TextField();
        reference.setId("grantReference");
        reference.setPromptText("REL-2026-0001 or CMP-2026-0001");
        reference.textProperty().bindBidirectional(model.grantReferenceProperty());
        Button grant = new Button("Grant");
        grant.setId("grantRecord");
        grant.setOnAction(e -> model.grant());
        reference.setOnAction(e -> model.grant());
        Button revoke = new Button("Revoke");
        revoke.setId("revokeRecord");
        revoke.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        revoke.setOnAction(e -> model.revoke(table.getSelectionModel().getSelectedItem()));
        Label referenceError = error(model.errors().of("reference"));
        HBox.setHgrow(reference, Priority.ALWAYS);
        VBox controls = new VBox(4, table, new HBox(8, reference, grant, revoke), referenceError);
        controls.visibleProperty().bind(model.grantsApplyProperty().and(model.canManageProperty()));
        controls.managedProperty().bind(controls.visibleProperty());
        VBox pane = new VBox(8, heading, explain, controls);
        pane.visibleProperty().bind(model.canManageProperty());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private void row(GridPane form, int row, String label, javafx.scene.control.Control field, String errorField) {
        Label caption = new Label(label);
        caption.setLabelFor(field);
        if (field instanceof TextField text) {
            text.setPrefColumnCount(24);
        }
        form.add(caption, 0, row * 2);
        form.add(field, 1, row * 2);
        form.add(error(model.errors().of(errorField)), 1, row * 2 + 1);
    }

    private static Label error(StringProperty message) {
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static ListCell<Role> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        };
    }

    private static <T> TableColumn<T, String> column(String title, double width,
                                                     java.util.function.Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
