package id.musrenflow.proposal;

/**
 * A catalogue item as the Bappeda admin manages it: retired items ({@code active} false) are no longer offered to
 * proposers but stay for the usulan that chose them. {@code version} is the one read before an edit, so a change
 * saved meanwhile by another admin is refused instead of overwritten.
 */
public record CatalogueEntry(CatalogueItem item, boolean active, String retiredReason, long version) {

    public long id() {
        return item.id();
    }
}
