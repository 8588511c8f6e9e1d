package id.musrenflow.lks;

import java.time.LocalDateTime;

/** A checklist document without its bytes. */
public record LksDocument(long id, DocumentType type, String fileName, String contentType, int size,
                          String uploadedBy, LocalDateTime uploadedAt) {
}
