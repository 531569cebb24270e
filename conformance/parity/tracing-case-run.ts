/**
 * A case run that also keeps a trace of its calls for parity: each request with its normalised answer. Reads
 * a scenario repeats while it waits for an effect (settle) are provisional: two implementations may show an
 * effect after different delays, so only the read that ended the wait is compared.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Exchange } from "../../client/exchange.ts";
import type { ApiRequest } from "../../protocol/api-request.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { isNotImplemented } from "../../checks/operation-implemented.ts";
import { CaseRun, OperationNotImplemented, type CallOptions, type CallResult } from "../case-run.ts";
import type { Settled } from "../settle.ts";
import { normaliseAnswer, requestKey, type AccountRoles } from "../../checks/answer-normalisation.ts";
import type { TracedCall } from "../../checks/trace-comparison.ts";

/** Which wait and which of its reads a call belongs to. */
interface ReadAttempt {
  wait: number;
  attempt: number;
}

/**
 * The read a call is made in, for the run making it. One store for the process: every AsyncLocalStorage Node keeps
 * is propagated to every promise made afterwards, so one per case would make each later promise slower.
 */
const reading = new AsyncLocalStorage<{ run: TracingCaseRun; read: ReadAttempt }>();

export class TracingCaseRun extends CaseRun {
  private readonly traced: { call: TracedCall; read: ReadAttempt | undefined }[] = [];
  private readonly lastAttempt = new Map<number, number>();
  private waits = 0;

  override async call(
    operationName: string,
    account: string,
    input: Record<string, unknown> | ApiRequest = {},
    options: CallOptions = {},
  ): Promise<CallResult> {
    const store = reading.getStore();
    const read = store?.run === this ? store.read : undefined;
    let result: CallResult;
    try {
      result = await super.call(operationName, account, input, options);
    } catch (error) {
      // The operation is not served: its answer ends the trace, for parity to say so once.
      if (error instanceof OperationNotImplemented && error.exchange)
        this.traced.push({ call: { ...this.tracedCall(operationName, error.exchange), ended: true }, read });
      throw error;
    }
    this.traced.push({ call: this.tracedCall(operationName, result.exchange), read });
    return result;
  }

  private tracedCall(operationName: string, exchange: Exchange): TracedCall {
    const { spec } = this.session;
    // Parity compares a family's runs; certify refuses it for a service certified for protocol and shapes only.
    const { service } = this.family;
    const answer = normaliseAnswer(operationOf(spec, operationName), exchange, this.roles(), service);
    // Whether a web server's 404 page means "not served" depends on whether the operation ever answered as AWS.
    if (!this.session.implemented.has(operationName) && isNotImplemented(exchange)) answer.notImplemented = true;
    return { request: requestKey(exchange, this.roles(), service), operation: operationName, answer, exchange, shown: shownExchange(exchange) };
  }

  override settle<T>(read: () => Promise<T | undefined>, done: (value: T) => boolean): Promise<Settled<T>> {
    const wait = this.waits++;
    let attempt = 0;
    return super.settle(() => {
      const current = { wait, attempt: attempt++ };
      this.lastAttempt.set(wait, current.attempt);
      return reading.run({ run: this, read: current }, read);
    }, done);
  }

  /** The calls parity compares: every call, except reads a wait repeated before its last. */
  trace(): TracedCall[] {
    return this.traced.filter(({ read }) => read === undefined || this.lastAttempt.get(read.wait) === read.attempt).map(({ call }) => call);
  }

  roles(): AccountRoles {
    return { standing: this.session.config.accounts, generatedFrom: this.session.access.usesFreshAccounts ? (id) => this.fresh.generatedFrom(id) : undefined };
  }
}

/** Characters of a response body a traced call shows. */
const SHOWN_BODY_CHARS = 512;

/** The exchange in one line, without headers (signatures and credentials never travel in a trace). */
export function shownExchange(exchange: Exchange): string {
  const body = exchange.response.body.length > SHOWN_BODY_CHARS ? `${exchange.response.body.slice(0, SHOWN_BODY_CHARS)}…` : exchange.response.body;
  return `${exchange.request.method} ${exchange.request.path} as ${exchange.account} ${exchange.request.body ?? ""} → ${exchange.response.status} ${body}`
    .replace(/\s+/g, " ")
    .trim();
}
