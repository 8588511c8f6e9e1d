package id.musrenflow.lks;

/** The five assessed components of an accreditation (domain.md §3); each scored 0–100 by the assessor. */
public enum AccreditationComponent {
    PROGRAM, SDM, MANAJEMEN, SARPRAS, HASIL_LAYANAN;

    /** The process variable / form field of this component's score: nilaiProgram, nilaiSdm, ... */
    public String variable() {
        return switch (this) {
            case PROGRAM -> "nilaiProgram";
            case SDM -> "nilaiSdm";
            case MANAJEMEN -> "nilaiManajemen";
            case SARPRAS -> "nilaiSarpras";
            case HASIL_LAYANAN -> "nilaiHasilLayanan";
        };
    }
}
