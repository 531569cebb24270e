/** The emulator driven through the official AWS SDK: every operation, and every error the SDK can surface. */
import {
  AcceptAdministratorInvitationCommand,
  CreateMembersCommand,
  DeclineInvitationsCommand,
  DeleteInvitationsCommand,
  DeleteMembersCommand,
  DisableSecurityHubCommand,
  DisassociateFromAdministratorAccountCommand,
  DisassociateMembersCommand,
  EnableSecurityHubCommand,
  GetAdministratorAccountCommand,
  GetInvitationsCountCommand,
  GetMembersCommand,
  InviteMembersCommand,
  ListInvitationsCommand,
  ListMembersCommand,
  SecurityHubClient,
  paginateListInvitations,
} from "@aws-sdk/client-securityhub";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "./index.ts";

const [A, B, C, D, E] = ["111111111111", "222222222222", "333333333333", "444444444444", "555555555555"] as const;
let emulator: RunningEmulator;
const clients = new Map<string, SecurityHubClient>();
const as = (account: string): SecurityHubClient => {
  let client = clients.get(account);
  if (!client) {
    client = new SecurityHubClient({
      endpoint: emulator.url,
      region: "us-east-1",
      credentials: { accessKeyId: account, secretAccessKey: "secret" },
      maxAttempts: 1,
    });
    clients.set(account, client);
  }
  return client;
};
const failure = async (promise: Promise<unknown>): Promise<{ name: string; status: number | undefined; message: string }> => {
  const error = await promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: { name: string; message: string; $metadata?: { httpStatusCode?: number } }) => e,
  );
  return { name: error.name, status: error.$metadata?.httpStatusCode, message: error.message };
};

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  for (const client of clients.values()) client.destroy();
  await emulator.close();
});

