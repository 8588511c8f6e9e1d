/**
 * Pemantauan: the planners' view of the season. The dashboard (funnel by stage, breakdowns, durations), the
 * register of usulan with its exports, late work across every process, the process diagrams with counts, and the
 * map. It reads the other modules through their APIs (the usulan through {@code ProposalRegister}, which
 * aggregates in SQL beside the tables); engine queries live only in the {@code process} sub-package. Who sees what
 * is {@link id.musrenflow.monitoring.MonitoringAccess}: the same rule for every screen, export and query.
 */
package id.musrenflow.monitoring;
