/**
 * Lets every command answer a negative number with its own message. `--runs -1` reaches Node's parser as an option followed by what looks like another option, and it answers
 * with its own message; joined as `--runs=-1`, the value reaches the checks that explain the valid range.
 */
export function attachNegativeNumbers(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (/^--[a-z-]+$/.test(argv[i]!) && next !== undefined && /^-\d/.test(next)) joined.push(`${argv[i]}=${argv[++i]}`);
    else joined.push(argv[i]!);
  }
  return joined;
}
