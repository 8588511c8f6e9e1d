package id.musrenflow.proposal;

import java.time.LocalDateTime;

/** A stored photo or document of an usulan, without its bytes (read them with ProposalService.attachmentContent). */
public record Attachment(long id, long proposalId, AttachmentType type, String fileName, String contentType, int size,
                         boolean hasThumbnail, String uploadedBy, LocalDateTime uploadedAt) {

    public boolean image() {
        return contentType != null && contentType.startsWith("image/");
    }
}
