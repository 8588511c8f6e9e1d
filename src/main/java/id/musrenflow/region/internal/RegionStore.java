package id.musrenflow.region.internal;

import id.musrenflow.base.BusinessException;
import id.musrenflow.region.Level;
import id.musrenflow.region.Territory;
import id.musrenflow.region.TerritoryCodes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Persistence of the region hierarchy; kept inside the module so other modules only see {@link Territory}. */
@Component
public class RegionStore {

    private final WilayahRepository repository;

    RegionStore(WilayahRepository repository) {
        this.repository = repository;
    }

    public Optional<Territory> find(String code) {
        return code == null ? Optional.empty() : repository.findById(code).map(WilayahEntity::toTerritory);
    }

    public List<Territory> byLevel(Level level) {
        return repository.findByTingkatOrderByKode(level).stream().map(WilayahEntity::toTerritory).toList();
    }

    public List<Territory> children(String parentCode) {
        return repository.findByKodeIndukOrderByKode(parentCode).stream().map(WilayahEntity::toTerritory).toList();
    }

    public Map<String, Long> childCounts(String parentCode) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : repository.countGrandchildrenByChild(parentCode)) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public long count(Level level) {
        return repository.countByTingkat(level);
    }

    public int nextNumber(String parentCode) {
        return repository.maxNumberUnder(parentCode) + 1;
    }

    public Territory create(Territory parent, int number, String label) {
        String code = TerritoryCodes.child(parent.code(), number);
        if (repository.existsById(code)) {
            throw new BusinessException("wilayah.error.nomor-sudah-ada", TerritoryCodes.threeDigits(number));
        }
        Level level = parent.level().child();
        String name = label == null || label.isBlank()
                ? level.name() + " " + TerritoryCodes.threeDigits(number) : label.strip();
        return repository.save(new WilayahEntity(code, name, level, parent.code(), number)).toTerritory();
    }

    public Territory rename(String code, String name) {
        WilayahEntity entity = repository.findById(code).orElseThrow();
        entity.rename(name);
        return entity.toTerritory();
    }

    public Territory setActive(String code, boolean active) {
        WilayahEntity entity = repository.findById(code).orElseThrow();
        entity.setActive(active);
        return entity.toTerritory();
    }

    public void delete(String code) {
        repository.deleteById(code);
        repository.flush();
    }

    public String describe(String code) {
        List<String> chain = TerritoryCodes.selfAndAncestors(code);
        StringBuilder label = new StringBuilder();
        for (String c : chain) {
            Territory t = find(c).orElse(null);
            if (t == null) {
                continue;
            }
            switch (t.level()) {
                case RT -> label.append(t.shortLabel()).append(" / ");
                case RW -> label.append(t.shortLabel()).append(' ');
                case KELURAHAN -> label.append(t.name());
                default -> {
                    if (label.isEmpty()) {
                        label.append(t.name());
                    }
                }
            }
        }
        return label.toString().strip();
    }
}
