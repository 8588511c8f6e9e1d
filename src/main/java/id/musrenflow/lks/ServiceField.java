package id.musrenflow.lks;

/** Field of service (bidang layanan): who the organisation serves. */
public enum ServiceField { ANAK, DISABILITAS, LANJUT_USIA, KEMISKINAN, REHABILITASI_SOSIAL, KORBAN_BENCANA, LAINNYA }
