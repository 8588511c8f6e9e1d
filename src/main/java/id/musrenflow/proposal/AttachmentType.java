package id.musrenflow.proposal;

/**
 * Kinds of attachment an usulan carries: photos of the 0 % condition, land-status evidence, cost plan, other, and
 * the photos of the finished work (HASIL) the OPD adds when it records the usulan as done.
 */
public enum AttachmentType {
    FOTO, BUKTI_LAHAN, RAB, LAINNYA, HASIL
}
