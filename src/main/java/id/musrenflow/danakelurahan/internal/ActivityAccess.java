package id.musrenflow.danakelurahan.internal;

import id.musrenflow.base.BusinessException;
import id.musrenflow.danakelurahan.ImplementationMode;
import id.musrenflow.danakelurahan.internal.ActivityStore.ActivityRow;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see and work on an activity: the kelurahan's Lurah and staff, the kecamatan's Camat and staff, the Pokmas
 * the activity is assigned to (only that one), and city-wide readers (pemantau, Bappeda).
 */
@Component
public class ActivityAccess {

    /** A where clause over kegiatan_kelurahan and its parameters. */
    public record Condition(String sql, List<Object> params) {
    }

    public static String kecamatanOf(String kelurahanCode) {
        return kelurahanCode.substring(0, kelurahanCode.lastIndexOf('.'));
    }

    public static String implementerGroup(ActivityRow a) {
        return a.mode() == ImplementationMode.SWAKELOLA_TIPE_IV && a.pokmasCode() != null
                ? "pokmas:" + a.kelurahanCode() + ":" + a.pokmasCode() : "staf-kelurahan:" + a.kelurahanCode();
    }

    public boolean canRead(ActivityRow a, AuthenticatedUser user) {
        String kecamatan = kecamatanOf(a.kelurahanCode());
        var groups = user.groups();
        return cityWide(user) || groups.contains("lurah:" + a.kelurahanCode())
                || groups.contains("staf-kelurahan:" + a.kelurahanCode()) || groups.contains("camat:" + kecamatan)
                || groups.contains("staf-kecamatan:" + kecamatan)
                || (a.pokmasCode() != null && groups.contains("pokmas:" + a.kelurahanCode() + ":" + a.pokmasCode()));
    }

    public void requireReader(ActivityRow a, AuthenticatedUser user) {
        if (!canRead(a, user)) {
            throw new BusinessException("kegiatan.error.bukan-untuk-anda");
        }
    }

    /** The Pokmas for swakelola tipe IV, the kelurahan staff otherwise. */
    public void requireImplementer(ActivityRow a, AuthenticatedUser user) {
        if (!user.groups().contains(implementerGroup(a))) {
            throw new BusinessException("kegiatan.error.bukan-pelaksana");
        }
    }

    public void requireStaff(ActivityRow a, AuthenticatedUser user) {
        if (!user.groups().contains("staf-kelurahan:" + a.kelurahanCode())) {
            throw new BusinessException("kegiatan.error.bukan-staf");
        }
    }

    public Condition visibleTo(AuthenticatedUser user) {
        if (cityWide(user)) {
            return new Condition("true", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (String group : user.groups()) {
            String[] p = group.split(":");
            if (p.length == 2 && (p[0].equals("lurah") || p[0].equals("staf-kelurahan"))) {
                parts.add("kode_kelurahan = ?");
                params.add(p[1]);
            } else if (p.length == 2 && (p[0].equals("camat") || p[0].equals("staf-kecamatan"))) {
                parts.add("kode_kelurahan like ?");
                params.add(p[1].replace("%", "") + ".%");
            } else if (p.length == 3 && p[0].equals("pokmas")) {
                parts.add("(kode_kelurahan = ? and kode_pokmas = ?)");
                params.add(p[1]);
                params.add(p[2]);
            }
        }
        return parts.isEmpty() ? new Condition("false", List.of())
                : new Condition("(" + String.join(" or ", parts) + ")", params);
    }

    private static boolean cityWide(AuthenticatedUser user) {
        return user.hasRole(PositionType.PEMANTAU) || user.hasRole(PositionType.BAPPEDA)
                || user.hasRole(PositionType.BAPPEDA_ADMIN);
    }
}
