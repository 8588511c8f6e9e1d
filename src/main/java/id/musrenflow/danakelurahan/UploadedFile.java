package id.musrenflow.danakelurahan;

/** A file as the user sent it; its type is judged from its content when it is stored. */
public record UploadedFile(String fileName, byte[] content) {
}
