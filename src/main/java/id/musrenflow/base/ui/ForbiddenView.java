package id.musrenflow.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** 403 in the user's language: signed in, but this page belongs to another role or territory. */
@AnonymousAllowed
public class ForbiddenView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("403", "error.403.judul", "error.403.teks");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
