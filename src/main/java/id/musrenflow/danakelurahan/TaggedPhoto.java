package id.musrenflow.danakelurahan;

/** A progress photo with the stage of the work it shows: 0, 50 or 100 %. */
public record TaggedPhoto(int tag, UploadedFile file) {
}
