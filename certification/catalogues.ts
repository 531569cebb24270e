/**
 * The catalogues a mock author may want beside `certify`: every check the suite runs (its id, family, source,
 * severity and the documented rule it enforces) and every variant emulator proving the suite's verdicts.
 */
export { CHECKS } from "../checks/index.ts";
export { CHECK_FAMILIES, CHECK_SOURCES, SOURCE_NAMES } from "../checks/finding.ts";
export { ALL_VARIANTS, FAULTY_VARIANTS, TOLERANT_VARIANTS } from "../variants/index.ts";
