/** What a check knows about the request it judges, besides the exchange itself. */
import type { OperationSpec } from "../specs/spec-model.ts";
import type { RequestRule } from "../validators/request-rules.ts";

export type RequestIntent =
  /** Input the schemas accept. */
  | { kind: "valid" }
  /** Input breaking one schema rule. */
  | { kind: "invalid"; rule: RequestRule; at: string };

export interface CheckContext {
  operation: OperationSpec;
  intent: RequestIntent;
}
