package id.musrenflow.proposal;

import java.time.LocalDateTime;
import java.util.List;

/** What anyone may see of an usulan without signing in: no names, no usernames, no phone numbers. */
public record PublicTracking(String number, String title, String kelurahan, ProposalStatus status,
                             List<Step> timeline) {

    /** One step: when, to which status, and the reason given (reason code and text). */
    public record Step(LocalDateTime at, ProposalStatus status, String reasonCode, String reason) {
    }
}
