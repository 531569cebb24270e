/** One property case against the target: the calls it makes, every exchange, and the findings they earn. */
import type { CheckContext, RequestIntent } from "../checks/check-context.ts";
import { finding, type CheckDefinition, type Finding } from "../checks/finding.ts";
import { checkResponse } from "../checks/response-checks.ts";
import { viewResponse } from "../checks/response-view.ts";
import { keepBodyPrefix, type Exchange } from "../client/exchange.ts";
import { serializeInput, type ApiRequest } from "../protocol/api-request.ts";
import { operationOf } from "../specs/spec-model.ts";
import { sendWithRetry } from "./retry.ts";
import { assertOwnAccountsOnly } from "./real-account-safety.ts";
import { FreshIds } from "./fresh-ids.ts";
import type { Session } from "./session.ts";

export const THROTTLED_OUT: CheckDefinition = {
  id: "availability/throttled-out",
  family: "availability",
  rule: "Throttling (429 LimitExceededException, ThrottlingException, TooManyRequestsException) is retried with capped exponential backoff and jitter; a target still throttling after every retry is not available to its clients.",
};

export interface CallResult {
  exchange: Exchange;
  status: number;
  /** The parsed JSON body (an object), or an empty object when there is none. */
  body: Record<string, any>;
}

export interface CallOptions {
  /** What the request is meant to be; default valid. */
  intent?: RequestIntent;
  /** Judge the response with the response checks; default true. Cleanup calls are not judged. */
  judge?: boolean;
}

export class CaseRun {
  readonly exchanges: Exchange[] = [];
  readonly findings: Finding[] = [];
  /** Each case acts on accounts of its own, so cases (and runs against a long-lived target) never meet. */
  readonly fresh = new FreshIds();
  /** Requests sent, retries included. */
  requests = 0;

  constructor(readonly session: Session) {}

  /** Sends `input` (members by name, or a ready wire request) as `account`. */
  async call(operationName: string, account: string, input: Record<string, unknown> | ApiRequest = {}, options: CallOptions = {}): Promise<CallResult> {
    const operation = operationOf(this.session.spec, operationName);
    const request = isApiRequest(input) ? input : serializeInput(operation, input);
    if (this.session.config.realAccount) assertOwnAccountsOnly(operationName, request.body, this.session.config.ownAccounts);
    const actor = this.session.actor(account);
    // Once an operation ran out of retries, later calls to it do not wait again: that finding is made.
    const policy = this.session.exhausted.has(operationName) ? { ...this.session.retry, maxAttempts: 1 } : this.session.retry;
    const { exchange, throttledOut, attempts } = await sendWithRetry(() => this.session.send(request, actor), policy);
    if (throttledOut) this.session.exhausted.add(operationName);
    this.requests += attempts;
    const index = this.exchanges.push(exchange) - 1;
    if (throttledOut) {
      this.findings.push({ ...finding(THROTTLED_OUT, operationName, `${operationName} was still throttled after ${attempts} attempts`, { attempts, status: exchange.response.status }), exchange: index });
    } else if (options.judge !== false) {
      const context: CheckContext = { operation, intent: options.intent ?? { kind: "valid" } };
      this.findings.push(...checkResponse(context, exchange).map((f) => ({ ...f, exchange: index })));
    }
    const view = viewResponse(exchange);
    keepBodyPrefix(exchange);
    const body = view.json !== null && typeof view.json === "object" && !Array.isArray(view.json) ? (view.json as Record<string, any>) : {};
    return { exchange, status: view.status, body };
  }

  /**
   * Enables Security Hub for each account (concurrently); 409 ResourceConflictException means it already
   * is. Never on real accounts: enabling has a cost, so the user enables it and certify checks it first.
   */
  async enable(accounts: readonly string[]): Promise<void> {
    if (this.session.config.realAccount) return;
    await Promise.all(accounts.map((account) => this.call("EnableSecurityHub", account, {})));
  }

  /** Adds a scenario's own findings, pointing at the exchange they judge when there is one. */
  add(findings: readonly Finding[], about?: Exchange): void {
    const index = about ? this.exchanges.indexOf(about) : -1;
    this.findings.push(...findings.map((f) => (index >= 0 ? { ...f, exchange: index } : f)));
  }
}

function isApiRequest(input: Record<string, unknown> | ApiRequest): input is ApiRequest {
  return typeof input.operation === "string" && typeof input.query === "object" && "body" in input;
}
