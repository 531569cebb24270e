/** `npm run bench`: prints the project's speed figures. */
import { measureEmulatorThroughput } from "./emulator-throughput.ts";

console.log("emulator throughput (autocannon, 64 connections, emulator in its own process)");
for (const figure of await measureEmulatorThroughput()) {
  console.log(`  ${figure.name.padEnd(28)} ${String(figure.requestsPerSecond).padStart(7)} requests/s   p99 ${figure.p99Ms} ms   non-2xx ${figure.non2xx}   errors ${figure.errors}`);
}
