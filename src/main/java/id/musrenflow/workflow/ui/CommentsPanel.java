package id.musrenflow.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.workflow.TaskComment;
import id.musrenflow.workflow.TaskInboxService;

/** The notes officials leave on a task for each other; a refused note stays in the field to be corrected. */
class CommentsPanel extends Div {

    private static final int MAX_LENGTH = 1000;

    private final transient TaskInboxService inbox;
    private final transient AuthenticatedUser user;
    private final transient PositionLabels labels;
    private final String taskId;
    private final UnorderedList list = new UnorderedList();
    private final TextArea text = new TextArea();

    CommentsPanel(TaskInboxService inbox, AuthenticatedUser user, String taskId, PositionLabels labels) {
        this.labels = labels;
        this.inbox = inbox;
        this.user = user;
        this.taskId = taskId;
        addClassName("mf-card");
        setId("tugas-komentar-bagian");
        list.setId("tugas-komentar-daftar");
        text.setId("tugas-komentar");
        text.setLabel(getTranslation("tugas.komentar.label"));
        TextLimits.counted(text, MAX_LENGTH);
        text.setWidthFull();
        Button send = new Button(getTranslation("tugas.komentar.kirim"), click -> send());
        send.setId("tugas-komentar-kirim");
        add(new H3(getTranslation("tugas.komentar.judul")), list, text, send);
        showComments();
    }

    private void send() {
        try {
            inbox.addComment(taskId, user, text.getValue());
            text.clear();
            text.setInvalid(false);
            Notices.success(getTranslation("tugas.komentar.tersimpan"));
            showComments();
        } catch (BusinessException e) {
            text.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            text.setInvalid(true);
        }
    }

    private void showComments() {
        list.removeAll();
        var comments = inbox.comments(taskId, user);
        if (comments.isEmpty()) {
            list.add(new ListItem(new Paragraph(getTranslation("tugas.komentar.kosong"))));
        }
        for (TaskComment comment : comments) {
            Span meta = new Span(labels.actor(comment.author(), null, comment.at().toLocalDate(), this::getTranslation) + " · " + IndonesianDates.dateTime(comment.at(), getLocale()));
            meta.addClassName("mf-muted");
            ListItem item = new ListItem(meta, new Paragraph(comment.text()));
            item.addClassName("tugas-komentar-isi");
            list.add(item);
        }
    }
}
