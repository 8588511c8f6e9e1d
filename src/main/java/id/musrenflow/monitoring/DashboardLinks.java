package id.musrenflow.monitoring;

/** Links between the planners' screens, as query parameters like the register's. */
public final class DashboardLinks {

    public static final String DASHBOARD_ROUTE = "pemantauan";
    public static final String DURATIONS_ROUTE = "pemantauan/durasi";

    private DashboardLinks() {
    }

    /** "pemantauan?tahun=2027&wilayah=33.75.01" */
    public static String dashboard(int year, String territory) {
        return DASHBOARD_ROUTE + "?tahun=" + year + "&wilayah=" + territory;
    }

    public static String durations(int year, String territory) {
        return DURATIONS_ROUTE + "?tahun=" + year + "&wilayah=" + territory;
    }
}
