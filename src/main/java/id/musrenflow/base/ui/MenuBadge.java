package id.musrenflow.base.ui;

/**
 * A count shown beside a navigation entry (open tasks beside "Tugas", for instance). Modules contribute these as
 * beans; {@link #count()} runs in the signed-in user's request and is asked again after every navigation.
 */
public interface MenuBadge {

    /** The route path of the entry the count belongs to, as in {@code @Route} (e.g. "tugas"). */
    String path();

    /** What to show; zero hides the badge. */
    int count();
}
