package id.musrenflow.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import id.musrenflow.KaribuTest;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import id.musrenflow.workflow.UsulanFixtures;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Shared steps of the inbox UI tests: usulan through the real services, the inbox grid's rows. */
abstract class InboxTesting extends KaribuTest {

    @Autowired
    protected ProposalService proposals;
    @Autowired
    protected TaskInboxService inbox;
    @Autowired
    private LoginAttempts users;

    protected UsulanFixtures usulan() {
        return new UsulanFixtures(proposals);
    }

    protected AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    protected InboxTask taskOf(String username, ProposalSummary usulan) {
        return inbox.inbox(user(username)).stream().filter(t -> usulan.number().equals(t.businessKey()))
                .findFirst().orElseThrow();
    }

    protected void openInbox(String username) {
        login(username);
        UI.getCurrent().navigate(InboxView.class);
    }

    @SuppressWarnings("unchecked")
    protected Grid<InboxTask> grid() {
        return _get(Grid.class, spec -> spec.withId("tugas-grid"));
    }

    protected List<InboxTask> rows() {
        return grid().getListDataView().getItems().toList();
    }

    protected List<String> numbers() {
        return rows().stream().map(InboxTask::businessKey).toList();
    }

    protected int rowOf(ProposalSummary usulan) {
        return numbers().indexOf(usulan.number());
    }
}
