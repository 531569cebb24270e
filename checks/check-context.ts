/** What a check knows about the request it judges, besides the exchange itself. */
import type { Exchange } from "../client/exchange.ts";
import type { Service } from "../specs/service-descriptor.ts";
import type { OperationSpec } from "../specs/spec-model.ts";
import type { RequestRule } from "../validators/request-rules.ts";
import type { CheckSource } from "./finding.ts";

export type RequestIntent =
  /** Input the schemas accept. */
  | {
      kind: "valid";
      /**
       * The state the request meets lets it succeed (a list read from an enabled account, a page token the target
       * handed out, a batch of well-formed account ids): refusing it as invalid input is then a failure. Left out
       * where the state may refuse it (an invitation that does not exist, re-inviting an associated member).
       */
      stateAdmitsSuccess?: boolean;
    }
  /** Input breaking one schema rule. */
  | {
      kind: "invalid";
      rule: RequestRule;
      at: string;
      /** Who states the rule: the reference page and restJson1 make accepting it a failure; the model alone, a leniency. */
      source: CheckSource;
      /**
       * Errors the state the request meets may answer before the input is validated (an already enabled hub,
       * an invitation that does not exist): the order of validation and state is the implementation's choice.
       */
      stateErrors: readonly string[];
    };

export interface CheckContext {
  /** The service whose operation it is: its wire names, as its descriptor gives them. */
  service: Service;
  operation: OperationSpec;
  intent: RequestIntent;
  /** Every error the service's model defines, for any operation, with its status. */
  serviceErrors: ReadonlyMap<string, number>;
  /** `--strict`: input the model forbids must be refused, so leniency is a failure. */
  strict: boolean;
}

/** What a check of one answer judges: the answer, and what is known of the request it answers. */
export interface ExchangeInput {
  context: CheckContext;
  exchange: Exchange;
}
