/**
 * docs/speed.md's measured section: what `npm run bench -- --docs` printed, as it printed it, with the day, the commit
 * and the machine it ran on. The figures are stated there and nowhere else, so they cannot disagree with a copy.
 */
import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

export const SPEED_PAGE = new URL("../docs/speed.md", import.meta.url);
const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

export interface Measurement {
  /** The UTC day, YYYY-MM-DD. */
  day: string;
  /** The commit measured, and whether the worktree had changes besides it. */
  commit: string;
  machine: string;
  /** The bench's output, as it printed it. */
  output: string;
}

/** The commit and the machine, taken when the bench starts (a busy machine's figures say so), so edits made while it runs do not count. */
const START_STATE = (() => {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const git = (...args: string[]): string => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
  const changed = git("status", "--porcelain", "--untracked-files=no") !== "";
  const processors = cpus();
  return {
    commit: `${git("rev-parse", "--short", "HEAD")}${changed ? " (with uncommitted changes)" : ""}`,
    machine: `${processors.length} × ${processors[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}, load average ${loadavg()[0]!.toFixed(2)} at the start`,
  };
})();

/** When, on what and where the bench ran, with what it printed. */
export function takeMeasurement(output: string, now = new Date()): Measurement {
  return { day: now.toISOString().slice(0, 10), ...START_STATE, output };
}

/** The page with its measured section replaced by this measurement. */
export function withMeasurement(page: string, { day, commit, machine, output }: Measurement): string {
  const from = page.indexOf(START);
  const to = page.indexOf(END);
  if (from === -1 || to < from) throw new Error(`docs/speed.md has no ${START} … ${END} section`);
  const section = [`Measured on ${day} at ${commit}, with \`npm run bench -- --docs\`, on ${machine}:`, "", "```", output.trim(), "```"].join("\n");
  return `${page.slice(0, from + START.length)}\n${section}\n${page.slice(to)}`;
}
