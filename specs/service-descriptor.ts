/**
 * A service is data: what the suite must know of one AWS service with the member-invitation pattern (an administrator
 * account invites others to become its members), so that no layer below the one asking names a service's operations
 * or members. One descriptor per service lives in `specs/services/`; `specs/services/README.md` says what Macie and
 * Detective would need of it. A service without the family (ProtocolOnlyService: Macie until its single-account calls
 * are played, or any rest-json model named with `certify --model`) is certified for protocol and shapes only.
 *
 * Every member name here is a wire name: the name a request or an answer carries on the wire (a JSON body key, a
 * query parameter, a URI label, a header), which is what the suite sends, reads and judges. The AWS model's own names
 * stay in the model and the statements; the spec keeps both where they differ (specs/spec-model.ts).
 */

import type { ServiceCheckTexts } from "./check-texts.ts";
import type { Statement } from "./statement.ts";

/** A botocore model file a service was made from at run time (`certify --model`), as the certificate names it. */
export interface ModelFile {
  /** The path as given. */
  readonly path: string;
  /** sha256 of the file as read (gzipped or not), and the botocore release it sits in, where it sits in one. */
  readonly sha256: string;
  readonly botocoreVersion: string | undefined;
  /** The operations taken from it, in the model's order. */
  readonly operations: readonly string[];
  /** Operations of the model left out, with why (none is, where --operations named them: a usage error then). */
  readonly leftOut: readonly { readonly operation: string; readonly why: string }[];
  /** The documentation of those operations and their shapes, one statement each (no reference pages). */
  readonly statements: readonly Statement[];
  /** What the model says for the checks: the statements of its nested structures each schema check enforces. */
  readonly checkTexts: ServiceCheckTexts;
}

/** Where a call carries the account ids it acts on. */
export type AccountsAt =
  /** A JSON pointer into the request body, `*` for each item of a list: `/AccountIds/*`, `/accountDetails/*\/accountId`, `/account/accountId`. */
  | { readonly body: string }
  /** A URI label holding the one account the call acts on (Macie's GetMember, `/members/{id}`). */
  | { readonly label: string };

/** A call of the family that names the accounts it acts on. A body pointer with `*` names a batch; anything else one account. */
export interface AccountsCall {
  readonly operation: string;
  readonly accounts: AccountsAt;
}

/** How a list call pages: where its request takes the page size and the token, and where its answer gives the next token. */
export interface Paging {
  /** Where the request carries both: the query string (Security Hub, GuardDuty, Macie) or the JSON body (Detective). */
  readonly in: "query" | "body";
  readonly maxResults: string;
  readonly nextToken: string;
  /** The answer's member holding the next page's token. */
  readonly answerNextToken: string;
}

/** A call listing items, paged. */
export interface ListCall {
  readonly operation: string;
  /** The answer's list member. */
  readonly list: string;
  readonly paging: Paging;
}

/**
 * How an account is switched on, so that the family's calls are allowed for it: Security Hub's EnableSecurityHub,
 * GuardDuty's CreateDetector, Macie's EnableMacie.
 */
export interface Activation {
  /** The call switching the service on for the calling account, and the input it is sent with (members by wire name). */
  readonly enable: { readonly operation: string; readonly input: Readonly<Record<string, unknown>> };
  /**
   * Answers of `enable` meaning the service was on already (Security Hub: 409 ResourceConflictException). Where the
   * error is as broad as GuardDuty's 400 BadRequestException, `resource.find` tells "already on" from a refusal.
   */
  readonly alreadyEnabled: readonly { readonly status: number; readonly error: string }[];
  /**
   * The error the service refuses an account that is off with, where it has one that says only that (Security Hub's
   * 401 InvalidAccessException); absent where it is as broad as GuardDuty's 400 BadRequestException.
   */
  readonly refusedAsOff?: { readonly status: number; readonly error: string };
  /** The AWS CLI command a user runs to switch it on for an account themselves (real accounts: the suite never does). */
  readonly command: string;
  /** The call switching it off again, where the family has one. */
  readonly disable?: { readonly operation: string };
  /**
   * Where switching on creates a resource whose id later calls carry (GuardDuty's detector, Detective's behavior graph):
   * where `enable`'s answer gives the id, the call that finds it when it exists already, and the input member (a URI
   * label or a body member) that carries it in every operation whose input has that member.
   */
  readonly resource?: {
    /** JSON pointer into `enable`'s answer: `/detectorId`. */
    readonly idAt: string;
    /** The call listing the account's resources and the pointer to the id in its answer: ListDetectors, `/detectorIds/0`. */
    readonly find: { readonly operation: string; readonly idAt: string };
    /** The input member carrying the id: GuardDuty's URI label `DetectorId`, Detective's body member `GraphArn`. */
    readonly member: string;
  };
}

