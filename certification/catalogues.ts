/**
 * The catalogues a mock author may want beside `certify`: every check the suite runs (its id, family and
 * the documented rule it enforces) and every variant emulator proving the suite's verdicts.
 */
import * as effects from "../checks/effects.ts";
import * as errorShapes from "../checks/error-shapes.ts";
import { CHECK_FAMILIES, type CheckDefinition } from "../checks/finding.ts";
import * as isolation from "../checks/isolation.ts";
import * as statusCodes from "../checks/status-codes.ts";
import * as successShapes from "../checks/success-shapes.ts";
import * as unprocessedAccounts from "../checks/unprocessed-accounts.ts";
import { THROTTLED_OUT } from "../conformance/case-run.ts";

export { CHECK_FAMILIES };
export { ALL_VARIANTS, FAULTY_VARIANTS, TOLERANT_VARIANTS } from "../variants/index.ts";

const isCheckDefinition = (value: unknown): value is CheckDefinition =>
  typeof value === "object" && value !== null && typeof (value as CheckDefinition).id === "string" && typeof (value as CheckDefinition).rule === "string" && CHECK_FAMILIES.includes((value as CheckDefinition).family);

/** Every check, by family then id. The check modules export their definitions as constants; this collects them. */
export const CHECKS: readonly CheckDefinition[] = [...[statusCodes, errorShapes, successShapes, unprocessedAccounts, effects, isolation].flatMap((module) => Object.values(module).filter(isCheckDefinition)), THROTTLED_OUT].sort(
  (a, b) => CHECK_FAMILIES.indexOf(a.family) - CHECK_FAMILIES.indexOf(b.family) || a.id.localeCompare(b.id),
);
