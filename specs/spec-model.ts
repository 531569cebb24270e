/**
 * The operations of the spec as the rest of the suite sees them: typed, dereferenced, looked up by AWS name.
 *
 * An operation's input, as the suite builds and reads it, is keyed by wire names: each member by the name it has on
 * the wire (its URI label, query parameter, header or body key). The bindings below keep the model's name of each
 * member beside its wire name (GuardDuty's body key `accountIds` is the member `AccountIds`).
 */
import type { Service } from "./service-descriptor.ts";
import type { JsonSchema } from "./shape-schema.ts";

/** An input member bound outside the body, as text. */
export interface Parameter {
  /** Name on the wire: the query parameter (`MaxResults`, GuardDuty's `maxResults`), the header, or the URI label (`DetectorId`). */
  name: string;
  /** The input member it binds, by its name in the model. */
  member: string;
  required: boolean;
  schema: JsonSchema;
}

export type QueryParameter = Parameter;
export type HeaderParameter = Parameter;

/** A member bound to a label of the path template: always required. */
export interface UriLabel extends Parameter {
  required: true;
  /** `{Key+}` in the model: the value takes the rest of the path, its slashes kept. */
  greedy: boolean;
}

/** A body member: its key in the JSON body and its name in the model. */
export interface BodyMember {
  name: string;
  member: string;
}

export interface ErrorResponse {
  name: string;
  status: number;
  schema: JsonSchema;
}

export interface OperationSpec {
  name: string;
  method: "GET" | "POST" | "DELETE" | "PUT" | "PATCH";
  /** The path template: literal segments and labels, `/members/invite`, `/detector/{DetectorId}/member/invite` (a greedy label is written `{Key}`, see `labels`). */
  path: string;
  summary: string | undefined;
  /** The members filling the path template's labels, in the model's order. */
  labels: UriLabel[];
  query: QueryParameter[];
  headers: HeaderParameter[];
  /** Present when the operation has body members. */
  body: { required: boolean; schema: JsonSchema; members: BodyMember[] } | undefined;
  /** `mayBeEmpty`: the documentation lets a success carry no content (ServiceDescriptor.successMayBeEmpty); its schema then requires nothing. */
  success: { status: number; schema: JsonSchema | undefined; mayBeEmpty?: boolean };
  errors: ErrorResponse[];
  /** JSON pointer (`*` = every array item) to the request's account ids, e.g. `/AccountIds/*`. */
  accountIds: string | undefined;
  /** JSON pointer to the response's UnprocessedAccounts list, e.g. `/UnprocessedAccounts`. */
  unprocessedAccounts: string | undefined;
  /** Where the list has one: the wire names of an entry's account id and of the members saying why it was not processed. */
  unprocessedEntry: { accountId: string; reason: readonly string[] } | undefined;
  /** The API reference page that documents the operation, when the suite holds one (its rules are the contract). */
  referencePage: string | undefined;
}

export interface Spec<S extends Service = Service> {
  /** The service whose model the spec is made from: what is service-specific, as data (specs/service-descriptor.ts). */
  service: S;
  title: string;
  apiVersion: string;
  /** The model's serviceId (`SecurityHub`, `GuardDuty`), endpointPrefix and SigV4 signing name. */
  serviceId: string;
  endpointPrefix: string;
  signingName: string;
  /** sha256 of the committed spec text: certificates name the contract they were judged against. */
  hash: string;
  operations: ReadonlyMap<string, OperationSpec>;
  /** Every error the model defines, for any of its operations, with its status: AWS clients know them all by name. */
  errors: ReadonlyMap<string, number>;
}

export function operationOf(spec: Spec, name: string): OperationSpec {
  const operation = spec.operations.get(name);
  if (!operation) throw new Error(`the spec has no operation ${name} (it has ${[...spec.operations.keys()].join(", ")})`);
  return operation;
}