/**
 * The roles of the member-invitation family, each mapped to the operation playing it and the wire members it uses.
 * A role a service lacks is absent (Detective's CreateMembers invites, so it has no `inviteMembers`).
 */
export interface InvitationFamily {
  /** Makes accounts members of the caller (status `created`), or, where `invites`, members invited at once (Detective). */
  readonly createMembers: AccountsCall & { readonly invites: boolean };
  readonly inviteMembers?: AccountsCall;
  /** The invitee accepts: the members naming the inviting administrator and the invitation, where the call has them. */
  readonly acceptInvitation: { readonly operation: string; readonly administratorId?: string; readonly invitationId?: string };
  /** The invitee declines; `accounts` names the inviting administrators (absent where the call acts on one resource, as Detective's RejectInvitation). */
  readonly declineInvitations: { readonly operation: string; readonly accounts?: AccountsAt };
  readonly deleteInvitations?: AccountsCall;
  readonly listInvitations: ListCall;
  /** The count of the caller's pending invitations, and the answer's member holding it. */
  readonly getInvitationsCount?: { readonly operation: string; readonly count: string };
  /** The caller's administrator, and the answer's member holding it (an invitation-shaped object). */
  readonly getAdministrator?: { readonly operation: string; readonly administrator: string };
  readonly disassociateFromAdministrator: { readonly operation: string };
  /** Reads members by account id; `list` is the answer's list of members (absent where the answer is the one member, as Macie's GetMember). */
  readonly getMembers: AccountsCall & { readonly list?: string };
  /**
   * Lists the caller's members; `onlyAssociated` is the query member choosing associated members only, where there is
   * one, and `onlyAssociatedDefault` what leaving it out means where the documentation says (Security Hub: "The
   * default value is TRUE"). Where it does not (GuardDuty), a list of the associated members alone and one of every
   * member both pass.
   */
  readonly listMembers: ListCall & { readonly onlyAssociated?: string; readonly onlyAssociatedDefault?: boolean };
  /** Absent where members are only deleted (Detective). */
  readonly disassociateMembers?: AccountsCall;
  readonly deleteMembers: AccountsCall;
}

/**
 * A rule the documentation states in prose on an operation's input, which the model cannot state (GuardDuty's
 * CreateDetector: "Specifying both EKS Runtime Monitoring (EKS_RUNTIME_MONITORING) and Runtime Monitoring
 * (RUNTIME_MONITORING) will cause an error"): input the model accepts that breaks it may be refused with a documented
 * error, so no scenario requires it to succeed. The one function of a descriptor: such rules are about values.
 */
export interface ProseInputRule {
  readonly operation: string;
  /** The statement saying so. */
  readonly statement: string;
  /** Whether `input` (members by wire name) breaks the rule. */
  readonly breaks: (input: Readonly<Record<string, unknown>>) => boolean;
}

/** A built-in service's AWS model: its API version (botocore's folder under the service) and the files made from it, as paths under specs/. */
export interface ModelFiles {
  readonly apiVersion: string;
  /** The family's extract of the botocore model (`npm run spec:vendor`). */
  readonly extract: string;
  /** Where the extract came from (botocore release, day, sha256). */
  readonly provenance: string;
  /** The OpenAPI document generated from the extract (`npm run spec:generate`). */
  readonly openApi: string;
  /** The documentation taken apart into statements. */
  readonly statements: string;
}

/**
 * What the suite must know of any service it certifies: enough to send its operations and judge every answer for
 * protocol and shapes (status codes, error and success shapes, the bytes on the wire).
 */
export interface ServiceBasics {
  /** botocore's name for the service (its folder under botocore/data), and the suite's: `securityhub`, `guardduty`. */
  readonly name: string;
  /** As the AWS documentation titles the service: every API reference page's title is `<Operation> - <title>`. */
  readonly title: string;
  /** The model's files, for a service the suite holds (specs/services/); absent for one made from a model file at run time (`certify --model`). */
  readonly model?: ModelFiles;
  /** The operations the suite takes from the model, in the order the extract and the statements keep them. */
  readonly operations: readonly string[];
  /** The API reference pages the suite holds, by operation, and their text's file under specs/sources/: their rules are the contract itself. */
  readonly referencePages: Readonly<Record<string, { readonly url: string; readonly file: string }>>;
  readonly endpoint: {
    /** SigV4's name for the service (the model's signingName). */
    readonly signingName: string;
    /** The environment variable naming an endpoint for this service alone: `AWS_ENDPOINT_URL_` and the service id, upper case, blanks as `_`. */
    readonly variable: string;
    /** AWS's regional endpoint is `https://<prefix>.<region>.amazonaws.com` (the model's endpointPrefix). */
    readonly prefix: string;
  };
  /**
   * The model file the service was made from at run time (`certify --model`), with its documentation's statements;
   * absent for a built-in service, whose statements are a file under specs/.
   */
  readonly modelFile?: ModelFile;
  /** How an account is switched on, where the suite knows; absent, it never switches anything on (a service made from a model file). */
  readonly activation?: Activation;
  /**
   * Errors that refuse a call for the state it meets rather than its input (nothing to find, already done): an
   * implementation may check them before the input, so invalid input may be answered with them.
   */
  readonly stateErrors: readonly string[];
  /** Rules the documentation states in prose on input the model accepts (see ProseInputRule). */
  readonly proseInputRules?: readonly ProseInputRule[];
  /**
   * Operations whose documentation says a success may carry no content, though the model marks output members
   * required (GuardDuty's GetAdministratorAccount: "it will return success (HTTP 200) but no content"), with that
   * statement's id: both sources hold, so an empty body, `{}` and the full output all pass.
   */
  readonly successMayBeEmpty?: readonly { readonly operation: string; readonly statement: string }[];
}

