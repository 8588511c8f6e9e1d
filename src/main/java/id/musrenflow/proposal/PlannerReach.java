package id.musrenflow.proposal;

import id.musrenflow.identity.AuthenticatedUser;

/**
 * Which usulan a reader sees in the planners' views: implemented by the monitoring module, so the usulan page those
 * views open applies the same rule as the register, the dashboard and the exports.
 */
public interface PlannerReach {

    ProposalReach reach(AuthenticatedUser user);
}
