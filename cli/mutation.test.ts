/** `npm run mutation` as users run it: the matrix, the score and the statements the variants run prove. */
import { describe, expect, it } from "vitest";
import { runCli } from "../tools/run-cli.fixture.ts";

describe("npm run mutation", () => {
  it("prints each variant's verdict, the score and the statements the variants run prove, and exits 0 when all hold", async () => {
    const { code, output } = await runCli("cli/mutation.ts", ["--runs", "1", "--seed", "1", "--only", "success-status/Get*Count,no-email-shown"]);
    expect(output).toMatch(/^ success-status\/GetInvitationsCount +faulty +findings +findings /m);
    expect(output).toMatch(/^ no-email-shown +tolerant +certified +certified /m);
    expect(output).toContain("mutation score: killed 1/1; false alarms 0/1");
    expect(output).toMatch(/^statements proven by the variants run: 1 of the 1 they claim \(\d+ enforced; run every variant for the whole count\)$/m);
    expect(code, output).toBe(0);
  });
});
