package id.musrenflow.lks;

/** BALKS decision (Permensos 8/2025); stored by the accreditation part, shown publicly with its expiry. */
public enum AccreditationGrade { A, B, C, TIDAK_TERAKREDITASI }
