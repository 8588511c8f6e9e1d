package id.musrenflow.danakelurahan.process;

/** Ids of processes/mode-pelaksanaan.dmn: the decision key, its inputs and outputs. */
public final class ModePelaksanaanDecision {

    public static final String KEY = "Decision_ModePelaksanaan";

    public static final String IN_TAHUN = "tahun";
    public static final String IN_JENIS = "jenis";
    public static final String IN_NILAI = "nilai";
    public static final String IN_ADA_POKMAS_MAMPU = "adaPokmasMampu";
    public static final String IN_ADA_LKK_MAMPU = "adaLkkMampu";
    public static final String IN_KEGIATAN_PELATIHAN = "kegiatanPelatihan";

    public static final String OUT_MODE = "mode";
    public static final String OUT_BENTUK_KONTRAK = "bentukKontrak";
    public static final String OUT_ALASAN = "alasan";

    private ModePelaksanaanDecision() {
    }
}
