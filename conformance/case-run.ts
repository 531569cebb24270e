/** One property case against the target: the calls it makes, every exchange, and the findings they earn. */
import { THROTTLED_OUT, UNAVAILABLE_OUT } from "../checks/availability.ts";
import type { RequestIntent } from "../checks/check-context.ts";
import type { Check, Verdict } from "../checks/define-check.ts";
import type { Finding } from "../checks/finding.ts";
import { NOT_IMPLEMENTED } from "../checks/operation-implemented.ts";
import { judgeResponse } from "../checks/response-checks.ts";
import { isObject, viewResponse } from "../checks/response-view.ts";
import { ruleOf } from "../checks/service-checks.ts";
import { keepBodyPrefix, type Exchange } from "../client/exchange.ts";
import type { ApiRequest } from "../protocol/api-request.ts";
import { operationOf, type OperationSpec } from "../specs/spec-model.ts";
import { activationOutcome, foundResource } from "./activation.ts";
import { type Family, familyOf } from "./family.ts";
import { FreshIds } from "./fresh-ids.ts";
import { sendWithRetry } from "./retry.ts";
import type { Session } from "./session.ts";
import type { Settled } from "./settle.ts";

export interface CallResult {
  exchange: Exchange;
  status: number;
  /** The parsed JSON body, whatever its shape (read it with answer-reader.ts); undefined when it is not JSON. */
  body: unknown;
}

export interface CallOptions {
  /** What the request is meant to be; default valid. */
  intent?: RequestIntent;
  /** Judge the response with the response checks; default true. Cleanup calls are not judged. */
  judge?: boolean;
}

/**
 * Options of a call the state lets succeed, every member of its input as documented: refusing it with a 400 is a
 * failure (status-codes/valid-input-accepted). `admitted` false gives the default options.
 */
export function admittedCall(admitted = true): CallOptions {
  return admitted ? ADMITTED : {};
}
const ADMITTED: CallOptions = { intent: { kind: "valid", stateAdmitsSuccess: true } };

export class CaseRun {
  readonly exchanges: Exchange[] = [];
  readonly findings: Finding[] = [];
  /** Which checks judged something in this case, on which operation (`check|operation`): what the case exercised. */
  readonly exercised = new Set<string>();
  /** Each case acts on accounts of its own, so cases (and runs against a long-lived target) never meet. */
  readonly fresh = new FreshIds();
  /** Requests sent, retries included. */
  requests = 0;

  constructor(
    readonly session: Session,
    /** Aborts when the run is stopped: the case's next request or wait then throws Interrupted. */
    readonly stop?: AbortSignal,
  ) {}

  /** The member-invitation family of the run's service: its roles' operations, and its inputs and answers by its names. */
  get family(): Family {
    return familyOf(this.session.spec);
  }

  /**
   * Sends `input` (members by wire name, or a ready wire request) as `account`. Where the service's calls carry the
   * caller's resource (GuardDuty's detector), the call carries the account's own, whatever the input said.
   */
  async call(operationName: string, account: string, input: Record<string, unknown> | ApiRequest = {}, options: CallOptions = {}): Promise<CallResult> {
    // A standing account (a real one) is never switched on by its cases: its resource is looked up once instead.
    if (this.session.spec.service.activation?.resource && !this.session.access.usesFreshAccounts) await this.session.prepare(account);
    const request = this.session.request(operationName, account, input);
    this.session.access.guard(this.session.config, this.session.spec.service, operationName, request.body);
    const actor = this.session.actor(account);
    // Once an operation ran out of retries, later calls to it do not wait again: that finding is made.
    const policy = this.session.exhausted.has(operationName) ? { ...this.session.retry, maxAttempts: 1 } : this.session.retry;
    const { exchange, exhausted, attempts, met } = await sendWithRetry(
      () => this.session.send(request, actor, this.stop),
      policy,
      this.session.waitBudget,
      this.stop,
    );
    if (exhausted) this.session.exhausted.add(operationName);
    this.requests += attempts;
    const index = this.exchanges.push(exchange) - 1;
    const retries = {
      operation: operationName,
      exhausted,
      met,
      attempts,
      status: exchange.response.status,
      budgetSpentMs: this.session.waitBudget.exhausted ? this.session.waitBudget.limitMs : undefined,
    };
    this.record([THROTTLED_OUT.judge(retries), UNAVAILABLE_OUT.judge(retries)], index);
    if (!exhausted && options.judge !== false) {
      // An operation that answered as AWS does once is implemented: a 404 page for some input is then a defect of its own.
      if (!this.session.implemented.has(operationName)) {
        const implemented = NOT_IMPLEMENTED.judge({ operation: operationName, exchange })!;
        this.record([implemented], index);
        // The operation is not served: its answers are no evidence of anything else, and the case cannot go on.
        if (implemented.findings.length > 0) throw new OperationNotImplemented(operationName, { exchange });
        this.session.implemented.add(operationName);
      }
      this.record(judgeResponse(this.session.context(operationName, options.intent), exchange), index);
    }
    const view = viewResponse(exchange);
    keepBodyPrefix(exchange);
    // A success whose output the case cannot read (not a JSON object where the operation has members to answer with)
    // leaves every later step a guess: the case ends here, with what it found. Against a target answering junk to
    // every request, its cases then send a request or two each, not a dozen.
    if (
      options.judge !== false &&
      view.status >= 200 &&
      view.status < 300 &&
      !view.empty &&
      !isObject(view.json) &&
      hasOutputMembers(operationOf(this.session.spec, operationName))
    )
      throw new UnreadableAnswer(operationName);
    return { exchange, status: view.status, body: view.json };
  }

