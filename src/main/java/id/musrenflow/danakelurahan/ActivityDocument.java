package id.musrenflow.danakelurahan;

import java.time.LocalDateTime;

/** A stored document or photo of an activity (without its content). {@code tag} is 0, 50 or 100 for photos. */
public record ActivityDocument(long id, DocumentKind kind, Integer tag, Long reportId, String fileName,
                               String contentType, int size, String uploadedBy, LocalDateTime uploadedAt) {
}
