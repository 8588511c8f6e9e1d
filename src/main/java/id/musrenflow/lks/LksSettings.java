package id.musrenflow.lks;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.unit.DataSize;

/**
 * Rules of registration the city may change (musrenflow.lks.*): the 14 working days Dinas Sosial has once an
 * application is complete, public holidays (the movable ones are set yearly by SKB 3 Menteri, so they are data),
 * reminder and escalation timing, the validity of a registration and when to remind of its renewal.
 */
@ConfigurationProperties("musrenflow.lks")
public record LksSettings(DataSize maxDocumentSize, int verificationWorkingDays,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> holidays,
                          Duration reminderBeforeDue, Duration escalationAfterDue, Set<String> escalationGroups,
                          Period registrationValidity, Period renewalReminderBefore) {

    public LksSettings {
        maxDocumentSize = maxDocumentSize == null ? DataSize.ofMegabytes(5) : maxDocumentSize;
        verificationWorkingDays = verificationWorkingDays <= 0 ? 14 : verificationWorkingDays;
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        reminderBeforeDue = reminderBeforeDue == null ? Duration.ofDays(3) : reminderBeforeDue;
        escalationAfterDue = escalationAfterDue == null ? Duration.ZERO : escalationAfterDue;
        escalationGroups = escalationGroups == null || escalationGroups.isEmpty() ? Set.of("pemantau")
                : Set.copyOf(escalationGroups);
        registrationValidity = registrationValidity == null ? Period.ofYears(5) : registrationValidity;
        renewalReminderBefore = renewalReminderBefore == null ? Period.ofDays(60) : renewalReminderBefore;
    }
}
