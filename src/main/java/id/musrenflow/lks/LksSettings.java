package id.musrenflow.lks;

import java.time.Duration;
import java.time.Period;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Rules of registration the city may change (musrenflow.lks.*): the 14 working days Dinas Sosial has once an
 * application is complete (counted on the city's working calendar, whose holidays the Bappeda admin keeps), reminder
 * and escalation timing, the validity of a registration and when to remind of its renewal.
 */
@ConfigurationProperties("musrenflow.lks")
public record LksSettings(DataSize maxDocumentSize, int verificationWorkingDays, Duration reminderBeforeDue,
                          Duration escalationAfterDue, Set<String> escalationGroups, Period registrationValidity,
                          Period renewalReminderBefore) {

    public LksSettings {
        maxDocumentSize = maxDocumentSize == null ? DataSize.ofMegabytes(5) : maxDocumentSize;
        verificationWorkingDays = verificationWorkingDays <= 0 ? 14 : verificationWorkingDays;
        reminderBeforeDue = reminderBeforeDue == null ? Duration.ofDays(3) : reminderBeforeDue;
        escalationAfterDue = escalationAfterDue == null ? Duration.ZERO : escalationAfterDue;
        escalationGroups = escalationGroups == null || escalationGroups.isEmpty() ? Set.of("pemantau")
                : Set.copyOf(escalationGroups);
        registrationValidity = registrationValidity == null ? Period.ofYears(5) : registrationValidity;
        renewalReminderBefore = renewalReminderBefore == null ? Period.ofDays(60) : renewalReminderBefore;
    }
}
