/**
 * `npm run bench`: the project's speed and memory figures, measured in one run, against its targets. With `--docs` it
 * also writes what it printed into docs/speed.md, with the day, the commit and the machine: the one place the figures
 * are stated.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { HOSTILE_MODES } from "../tools/hostile-target.ts";
import { FAULTY_VARIANTS } from "../variants/index.ts";
import { timeCertify } from "./certify-timing.ts";
import { measureCertifyWall, measureFirstFindingCli, measureRatePair, measureStartup, median } from "./cli-timing.ts";
import { measureHostileMemory } from "./hostile-memory.ts";
import { SPEED_PAGE, takeMeasurement, withMeasurement } from "./speed-page.ts";

const printed: string[] = [];
/** Prints a line of the bench's output and keeps it for docs/speed.md. */
const say = (line: string): void => {
  printed.push(line);
  console.log(line);
};
const verdict = (ok: boolean): string => (ok ? "meets target" : "MISSES target");
const DEEP_RUNS = 200;
const RATE_PAIRS = 3;
const NIGHTLY_RUNS = 1000;

// The compiled command is what installed users run (npx); build it from these sources first.
const build = spawnSync(process.execPath, ["tools/build.mjs"], { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const FORMS = {
  compiled: "compiled (npx securityhub-conformance certify)",
  npm: "npm run certify (a clone, built by npm ci)",
  tsx: "tsx (npm run certify after a change, before npm run build)",
} as const;
const forms = Object.keys(FORMS) as (keyof typeof FORMS)[];

say("1. start-up: from starting certify to the first request its target receives (median of 5)");
for (const form of forms) {
  const seconds = await measureStartup(form);
  say(`   ${FORMS[form]}: ${seconds.toFixed(2)} s (target < 1 s: ${verdict(seconds < 1)})`);
}

say("\n2. certify the embedded emulator at the default budget, coverage phase included (median of 3)");
for (const form of forms) {
  const wall = await measureCertifyWall(form);
  say(`   ${FORMS[form]}: ${wall.seconds.toFixed(2)} s wall, ${wall.requests} requests (target ≤ 3 s: ${verdict(wall.seconds <= 3)})`);
}
const certify = await timeCertify();
say(`   peak RSS of that run (npm run certify, GNU time): ${certify.peakRssMiB === undefined ? "not measured" : `${certify.peakRssMiB.toFixed(0)} MiB`}`);

say(
  `\n3. request rate of a deep run (--runs ${DEEP_RUNS}) and autocannon on the same emulator (its own process, 64 connections), in ${RATE_PAIRS} pairs measured back to back`,
);
// The machine's speed drifts (other tenants share it), and autocannon's figure with it: each deep run is set against the
// autocannon run just before it, and the median of the pairs' ratios is the figure.
const ratios: number[] = [];
for (let pair = 1; pair <= RATE_PAIRS; pair++) {
  const { throughput, deep, ratio, emulatorMicrosecondsPerRequest } = await measureRatePair(DEEP_RUNS, { inviteOnly: pair > 1 });
  for (const figure of throughput) {
    say(
      `   autocannon ${figure.name.padEnd(24)} ${String(figure.requestsPerSecond).padStart(7)} requests/s   p99 ${figure.p99Ms} ms   non-2xx ${figure.non2xx}   errors ${figure.errors}`,
    );
  }
  ratios.push(ratio);
  say(
    `   certify --runs ${DEEP_RUNS}: ${deep.perSecond.toFixed(0)} requests/s (${deep.requests} in ${deep.seconds.toFixed(2)} s), ${deep.cpuMicrosecondsPerRequest.toFixed(0)} µs of the suite's CPU per request; ratio ${ratio.toFixed(3)}`,
  );
  // The deep run's requests cost the emulator more than autocannon's one request does (errors, lists, state): its own
  // CPU per request bounds the rate any client could draw from it on the core it runs on.
  if (emulatorMicrosecondsPerRequest !== undefined) {
    const ceiling = 1e6 / emulatorMicrosecondsPerRequest;
    say(
      `   the emulator spent ${emulatorMicrosecondsPerRequest.toFixed(0)} µs of CPU per request of that run: alone on a core it could serve at most ${ceiling.toFixed(0)} requests/s of them, a ratio of ${(ceiling / throughput[0]!.requestsPerSecond).toFixed(3)}`,
    );
  }
}
const ratio = median(ratios);
say(`   ratio to autocannon on InviteMembers, median of ${RATE_PAIRS} pairs: ${ratio.toFixed(3)} (target ≥ 0.5: ${verdict(ratio >= 0.5)})`);
// A nightly budget, for comparison: V8's warm-up, a quarter of a --runs 200 run, weighs less over a longer one.
const nightly = await measureRatePair(NIGHTLY_RUNS, { inviteOnly: true });
say(
  `   for comparison, one pair at --runs ${NIGHTLY_RUNS}: ${nightly.deep.perSecond.toFixed(0)} ÷ ${nightly.throughput[0]!.requestsPerSecond} = ${nightly.ratio.toFixed(3)} (${nightly.deep.requests} requests in ${nightly.deep.seconds.toFixed(2)} s, ${nightly.deep.cpuMicrosecondsPerRequest.toFixed(0)} µs of the suite's CPU per request)`,
);

say(`\n4. time to the first finding printed by certify --fail-fast, over the ${FAULTY_VARIANTS.length} faulty variants (compiled)`);
const first = await measureFirstFindingCli(FAULTY_VARIANTS);
say(
  `   median ${first.median.toFixed(2)} s, slowest ${first.max.toFixed(2)} s (target median ≤ 1.5 s: ${verdict(first.median <= 1.5)})${first.missed.length ? `; no finding printed: ${first.missed.join(", ")}` : ""}`,
);

say("\n5. certify against every hostile target (every scenario, 3 runs each; peak RSS sampled from /proc)");
for (const mode of HOSTILE_MODES) {
  const hostile = await measureHostileMemory(mode);
  const ok = hostile.exitCode !== 0 && hostile.seconds <= 60 && hostile.processMiB < 500 && hostile.treeMiB < 1024;
  say(
    `   ${mode.padEnd(17)} exit ${hostile.exitCode}, ${hostile.seconds.toFixed(1).padStart(5)} s, largest process ${String(hostile.processMiB).padStart(4)} MiB, all ${String(hostile.treeMiB).padStart(4)} MiB (targets: not certified, ≤ 60 s, < 500 MiB, < 1 GiB: ${verdict(ok)})`,
  );
}

if (process.argv.includes("--docs")) {
  writeFileSync(SPEED_PAGE, withMeasurement(readFileSync(SPEED_PAGE, "utf8"), takeMeasurement(printed.join("\n"))));
  console.log(`\nwrote these figures into ${fileURLToPath(SPEED_PAGE)}`);
}
