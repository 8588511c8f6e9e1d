package id.musrenflow.monitoring.web;

import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.monitoring.RegisterExports;
import id.musrenflow.monitoring.RegisterParameters;
import id.musrenflow.proposal.RegisterFilter;
import id.musrenflow.season.SeasonService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the register ({@code /unduh/pemantauan/usulan.xlsx|csv|sipd?tahun=..&wilayah=..}, signed in, the
 * reader's reach) and the public open data ({@code /unduh/data-terbuka/usulan-2027.csv|json}, no sign-in). Streamed
 * straight to the response; a refusal answers with its message in the reader's language as plain text.
 */
@RestController
class RegisterDownloads {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegisterExports exports;
    private final SeasonService seasons;

    RegisterDownloads(RegisterExports exports, SeasonService seasons) {
        this.exports = exports;
        this.seasons = seasons;
    }

    @GetMapping("/unduh/pemantauan/usulan.{format}")
    void register(@PathVariable String format, @RequestParam Map<String, String> query,
                  @AuthenticationPrincipal AuthenticatedUser user, HttpServletResponse response) throws IOException {
        Locale locale = "en".equals(query.get("bahasa")) ? Locale.ENGLISH : Locale.forLanguageTag("id-ID");
        RegisterExports.Format chosen = switch (format) {
            case "xlsx" -> RegisterExports.Format.XLSX;
            case "csv" -> RegisterExports.Format.CSV;
            case "sipd" -> RegisterExports.Format.SIPD;
            default -> null;
        };
        if (chosen == null || user == null) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        query.forEach((k, v) -> parameters.put(k, List.of(v)));
        RegisterFilter filter = RegisterParameters.parse(parameters, seasons.planningYear());
        String name = "usulan-" + filter.year() + (filter.territory() == null ? "" : "-" + filter.territory())
                + (chosen == RegisterExports.Format.SIPD ? "-sipd.xlsx" : "." + format);
        try {
            // checked before the first byte, so a refusal is a clean answer rather than half a file
            exports.check(filter, user, locale);
        } catch (BusinessException e) {
            refuse(response, e.messageKey().equals("pemantauan.error.tidak-berwenang") ? HttpStatus.FORBIDDEN
                    : HttpStatus.UNPROCESSABLE_ENTITY, exports.message(e, locale));
            return;
        }
        response.setContentType(chosen == RegisterExports.Format.CSV ? "text/csv; charset=UTF-8" : XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        exports.write(chosen, filter, user, locale, response.getOutputStream());
    }

    @GetMapping("/unduh/data-terbuka/usulan-{year}.{format}")
    void openData(@PathVariable int year, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        if (!Arrays.asList("csv", "json").contains(format) || year < 2000 || year > 2100) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        boolean json = "json".equals(format);
        response.setContentType(json ? "application/json" : "text/csv; charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"usulan-" + year + "." + format + "\"");
        exports.openData(year, json, response.getOutputStream());
    }

    private static void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
