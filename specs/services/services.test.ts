/**
 * Each descriptor is checked against its service's AWS model: the operations it names are the spec's, and every wire
 * member it gives a role is one the spec binds there. A descriptor that names a member the model lacks fails here.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadServiceSpec } from "../load-spec.ts";
import { endpointVariableOf, hasFamily, regionalEndpoint, type AccountsAt } from "../service-descriptor.ts";
import type { JsonSchema } from "../shape-schema.ts";
import { operationOf, type OperationSpec } from "../spec-model.ts";
import { BUILT_IN_SERVICES, GUARDDUTY, MACIE, PROTOCOL_ONLY_SERVICES, SECURITY_HUB, SERVICES, serviceNamed } from "./index.ts";

const properties = (schema: JsonSchema | undefined): Record<string, JsonSchema> => (schema?.properties as Record<string, JsonSchema> | undefined) ?? {};
const inputNames = (operation: OperationSpec): string[] => [
  ...operation.labels.map((l) => l.name),
  ...operation.query.map((p) => p.name),
  ...operation.headers.map((h) => h.name),
  ...Object.keys(properties(operation.body?.schema)),
];
const itemProperties = (schema: JsonSchema | undefined): Record<string, JsonSchema> => properties(schema?.items as JsonSchema | undefined);

describe.each(SERVICES.map((service) => [service.name, service] as const))("the %s descriptor", (_name, service) => {
  const loading = loadServiceSpec(service);

  it("names exactly the operations of its spec, with the model's signing name and endpoint convention", async () => {
    const spec = await loading;
    expect([...spec.operations.keys()].sort()).toEqual([...service.operations].sort());
    expect(service.endpoint.signingName).toBe(spec.signingName);
    expect(service.endpoint.prefix).toBe(spec.endpointPrefix);
    expect(service.endpoint.variable).toBe(endpointVariableOf(spec.serviceId));
    expect(service.model.apiVersion).toBe(spec.apiVersion);
    expect(serviceNamed(service.name)).toBe(service);
  });

  it("gives every role an operation of its spec, and each role's account ids where the spec finds them", async () => {
    const spec = await loading;
    for (const role of Object.values(service.family)) {
      const operation = operationOf(spec, role.operation);
      const accounts = (role as { accounts?: AccountsAt }).accounts;
      if (accounts && "body" in accounts) expect(operation.accountIds, role.operation).toBe(accounts.body);
      if (accounts && "label" in accounts) expect(operation.labels.map((l) => l.name)).toContain(accounts.label);
    }
    for (const operation of spec.operations.values())
      if (operation.unprocessedAccounts) expect(operation.unprocessedAccounts, operation.name).toBe(`/${service.unprocessed.list}`);
  });

  it("names members its spec binds: the list members, paging, the invitation and member objects, the accept call's", async () => {
    const spec = await loading;
    const { family } = service;
    for (const list of [family.listInvitations, family.listMembers]) {
      const operation = operationOf(spec, list.operation);
      const sent = list.paging.in === "query" ? operation.query.map((p) => p.name) : Object.keys(properties(operation.body?.schema));
      expect(sent).toEqual(expect.arrayContaining([list.paging.maxResults, list.paging.nextToken]));
      expect(Object.keys(properties(operation.success.schema))).toEqual(expect.arrayContaining([list.list, list.paging.answerNextToken]));
    }
    if (family.listMembers.onlyAssociated)
      expect(operationOf(spec, family.listMembers.operation).query.map((p) => p.name)).toContain(family.listMembers.onlyAssociated);
    const members = itemProperties(properties(operationOf(spec, family.listMembers.operation).success.schema)[family.listMembers.list]);
    expect(Object.keys(members)).toEqual(
      expect.arrayContaining([service.names.accountId, service.member.email, service.member.status, service.member.administratorId]),
    );
    const invitations = itemProperties(properties(operationOf(spec, family.listInvitations.operation).success.schema)[family.listInvitations.list]);
    expect(Object.keys(invitations)).toEqual(expect.arrayContaining(Object.values(service.invitation)));
    const accept = operationOf(spec, family.acceptInvitation.operation);
    for (const member of [family.acceptInvitation.administratorId, family.acceptInvitation.invitationId])
      if (member) expect(inputNames(accept)).toContain(member);
    if (family.getInvitationsCount)
      expect(Object.keys(properties(operationOf(spec, family.getInvitationsCount.operation).success.schema))).toContain(family.getInvitationsCount.count);
    if (family.getAdministrator)
      expect(Object.keys(properties(operationOf(spec, family.getAdministrator.operation).success.schema))).toContain(family.getAdministrator.administrator);
    if (family.getMembers.list)
      expect(Object.keys(properties(operationOf(spec, family.getMembers.operation).success.schema))).toContain(family.getMembers.list);
    for (const status of service.member.documentedStatuses.values) expect(typeof status).toBe("string");
    if (service.member.documentedStatuses.values.length > 0)
      expect(service.member.documentedStatuses.values).toEqual(expect.arrayContaining(Object.values(service.member.statuses)));
  });

  it("switches an account on with operations of its spec, and names the member carrying the resource it creates", async () => {
    const spec = await loading;
    const { activation } = service;
    const enable = operationOf(spec, activation.enable.operation);
    expect(inputNames(enable)).toEqual(expect.arrayContaining(Object.keys(activation.enable.input)));
    for (const already of activation.alreadyEnabled)
      expect(enable.errors).toContainEqual(expect.objectContaining({ status: already.status, name: already.error }));
    if (activation.disable) operationOf(spec, activation.disable.operation);
    if (activation.resource) {
      const { resource } = activation;
      expect(Object.keys(properties(enable.success.schema))).toContain(resource.idAt.split("/")[1]);
      expect(Object.keys(properties(operationOf(spec, resource.find.operation).success.schema))).toContain(resource.find.idAt.split("/")[1]);
      const carrying = [...spec.operations.values()].filter((operation) => inputNames(operation).includes(resource.member)).map((o) => o.name);
      expect(carrying.length).toBeGreaterThan(0);
    }
  });
});

describe("the services", () => {
  it("are Security Hub, as the suite always played it, and GuardDuty, whose member operations carry the detector in their path", async () => {
    expect(SERVICES.map((s) => s.name)).toEqual(["securityhub", "guardduty"]);
    expect(regionalEndpoint(SECURITY_HUB, "eu-west-1")).toBe("https://securityhub.eu-west-1.amazonaws.com");
    const guardduty = await loadServiceSpec(GUARDDUTY);
    const carrying = [...guardduty.operations.values()].filter((o) => o.labels.some((l) => l.name === GUARDDUTY.activation.resource?.member));
    expect(carrying.map((o) => o.name).sort()).toEqual([
      "AcceptAdministratorInvitation",
      "CreateMembers",
      "DeleteDetector",
      "DeleteMembers",
      "DisassociateFromAdministratorAccount",
      "DisassociateMembers",
      "GetAdministratorAccount",
      "GetMembers",
      "InviteMembers",
      "ListMembers",
    ]);
  });

  it("refuses a name it does not know, naming those it knows", () => {
    expect(() => serviceNamed("detective")).toThrow('no service is named "detective" (the suite knows securityhub, guardduty, macie2)');
  });

  it("hold Macie for protocol and shapes only: its operations, switch and state errors are its model's", async () => {
    expect(PROTOCOL_ONLY_SERVICES.map((s) => s.name)).toEqual(["macie2"]);
    expect(serviceNamed("macie2")).toBe(MACIE);
    expect(hasFamily(MACIE)).toBe(false);
    const spec = await loadServiceSpec(MACIE);
    expect([...spec.operations.keys()].sort()).toEqual([...MACIE.operations].sort());
    expect(spec.operations.has(MACIE.activation!.enable.operation)).toBe(true);
    for (const error of MACIE.stateErrors) expect(spec.errors.get(error), error).toBeGreaterThanOrEqual(402);
    // Its member calls act on one account, in the URI label {id}: what keeps it from the family's scenarios today.
    expect(["GetMember", "DeleteMember", "DisassociateMember"].map((name) => spec.operations.get(name)!.labels.map((l) => l.name))).toEqual([
      ["id"],
      ["id"],
      ["id"],
    ]);
  });

  it("have their model's files copied beside the compiled code, which reads them at run time", () => {
    const build = readFileSync(new URL("../../tools/build.mjs", import.meta.url), "utf8");
    const files = BUILT_IN_SERVICES.flatMap((service) => [service.model.openApi, service.model.statements, service.model.provenance]);
    expect(files.filter((file) => !build.includes(`"specs/${file}"`))).toEqual([]);
  });

  it("are endpoint variables as the AWS SDKs form them from a service id", () => {
    expect([endpointVariableOf("SecurityHub"), endpointVariableOf("GuardDuty"), endpointVariableOf("Example Service")]).toEqual([
      "AWS_ENDPOINT_URL_SECURITYHUB",
      "AWS_ENDPOINT_URL_GUARDDUTY",
      "AWS_ENDPOINT_URL_EXAMPLE_SERVICE",
    ]);
  });
});