/**
 * A service the suite certifies for protocol and shapes only: the valid-input and invalid-input scenarios its model
 * makes, without the member-invitation family's state, lifecycle and isolation scenarios.
 */
export interface ProtocolOnlyService extends ServiceBasics {
  /** Why it is certified for protocol and shapes only (what the suite lacks to play more), as the plan and the certificate say it. */
  readonly protocolOnly: string;
}

/** A service with the member-invitation pattern, whose family the suite plays: its roles mapped to operations and wire members. */
export interface ServiceDescriptor extends ServiceBasics {
  readonly model: ModelFiles;
  readonly activation: Activation;
  /** Wire names the family's shapes share; the spec converter finds account ids and unprocessed lists by them. */
  readonly names: {
    /** A request's list of account ids: InviteMembers' `AccountIds`. */
    readonly accountIds: string;
    /** One account id inside a structure: of an AccountDetails entry, a Member, an Invitation, an unprocessed entry. */
    readonly accountId: string;
  };
  /** The answer's list of the accounts a batch could not process, and the members of an entry saying why. */
  readonly unprocessed: { readonly list: string; readonly reason: readonly string[] };
  /** A Member object's members, and the values its status takes at each step of the lifecycle the suite plays. */
  readonly member: {
    readonly email: string;
    readonly status: string;
    readonly administratorId: string;
    /** The administrator's id under its earlier, deprecated name, where the Member object still carries it (Security Hub's MasterId). */
    readonly deprecatedAdministratorId?: string;
    /** A step the service does not have is absent: Detective's members are invited as they are created, and deleted rather than removed. */
    readonly statuses: {
      readonly created?: string;
      readonly invited: string;
      readonly enabled: string;
      readonly removed?: string;
      readonly resigned?: string;
    };
    /** Every value the documentation lists for the status, and where it says so. */
    readonly documentedStatuses: { readonly values: readonly string[]; readonly source: string };
  };
  /**
   * An Invitation object's members (ListInvitations' entries; GetAdministratorAccount's administrator): the inviter's
   * account id, the invitation's id (absent where an invitation is known by its resource, Detective's GraphArn) and status.
   */
  readonly invitation: { readonly accountId: string; readonly invitationId?: string; readonly status: string };
  readonly family: InvitationFamily;
}

/** A service the suite certifies: with its member-invitation family, or for protocol and shapes only. */
export type Service = ServiceDescriptor | ProtocolOnlyService;

/** A service whose files the suite holds (specs/services/). */
export type BuiltInService = Service & { readonly model: ModelFiles };

/** Whether the suite holds the service's files (else it was made from a model file at run time). */
export function isBuiltIn(service: Service): service is BuiltInService {
  return service.model !== undefined;
}

/** Whether the suite plays the service's member-invitation family (else it certifies protocol and shapes only). */
export function hasFamily(service: Service): service is ServiceDescriptor {
  return "family" in service;
}

/** A file of the service's model, generated or vendored, as a URL (under dist/specs/ when compiled: the build copies them there). */
export function specFile(service: { readonly model: ModelFiles }, file: Exclude<keyof ModelFiles, "apiVersion">): URL {
  return new URL(service.model[file], import.meta.url);
}

/** AWS's regional endpoint of the service. */
export function regionalEndpoint(service: Pick<ServiceBasics, "endpoint">, region: string): string {
  return `https://${service.endpoint.prefix}.${region}.amazonaws.com`;
}

/** The name of the service-specific endpoint variable for a service id, as the AWS SDKs form it: `AWS_ENDPOINT_URL_SECURITYHUB`. */
export function endpointVariableOf(serviceId: string): string {
  return `AWS_ENDPOINT_URL_${serviceId.toUpperCase().replace(/ /g, "_")}`;
}
