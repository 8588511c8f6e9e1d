package id.musrenflow.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.ui.HomeCard;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.workflow.TaskInboxService;
import id.musrenflow.workflow.TaskStageCount;
import java.util.List;
import java.util.Optional;

/** The user's open tasks on the home page: how many wait at each stage, how many are overdue, the way to the inbox. */
@org.springframework.stereotype.Component
class TasksHomeCard implements HomeCard {

    private final TaskInboxService inbox;
    private final AuthenticationContext authentication;

    TasksHomeCard(TaskInboxService inbox, AuthenticationContext authentication) {
        this.inbox = inbox;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        return authentication.getAuthenticatedUser(AuthenticatedUser.class)
                .filter(user -> !user.positions().isEmpty())
                .map(user -> card(inbox.stages(user)));
    }

    private static Component card(List<TaskStageCount> stages) {
        Div card = new Div();
        card.setId("beranda-tugas");
        card.addClassName("mf-card");
        card.add(new H3(card.getTranslation("beranda.tugas.judul")));
        long total = stages.stream().mapToLong(TaskStageCount::count).sum();
        long overdue = stages.stream().mapToLong(TaskStageCount::overdue).sum();
        Paragraph summary = new Paragraph(total == 0 ? card.getTranslation("beranda.tugas.tidak-ada")
                : card.getTranslation("beranda.tugas.ringkas", String.valueOf(total), String.valueOf(overdue)));
        summary.setId("beranda-tugas-ringkas");
        card.add(summary);
        for (TaskStageCount stage : stages) {
            String text = stage.overdue() == 0 ? String.valueOf(stage.count())
                    : card.getTranslation("beranda.tugas.jumlah-terlambat", String.valueOf(stage.count()),
                    String.valueOf(stage.overdue()));
            Span count = new Span(text);
            if (stage.overdue() > 0) {
                count.addClassName("mf-warning");
            }
            Div row = new Div(new Span(stage.stage()), count);
            row.addClassName("mf-angka-baris");
            row.setId("beranda-tugas-" + stage.definitionKey());
            card.add(row);
        }
        if (total > 0) {
            Anchor open = new Anchor("tugas", card.getTranslation("beranda.tugas.buka"));
            open.setId("beranda-tugas-buka");
            card.add(open);
        }
        return card;
    }
}
