/**
 * Switching the service on for an account the suite plays, as its descriptor says (Security Hub's EnableSecurityHub,
 * GuardDuty's CreateDetector), and the resource that makes where there is one: GuardDuty's later calls carry the
 * caller's detector id in their path, so the session keeps each account's and every call is sent with it.
 */
import { identifyError } from "../protocol/error-type.ts";
import { valuesAt } from "../protocol/pointer.ts";
import type { Activation } from "../specs/service-descriptor.ts";
import type { Exchange } from "../client/exchange.ts";
import { serializeInput, type ApiRequest } from "../protocol/api-request.ts";
import type { OperationSpec } from "../specs/spec-model.ts";

/** The resource id an account that never switched the service on names (it has none of its own). */
export const NO_RESOURCE = "00000000000000000000000000000000";

/** What the answer to switching the service on says: on or not, and the resource it made, if the answer shows one. */
export function activationOutcome(activation: Activation, exchange: Exchange): { on: boolean; resource: string | undefined } {
  const { status, body, headers } = exchange.response;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  const type = identifyError(headers, json).type;
  const already = activation.alreadyEnabled.some((a) => a.status === status && (type === undefined || type === a.error));
  const made = status >= 200 && status < 300;
  return { on: made || already, resource: made && activation.resource ? stringAt(json, activation.resource.idAt) : undefined };
}

/** The id a resource-finding call's answer gives (GuardDuty's ListDetectors: the first detector). */
export function foundResource(activation: Activation, exchange: Exchange): string | undefined {
  if (!activation.resource || exchange.response.status !== 200) return undefined;
  try {
    return stringAt(JSON.parse(exchange.response.body), activation.resource.find.idAt);
  } catch {
    return undefined;
  }
}

/**
 * Every id a resource-finding call's answer lists (GuardDuty's ListDetectors: `/detectorIds`, the list its first id
 * is taken from), or undefined when the answer is no list of them.
 */
export function listedResources(activation: Activation, exchange: Exchange): unknown[] | undefined {
  if (!activation.resource || exchange.response.status !== 200) return undefined;
  try {
    const [list] = valuesAt(JSON.parse(exchange.response.body), activation.resource.find.idAt.replace(/\/\d+$/, ""));
    return Array.isArray(list) ? list : undefined;
  } catch {
    return undefined;
  }
}

function stringAt(json: unknown, pointer: string): string | undefined {
  const [value] = valuesAt(json, pointer);
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * The request of `input` (members by wire name, or a ready wire request), with the caller's resource in the member
 * that carries it (`member`, the descriptor's), where the operation has that member: whatever the input said there.
 */
export function withResource(operation: OperationSpec, member: string | undefined, resource: string, input: Record<string, unknown> | ApiRequest): ApiRequest {
  if (member === undefined) return isApiRequest(input) ? input : serializeInput(operation, input);
  if (!isApiRequest(input)) return serializeInput(operation, carries(operation, member) ? { ...input, [member]: resource } : input);
  return operation.labels.some((l) => l.name === member) ? { ...input, labels: { ...input.labels, [member]: resource } } : input;
}

/** Whether an operation's input has a member of that wire name. */
function carries(operation: OperationSpec, member: string): boolean {
  return [...operation.labels, ...operation.query, ...operation.headers, ...(operation.body?.members ?? [])].some((m) => m.name === member);
}

function isApiRequest(input: Record<string, unknown> | ApiRequest): input is ApiRequest {
  return typeof input.operation === "string" && typeof input.query === "object" && "body" in input;
}
