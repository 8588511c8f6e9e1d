package id.musrenflow.region;

/**
 * Implemented by modules that refer to territories (positions, usulan...). A referenced RW or RT is never
 * deleted, only deactivated.
 */
public interface RegionReferences {

    boolean isReferenced(String territoryCode);
}
