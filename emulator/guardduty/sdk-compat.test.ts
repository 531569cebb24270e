/** The GuardDuty emulator driven through the official AWS SDK: the whole lifecycle, every answer read as the SDK reads it, and its errors. */
import {
  AcceptAdministratorInvitationCommand,
  CreateDetectorCommand,
  CreateMembersCommand,
  DeclineInvitationsCommand,
  DeleteDetectorCommand,
  DeleteInvitationsCommand,
  DeleteMembersCommand,
  DisassociateFromAdministratorAccountCommand,
  DisassociateMembersCommand,
  GetAdministratorAccountCommand,
  GetInvitationsCountCommand,
  GetMembersCommand,
  GuardDutyClient,
  InviteMembersCommand,
  ListDetectorsCommand,
  ListInvitationsCommand,
  ListMembersCommand,
  paginateListInvitations,
  paginateListMembers,
} from "@aws-sdk/client-guardduty";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../index.ts";
import type { GuardDutyState } from "./state.ts";

const [A, B, C, D, E] = ["111111111111", "222222222222", "333333333333", "444444444444", "555555555555"] as const;
const DETECTOR_ID = /^[0-9a-f]{32}$/;
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
let emulator: RunningEmulator<GuardDutyState>;
const clients = new Map<string, GuardDutyClient>();
const detectors = new Map<string, string>();
/** A client signing as the account (its access key id), made once; none retries, so each answer is the emulator's first. */
const clientOf = (account: string, url = emulator.url): GuardDutyClient =>
  new GuardDutyClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: account, secretAccessKey: "secret" }, maxAttempts: 1 });
const as = (account: string): GuardDutyClient => clients.get(account) ?? clients.set(account, clientOf(account)).get(account)!;
const detectorOf = (account: string): string => detectors.get(account)!;
const enable = async (account: string): Promise<void> => {
  const { DetectorId } = await as(account).send(new CreateDetectorCommand({ Enable: true }));
  detectors.set(account, DetectorId!);
};
interface Failure {
  name: string;
  status: number | undefined;
  message: string;
  Type: string | undefined;
}
const failure = async (promise: Promise<unknown>): Promise<Failure> => {
  const error = await promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: { name: string; message: string; Type?: string; $metadata?: { httpStatusCode?: number } }) => e,
  );
  return { name: error.name, status: error.$metadata?.httpStatusCode, message: error.message, Type: error.Type };
};
const BAD_REQUEST = { name: "BadRequestException", status: 400, message: expect.stringMatching(/\S/), Type: "InvalidInputException" };

beforeAll(async () => {
  emulator = await startEmulator({ service: "guardduty" });
});
afterAll(async () => {
  for (const client of clients.values()) client.destroy();
  await emulator.close();
});