  /**
   * Switches the service on for each account (concurrently), as its descriptor says; an answer meaning "already on"
   * counts as on. Where switching on makes a resource later calls carry, the account's is kept (found again when the
   * service was on already). Only where the profile lets the suite (not on real accounts: it has a cost, so the user
   * switches it on and preflight checks it). The accounts that are on: every one, for a service the suite knows no
   * switch of (one made from a model file), which is as on as it gets.
   */
  async enable(accounts: readonly string[]): Promise<string[]> {
    const { activation } = this.session.spec.service;
    if (!activation) return [...accounts];
    if (!this.session.access.activatesAccounts) return [];
    const on = await Promise.all(
      accounts.map(async (account) => {
        const enabled = await this.call(activation.enable.operation, account, activation.enable.input);
        const outcome = activationOutcome(activation, enabled.exchange);
        if (outcome.resource !== undefined) this.session.noteResource(account, outcome.resource);
        else if (outcome.on && activation.resource) {
          const found = foundResource(activation, (await this.call(activation.resource.find.operation, account, {})).exchange);
          if (found !== undefined) this.session.noteResource(account, found);
        }
        return outcome.on;
      }),
    );
    return accounts.filter((_, i) => on[i]);
  }

  /** Reads until `done` holds, for at most the run's settle time: effects may show after a moment. */
  settle<T>(read: () => Promise<T | undefined>, done: (value: T) => boolean): Promise<Settled<T>> {
    return this.session.settling.poll(read, done, this.stop);
  }

  /**
   * Judges what the scenario observed with one check or several: their findings join the case's, pointing at the
   * exchange they are about when there is one, and each check that applied counts as exercised on its operation.
   */
  judge<Input>(checks: Check<string, Input> | readonly Check<string, Input>[], input: Input, about?: Exchange): void {
    const list = Array.isArray(checks) ? (checks as readonly Check<string, Input>[]) : [checks as Check<string, Input>];
    const index = about ? this.exchanges.indexOf(about) : -1;
    this.record(
      list.map((check) => check.judge(input)),
      index >= 0 ? index : undefined,
    );
  }

  /** Keeps the verdicts' findings (pointing at exchange `index`) and notes what they exercised. */
  private record(verdicts: readonly (Verdict | undefined)[], index: number | undefined): void {
    for (const verdict of verdicts) {
      if (!verdict) continue;
      for (const operation of verdict.operations) this.exercised.add(exercisedKey(verdict.check, operation));
      for (const f of verdict.findings) this.keep(f, index);
    }
  }

  /** Adds findings made outside the registry's checks (a parity divergence already judged), pointing at an exchange. */
  add(findings: readonly Finding[], about?: Exchange): void {
    const index = about ? this.exchanges.indexOf(about) : -1;
    for (const f of findings) this.keep(f, index >= 0 ? index : undefined);
  }

  /**
   * Keeps a finding, pointing at exchange `index`, with its check's rule as the run's service words it: a check
   * states its rule for every service, and the report quotes the documentation of the one certified.
   */
  private keep(finding: Finding, index: number | undefined): void {
    const rule = ruleOf(this.session.spec.service, finding.check) ?? finding.rule;
    this.findings.push(index === undefined ? { ...finding, rule } : { ...finding, rule, exchange: index });
  }
}

/** `check|operation` keys, made once each: every answer exercises a dozen. */
const exercisedKeys = new Map<string, Map<string, string>>();

function exercisedKey(check: string, operation: string): string {
  let byOperation = exercisedKeys.get(check);
  if (!byOperation) exercisedKeys.set(check, (byOperation = new Map()));
  let key = byOperation.get(operation);
  if (key === undefined) byOperation.set(operation, (key = `${check}|${operation}`));
  return key;
}

/** Ends a case at a success it cannot read: its findings stand, and nothing after it is played (see CaseRun.call). */
export class UnreadableAnswer extends Error {
  override name = "UnreadableAnswer";
  constructor(readonly operation: string) {
    super(`${operation} succeeded with an answer that cannot be read`);
  }
}

/** Whether an operation's success answers with members (so a body that is not a JSON object leaves them unread). */
function hasOutputMembers(operation: OperationSpec): boolean {
  const properties = operation.success.schema?.properties;
  return properties !== undefined && properties !== null && Object.keys(properties).length > 0;
}

/** Ends a case that needs an operation the target does not implement: the scenario is blocked, not failed. */
export class OperationNotImplemented extends Error {
  override name = "OperationNotImplemented";
  /** The answer that showed it. */
  readonly exchange: Exchange | undefined;
  /** Who does not implement it, when it is not the target (a parity twin's reference); undefined for the target. */
  readonly side: string | undefined;
  /** Findings the blocked scenario keeps beside the case's own not-implemented findings. */
  readonly evidence: readonly Finding[];

  constructor(
    readonly operation: string,
    { exchange, side, evidence = [] }: { exchange?: Exchange; side?: string; evidence?: readonly Finding[] } = {},
  ) {
    super(`${operation} is not implemented${side ? ` on the ${side}` : ""}`);
    this.exchange = exchange;
    this.side = side;
    this.evidence = evidence;
  }
}
