/** Issue 10: a pathological string in a request blocks no one: the model's patterns and sizes are checked in linear time, in every emulated service. */
import { Pool } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandPath } from "../protocol/uri-path.ts";
import { operationOf } from "../specs/spec-model.ts";
import { linearBudgetMs } from "../tools/linear-time.fixture.ts";
import { EMULATED_DESCRIPTORS, FamilyDriver } from "./family-driver.fixture.ts";
import { emulatedService, serve, type RunningEmulator } from "./index.ts";

const MiB = 1024 * 1024;
const ACCOUNT = "111111111111";

describe.each(EMULATED_DESCRIPTORS)("the %s emulator and 1 MiB of blanks", (_title, service) => {
  let emulator: RunningEmulator<unknown>;
  let driver: FamilyDriver;
  let pool: Pool;
  beforeAll(async () => {
    emulator = await serve(emulatedService(service.name));
    driver = await FamilyDriver.open(service, emulator.url);
    await driver.enable(ACCOUNT);
    pool = new Pool(emulator.url, { connections: 2 });
  });
  afterAll(async () => {
    await pool.close();
    await driver.close();
    await emulator.close();
  });

  it("rejects an InviteMembers whose only id is blanks filling the 1 MiB body limit, in linear time", async () => {
    const invite = operationOf(driver.spec, service.family.inviteMembers!.operation);
    const path = expandPath(invite, driver.labelsOf(ACCOUNT));
    const headers = {
      authorization: `AWS4-HMAC-SHA256 Credential=${ACCOUNT}/20261121/us-east-1/${service.endpoint.signingName}/aws4_request, SignedHeaders=host, Signature=00`,
      "content-type": "application/json",
    };
    const prefix = `{"${service.names.accountIds}":["`;
    const suffix = '"]}';
    const body = `${prefix}${" ".repeat(MiB - prefix.length - suffix.length)}${suffix}`;
    expect(Buffer.byteLength(body)).toBe(MiB);
    // Warm the compiled validator and the connection with a small blank id first: the bound is on the matching, not on start-up.
    await (await pool.request({ method: "POST", path, headers, body: `${prefix}  ${suffix}` })).body.text();
    const started = performance.now();
    const response = await pool.request({ method: "POST", path, headers, body });
    const text = await response.body.text();
    const elapsed = performance.now() - started;
    expect(response.statusCode).toBe(400);
    expect(response.headers["x-amzn-errortype"]).toBe(invite.errors.find((e) => e.status === 400)!.name);
    expect(JSON.parse(text)).toEqual(emulatedService(service.name).errorBody(response.headers["x-amzn-errortype"] as string, expect.any(String) as never));
    expect(elapsed).toBeLessThan(linearBudgetMs(body.length));
  });
});
