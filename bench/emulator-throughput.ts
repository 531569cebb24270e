/** Requests/s and p99 latency of the emulator for InviteMembers with 5 ids and for DeclineInvitations, measured with autocannon. */
import autocannon from "autocannon";
import { spawnEmulator } from "./emulator-process.ts";

const ADMINISTRATOR = "111111111111";
const MEMBERS = ["222222222222", "333333333333", "444444444444", "555555555555", "666666666666"];
const authorization = (account: string): string =>
  `AWS4-HMAC-SHA256 Credential=${account}/20261121/us-east-1/securityhub/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=${"0".repeat(64)}`;

export interface ThroughputFigure {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, name: string, account: string, path: string, body: unknown, seconds: number): Promise<ThroughputFigure> {
  const result = await autocannon({
    url: `${url}${path}`,
    method: "POST",
    headers: { authorization: authorization(account), "content-type": "application/json" },
    body: JSON.stringify(body),
    connections: 64,
    pipelining: 1,
    duration: seconds,
  });
  return { name, requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

/** autocannon on a fresh emulator: InviteMembers with 5 ids, then (unless `inviteOnly`) DeclineInvitations with 1. */
export async function measureEmulatorThroughput(seconds = 5, { inviteOnly = false }: { inviteOnly?: boolean } = {}): Promise<ThroughputFigure[]> {
  const emulator = await spawnEmulator();
  try {
    const post = (account: string, path: string, body: unknown): Promise<Response> =>
      fetch(`${emulator.url}${path}`, {
        method: "POST",
        headers: { authorization: authorization(account), "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    for (const account of [ADMINISTRATOR, ...MEMBERS]) await post(account, "/accounts", {});
    await post(ADMINISTRATOR, "/members", { AccountDetails: MEMBERS.map((AccountId) => ({ AccountId })) });
    const invite = await load(emulator.url, "InviteMembers, 5 ids", ADMINISTRATOR, "/members/invite", { AccountIds: MEMBERS }, seconds);
    if (inviteOnly) return [invite];
    return [invite, await load(emulator.url, "DeclineInvitations, 1 id", MEMBERS[0]!, "/invitations/decline", { AccountIds: [ADMINISTRATOR] }, seconds)];
  } finally {
    await emulator.stop();
  }
}
