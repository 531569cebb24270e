/**
 * What a command prints for a usage error: its usage's first line and where the rest is, then the one precise line,
 * last, where a terminal leaves it in view (after the whole usage it scrolled away: certify's is 36 lines).
 */
import { invocation } from "./invocation.ts";

export function usageErrorText(command: string, message: string, usage: string): string {
  const [synopsis, ...more] = usage.split("\n");
  const help = more.length > 0 ? `   (${invocation(command)} --help for every option)` : "";
  return `${synopsis}${help}\n${command}: ${message}`;
}

/** Prints the usage error on stderr and exits 2. */
export function exitWithUsageError(command: string, message: string, usage: string): never {
  console.error(usageErrorText(command, message, usage));
  process.exit(2);
}
