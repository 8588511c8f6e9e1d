package id.musrenflow.identity.ui;

import id.musrenflow.identity.PositionLabels;
import id.musrenflow.identity.UserService;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.RegionService;

/**
 * What the user administration dialogs need: the services they call and who is making the change, so every
 * audit entry names the signed-in administrator.
 */
record AdminContext(UserService users, PositionLabels labels, RegionService regions, OpdService opds, String actor) {
}
