package id.musrenflow.season.ui;

import com.vaadin.flow.component.Component;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.season.SeasonWindow;

/** How a window reads on every season screen: "Usulan RT/RW: 2 Januari 2026 – 15 Januari 2026". */
final class SeasonTexts {

    private SeasonTexts() {
    }

    static String stage(Component in, SeasonWindow window) {
        return in.getTranslation(window.stage().messageKey());
    }

    static String dates(Component in, SeasonWindow window) {
        return IndonesianDates.longDate(window.start(), locale()) + " – "
                + IndonesianDates.longDate(window.end(), locale());
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? null : ui.getLocale();
    }
}
