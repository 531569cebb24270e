/**
 * A report directory a run owns. When the run starts, the reports of the run before it are set aside in
 * `previous/` and a marker says a run is under way; at the end the new reports are written beside, then moved
 * into place, and the marker goes. A run that is interrupted writes an incomplete certificate; one that crashes
 * leaves the marker and no certificate. Either way no earlier `certified` certificate is left to read as current
 * (a cancelled CI job cannot publish an old pass).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, accessSync, constants, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The reports a run writes, by file name: what is set aside and replaced. */
export const REPORT_FILES = ["certificate.json", "certificate.md", "junit.xml", "allure-results", "allure-report"] as const;
export const PREVIOUS = "previous";
export const MARKER = "run-in-progress.json";

export class ReportDirectoryError extends Error {
  override name = "ReportDirectoryError";
}

export interface ReportFiles {
  json: string;
  markdown: string;
  junit: string;
  allureResults: string;
}

export class ReportDirectory {
  /** Where the reports of the run before this one went, when it found any to set aside; else undefined. */
  private previousRun: string | undefined;

  private constructor(readonly path: string) {}

  /** The folder holding the reports this run set aside (those of the run before it), if it found any. */
  get previous(): string | undefined {
    return this.previousRun;
  }

  /**
   * Claims `directory` for a run: creates it (each missing level on its own: a recursive mkdir under /proc never
   * returns), sets the previous run's reports aside and writes the marker. Throws ReportDirectoryError at once for
   * a directory that cannot be created or written.
   */
  static claim(directory: string, startedAt: Date = new Date()): ReportDirectory {
    const path = resolve(directory);
    try {
      const missing: string[] = [];
      let existing = path;
      while (!existsSync(existing)) {
        missing.unshift(existing);
        existing = dirname(existing);
      }
      if (!statSync(existing).isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
      for (const level of missing) mkdirSync(level);
      accessSync(path, constants.W_OK);
      const claimed = new ReportDirectory(path);
      claimed.setPreviousAside();
      const before = claimed.previous === undefined ? "" : `; the reports of the run before it are in ${PREVIOUS}/`;
      writeFileSync(
        join(path, MARKER),
        `${JSON.stringify({ pid: process.pid, startedAt: startedAt.toISOString(), note: `a certify run started here and has not finished${before}` }, null, 2)}\n`,
      );
      return claimed;
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new ReportDirectoryError(`the report directory ${path} cannot be created or written (${reason}); choose another with --report-dir.`);
    }
  }

  /** Writes the reports (through `write`, into a directory beside) and moves them into place; the marker goes. */
  commit(write: (staging: string) => ReportFiles): ReportFiles {
    const staging = join(this.path, `.writing-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
    const written = write(staging);
    for (const name of REPORT_FILES) {
      if (!existsSync(join(staging, name))) continue;
      rmSync(join(this.path, name), { recursive: true, force: true });
      renameSync(join(staging, name), join(this.path, name));
    }
    rmSync(staging, { recursive: true, force: true });
    rmSync(join(this.path, MARKER), { force: true });
    const at = (file: string): string => join(this.path, file.slice(staging.length + 1));
    return { json: at(written.json), markdown: at(written.markdown), junit: at(written.junit), allureResults: at(written.allureResults) };
  }

  /** Ends the claim of a run that wrote no reports: the marker goes, the earlier reports stay in previous/. */
  release(): void {
    rmSync(join(this.path, MARKER), { force: true });
  }

  /** The earlier run's reports, moved into previous/ (replacing what an even earlier run left there). */
  private setPreviousAside(): void {
    const present = REPORT_FILES.filter((name) => existsSync(join(this.path, name)));
    if (present.length === 0) return;
    const previous = join(this.path, PREVIOUS);
    rmSync(previous, { recursive: true, force: true });
    mkdirSync(previous);
    for (const name of present) renameSync(join(this.path, name), join(previous, name));
    this.previousRun = previous;
  }
}

/** The marker a run left, when one did not finish: what a reader of the directory should know. */
export function unfinishedRun(directory: string): { pid: number; startedAt: string } | undefined {
  try {
    return JSON.parse(readFileSync(join(directory, MARKER), "utf8")) as { pid: number; startedAt: string };
  } catch {
    return undefined;
  }
}
