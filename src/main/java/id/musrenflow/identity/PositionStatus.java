package id.musrenflow.identity;

/** Definitive holder, or acting official: Pelaksana Tugas (Plt) or Pelaksana Harian (Plh). */
public enum PositionStatus {
    DEFINITIF, PLT, PLH;

    public boolean acting() {
        return this != DEFINITIF;
    }
}
