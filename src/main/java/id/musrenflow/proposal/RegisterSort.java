package id.musrenflow.proposal;

/** Orders of the register; every order ends on the number so pages never overlap. */
public enum RegisterSort {
    NUMBER("u.nomor"),
    TITLE("u.judul"),
    STATUS("u.status"),
    KELURAHAN("u.kode_kelurahan"),
    COST("u.biaya"),
    CHANGED("u.diubah_pada"),
    DUE("u.tenggat");

    private final String column;

    RegisterSort(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
