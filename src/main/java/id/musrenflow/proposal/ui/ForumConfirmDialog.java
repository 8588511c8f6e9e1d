package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import id.musrenflow.proposal.ForumSummary;

/** Asks once before the forum's list is recorded, showing what will move. */
class ForumConfirmDialog extends Dialog {

    ForumConfirmDialog(ForumSummary plan, Runnable confirmed) {
        setId("forum-konfirmasi-dialog");
        setHeaderTitle(getTranslation("forum.konfirmasi"));
        setWidth("32rem");
        setMaxWidth("100%");
        add(new Paragraph(getTranslation("forum.konfirmasi.pertanyaan")), new ForumSummaryList(plan, "forum.hasil.rencana"));
        Button cancel = new Button(getTranslation("umum.batal"), click -> close());
        cancel.setId("forum-konfirmasi-batal");
        Button yes = new Button(getTranslation("forum.konfirmasi.ya"), click -> {
            close();
            confirmed.run();
        });
        yes.setId("forum-konfirmasi-ya");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, yes);
    }
}
