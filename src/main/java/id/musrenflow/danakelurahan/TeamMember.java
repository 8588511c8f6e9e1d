package id.musrenflow.danakelurahan;

/** One member of a swakelola team, with their role in it (ketua, sekretaris, anggota...). */
public record TeamMember(Team team, String name, String role) {
}
