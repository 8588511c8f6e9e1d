package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.proposal.ProposalReceipt;
import id.musrenflow.proposal.ProposalReceiptService;
import java.io.ByteArrayInputStream;

/** The tanda terima on screen right after submitting: number, title, date, proposer, QR code, and the PDF to print. */
class ReceiptDialog extends Dialog {

    ReceiptDialog(ProposalReceiptService receipts, ProposalReceipt receipt) {
        setId("usulan-tanda-terima");
        setHeaderTitle(getTranslation("usulan.tanda-terima.judul"));
        // a phone is narrower than the receipt: the dialog takes the screen's width and the text wraps
        setWidth("32rem");
        setMaxWidth("100%");
        Div facts = new Div();
        facts.setId("tanda-terima-isi");
        facts.getStyle().set("overflow-wrap", "anywhere");
        row(facts, "usulan.tanda-terima.nomor", receipt.number(), "tanda-terima-nomor");
        row(facts, "usulan.tanda-terima.judul-usulan", receipt.title(), "tanda-terima-judul");
        row(facts, "usulan.tanda-terima.tanggal", IndonesianDates.dateTime(receipt.submittedAt(), getLocale()),
                "tanda-terima-tanggal");
        row(facts, "usulan.tanda-terima.pengusul", receipts.proposerLine(receipt, this::getTranslation),
                "tanda-terima-pengusul");
        row(facts, "usulan.tanda-terima.wilayah", receipt.area(), "tanda-terima-wilayah");
        byte[] png = receipts.qrPng(receipt);
        Image qr = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(png), "lacak-" + receipt.number() + ".png", "image/png", png.length)),
                getTranslation("usulan.tanda-terima.qr", receipt.number()));
        qr.setId("tanda-terima-qr");
        qr.setWidth("160px");
        qr.setHeight("160px");
        Anchor tracking = new Anchor(receipt.trackingUrl(), receipt.trackingUrl(), AnchorTarget.BLANK);
        tracking.setId("tanda-terima-lacak");
        tracking.getStyle().set("overflow-wrap", "anywhere");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = receipts.pdf(receipt);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "tanda-terima-" + receipt.number() + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("usulan.tanda-terima.unduh"));
        pdf.setId("tanda-terima-pdf");
        pdf.setTarget(AnchorTarget.BLANK);
        add(facts, qr, new Paragraph(getTranslation("usulan.tanda-terima.pindai")), new Paragraph(tracking),
                new Paragraph(pdf));
        Button close = new Button(getTranslation("usulan.tanda-terima.tutup"), click -> close());
        close.setId("tanda-terima-tutup");
        getFooter().add(close);
    }

    private static void row(Div facts, String labelKey, String value, String id) {
        Span label = new Span(facts.getTranslation(labelKey));
        label.addClassName("mf-muted");
        Paragraph text = new Paragraph(value);
        text.setId(id);
        text.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        facts.add(label, text);
    }
}
