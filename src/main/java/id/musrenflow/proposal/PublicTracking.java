package id.musrenflow.proposal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What anyone may see of an usulan without signing in: no names, no usernames, no phone numbers, no notes; after
 * the RKPD the budget, dates and realisation the OPD recorded (public budget facts).
 */
public record PublicTracking(String number, String title, String kelurahan, ProposalStatus status,
                             List<Step> timeline, ProposalExecution execution) {

    /** One step: when, to which status, and the reason given (reason code and text). */
    public record Step(LocalDateTime at, ProposalStatus status, String reasonCode, String reason) {
    }
}
