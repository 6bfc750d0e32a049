package no.lokta.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.UUID;
import no.lokta.member.CollaborationCommand;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoMode;
import no.lokta.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** When the first coordinator of a real installation is made, and from what; collaborators replaced. */
class FirstCoordinatorTests {

    private final DemoMode demo = mock(DemoMode.class);
    private final PeopleManagement people = mock(PeopleManagement.class);
    private final MemberManagement members = mock(MemberManagement.class);
    private final JdbcClient jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
    private final TransactionTemplate tx = mock(TransactionTemplate.class);

    FirstCoordinatorTests() {
        when(tx.execute(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0)
                .doInTransaction(mock(TransactionStatus.class)));
    }

    private FirstCoordinator runner(String collaboration, String email, String name, String password) {
        return new FirstCoordinator(demo, people, members, jdbc, tx, collaboration, email, name, password);
    }

    @Test
    void demoModeMakesNoCoordinator() {
        when(demo.enabled()).thenReturn(true);

        assertThat(runner("", "", "", "").createIfFirst()).isEmpty();

        verifyNoInteractions(people, members);
    }

    @Test
    void anInstallationWithAccountsIsLeftAlone() {
        when(people.anyAccount()).thenReturn(true);

        assertThat(runner("", "", "", "").createIfFirst()).isEmpty();

        verify(members, never()).createCollaboration(any());
        verify(people, never()).createAccount(anyString(), anyString(), any());
    }

    @Test
    void theDefaultsGiveMittSamarbeidAndAdminWithAGeneratedPassword() {
        UUID collaborationId = UUID.randomUUID();
        UUID accountId = UUID.randomUUID();
        when(members.createCollaboration(any()))
                .thenReturn(new CollaborationSummary(collaborationId, "Mitt samarbeid", "", ""));
        when(people.createAccount(eq("admin"), eq("Koordinator"), anyString())).thenReturn(accountId);

        var created = runner(" ", "", "", "").createIfFirst().orElseThrow();

        ArgumentCaptor<CollaborationCommand> command = ArgumentCaptor.forClass(CollaborationCommand.class);
        verify(members).createCollaboration(command.capture());
        assertThat(command.getValue().name()).isEqualTo("Mitt samarbeid");
        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        verify(people).createAccount(eq("admin"), eq("Koordinator"), password.capture());
        assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(PeopleManagement.MIN_PASSWORD_LENGTH);
        assertThat(created.generatedPassword()).isEqualTo(password.getValue());
        verify(people).grant(accountId, collaborationId, Role.COORDINATOR, null);
    }

    @Test
    void aGivenPasswordIsUsedAndNothingIsGenerated() {
        when(members.createCollaboration(any()))
                .thenReturn(new CollaborationSummary(UUID.randomUUID(), "Værnesregionen", "", ""));

        var created = runner("Værnesregionen", "leder@example.org", "Lea Leder", "a given long password")
                .createIfFirst()
                .orElseThrow();

        verify(people).createAccount("leder@example.org", "Lea Leder", "a given long password");
        assertThat(created.generatedPassword()).isNull();
    }
}
