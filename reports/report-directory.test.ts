import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MARKER, PREVIOUS, ReportDirectory, ReportDirectoryError, unfinishedRun } from "./report-directory.ts";

const fresh = (): string => mkdtempSync(join(tmpdir(), "report-dir-"));
const earlierRun = (directory: string): void => {
  writeFileSync(join(directory, "certificate.json"), '{"verdict":"certified"}');
  mkdirSync(join(directory, "allure-results"));
  writeFileSync(join(directory, "notes.txt"), "the user's own file");
};
const write = (staging: string) => {
  for (const name of ["certificate.json", "certificate.md", "junit.xml"]) writeFileSync(join(staging, name), `new ${name}`);
  mkdirSync(join(staging, "allure-results"));
  return {
    json: join(staging, "certificate.json"),
    markdown: join(staging, "certificate.md"),
    junit: join(staging, "junit.xml"),
    allureResults: join(staging, "allure-results"),
  };
};

describe("a report directory a run claims", () => {
  it("sets the earlier run's reports aside and marks the run under way, leaving other files alone", () => {
    const directory = fresh();
    earlierRun(directory);
    const claimed = ReportDirectory.claim(directory);
    expect(claimed.previous).toBe(join(directory, PREVIOUS));
    expect(JSON.parse(readFileSync(join(directory, MARKER), "utf8")).note).toContain(`the reports of the run before it are in ${PREVIOUS}/`);
    expect(existsSync(join(directory, "certificate.json"))).toBe(false);
    expect(readFileSync(join(directory, PREVIOUS, "certificate.json"), "utf8")).toContain("certified");
    expect(existsSync(join(directory, PREVIOUS, "allure-results"))).toBe(true);
    expect(existsSync(join(directory, "notes.txt"))).toBe(true);
    expect(unfinishedRun(directory)).toMatchObject({ pid: process.pid });
  });

  it("names no previous/ when there was no earlier run's report to set aside, though an older previous/ is there", () => {
    const directory = fresh();
    mkdirSync(join(directory, PREVIOUS));
    writeFileSync(join(directory, PREVIOUS, "certificate.json"), '{"verdict":"certified"}');
    const claimed = ReportDirectory.claim(directory);
    expect(claimed.previous).toBeUndefined();
    expect(JSON.parse(readFileSync(join(directory, MARKER), "utf8")).note).not.toContain(PREVIOUS);
  });

  it("moves the new reports into place at the end, and the marker goes", () => {
    const directory = fresh();
    const claimed = ReportDirectory.claim(directory);
    const files = claimed.commit(write);
    expect(files.json).toBe(join(directory, "certificate.json"));
    expect(readFileSync(files.json, "utf8")).toBe("new certificate.json");
    expect(existsSync(join(directory, MARKER))).toBe(false);
    expect(existsSync(join(directory, `.writing-${process.pid}`))).toBe(false);
  });

  it("of a run that stopped before its reports keeps no certificate: the earlier one stays aside", () => {
    const directory = fresh();
    earlierRun(directory);
    ReportDirectory.claim(directory).release();
    expect(existsSync(join(directory, "certificate.json"))).toBe(false);
    expect(existsSync(join(directory, PREVIOUS, "certificate.json"))).toBe(true);
    expect(unfinishedRun(directory)).toBeUndefined();
  });

  it("refuses a path that cannot hold reports, at once", () => {
    const file = join(fresh(), "a-file");
    writeFileSync(file, "");
    expect(() => ReportDirectory.claim(join(file, "out"))).toThrow(ReportDirectoryError);
  });
});
