package id.musrenflow.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The shared look of the not-found, forbidden and server-error pages. */
abstract class ErrorPage extends Composite<Div> {

    protected void show(String code, String titleKey, String textKey, Object... args) {
        Div content = getContent();
        content.removeAll();
        content.addClassName("mf-error-page");
        Span status = new Span(code);
        status.addClassName("mf-error-code");
        Anchor home = new Anchor("", getTranslation("error.kembali"));
        home.addClassName("mf-error-home");
        content.add(status, new H1(getTranslation(titleKey)), new Paragraph(getTranslation(textKey, args)), home);
    }
}
