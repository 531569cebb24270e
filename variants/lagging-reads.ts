/**
 * Eventual consistency, for any service's emulator: reads show each account as it was a moment ago, as an eventually
 * consistent service's replicas do. Whatever a write changed (an invitation sent or removed, a member created,
 * associated or deleted, an administrator gained or left) shows late, and what it removed lingers; writes act on the
 * current state.
 */
import type { Call, Handler } from "../emulator/index.ts";
import type { Accounts, MembershipAccount } from "../emulator/state.ts";
import type { VariantBehaviour } from "./variant.ts";

const ACCOUNT = /^\d{12}$/;

/**
 * Reads (the operations named in `reads`) show each account as it was `lagMs` ago. `switchedOn` gives the account as a
 * read sees it from its past membership and its present: what switches the service on (Security Hub's switch,
 * GuardDuty's detector) is read as it is, since the lag is of what the membership operations change.
 */
export function readsLagBehind<A extends MembershipAccount, S extends Accounts<A>>(
  lagMs: number,
  reads: readonly string[],
  switchedOn: (past: A, current: A) => A,
): VariantBehaviour<S> {
  /** Per account: its state just before each write that touched it, with the write's time, oldest first. */
  const history = new Map<string, { at: number; before: A }[]>();
  /** The accounts a write may change: the caller, every account its input names, and the caller's administrator. */
  const touchedBy = (call: Call<S>): Set<string> => {
    const named = JSON.stringify(call.input).match(/\d{12}/g) ?? [];
    const administrator = call.state.account(call.caller).administrator?.administratorId;
    return new Set([call.caller, ...named.filter((id) => ACCOUNT.test(id)), ...(administrator ? [administrator] : [])]);
  };
  const writing =
    (next: Handler<S>): Handler<S> =>
    (call) => {
      const at = call.now.getTime();
      for (const id of touchedBy(call)) {
        const past = history.get(id) ?? [];
        past.push({ at, before: structuredClone(call.state.account(id)) });
        history.set(id, past);
      }
      return next(call);
    };
  /** The account as it was at `moment`: before the first write after it, else as it is. */
  const asOf = (state: S, id: string, moment: number): A => {
    const past = history.get(id);
    if (!past) return state.account(id);
    // Writes older than the moment are part of every view from now on.
    while (past.length > 0 && past[0]!.at <= moment) past.shift();
    if (past.length === 0) history.delete(id);
    const current = state.account(id);
    return past[0] ? switchedOn(past[0].before, current) : current;
  };
  const reading =
    (next: Handler<S>): Handler<S> =>
    (call) => {
      const moment = call.now.getTime() - lagMs;
      // The state as the read sees it: every account as it was at the moment, the rest of the state as it is.
      const lagged = Object.create(call.state, { account: { value: (id: string) => asOf(call.state, id, moment) } }) as S;
      return next({ ...call, state: lagged });
    };
  return { everyOperation: (next, operation) => (reads.includes(operation) ? reading(next) : writing(next)) };
}
