/** `securityhub-conformance --version`: the suite's version, and the AWS model it judges by (the vendored model's provenance). */
import { packageInfo } from "../certification/package-info.ts";
import { modelLine, modelProvenance } from "../specs/model-provenance.ts";

console.log(packageInfo().version);
console.log(`AWS model: ${modelLine(modelProvenance())}`);
