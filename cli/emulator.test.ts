import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { command } from "../tools/run-cli.fixture.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The emulator command in a child process; `waitFor` settles on its output, never on the clock. */
function run(args: string[]): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
  waitFor: (pattern: RegExp) => Promise<RegExpMatchArray>;
} {
  const child = spawn(...command("cli/emulator.ts", [...args]), { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const waiting = new Set<() => void>();
  const read = (chunk: Buffer): void => {
    output += chunk;
    for (const check of waiting) check();
  };
  child.stdout!.on("data", read);
  child.stderr!.on("data", read);
  const exit = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  // Resolves once the output shows `pattern`; rejects if the command ends first.
  const waitFor = (pattern: RegExp): Promise<RegExpMatchArray> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const match = output.match(pattern);
        if (!match) return;
        waiting.delete(check);
        resolve(match);
      };
      waiting.add(check);
      check();
      void exit.then(() => (waiting.delete(check) ? reject(new Error(`the emulator ended without ${pattern} in its output: ${output}`)) : undefined));
    });
  return { child, output: () => output, exit, waitFor };
}

describe("npm run emulator", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("prints the bound address for --port 0, serves, and stops on %s", async (signal) => {
    const emulator = run(["--port", "0"]);
    const [, url] = await emulator.waitFor(/listening (http:\/\/127\.0\.0\.1:\d+)/);
    const response = await fetch(`${url}/invitations/count`, { headers: { authorization: "AWS4-HMAC-SHA256 Credential=111111111111/x" } });
    expect([response.status, response.headers.get("x-amzn-errortype")]).toEqual([401, "InvalidAccessException"]);
    emulator.child.kill(signal);
    expect(await emulator.exit).toBe(0);
  });

  it("serves GuardDuty with --service guardduty", async () => {
    const emulator = run(["--port", "0", "--service", "guardduty"]);
    const [, url] = await emulator.waitFor(/listening (http:\/\/127\.0\.0\.1:\d+)/);
    expect(emulator.output()).toContain("emulating Amazon GuardDuty");
    const authorization = "AWS4-HMAC-SHA256 Credential=111111111111/20261207/us-east-1/guardduty/aws4_request, SignedHeaders=host, Signature=00";
    const count = await fetch(`${url}/invitation/count`, { headers: { authorization } });
    expect([count.status, count.headers.get("x-amzn-errortype")]).toEqual([400, "BadRequestException"]);
    await count.text();
    const created = await fetch(`${url}/detector`, { method: "POST", headers: { authorization, "content-type": "application/json" }, body: '{"enable":true}' });
    expect(await created.json()).toEqual({ detectorId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    emulator.child.kill("SIGTERM");
    expect(await emulator.exit).toBe(0);
  });

  it.each([
    [["--service", "macie2"], /--service must be securityhub or guardduty, got "macie2"/],
    [
      ["--service", "guardduty", "--variant", "ineligible-reported-processed"],
      /the behaviour ineligible-reported-processed is written for securityhub; this emulator serves guardduty/,
    ],
    [["--port", "seventy"], /--port must be a whole number/],
    [["--port", "70000"], /--port must be a whole number/],
    [["--colour"], /Unknown option '--colour'/],
  ])("refuses %j with exit 2 and a usage line", async (args, message) => {
    const emulator = run(args);
    expect(await emulator.exit).toBe(2);
    expect(emulator.output()).toMatch(message);
    expect(emulator.output()).toContain("usage: npm run emulator");
  });

  it("says which port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const emulator = run(["--port", String(port)]);
      expect(await emulator.exit).toBe(2);
      expect(emulator.output()).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });
});
