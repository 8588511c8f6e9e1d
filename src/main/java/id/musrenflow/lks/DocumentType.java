package id.musrenflow.lks;

/**
 * The registration checklist (domain.md §3: 11–17 documents). {@code required} ones must be uploaded before an
 * application can be submitted; the others support it.
 */
public enum DocumentType {
    SURAT_PERMOHONAN(true),
    AKTA_PENDIRIAN(true),
    AD_ART(true),
    SUSUNAN_PENGURUS(true),
    KTP_PENGURUS(true),
    SURAT_DOMISILI(true),
    NPWP(true),
    REKENING_BANK(true),
    PROGRAM_KERJA(true),
    DATA_PEGAWAI(false),
    SARANA_PRASARANA(false),
    REKAP_PENERIMA_MANFAAT(true),
    REKOMENDASI_KELURAHAN(true),
    REKOMENDASI_KECAMATAN(true),
    /** Accreditation only: the self-assessment instrument as a document, optional evidence beside the structured one. */
    INSTRUMEN_PENILAIAN_MANDIRI(false);

    private final boolean required;

    DocumentType(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }
}
