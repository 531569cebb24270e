/** Issue 10: a pathological string in a request blocks no one: the model's patterns are matched in linear time. */
import { Pool } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "./index.ts";
import { linearBudgetMs } from "../tools/linear-time.fixture.ts";

const auth = (account: string): string =>
  `AWS4-HMAC-SHA256 Credential=${account}/20261121/us-east-1/securityhub/aws4_request, SignedHeaders=host, Signature=00`;
const MiB = 1024 * 1024;

describe("the emulator and 1 MiB of blanks", () => {
  let emulator: RunningEmulator;
  let pool: Pool;
  beforeAll(async () => {
    emulator = await startEmulator();
    pool = new Pool(emulator.url, { connections: 2 });
    await (await pool.request({ method: "POST", path: "/accounts", headers: { authorization: auth("111111111111") }, body: "{}" })).body.text();
  });
  afterAll(async () => {
    await pool.close();
    await emulator.close();
  });

  it("rejects an InviteMembers whose only id is blanks filling the 1 MiB body limit, in linear time", async () => {
    const prefix = '{"AccountIds":["';
    const suffix = '"]}';
    const body = `${prefix}${" ".repeat(MiB - prefix.length - suffix.length)}${suffix}`;
    expect(Buffer.byteLength(body)).toBe(MiB);
    // Warm the compiled validator and the connection with a small blank id first: the bound is on the matching, not on start-up.
    await (
      await pool.request({
        method: "POST",
        path: "/members/invite",
        headers: { authorization: auth("111111111111"), "content-type": "application/json" },
        body: '{"AccountIds":["  "]}',
      })
    ).body.text();
    const started = performance.now();
    const response = await pool.request({
      method: "POST",
      path: "/members/invite",
      headers: { authorization: auth("111111111111"), "content-type": "application/json" },
      body,
    });
    const text = await response.body.text();
    const elapsed = performance.now() - started;
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(text).Code).toBe("InvalidInputException");
    expect(elapsed).toBeLessThan(linearBudgetMs(body.length));
  });
});
