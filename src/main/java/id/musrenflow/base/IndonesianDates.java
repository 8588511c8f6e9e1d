package id.musrenflow.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Indonesians write them ("22 November 2026", "22/11/2026 14.05"), localized month names. */
public final class IndonesianDates {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private IndonesianDates() {
    }

    public static String longDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", displayLocale(locale)).format(date);
    }

    public static String shortDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }

    public static String dateTime(LocalDateTime dateTime, Locale locale) {
        return dateTime == null ? ""
                : DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", displayLocale(locale)).format(dateTime);
    }

    private static Locale displayLocale(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.UK : INDONESIAN;
    }
}
