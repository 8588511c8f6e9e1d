package id.musrenflow.proposal;

import java.time.LocalDateTime;

/**
 * What the proposer keeps after submitting: the usulan number to track it by, its title, when it was submitted, who
 * proposed it (account holder's name and the position group they proposed in), the kelurahan, and the public tracking
 * address the QR code carries.
 */
public record ProposalReceipt(String number, String title, LocalDateTime submittedAt, String proposer,
                              String proposerPosition, String residentName, String area, String trackingUrl) {
}
