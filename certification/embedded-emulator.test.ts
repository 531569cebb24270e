/** With no endpoint, certify plays the embedded reference emulator of the service it certifies. */
import { expect, it } from "vitest";
import { certify } from "./certify.ts";

it.each([
  ["securityhub", "valid-input/GetInvitationsCount"],
  ["guardduty", "invalid-input/ListDetectors"],
])("certifies %s's embedded emulator on %s", async (service, scenario) => {
  const certificate = await certify({ service, runs: 1, seed: 1, only: [scenario] });
  expect([certificate.verdict, certificate.defects]).toEqual(["certified", []]);
});
