/**
 * Peak resident memory of a process and its descendants (vitest's workers), sampled from /proc: the
 * largest single process, and the largest sum over the tree at one moment. Linux only; elsewhere both stay 0.
 */
import { readdirSync, readFileSync } from "node:fs";

export interface PeakRss {
  /** The largest resident set any one process of the tree reached, in MiB. */
  processMiB: number;
  /** The largest resident set of the whole tree at one sample, in MiB. */
  treeMiB: number;
}

const PAGE_KIB = 4;

export function watchPeakRss(rootPid: number, intervalMs = 100): { stop(): PeakRss } {
  const peak: PeakRss = { processMiB: 0, treeMiB: 0 };
  const sample = (): void => {
    const processes = readProcesses();
    const tree = descendants(rootPid, processes);
    let total = 0;
    for (const pid of tree) {
      const mib = processes.get(pid)?.rssMiB ?? 0;
      total += mib;
      peak.processMiB = Math.max(peak.processMiB, mib);
    }
    peak.treeMiB = Math.max(peak.treeMiB, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { processMiB: Math.round(peak.processMiB), treeMiB: Math.round(peak.treeMiB) };
    },
  };
}

function readProcesses(): Map<number, { ppid: number; rssMiB: number }> {
  const processes = new Map<number, { ppid: number; rssMiB: number }>();
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return processes;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields are counted after its closing one.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      processes.set(Number(entry), { ppid: Number(fields[1]), rssMiB: (Number(fields[21]) * PAGE_KIB) / 1024 });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return processes;
}

function descendants(root: number, processes: Map<number, { ppid: number }>): number[] {
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, { ppid }] of processes) if (ppid === found[i]) found.push(pid);
  }
  return found;
}
