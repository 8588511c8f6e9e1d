package id.musrenflow.monitoring;

import java.util.List;

/**
 * One row of a breakdown: a child territory, an OPD, a bidang or an origin ({@code key} its code or enum name, null
 * for usulan without an OPD yet), its readable {@code name}, all its submitted usulan, the same by stage (stages
 * with usulan only), and for a territory the dashboard one level down ({@code drillDown}, null when the reader may
 * not open it).
 */
public record GroupFigures(String key, String name, Figure total, List<StageCount> stages, String drillDown) {
}
