import { describe, expect, it } from "vitest";
import { GUARDDUTY, SECURITY_HUB } from "../specs/services/index.ts";
import { accountIdsNamedIn, assertOwnAccountsOnly, reachingNamedAccounts, RealAccountSafetyError } from "./real-account-safety.ts";

const OWN = ["111111111111", "222222222222"];
const STRANGER = "999999999999";
/** The stranger's id as JSON escapes, which any JSON parser decodes to the id itself. */
const ESCAPED = [...STRANGER].map((digit) => `\\u${digit.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");

describe("the real-account safety guard", () => {
  it("lets CreateMembers and InviteMembers name only the user's own accounts", () => {
    expect(() => assertOwnAccountsOnly(SECURITY_HUB, "InviteMembers", JSON.stringify({ AccountIds: OWN }), OWN)).not.toThrow();
    expect(() => assertOwnAccountsOnly(SECURITY_HUB, "InviteMembers", JSON.stringify({ AccountIds: [OWN[0], STRANGER] }), OWN)).toThrow(RealAccountSafetyError);
    expect(() => assertOwnAccountsOnly(SECURITY_HUB, "CreateMembers", JSON.stringify({ AccountDetails: [{ AccountId: STRANGER }] }), OWN)).toThrow(
      /999999999999/,
    );
  });

  it("reads the body as the target will: JSON escapes decoded, keys, numbers and every nesting", () => {
    expect(JSON.parse(`"${ESCAPED}"`)).toBe(STRANGER);
    for (const body of [`{"AccountIds":["${ESCAPED}"]}`, `{"AccountIds":[${STRANGER}]}`, `{"${STRANGER}":1}`, `{"a":[[[{"b":"x${STRANGER}y"}]]]}`]) {
      expect(() => assertOwnAccountsOnly(SECURITY_HUB, "InviteMembers", body, OWN), body).toThrow(RealAccountSafetyError);
    }
  });

  it("refuses a stranger hidden by a duplicate key, or in a body that is not JSON at all", () => {
    const duplicate = `{"AccountIds":["${ESCAPED}"],"AccountIds":["${OWN[0]}"]}`;
    expect(accountIdsNamedIn(duplicate)).toContain(STRANGER);
    expect(() => assertOwnAccountsOnly(SECURITY_HUB, "InviteMembers", duplicate, OWN)).toThrow(RealAccountSafetyError);
    expect(() => assertOwnAccountsOnly(SECURITY_HUB, "InviteMembers", `{"AccountIds":["${ESCAPED}",]`, OWN)).toThrow(RealAccountSafetyError);
  });

  it("leaves other operations and bodiless requests alone", () => {
    expect(() => assertOwnAccountsOnly(SECURITY_HUB, "DeclineInvitations", JSON.stringify({ AccountIds: [STRANGER] }), OWN)).not.toThrow();
    expect(() => assertOwnAccountsOnly(SECURITY_HUB, "InviteMembers", undefined, OWN)).not.toThrow();
  });

  it("guards the calls of the service certified: the roles creating and inviting members", () => {
    expect(reachingNamedAccounts(SECURITY_HUB)).toEqual(["CreateMembers", "InviteMembers"]);
    expect(() => assertOwnAccountsOnly(GUARDDUTY, "InviteMembers", JSON.stringify({ accountIds: [STRANGER] }), OWN)).toThrow(RealAccountSafetyError);
    expect(() => assertOwnAccountsOnly(GUARDDUTY, "CreateMembers", JSON.stringify({ accountDetails: [{ accountId: STRANGER }] }), OWN)).toThrow(/999999999999/);
    // A service whose call creating members invites at once (Detective) has that one call to guard.
    const invitingOnCreate = { family: { ...GUARDDUTY.family, createMembers: { ...GUARDDUTY.family.createMembers, invites: true }, inviteMembers: undefined } };
    expect(reachingNamedAccounts(invitingOnCreate)).toEqual(["CreateMembers"]);
  });
});
