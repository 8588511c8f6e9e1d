package id.musrenflow.lks;

import java.time.LocalDateTime;

/** One change of a registry entry, its officers or its LKKS membership: who, when, what and why. */
public record OrganisationChange(LocalDateTime at, String actor, String event, String detail, String reason) {
}
