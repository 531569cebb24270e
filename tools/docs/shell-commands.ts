/**
 * The commands a markdown page gives its readers: the lines of its shell blocks (with the section each is in) and
 * its inline `npm run …` and `npx securityhub-conformance …` spans, split into words, and the options its option
 * table names. cli/readme-commands.test.ts holds them to what the project has.
 */

export interface PrintedCommand {
  /** The heading the command is under ("## Quick start"). */
  section: string;
  /** The command as a shell reads it: continuation lines joined, the comment after it left out. */
  command: string;
}

const SHELL_BLOCK = /^```(?:sh|bash|shell)\n([\s\S]*?)^```$/gm;

/** Each command of the page's shell blocks, in order. Lines that are only a comment (printed output) are no commands. */
export function fencedCommands(markdown: string): PrintedCommand[] {
  const commands: PrintedCommand[] = [];
  for (const block of markdown.matchAll(SHELL_BLOCK)) {
    const section = sectionAt(markdown, block.index);
    const joined = block[1]!.replace(/\\\n\s*/g, "");
    for (const line of joined.split("\n")) {
      const command = withoutComment(line).trim();
      if (command !== "") commands.push({ section, command });
    }
  }
  return commands;
}

/** The inline code spans that are commands of the project: `npm run …` and `npx securityhub-conformance …`. */
export function inlineCommands(markdown: string): string[] {
  const withoutBlocks = markdown.replace(/^```[\s\S]*?^```$/gm, "");
  return [...withoutBlocks.matchAll(/`((?:npm run|npx securityhub-conformance) [^`]+)`/g)].map((m) => m[1]!);
}

/** The nearest heading above a position of the page. */
function sectionAt(markdown: string, at: number): string {
  const headings = [...markdown.slice(0, at).matchAll(/^#{1,6} .*$/gm)];
  return headings.at(-1)?.[0] ?? "";
}

/** A line without its trailing comment: a `#` at the start or after a blank, outside quotes. */
function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
  }
  return line;
}

export interface CommandWords {
  /** Variables set for the command (`AWS_ENDPOINT_URL_SECURITYHUB=…`). */
  env: string[];
  program: string;
  args: string[];
}

/** A command split into words (no command here quotes a blank), the variables set before it apart. */
export function wordsOf(command: string): CommandWords {
  const words = command.split(/\s+/).filter((w) => w !== "");
  const env: string[] = [];
  while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=/.test(words[0]!)) env.push(words.shift()!);
  return { env, program: words[0] ?? "", args: words.slice(1) };
}

/** The options among a command's words (`--endpoint`, `--fail-fast`; `[--report-dir` counts as `--report-dir`), without values. */
export function optionsOf(words: readonly string[]): string[] {
  return words.flatMap((w) => {
    const option = /^\[?(--[a-z][a-z0-9-]*)/.exec(w)?.[1];
    return option ? [option] : [];
  });
}

export interface OptionRow {
  /** The options of its first column (`--baseline`, `--allow-known`). */
  options: string[];
  meaning: string;
}

/** The rows of the option table under a heading: the options of each row's first column, and its second. */
export function optionTable(markdown: string, heading: string): OptionRow[] {
  const from = markdown.indexOf(`\n${heading}\n`);
  if (from === -1) return [];
  const rest = markdown.slice(from + heading.length + 2);
  const next = rest.search(/^#{1,6} /m);
  const section = next === -1 ? rest : rest.slice(0, next);
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `--"))
    .map((line) => {
      const [, first, meaning] = line.split(/(?<!\\)\|/);
      return { options: optionsOf(first!.replace(/`/g, " ").split(/[\s,]+/)), meaning: meaning!.trim() };
    });
}

/** The default a description states, its first word: "(default 20 on emulators" and "(default: 20;" both give "20". */
export function statedDefault(description: string): string | undefined {
  return /\bdefault:? `?([^\s`;,)]+)/.exec(description)?.[1];
}
