package id.musrenflow.danakelurahan;

/** The teams a swakelola implementer forms (Perpres 16/2018 art. 12: persiapan, pelaksana, pengawas). */
public enum Team {
    PERSIAPAN, PELAKSANA, PENGAWAS
}
