package id.musrenflow.proposal;

/** A carried-over usulan: usulan ke-{@code repeat}, continuing the usulan numbered {@code from}. */
public record Lineage(int repeat, String from) {
}
