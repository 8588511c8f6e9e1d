package id.musrenflow.region;

import java.util.ArrayList;
import java.util.List;

/** Pure functions on territory codes. */
public final class TerritoryCodes {

    public static final String KOTA_PEKALONGAN = "33.75";

    private TerritoryCodes() {
    }

    /** True when {@code inner} is {@code outer} itself or lies below it. */
    public static boolean contains(String outer, String inner) {
        return inner != null && outer != null && (inner.equals(outer) || inner.startsWith(outer + "."));
    }

    public static String threeDigits(Integer number) {
        return number == null ? "" : String.format("%03d", number);
    }

    public static String child(String parentCode, int number) {
        return parentCode + "." + threeDigits(number);
    }

    /** The code and all its ancestors up to the city, innermost first. */
    public static List<String> selfAndAncestors(String code) {
        List<String> codes = new ArrayList<>();
        String current = code;
        while (current != null && contains(KOTA_PEKALONGAN, current)) {
            codes.add(current);
            int dot = current.lastIndexOf('.');
            current = current.equals(KOTA_PEKALONGAN) || dot < 0 ? null : current.substring(0, dot);
        }
        return codes;
    }
}
