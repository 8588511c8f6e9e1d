package id.musrenflow.season.internal;

import id.musrenflow.season.Season;
import id.musrenflow.season.SeasonStatus;
import id.musrenflow.season.SeasonWindow;
import id.musrenflow.season.Stage;
import id.musrenflow.season.WindowDraft;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for seasons and their windows; callers hold the transaction. A city has one season a year. */
@Component
public class SeasonStore {

    private static final String SEASON = "select tahun, status, dibuka_oleh, dibuka_pada, ditutup_oleh, ditutup_pada, "
            + "version from musim_perencanaan";
    private static final String WINDOW = "select tahun, tahap, mulai, selesai, selesai_semula, alasan_perpanjangan, "
            + "dicatat_dibuka, dicatat_ditutup from musim_jendela";

    private final JdbcClient jdbc;

    SeasonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Season> find(int planningYear) {
        return jdbc.sql(SEASON + " where tahun = ?").param(planningYear).query(this::header).optional()
                .map(header -> header.with(windows(planningYear)));
    }

    /** Every season, oldest first: one row a year, so the list stays short. */
    public List<Season> all() {
        Map<Integer, List<SeasonWindow>> windows = jdbc.sql(WINDOW).query(SeasonStore::window).list().stream()
                .collect(Collectors.groupingBy(SeasonWindow::planningYear));
        return jdbc.sql(SEASON + " order by tahun").query(this::header).list().stream()
                .map(h -> h.with(windows.getOrDefault(h.year, List.of()))).toList();
    }

    public void insert(int planningYear, List<WindowDraft> windows, String actor, LocalDateTime now) {
        jdbc.sql("insert into musim_perencanaan (tahun, status, dibuka_oleh, dibuka_pada) values (?, 'DIBUKA', ?, ?)")
                .params(planningYear, actor, Timestamp.valueOf(now)).update();
        for (WindowDraft window : windows) {
            jdbc.sql("insert into musim_jendela (tahun, tahap, mulai, selesai, selesai_semula) values (?, ?, ?, ?, ?)")
                    .params(planningYear, window.stage().name(), Date.valueOf(window.start()),
                            Date.valueOf(window.end()), Date.valueOf(window.end())).update();
        }
    }

    public void setProcessInstance(int planningYear, String instanceId) {
        jdbc.sql("update musim_perencanaan set process_instance_id = ? where tahun = ?")
                .params(instanceId, planningYear).update();
    }

    /** Moves the season's version on, or returns false when someone else changed it since {@code version}. */
    public boolean touch(int planningYear, long version) {
        return jdbc.sql("update musim_perencanaan set version = version + 1 where tahun = ? and version = ?")
                .params(planningYear, version).update() == 1;
    }

    public void extend(int planningYear, Stage stage, LocalDate end, String reason) {
        jdbc.sql("update musim_jendela set selesai = ?, alasan_perpanjangan = ?, dicatat_ditutup = null "
                        + "where tahun = ? and tahap = ?")
                .params(Date.valueOf(end), reason, planningYear, stage.name()).update();
    }

    public void recordOpened(int planningYear, Stage stage, LocalDateTime at) {
        jdbc.sql("update musim_jendela set dicatat_dibuka = ? where tahun = ? and tahap = ?")
                .params(Timestamp.valueOf(at), planningYear, stage.name()).update();
    }

    public void recordClosed(int planningYear, Stage stage, LocalDateTime at) {
        jdbc.sql("update musim_jendela set dicatat_ditutup = ? where tahun = ? and tahap = ?")
                .params(Timestamp.valueOf(at), planningYear, stage.name()).update();
    }

    public void close(int planningYear, String actor, LocalDateTime at) {
        jdbc.sql("update musim_perencanaan set status = 'DITUTUP', ditutup_oleh = ?, ditutup_pada = ? where tahun = ?")
                .params(actor, Timestamp.valueOf(at), planningYear).update();
    }

    private List<SeasonWindow> windows(int planningYear) {
        return jdbc.sql(WINDOW + " where tahun = ?").param(planningYear).query(SeasonStore::window).list();
    }

    private static SeasonWindow window(ResultSet rs, int row) throws SQLException {
        return new SeasonWindow(rs.getInt(1), Stage.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(),
                rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getString(6), time(rs.getTimestamp(7)),
                time(rs.getTimestamp(8)));
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }

    private Header header(ResultSet rs, int row) throws SQLException {
        return new Header(rs.getInt(1), SeasonStatus.valueOf(rs.getString(2)), rs.getString(3),
                rs.getTimestamp(4).toLocalDateTime(), rs.getString(5), time(rs.getTimestamp(6)), rs.getLong(7));
    }

    private record Header(int year, SeasonStatus status, String openedBy, LocalDateTime openedAt, String closedBy,
                          LocalDateTime closedAt, long version) {

        Season with(List<SeasonWindow> windows) {
            return new Season(year, status, windows.stream().sorted(Comparator.comparing(SeasonWindow::stage)).toList(),
                    openedBy, openedAt, closedBy, closedAt, version);
        }
    }
}
