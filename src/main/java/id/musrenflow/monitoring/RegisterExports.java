package id.musrenflow.monitoring;

import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.monitoring.internal.ExportColumns;
import id.musrenflow.monitoring.internal.RowSink;
import id.musrenflow.proposal.ProposalReach;
import id.musrenflow.proposal.ProposalRegister;
import id.musrenflow.proposal.RegisterFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The register's downloads: every field and every level's decision as Excel (streamed, a bounded number of rows in
 * memory) or CSV, the SIPD-style forum results (docs/ekspor-sipd.md), and the public open data of a year without
 * personal data (CSV and JSON). A selection larger than {@code musrenflow.pemantauan.batas-ekspor} is refused with
 * a message naming the limit.
 */
@Service
public class RegisterExports {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    public static final String PATH = "/unduh/pemantauan/usulan.";
    public static final String OPEN_DATA_PATH = "/unduh/data-terbuka/usulan-";

    private final ProposalRegister register;
    private final MonitoringAccess access;
    private final ExportColumns columns;
    private final MessageSource messages;
    private final int limit;

    RegisterExports(ProposalRegister register, MonitoringAccess access, ExportColumns columns, MessageSource messages,
                    @Value("${musrenflow.pemantauan.batas-ekspor:20000}") int limit) {
        this.register = register;
        this.access = access;
        this.columns = columns;
        this.messages = messages;
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    /** "/unduh/pemantauan/usulan.xlsx?tahun=2027&wilayah=..." for {@code format} xlsx, csv or sipd. */
    public static String url(String format, RegisterFilter filter) {
        String query = RegisterParameters.link(filter).substring(RegisterParameters.REGISTER_ROUTE.length());
        return PATH + format + query;
    }

    public enum Format { XLSX, CSV, SIPD }

    /** Writes the reader's selection; refuses readers without a planner's view and selections over the limit. */
    public void write(Format format, RegisterFilter filter, AuthenticatedUser user, Locale locale, OutputStream out)
            throws IOException {
        ProposalReach reach = check(filter, user, locale);
        List<ExportColumns.Column> chosen = switch (format) {
            case XLSX, CSV -> columns.full();
            case SIPD -> columns.sipd();
        };
        try (RowSink sink = format == Format.CSV ? RowSink.csv(out, true) : RowSink.xlsx(out,
                text(format == Format.SIPD ? "pemantauan.ekspor.lembar-sipd" : "pemantauan.ekspor.lembar", locale))) {
            sink.header(chosen.stream().map(c -> c.header(messages, locale)).toList());
            register.export(filter, reach, row -> sink.row(chosen.stream().map(c -> c.value(row, locale)).toList()));
        }
    }

    /** The reader's reach for this selection, or a refusal (no planner's view, a territory out of reach, too many). */
    public ProposalReach check(RegisterFilter filter, AuthenticatedUser user, Locale locale) {
        if (!access.mayMonitor(user)) {
            throw new BusinessException("pemantauan.error.tidak-berwenang");
        }
        if (filter.territory() != null && !access.mayView(user, filter.territory())) {
            throw new BusinessException("pemantauan.error.wilayah", filter.territory());
        }
        ProposalReach reach = access.reach(user);
        long count = register.count(filter, reach);
        if (count > limit) {
            throw new BusinessException("pemantauan.ekspor.terlalu-banyak", String.format(INDONESIAN, "%,d", limit),
                    String.format(INDONESIAN, "%,d", count));
        }
        return reach;
    }

    /** The public open data of a planning year: every submitted usulan of the city, no personal data. */
    public void openData(int year, boolean json, OutputStream out) throws IOException {
        List<ExportColumns.Column> chosen = columns.openData();
        Locale locale = Locale.forLanguageTag("id-ID");
        try (RowSink sink = json ? RowSink.json(out) : RowSink.csv(out, false)) {
            sink.header(chosen.stream().map(ExportColumns.Column::key).toList());
            register.export(RegisterFilter.ofYear(year), ProposalReach.CITY,
                    row -> sink.row(chosen.stream().map(c -> c.value(row, locale)).toList()));
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    public String message(BusinessException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }
}
