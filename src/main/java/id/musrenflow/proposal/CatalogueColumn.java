package id.musrenflow.proposal;

/**
 * The fields of a catalogue item, in the column order of the catalogue workbook; a problem names the one it
 * concerns, so the dialog shows it on that field and the import report names the column.
 */
public enum CatalogueColumn {
    KODE, NAMA, JENIS, BIDANG, SATUAN, HARGA_SATUAN, OPD, NAMA_OPD, BIDANG_URUSAN, SUB_KEGIATAN, DANA_KELURAHAN,
    WAJIB_FOTO, WAJIB_KOORDINAT, WAJIB_BUKTI_LAHAN, AKTIF;

    /** Message key of the column header and field label. */
    public String labelKey() {
        return "kamus.kolom." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The spreadsheet's column letter (A, B ...). */
    public String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }
}
