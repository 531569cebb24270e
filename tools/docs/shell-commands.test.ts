import { describe, expect, it } from "vitest";
import { fencedCommands, inlineCommands, optionsOf, optionTable, statedDefault, wordsOf } from "./shell-commands.ts";

const PAGE = `# Title

## Quick start

\`\`\`sh
npm ci                # install, once
npm run certify       # certify: exit 0 = certified
\`\`\`

\`\`\`ts
const notShell = "npm run nothing";
\`\`\`

### Real

Run \`npm run certify -- --seed 7\` or \`npx securityhub-conformance report\`, not \`npm ci\`.

\`\`\`bash
npm run certify -- --real-account \\
  --own-accounts 1,2,3 --dry-run     # print the plan
# listening http://127.0.0.1:4577
echo "a # inside quotes" # a comment
\`\`\`

## Options

| option | meaning |
| --- | --- |
| \`--endpoint URL\` | the target |
| \`--baseline FILE\`, \`--allow-known\` | the gate |

## After
| \`--not-an-option-of-the-table\` | elsewhere |
`;

describe("the commands a page prints", () => {
  it("reads each shell block's commands with their section, continuation lines joined and comments left out", () => {
    expect(fencedCommands(PAGE)).toEqual([
      { section: "## Quick start", command: "npm ci" },
      { section: "## Quick start", command: "npm run certify" },
      { section: "### Real", command: "npm run certify -- --real-account --own-accounts 1,2,3 --dry-run" },
      { section: "### Real", command: 'echo "a # inside quotes"' },
    ]);
  });

  it("reads the inline spans that are the project's commands", () => {
    expect(inlineCommands(PAGE)).toEqual(["npm run certify -- --seed 7", "npx securityhub-conformance report"]);
  });

  it.each<[string, ReturnType<typeof wordsOf>]>([
    ["npm run certify", { env: [], program: "npm", args: ["run", "certify"] }],
    ["AWS_ENDPOINT_URL_SECURITYHUB=http://x:1 npm run certify", { env: ["AWS_ENDPOINT_URL_SECURITYHUB=http://x:1"], program: "npm", args: ["run", "certify"] }],
  ])("splits %s into words", (command, words) => {
    expect(wordsOf(command)).toEqual(words);
  });

  it("finds the options among the words, values and brackets aside", () => {
    expect(optionsOf(["--", "--endpoint", "http://x", "[--report-dir", "DIR]", "--runs=3", "-v", "--"])).toEqual(["--endpoint", "--report-dir", "--runs"]);
  });

  it("reads the rows of the option table under a heading, and only that table", () => {
    expect(optionTable(PAGE, "## Options")).toEqual([
      { options: ["--endpoint"], meaning: "the target" },
      { options: ["--baseline", "--allow-known"], meaning: "the gate" },
    ]);
    expect(optionTable(PAGE, "## Missing")).toEqual([]);
  });

  it.each<[string, string | undefined]>([
    ["random cases per scenario (default 20 on emulators, 2 on real accounts)", "20"],
    ["random cases per scenario, after the coverage phase (default 20; 2 on real accounts)", "20"],
    ["at most N requests per second (default: none on emulators, 2 on real accounts)", "none"],
    ["where reports go (default `reports/out`)", "reports/out"],
    ["signing region (else AWS_REGION, us-east-1)", undefined],
  ])("reads the default %j states", (description, value) => {
    expect(statedDefault(description)).toBe(value);
  });
});
