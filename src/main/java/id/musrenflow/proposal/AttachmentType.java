package id.musrenflow.proposal;

/** Kinds of attachment an usulan carries: photos of the 0 % condition, land-status evidence, cost plan, other. */
public enum AttachmentType {
    FOTO, BUKTI_LAHAN, RAB, LAINNYA
}
