package org.probity.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probity.app.AppContext;
import org.probity.people.Directorate;
import org.probity.people.Officer;
import org.probity.people.PersonRef;
import org.probity.relationships.Declaration;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.RelationshipKind;
import org.probity.security.Role;
import org.probity.security.UserAccount;
import org.probity.storage.Database;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;

class UsersViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final String PASSWORD = "long enough password";

    private Database database;
    private AppContext app;
    private Declaration declaration;

    @BeforeEach
    void openOffice() {
        database = TestDatabases.h2();
        app = new AppContext(database, Optional.empty(), CLOCK, "os-user");
        Directorate place = app.people().saveDirectorate(new Directorate(null, "Place"));
        Officer a = app.people().saveOfficer(officer("E1", "Ruth", "Okafor", place.id()));
        Officer b = app.people().saveOfficer(officer("E2", "Sam", "Patel", place.id()));
        declaration = app.relationships().declare(Declaration.declared(PersonRef.officer(a.id()),
                PersonRef.officer(b.id()), RelationshipKind.FAMILY, null, null, PersonRef.officer(a.id()),
                LocalDate.of(2026, 3, 2), NotificationMethod.IN_WRITING, NotifiedTo.MONITORING_OFFICER,
                "Married in 2019."));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Officer officer(String staffNumber, String first, String last, Long directorate) {
        return new Officer(null, staffNumber, first, last, "Officer", directorate, null, 5, null, false, null,
                LocalDate.of(2020, 1, 6), null, null);
    }

    private UsersViewModel model(AppContext context) {
        UsersViewModel model = new UsersViewModel(context.users(),
                new GrantableRecords(context.relationships(), context.complaints()), new ImmediateBackgroundTasks());
        model.refresh();
        return model;
    }

    private static void fill(UsersViewModel model, String login, String name, Role role, String password,
                             String again) {
        model.loginNameProperty().set(login);
        model.fullNameProperty().set(name);
        model.roleProperty().set(role);
        model.passwordProperty().set(password);
        model.passwordAgainProperty().set(again);
    }

    @Test
    void theFirstAccountIsTheMonitoringOfficersAndThenAClerkIsGrantedADeclarationByItsReference() {
        UsersViewModel model = model(app);
        assertThat(model.canManageProperty().get()).isTrue();
        assertThat(model.roleProperty().get()).isEqualTo(Role.MONITORING_OFFICER);

        fill(model, "mo", "Grace Ellis", Role.MONITORING_OFFICER, PASSWORD, PASSWORD);
        model.addAccount();
        fill(model, "casey", "Casey Clerk", Role.CLERK, PASSWORD, PASSWORD);
        model.addAccount();

        assertThat(model.accounts()).extracting(UserAccount::loginName).containsExactly("casey", "mo");
        assertThat(model.loginNameProperty().get()).isEmpty();
        assertThat(model.passwordProperty().get()).isEmpty();

        model.selectedProperty().set(model.accounts().get(0));
        model.grantReferenceProperty().set(declaration.reference().toString().toLowerCase());
        model.grant();

        assertThat(model.statusProperty().get())
                .isEqualTo("casey may now see the confidential details of " + declaration.reference() + ".");
        assertThat(model.grants()).extracting(UsersViewModel.GrantRow::reference)
                .containsExactly(declaration.reference().toString());
        AppContext clerk = new AppContext(database, Optional.empty(), CLOCK, "os-user");
        clerk.users().signIn("casey", PASSWORD);
        assertThat(clerk.relationships().declaration(declaration.id()).orElseThrow().description())
                .isEqualTo("Married in 2019.");

        model.revoke(model.grants().get(0));

        assertThat(model.grants()).isEmpty();
        AppContext later = new AppContext(database, Optional.empty(), CLOCK, "os-user");
        later.users().signIn("casey", PASSWORD);
        assertThat(later.relationships().declaration(declaration.id()).orElseThrow().description())
                .isNotEqualTo("Married in 2019.");

        model.selectedProperty().set(model.accounts().get(1));
        model.closeAccount();
        assertThat(model.statusProperty().get()).isEqualTo("Nothing was saved: see the highlighted fields.");
        assertThat(model.errors().message("loginName")).contains("your own account");

        model.selectedProperty().set(model.accounts().get(0));
        model.closeAccount();
        assertThat(model.accounts()).filteredOn(a -> a.loginName().equals("casey")).singleElement()
                .satisfies(a -> assertThat(a.active()).isFalse());
        assertThat(model.statusProperty().get()).isEqualTo("The account casey is closed and can no longer sign in.");
    }

    @Test
    void mistakesAreShownBesideTheirFieldsAndNothingIsSaved() {
        UsersViewModel model = model(app);
        fill(model, "mo", "Grace Ellis", Role.MONITORING_OFFICER, PASSWORD, PASSWORD + "x");
        model.addAccount();
        assertThat(model.errors().message("passwordAgain")).contains("not the same");
        assertThat(model.accounts()).isEmpty();

        fill(model, "mo", "Grace Ellis", Role.MONITORING_OFFICER, "short", "short");
        model.addAccount();
        assertThat(model.errors().message("password")).isEqualTo("The password needs at least 10 characters.");
        assertThat(model.accounts()).isEmpty();

        fill(model, "mo", "Grace Ellis", Role.MONITORING_OFFICER, PASSWORD, PASSWORD);
        model.addAccount();
        model.selectedProperty().set(model.accounts().get(0));
        assertThat(model.grantsApplyProperty().get()).isFalse();
        fill(model, "casey", "Casey Clerk", Role.CLERK, PASSWORD, PASSWORD);
        model.addAccount();
        model.selectedProperty().set(model.accounts().get(0));
        model.grantReferenceProperty().set("CMP-2019-0001");
        model.grant();
        assertThat(model.errors().message("reference")).isEqualTo("There is no complaint CMP-2019-0001 in the register.");
        assertThat(model.grants()).isEmpty();
    }

    @Test
    void aClerkSeesTheAccountsButIsToldWhyNothingCanBeChanged() {
        app.users().create("mo", "Grace Ellis", Role.MONITORING_OFFICER, PASSWORD);
        app.users().create("casey", "Casey Clerk", Role.CLERK, PASSWORD);
        AppContext clerk = new AppContext(database, Optional.empty(), CLOCK, "os-user");
        clerk.users().signIn("casey", PASSWORD);

        UsersViewModel model = model(clerk);

        assertThat(model.accounts()).hasSize(2);
        assertThat(model.canManageProperty().get()).isFalse();
        assertThat(model.explanationProperty().get()).startsWith("Only the Monitoring Officer can add accounts")
                .contains("casey (Clerk)");
        fill(model, "robin", "Robin Reader", Role.READ_ONLY, PASSWORD, PASSWORD);
        model.addAccount();
        assertThat(model.statusProperty().get()).isEqualTo("Only the Monitoring Officer can manage users and grants.");
        assertThat(app.users().accounts()).hasSize(2);
    }
}
