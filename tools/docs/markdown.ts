/** Markdown the generated pages share: a table cell, and the line saying where a page comes from. */

/** Text as one cell of a table: no pipe ends the cell, no newline the row. */
export function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** A table of a header row and rows of cells, each cell already written as markdown. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

/** The line under a generated page's title: which sources it is written from, and how to write it again. */
export function generatedFrom(sources: readonly string[]): string {
  const named = sources.map((s) => `\`${s}\``);
  const list = named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : named[0];
  return `*Written by \`npm run docs\` from ${list}; a test fails while it is stale. Edit those, not this page.*`;
}

/** A page: its title, the generated-from line, then its sections, ending in one newline. */
export function page(title: string, sources: readonly string[], ...sections: readonly string[]): string {
  return `${[`# ${title}`, generatedFrom(sources), ...sections].map((s) => s.trim()).join("\n\n")}\n`;
}
