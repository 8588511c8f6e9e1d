package id.musrenflow.calendar.internal;

import id.musrenflow.calendar.WorkingCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CalendarConfiguration {

    /** One calendar for the application, so that its kept years are shared by every deadline. */
    @Bean
    WorkingCalendar workingCalendar(HolidayStore holidays) {
        return new WorkingCalendar(holidays);
    }
}
