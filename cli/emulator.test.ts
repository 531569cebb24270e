import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { command } from "../tools/run-cli.fixture.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function run(args: string[]): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(...command("cli/emulator.ts", [...args]), { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function waitFor(output: () => string, pattern: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = output().match(pattern);
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`no ${pattern} in output: ${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("npm run emulator", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("prints the bound address for --port 0, serves, and stops on %s", async (signal) => {
    const emulator = run(["--port", "0"]);
    const [, url] = await waitFor(emulator.output, /listening (http:\/\/127\.0\.0\.1:\d+)/);
    const response = await fetch(`${url}/invitations/count`, { headers: { authorization: "AWS4-HMAC-SHA256 Credential=111111111111/x" } });
    expect([response.status, response.headers.get("x-amzn-errortype")]).toEqual([401, "InvalidAccessException"]);
    emulator.child.kill(signal);
    expect(await emulator.exit).toBe(0);
  });

  it.each([
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
