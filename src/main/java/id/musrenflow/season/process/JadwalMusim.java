package id.musrenflow.season.process;

import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The timer dates of processes/musim-perencanaan.bpmn ({@code ${jadwalMusim.mulai(tahun, tahap)}}): a window opens at
 * 00.00 of its first day and closes at 00.00 after its last day, Western Indonesian Time, as its dates read.
 */
@Component("jadwalMusim")
public class JadwalMusim {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final SeasonService seasons;

    JadwalMusim(SeasonService seasons) {
        this.seasons = seasons;
    }

    public Date mulai(Integer tahun, String tahap) {
        return startOf(seasons.window(tahun, Stage.valueOf(tahap)).start());
    }

    public Date selesai(Integer tahun, String tahap) {
        return startOf(seasons.window(tahun, Stage.valueOf(tahap)).end().plusDays(1));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(WIB).toInstant());
    }
}
