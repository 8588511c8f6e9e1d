package id.musrenflow.reference;

/** An entry of the Kemendagri nomenclature: urusan, bidang urusan, program, kegiatan or sub kegiatan. */
public record Classification(String code, String name, String kind) {
}