describe("the GuardDuty emulator through @aws-sdk/client-guardduty", () => {
  it("lists no detector until one is created, and refuses member operations through a detector that is not the caller's", async () => {
    expect((await as(A).send(new ListDetectorsCommand({}))).DetectorIds).toEqual([]);
    expect(await failure(as(A).send(new InviteMembersCommand({ DetectorId: "0".repeat(32), AccountIds: [B] })))).toEqual({
      ...BAD_REQUEST,
      message: "The request is rejected because the input detectorId is not owned by the current account.",
    });
    expect(await failure(as(A).send(new GetInvitationsCountCommand({})))).toEqual(BAD_REQUEST);
  });

  it("creates one detector per account, refuses a second, and answers a retry with the first's clientToken with the same detector", async () => {
    const first = await as(A).send(new CreateDetectorCommand({ Enable: true, ClientToken: "first-token" }));
    expect(first.DetectorId).toMatch(DETECTOR_ID);
    detectors.set(A, first.DetectorId!);
    for (const account of [B, C]) await enable(account);
    expect(new Set(detectors.values()).size).toBe(3);
    expect(await failure(as(A).send(new CreateDetectorCommand({ Enable: true })))).toEqual({
      ...BAD_REQUEST,
      message: "The request is rejected because a detector already exists for the current account.",
    });
    expect((await as(A).send(new CreateDetectorCommand({ Enable: true, ClientToken: "first-token" }))).DetectorId).toBe(first.DetectorId);
    expect((await as(A).send(new ListDetectorsCommand({}))).DetectorIds).toEqual([first.DetectorId]);
  });

  it("refuses a detector id that is another account's", async () => {
    expect(await failure(as(A).send(new ListMembersCommand({ DetectorId: detectorOf(B) })))).toMatchObject({ name: "BadRequestException", status: 400 });
  });

  it("creates members, then invites only members, listing the others unprocessed with a result", async () => {
    const created = await as(A).send(
      new CreateMembersCommand({
        DetectorId: detectorOf(A),
        AccountDetails: [
          { AccountId: B, Email: "b@example.com" },
          { AccountId: C, Email: "c@example.com" },
          { AccountId: A, Email: "a@example.com" },
        ],
      }),
    );
    expect(created.UnprocessedAccounts).toEqual([{ AccountId: A, Result: expect.stringMatching(/\S/) }]);
    const invited = await as(A).send(
      new InviteMembersCommand({ DetectorId: detectorOf(A), AccountIds: [B, C, D], Message: "join", DisableEmailNotification: true }),
    );
    expect(invited.UnprocessedAccounts).toEqual([{ AccountId: D, Result: expect.stringMatching(/\S/) }]);
  });

  it("shows the invitee its invitation, each member as the SDK parses it", async () => {
    const { Invitations } = await as(B).send(new ListInvitationsCommand({}));
    expect(Invitations).toEqual([
      { AccountId: A, InvitationId: expect.any(String), RelationshipStatus: "Invited", InvitedAt: expect.stringMatching(TIMESTAMP) },
    ]);
    expect((await as(B).send(new GetInvitationsCountCommand({}))).InvitationsCount).toBe(1);
  });

  it("shows the administrator its members with GetMembers, and with ListMembers by onlyAssociated", async () => {
    const got = await as(A).send(new GetMembersCommand({ DetectorId: detectorOf(A), AccountIds: [B, D] }));
    expect(got.Members).toEqual([
      {
        AccountId: B,
        DetectorId: detectorOf(B),
        MasterId: A,
        Email: "b@example.com",
        RelationshipStatus: "Invited",
        InvitedAt: expect.stringMatching(TIMESTAMP),
        UpdatedAt: expect.stringMatching(TIMESTAMP),
        AdministratorId: A,
      },
    ]);
    expect(got.UnprocessedAccounts).toEqual([{ AccountId: D, Result: expect.any(String) }]);
    const listed = async (OnlyAssociated?: string) =>
      (await as(A).send(new ListMembersCommand({ DetectorId: detectorOf(A), ...(OnlyAssociated === undefined ? {} : { OnlyAssociated }) }))).Members?.map(
        (m) => m.AccountId,
      );
    expect(await listed()).toEqual([]);
    expect(await listed("true")).toEqual([]);
    expect(await listed("false")).toEqual([B, C]);
    expect(await listed("FALSE")).toEqual([B, C]);
  });

  it("accepts an invitation only by its invitationId, through the invitee's own detector", async () => {
    const { Invitations } = await as(B).send(new ListInvitationsCommand({}));
    const invitationId = Invitations![0]!.InvitationId!;
    expect(
      await failure(as(B).send(new AcceptAdministratorInvitationCommand({ DetectorId: detectorOf(B), AdministratorId: A, InvitationId: "not-the-id" }))),
    ).toEqual(BAD_REQUEST);
    expect(
      await failure(as(B).send(new AcceptAdministratorInvitationCommand({ DetectorId: detectorOf(A), AdministratorId: A, InvitationId: invitationId }))),
    ).toEqual(BAD_REQUEST);
    await as(B).send(new AcceptAdministratorInvitationCommand({ DetectorId: detectorOf(B), AdministratorId: A, InvitationId: invitationId }));
    const { Administrator } = await as(B).send(new GetAdministratorAccountCommand({ DetectorId: detectorOf(B) }));
    expect(Administrator).toEqual({ AccountId: A, InvitationId: invitationId, RelationshipStatus: "Enabled", InvitedAt: expect.stringMatching(TIMESTAMP) });
    expect((await as(A).send(new ListMembersCommand({ DetectorId: detectorOf(A) }))).Members).toEqual([
      expect.objectContaining({ AccountId: B, RelationshipStatus: "Enabled" }),
    ]);
    expect((await as(B).send(new GetInvitationsCountCommand({}))).InvitationsCount).toBe(0);
  });

  it("answers GetAdministratorAccount of an account without an administrator with 200 and no administrator", async () => {
    const answer = await as(A).send(new GetAdministratorAccountCommand({ DetectorId: detectorOf(A) }));
    expect([answer.$metadata.httpStatusCode, answer.Administrator]).toEqual([200, undefined]);
  });

  it("declines a pending invitation and lists administrators without one unprocessed", async () => {
    const declined = await as(C).send(new DeclineInvitationsCommand({ AccountIds: [A, E] }));
    expect(declined.UnprocessedAccounts).toEqual([{ AccountId: E, Result: expect.stringMatching(/\S/) }]);
    expect((await as(C).send(new ListInvitationsCommand({}))).Invitations).toEqual([]);
    const [member] = (await as(A).send(new GetMembersCommand({ DetectorId: detectorOf(A), AccountIds: [C] }))).Members!;
    expect(member?.RelationshipStatus).toBe("Removed");
  });

  it("deletes a pending invitation", async () => {
    await as(A).send(new InviteMembersCommand({ DetectorId: detectorOf(A), AccountIds: [C] }));
    expect((await as(C).send(new DeleteInvitationsCommand({ AccountIds: [A] }))).UnprocessedAccounts).toEqual([]);
    expect((await as(C).send(new GetInvitationsCountCommand({}))).InvitationsCount).toBe(0);
  });

  it("lets a member leave its administrator once (Resigned), then refuses", async () => {
    const leave = () => as(B).send(new DisassociateFromAdministratorAccountCommand({ DetectorId: detectorOf(B) }));
    expect((await leave()).$metadata.httpStatusCode).toBe(200);
    expect(await failure(leave())).toEqual(BAD_REQUEST);
    expect((await as(B).send(new GetAdministratorAccountCommand({ DetectorId: detectorOf(B) }))).Administrator).toBeUndefined();
    const [member] = (await as(A).send(new GetMembersCommand({ DetectorId: detectorOf(A), AccountIds: [B] }))).Members!;
    expect(member?.RelationshipStatus).toBe("Resigned");
  });

  it("disassociates members, listing accounts that are not members unprocessed, then deletes them", async () => {
    await as(A).send(new InviteMembersCommand({ DetectorId: detectorOf(A), AccountIds: [C] }));
    const disassociated = await as(A).send(new DisassociateMembersCommand({ DetectorId: detectorOf(A), AccountIds: [C, E] }));
    expect(disassociated.UnprocessedAccounts).toEqual([{ AccountId: E, Result: expect.any(String) }]);
    expect((await as(C).send(new GetInvitationsCountCommand({}))).InvitationsCount).toBe(0);
    const deleted = await as(A).send(new DeleteMembersCommand({ DetectorId: detectorOf(A), AccountIds: [B, C, E] }));
    expect(deleted.UnprocessedAccounts).toEqual([{ AccountId: E, Result: expect.any(String) }]);
    expect((await as(A).send(new ListMembersCommand({ DetectorId: detectorOf(A), OnlyAssociated: "false" }))).Members).toEqual([]);
  });

  it.each([
    ["an AccountIds list of none", () => as(A).send(new InviteMembersCommand({ DetectorId: detectorOf(A), AccountIds: [] }))],
    [
      "an AccountIds list of 51",
      () => as(A).send(new DeclineInvitationsCommand({ AccountIds: Array.from({ length: 51 }, (_, i) => String(900000000000 + i)) })),
    ],
    ["an account id of 11 digits", () => as(A).send(new GetMembersCommand({ DetectorId: detectorOf(A), AccountIds: ["12345678901"] }))],
    [
      "an AccountDetail without its required email",
      () => as(A).send(new CreateMembersCommand({ DetectorId: detectorOf(A), AccountDetails: [{ AccountId: D } as never] })),
    ],
    ["MaxResults out of range", () => as(A).send(new ListInvitationsCommand({ MaxResults: 51 }))],
    ["a NextToken it never issued", () => as(A).send(new ListMembersCommand({ DetectorId: detectorOf(A), NextToken: "forged" }))],
    [
      "a FindingPublishingFrequency the model does not list",
      () => as(D).send(new CreateDetectorCommand({ Enable: true, FindingPublishingFrequency: "HOURLY" as never })),
    ],
  ])("answers BadRequestException 400 for %s", async (_what, call) => {
    expect(await failure(call())).toEqual(BAD_REQUEST);
  });

  it("pages ListInvitations and ListMembers with an opaque nextToken", async () => {
    const invitee = "666666666666";
    await enable(invitee);
    const administrators = Array.from({ length: 7 }, (_, i) => String(700000000000 + i));
    for (const administrator of administrators) {
      await enable(administrator);
      await as(administrator).send(
        new CreateMembersCommand({ DetectorId: detectorOf(administrator), AccountDetails: [{ AccountId: invitee, Email: "i@example.com" }] }),
      );
      await as(administrator).send(new InviteMembersCommand({ DetectorId: detectorOf(administrator), AccountIds: [invitee] }));
    }
    const pages: string[][] = [];
    for await (const page of paginateListInvitations({ client: as(invitee), pageSize: 3 }, {})) pages.push(page.Invitations!.map((i) => i.AccountId!));
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat().sort()).toEqual(administrators);
    const members = Array.from({ length: 5 }, (_, i) => ({ AccountId: String(710000000000 + i), Email: "m@example.com" }));
    await as(invitee).send(new CreateMembersCommand({ DetectorId: detectorOf(invitee), AccountDetails: members }));
    const memberPages: number[] = [];
    for await (const page of paginateListMembers({ client: as(invitee), pageSize: 2 }, { DetectorId: detectorOf(invitee), OnlyAssociated: "false" }))
      memberPages.push(page.Members!.length);
    expect(memberPages).toEqual([2, 2, 1]);
  });

  it("deletes a detector, after which its id is refused and the account lists none", async () => {
    const detector = detectorOf(C);
    expect((await as(C).send(new DeleteDetectorCommand({ DetectorId: detector }))).$metadata.httpStatusCode).toBe(200);
    expect((await as(C).send(new ListDetectorsCommand({}))).DetectorIds).toEqual([]);
    expect(await failure(as(C).send(new ListMembersCommand({ DetectorId: detector })))).toEqual(BAD_REQUEST);
    expect(await failure(as(C).send(new ListInvitationsCommand({})))).toEqual(BAD_REQUEST);
  });

  it("answers a failure of its own as InternalServerErrorException 500, which the SDK names", async () => {
    const faults: string[] = [];
    const faulty = await startEmulator({
      service: "guardduty",
      onFault: (message) => void faults.push(message),
      behaviours: [
        {
          name: "crash",
          description: "ListDetectors throws",
          service: "guardduty",
          operations: {
            ListDetectors: () => () => {
              throw new TypeError("planted");
            },
          },
        },
      ],
    });
    const client = clientOf(A, faulty.url);
    try {
      expect(await failure(client.send(new ListDetectorsCommand({})))).toEqual({
        name: "InternalServerErrorException",
        status: 500,
        message: "Internal server error.",
        Type: "InternalServerErrorException",
      });
      expect(faults).toHaveLength(1);
    } finally {
      client.destroy();
      await faulty.close();
    }
  });

  it("refuses to start with a behaviour written for Security Hub", async () => {
    const securityHubs = { name: "hub-only", description: "a Security Hub behaviour", operations: { GetMembers: (next: never) => next } };
    await expect(startEmulator({ service: "guardduty", behaviours: [securityHubs as never] })).rejects.toThrow(
      "the behaviour hub-only is written for securityhub; this emulator serves guardduty",
    );
    await expect(startEmulator({ behaviours: [{ ...securityHubs, service: "guardduty" } as never] })).rejects.toThrow(
      "the behaviour hub-only is written for guardduty; this emulator serves securityhub",
    );
  });
});
