package org.probity.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.probity.backup.BackupFile;
import org.probity.common.UkDates;

/** The questions {@link SafeOpening} asks while opening, shown over the main window. */
final class SignInDialogs implements SafeOpening.Prompts {

    private static final ButtonType CLOSE = new ButtonType("Close Probity", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Stage owner;

    SignInDialogs(Stage owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> password(String message) {
        return onFxThread(() -> {
            PasswordField field = new PasswordField();
            field.setId("databasePassword");
            field.setPromptText("Database password");
            Dialog<String> dialog = dialog("Database password", message, new GridPane());
            ((GridPane) dialog.getDialogPane().getContent()).addRow(1, new Label("Password"), field);
            dialog.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? field.getText() : null);
            Platform.runLater(field::requestFocus);
            return dialog.showAndWait();
        });
    }

    @Override
    public Optional<String> protectNewDatabase(String message) {
        return onFxThread(() -> {
            PasswordField first = new PasswordField();
            first.setId("newDatabasePassword");
            PasswordField second = new PasswordField();
            second.setId("newDatabasePasswordAgain");
            Label problem = new Label();
            problem.setId("newDatabasePasswordProblem");
            problem.setWrapText(true);
            problem.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
            Dialog<String> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle("Probity");
            dialog.setHeaderText("Protect the database with a password?");
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(10);
            Label text = new Label(message);
            text.setWrapText(true);
            text.setPrefWidth(420);
            grid.add(text, 0, 0, 2, 1);
            grid.addRow(1, new Label("Password"), first);
            grid.addRow(2, new Label("Again"), second);
            grid.add(problem, 0, 3, 2, 1);
            dialog.getDialogPane().setContent(grid);
            ButtonType protect = new ButtonType("Protect with this password", ButtonBar.ButtonData.OK_DONE);
            ButtonType notNow = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
            dialog.getDialogPane().getButtonTypes().addAll(protect, notNow);
            dialog.getDialogPane().lookupButton(protect).addEventFilter(javafx.event.ActionEvent.ACTION, event ->
                    SafeOpening.newPasswordProblem(first.getText(), second.getText()).ifPresent(why -> {
                        problem.setText(why);
                        event.consume();
                    }));
            dialog.setResultConverter(b -> b == protect ? first.getText() : null);
            Platform.runLater(first::requestFocus);
            return dialog.showAndWait();
        });
    }

    @Override
    public Optional<String[]> signIn(String message) {
        return onFxThread(() -> {
            TextField name = new TextField();
            name.setId("signInName");
            PasswordField password = new PasswordField();
            password.setId("signInPassword");
            Dialog<String[]> dialog = dialog("Sign in", message, new GridPane());
            GridPane grid = (GridPane) dialog.getDialogPane().getContent();
            grid.addRow(1, new Label("User name"), name);
            grid.addRow(2, new Label("Password"), password);
            dialog.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE
                    ? new String[] {name.getText(), password.getText()} : null);
            Platform.runLater(name::requestFocus);
            return dialog.showAndWait();
        });
    }

    @Override
    public boolean restore(String problem, BackupFile latest) {
        return onFxThread(() -> {
            ButtonType restore = new ButtonType("Restore the backup", ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.WARNING, "", restore, CLOSE);
            alert.initOwner(owner);
            alert.setTitle("Probity");
            alert.setHeaderText("The database is damaged");
            Label text = new Label(problem + "\n\nThe latest good backup was taken on "
                    + UkDates.display(latest.takenAt().toLocalDate()) + " at " + latest.takenAt().toLocalTime()
                    .withNano(0) + " (" + latest.name() + "). Changes made since then will need to be entered again.");
            text.setWrapText(true);
            text.setPrefWidth(480);
            text.setId("damagedDatabase");
            alert.getDialogPane().setContent(text);
            return Optional.of(alert.showAndWait().orElse(CLOSE) == restore);
        }).orElse(false);
    }

    @Override
    public void tell(String message) {
        onFxThread(() -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION);
            alert.initOwner(owner);
            alert.setTitle("Probity");
            alert.setHeaderText("Backup restored");
            Label text = new Label(message);
            text.setWrapText(true);
            text.setPrefWidth(480);
            alert.getDialogPane().setContent(text);
            alert.showAndWait();
            return Optional.of(true);
        });
    }

    private <T> Dialog<T> dialog(String title, String message, GridPane grid) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Probity");
        dialog.setHeaderText(title);
        grid.setHgap(10);
        grid.setVgap(10);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setPrefWidth(360);
        text.setId("signInMessage");
        grid.add(text, 0, 0, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(new ButtonType("Open", ButtonBar.ButtonData.OK_DONE), CLOSE);
        return dialog;
    }

    private static <T> Optional<T> onFxThread(Supplier<Optional<T>> question) {
        if (Platform.isFxApplicationThread()) {
            return question.get();
        }
        CompletableFuture<Optional<T>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