describe("the emulator through @aws-sdk/client-securityhub", () => {
  it("refuses every operation but EnableSecurityHub with InvalidAccessException until Security Hub is enabled", async () => {
    expect(await failure(as(A).send(new GetInvitationsCountCommand({})))).toMatchObject({ name: "InvalidAccessException", status: 401 });
    expect(await failure(as(A).send(new InviteMembersCommand({ AccountIds: [B] })))).toMatchObject({ name: "InvalidAccessException", status: 401 });
  });

  it("enables Security Hub once per account, then answers ResourceConflictException", async () => {
    for (const account of [A, B, C])
      expect((await as(account).send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }))).$metadata.httpStatusCode).toBe(200);
    expect(await failure(as(A).send(new EnableSecurityHubCommand({})))).toMatchObject({ name: "ResourceConflictException", status: 409 });
  });

  it("takes what the model allows at its bounds: a ControlFindingGenerator of either value, AccountDetails of 50 accounts", async () => {
    for (const [account, ControlFindingGenerator] of [
      ["800000000001", "SECURITY_CONTROL"],
      ["800000000002", "STANDARD_CONTROL"],
    ] as const)
      expect((await as(account).send(new EnableSecurityHubCommand({ ControlFindingGenerator }))).$metadata.httpStatusCode).toBe(200);
    const fifty = Array.from({ length: 50 }, (_, i) => ({ AccountId: String(810000000000 + i) }));
    expect((await as("800000000001").send(new CreateMembersCommand({ AccountDetails: fifty }))).UnprocessedAccounts).toEqual([]);
    expect((await as("800000000001").send(new ListMembersCommand({ OnlyAssociated: false, MaxResults: 50 }))).Members).toHaveLength(50);
  });

  it("refuses what the model does not allow: AccountDetails of none or 51 accounts, a ControlFindingGenerator it does not list", async () => {
    const accounts = (n: number) => Array.from({ length: n }, (_, i) => ({ AccountId: String(820000000000 + i) }));
    for (const AccountDetails of [accounts(0), accounts(51)])
      expect(await failure(as("800000000001").send(new CreateMembersCommand({ AccountDetails })))).toMatchObject({
        name: "InvalidInputException",
        status: 400,
      });
    // EnableSecurityHub documents no InvalidInputException: the emulator answers AWS's common ValidationError.
    const generator = "BOTH" as "SECURITY_CONTROL";
    expect(await failure(as("800000000003").send(new EnableSecurityHubCommand({ ControlFindingGenerator: generator })))).toMatchObject({
      name: "ValidationError",
      status: 400,
    });
  });

  it("creates members, then invites only members, listing the others unprocessed", async () => {
    const created = await as(A).send(new CreateMembersCommand({ AccountDetails: [{ AccountId: B, Email: "b@example.com" }, { AccountId: C }] }));
    expect(created.UnprocessedAccounts).toEqual([]);
    const invited = await as(A).send(new InviteMembersCommand({ AccountIds: [B, C, D] }));
    expect(invited.UnprocessedAccounts).toEqual([{ AccountId: D, ProcessingResult: expect.stringMatching(/\S/) }]);
  });

  it("shows the invitee its invitation, parsed into the documented fields", async () => {
    const { Invitations } = await as(B).send(new ListInvitationsCommand({}));
    expect(Invitations).toEqual([{ AccountId: A, InvitationId: expect.any(String), InvitedAt: expect.any(Date), MemberStatus: "Invited" }]);
    expect((await as(B).send(new GetInvitationsCountCommand({}))).InvitationsCount).toBe(1);
  });

  it("shows the administrator its members with GetMembers and ListMembers", async () => {
    const got = await as(A).send(new GetMembersCommand({ AccountIds: [B, D] }));
    expect(got.Members).toEqual([
      {
        AccountId: B,
        Email: "b@example.com",
        MasterId: A,
        AdministratorId: A,
        MemberStatus: "Invited",
        InvitedAt: expect.any(Date),
        UpdatedAt: expect.any(Date),
      },
    ]);
    expect(got.UnprocessedAccounts).toEqual([{ AccountId: D, ProcessingResult: expect.any(String) }]);
    expect((await as(A).send(new ListMembersCommand({ OnlyAssociated: false }))).Members?.map((m) => m.AccountId)).toEqual([B, C]);
    expect((await as(A).send(new ListMembersCommand({}))).Members).toEqual([]);
  });

  it("accepts an invitation only with its id, answering ResourceNotFoundException otherwise", async () => {
    expect(await failure(as(B).send(new AcceptAdministratorInvitationCommand({ AdministratorId: A, InvitationId: "not-the-id" })))).toMatchObject({
      name: "ResourceNotFoundException",
      status: 404,
    });
    const { Invitations } = await as(B).send(new ListInvitationsCommand({}));
    await as(B).send(new AcceptAdministratorInvitationCommand({ AdministratorId: A, InvitationId: Invitations![0]!.InvitationId! }));
    const { Administrator } = await as(B).send(new GetAdministratorAccountCommand({}));
    expect(Administrator).toEqual({ AccountId: A, InvitationId: Invitations![0]!.InvitationId, InvitedAt: expect.any(Date), MemberStatus: "Enabled" });
    expect((await as(A).send(new ListMembersCommand({}))).Members).toEqual([expect.objectContaining({ AccountId: B, MemberStatus: "Enabled" })]);
    expect((await as(B).send(new GetInvitationsCountCommand({}))).InvitationsCount).toBe(0);
  });

  it("declines a pending invitation and lists administrators without one unprocessed", async () => {
    const declined = await as(C).send(new DeclineInvitationsCommand({ AccountIds: [A, E] }));
    expect(declined.UnprocessedAccounts).toEqual([{ AccountId: E, ProcessingResult: expect.stringMatching(/\S/) }]);
    expect((await as(C).send(new ListInvitationsCommand({}))).Invitations).toEqual([]);
  });

  it("deletes a pending invitation", async () => {
    await as(A).send(new InviteMembersCommand({ AccountIds: [C] }));
    expect((await as(C).send(new DeleteInvitationsCommand({ AccountIds: [A] }))).UnprocessedAccounts).toEqual([]);
    expect((await as(C).send(new GetInvitationsCountCommand({}))).InvitationsCount).toBe(0);
  });

  it("lets a member leave its administrator once, then answers ResourceNotFoundException", async () => {
    expect((await as(B).send(new DisassociateFromAdministratorAccountCommand({}))).$metadata.httpStatusCode).toBe(200);
    expect(await failure(as(B).send(new DisassociateFromAdministratorAccountCommand({})))).toMatchObject({ name: "ResourceNotFoundException", status: 404 });
    expect((await as(B).send(new GetAdministratorAccountCommand({}))).Administrator).toBeUndefined();
  });

  it("disassociates and deletes members", async () => {
    await as(A).send(new InviteMembersCommand({ AccountIds: [C] }));
    expect((await as(A).send(new DisassociateMembersCommand({ AccountIds: [C] }))).$metadata.httpStatusCode).toBe(200);
    expect((await as(C).send(new GetInvitationsCountCommand({}))).InvitationsCount).toBe(0);
    const deleted = await as(A).send(new DeleteMembersCommand({ AccountIds: [B, C, E] }));
    expect(deleted.UnprocessedAccounts).toEqual([{ AccountId: E, ProcessingResult: expect.any(String) }]);
    expect((await as(A).send(new ListMembersCommand({ OnlyAssociated: false }))).Members).toEqual([]);
  });

  it.each([
    ["a blank account id", () => as(A).send(new InviteMembersCommand({ AccountIds: ["  "] }))],
    ["MaxResults out of range", () => as(A).send(new ListInvitationsCommand({ MaxResults: 51 }))],
    ["a NextToken it never issued", () => as(A).send(new ListInvitationsCommand({ NextToken: "forged" }))],
  ])("answers InvalidInputException 400 for %s", async (_what, call) => {
    expect(await failure(call())).toMatchObject({ name: "InvalidInputException", status: 400, message: expect.stringMatching(/\S/) });
  });

  it("pages ListInvitations with an opaque NextToken", async () => {
    const invitee = "666666666666";
    await as(invitee).send(new EnableSecurityHubCommand({}));
    const administrators = Array.from({ length: 7 }, (_, i) => String(700000000000 + i));
    for (const administrator of administrators) {
      await as(administrator).send(new EnableSecurityHubCommand({}));
      await as(administrator).send(new CreateMembersCommand({ AccountDetails: [{ AccountId: invitee }] }));
      await as(administrator).send(new InviteMembersCommand({ AccountIds: [invitee] }));
    }
    const pages: string[][] = [];
    for await (const page of paginateListInvitations({ client: as(invitee), pageSize: 3 }, {})) pages.push(page.Invitations!.map((i) => i.AccountId!));
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat().sort()).toEqual(administrators);
  });

  it("disables Security Hub, after which the account is refused again", async () => {
    expect((await as(C).send(new DisableSecurityHubCommand({}))).$metadata.httpStatusCode).toBe(200);
    expect(await failure(as(C).send(new ListInvitationsCommand({})))).toMatchObject({ name: "InvalidAccessException", status: 401 });
  });

  it("treats an access key that is not 12 digits as the default account 000000000000", async () => {
    const client = new SecurityHubClient({ endpoint: emulator.url, region: "us-east-1", credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "s" } });
    await client.send(new EnableSecurityHubCommand({}));
    client.destroy();
    expect(emulator.state.account("000000000000").securityHubEnabled).toBe(true);
  });
});
