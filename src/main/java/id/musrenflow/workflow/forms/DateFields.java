package id.musrenflow.workflow.forms;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.io.Serializable;

/** Date, date-time and time pickers showing dates as Indonesians write them (dd/MM/yyyy, weeks from Monday). */
final class DateFields implements Serializable {

    private static final int MONDAY = 1;

    private final FormTexts texts;
    private final FormContext context;

    DateFields(FormTexts texts, FormContext context) {
        this.texts = texts;
        this.context = context;
    }

    /** The picker offers only the days the server accepts, and names the limit when a typed day breaks it. */
    DatePicker date(FieldRules rules, Object initial) {
        DatePicker field = new DatePicker();
        DatePicker.DatePickerI18n i18n = datePickerI18n();
        context.earliest(rules).ifPresent(limit -> {
            field.setMin(limit.day());
            i18n.setMinErrorMessage(texts.translate(limit.messageKey(), limit.shown()));
        });
        context.latest(rules).ifPresent(limit -> {
            field.setMax(limit.day());
            i18n.setMaxErrorMessage(texts.translate(limit.messageKey(), limit.shown()));
        });
        field.setI18n(i18n);
        FieldValues.date(initial).ifPresent(field::setValue);
        return field;
    }

    DateTimePicker dateTime(FieldRules rules, Object initial) {
        DateTimePicker field = new DateTimePicker();
        field.setDatePickerI18n(datePickerI18n());
        context.earliest(rules).ifPresent(limit -> field.setMin(limit.day().atStartOfDay()));
        context.latest(rules).ifPresent(limit -> field.setMax(limit.day().plusDays(1).atStartOfDay().minusMinutes(1)));
        field.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setRequiredErrorMessage(texts.translate(FieldError.REQUIRED))
                .setBadInputErrorMessage(texts.translate(FieldError.INVALID_DATE))
                .setIncompleteInputErrorMessage(texts.translate(FieldError.INVALID_DATE)));
        FieldValues.dateTime(initial).ifPresent(field::setValue);
        return field;
    }

    TimePicker time(Object initial) {
        TimePicker field = new TimePicker();
        field.setI18n(new TimePicker.TimePickerI18n()
                .setRequiredErrorMessage(texts.translate(FieldError.REQUIRED))
                .setBadInputErrorMessage(texts.translate(FieldError.INVALID_DATE)));
        FieldValues.time(initial).ifPresent(field::setValue);
        return field;
    }

    private DatePicker.DatePickerI18n datePickerI18n() {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(texts.translateList("form.tanggal.bulan"))
                .setWeekdays(texts.translateList("form.tanggal.hari"))
                .setWeekdaysShort(texts.translateList("form.tanggal.hari-singkat"))
                .setToday(texts.translate("form.tanggal.hari-ini"))
                .setCancel(texts.translate("form.tanggal.batal"))
                .setDateFormat(texts.translate("form.tanggal.format"))
                .setFirstDayOfWeek(MONDAY)
                .setRequiredErrorMessage(texts.translate(FieldError.REQUIRED))
                .setBadInputErrorMessage(texts.translate(FieldError.INVALID_DATE));
    }
}
