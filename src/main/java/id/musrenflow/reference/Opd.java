package id.musrenflow.reference;

import java.util.List;

/**
 * A perangkat daerah (OPD) and the bidang urusan it is responsible for. {@code version} is the one read before an
 * edit, so a change saved meanwhile by another administrator is refused instead of overwritten.
 */
public record Opd(Long id, String code, String name, String shortName, boolean active, List<String> fields,
                  long version) {
}
