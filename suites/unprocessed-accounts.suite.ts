/** Family 4 and the state it implies: which accounts a batch processes, and what that changes. */
import { inviteMembersScenario } from "../conformance/scenarios/invite-members.ts";
import { memberLookupScenario } from "../conformance/scenarios/member-lookup.ts";
import { removeInvitationsScenario } from "../conformance/scenarios/remove-invitations.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { scenarioTests } from "./harness.ts";

const spec = await loadSpec();
scenarioTests("UnprocessedAccounts semantics", spec, [
  inviteMembersScenario,
  removeInvitationsScenario("DeclineInvitations"),
  removeInvitationsScenario("DeleteInvitations"),
  memberLookupScenario("GetMembers"),
  memberLookupScenario("DeleteMembers"),
]);
