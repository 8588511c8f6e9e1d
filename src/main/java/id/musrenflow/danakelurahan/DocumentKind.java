package id.musrenflow.danakelurahan;

import java.util.Set;

/** Documents of an activity and the file types each accepts (judged by content, not by name). */
public enum DocumentKind {
    PROPOSAL(FileType.PDF), RAB(FileType.PDF, FileType.XLSX, FileType.JPEG, FileType.PNG), KONTRAK(FileType.PDF),
    LPJ(FileType.PDF, FileType.XLSX, FileType.JPEG, FileType.PNG), BAST(FileType.PDF, FileType.JPEG, FileType.PNG),
    FOTO(FileType.JPEG, FileType.PNG);

    private final Set<FileType> accepted;

    DocumentKind(FileType... accepted) {
        this.accepted = Set.of(accepted);
    }

    public Set<FileType> accepted() {
        return accepted;
    }

    /** File types told apart by their first bytes. */
    public enum FileType {
        PDF("application/pdf"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        JPEG("image/jpeg"), PNG("image/png");

        private final String contentType;

        FileType(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }
}
