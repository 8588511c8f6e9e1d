package id.musrenflow.reference;

import java.util.List;

/** A perangkat daerah (OPD) and the bidang urusan it is responsible for. */
public record Opd(Long id, String code, String name, String shortName, boolean active, List<String> fields) {
}
