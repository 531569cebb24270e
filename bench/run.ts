/** `npm run bench`: the project's speed and memory figures, measured in one run, against its targets. */
import { timeCertify } from "./certify-timing.ts";
import { measureEmulatorThroughput } from "./emulator-throughput.ts";
import { measureEngineRate } from "./engine-rate.ts";
import { measureFirstFinding } from "./first-finding.ts";
import { measureHostileMemory } from "./hostile-memory.ts";

const verdict = (ok: boolean): string => (ok ? "meets target" : "MISSES target");

console.log("1. certify the embedded emulator at the default budget (npm run certify)");
const certify = await timeCertify();
console.log(
  `   ${certify.wallSeconds.toFixed(1)} s wall (target ≤ 10 s: ${verdict(certify.wallSeconds <= 10)}), exit ${certify.exitCode}, ${certify.requests} requests, suites ran ${certify.runSeconds.toFixed(1)} s`,
);

console.log("\n2. emulator throughput (autocannon, 64 connections, emulator in its own process)");
const throughput = await measureEmulatorThroughput();
for (const figure of throughput) {
  console.log(
    `   ${figure.name.padEnd(28)} ${String(figure.requestsPerSecond).padStart(7)} requests/s   p99 ${figure.p99Ms} ms   non-2xx ${figure.non2xx}   errors ${figure.errors}`,
  );
}
const suiteRate = certify.requests / certify.runSeconds;
const engine = await measureEngineRate(8);
const maximum = throughput[0]!.requestsPerSecond;
console.log(
  `   suite during certification: ${suiteRate.toFixed(0)} requests/s; engine alone (no vitest start-up, 8 scenarios at once): ${engine.perSecond.toFixed(0)} requests/s (${engine.requests} in ${engine.seconds.toFixed(2)} s)`,
);
console.log(
  `   ratio suite / autocannon on InviteMembers: ${(suiteRate / maximum).toFixed(3)} (target ≥ 0.5: ${verdict(suiteRate / maximum >= 0.5)}); engine alone: ${(engine.perSecond / maximum).toFixed(3)}`,
);

console.log("\n3. peak RSS of the certify process (largest of it and its workers, GNU time)");
console.log(`   ${certify.peakRssMiB === undefined ? "not measured" : `${certify.peakRssMiB.toFixed(0)} MiB`}`);

console.log("\n4. time to the first finding across the faulty variants, fail-fast (engine in process)");
const first = await measureFirstFinding();
console.log(
  `   median ${first.medianSeconds.toFixed(2)} s, slowest ${first.maxSeconds.toFixed(2)} s over ${first.variants - first.missed.length}/${first.variants} variants (target median ≤ 2 s: ${verdict(first.medianSeconds <= 2)})${first.missed.length ? `; no finding: ${first.missed.join(", ")}` : ""}`,
);

console.log("\n5. peak RSS of certify against hostile targets (every scenario, 3 runs each; sampled from /proc)");
for (const mode of ["gzip-bomb", "body-8mb"] as const) {
  const hostile = await measureHostileMemory(mode);
  console.log(
    `   ${mode.padEnd(10)} largest process ${hostile.processMiB} MiB (target < 500 MiB: ${verdict(hostile.processMiB < 500)}), certify and workers together ${hostile.treeMiB} MiB, exit ${hostile.exitCode}, ${hostile.seconds.toFixed(1)} s`,
  );
}
