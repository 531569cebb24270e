/** Starts Stoplight Prism mocking the suite's own OpenAPI document, on loopback, for certifying a third-party mock. */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.ts";

export interface PrismMock {
  url: string;
  stop(): Promise<void>;
}

/** Resolves once Prism says it is listening; rejects with its output if it exits or takes over `timeoutMs`. */
export async function startPrism(timeoutMs = 60_000): Promise<PrismMock> {
  const port = await freePort();
  const prism = fileURLToPath(new URL("../node_modules/.bin/prism", import.meta.url));
  const spec = fileURLToPath(new URL("../specs/securityhub.openapi.json", import.meta.url));
  const child: ChildProcess = spawn(prism, ["mock", spec, "-h", "127.0.0.1", "-p", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk;
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code} before listening:\n${output}`));
    });
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
