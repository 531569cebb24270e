/**
 * Where a TypeScript module names given words in code or strings, comments left out: a small scanner that tells
 * comments, string literals (template literals' text apart from their `${}` code) and regular expression literals
 * from code, as far as a test about names needs.
 */
import { isCompound } from "../specs/services/family-names.fixture.ts";

/** A module's source split into code (comments and strings blanked, lines kept) and its string literals, each where it starts. */
export function splitSource(source: string): { code: string; strings: { text: string; at: number }[] } {
  const code = source.split("");
  const strings: { text: string; at: number }[] = [];
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) if (code[k] !== "\n") code[k] = " ";
  };
  /** Brace depths at which a template literal's `${` opened: a `}` back at that depth resumes the template's text. */
  const templates: number[] = [];
  let depth = 0;
  let i = 0;
  const readTemplateText = (): void => {
    const start = i;
    while (i < source.length) {
      const c = source[i]!;
      if (c === "\\") i += 2;
      else if (c === "`") {
        strings.push({ text: source.slice(start, i), at: start });
        blank(start, i);
        i++;
        return;
      } else if (c === "$" && source[i + 1] === "{") {
        strings.push({ text: source.slice(start, i), at: start });
        blank(start, i);
        templates.push(depth);
        depth++;
        i += 2;
        return;
      } else i++;
    }
  };
  const lastCode = (): string => {
    for (let k = i - 1; k >= 0; k--) if (!/\s/.test(code[k]!)) return code.slice(Math.max(0, k - 9), k + 1).join("");
    return "";
  };
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === "/" && next === "/") {
      const end = source.indexOf("\n", i);
      blank(i, end === -1 ? source.length : end);
      i = end === -1 ? source.length : end;
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      blank(i, end === -1 ? source.length : end + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== "\n") j += source[j] === "\\" ? 2 : 1;
      strings.push({ text: source.slice(i + 1, j), at: i + 1 });
      blank(i + 1, j);
      i = j + 1;
    } else if (c === "`") {
      i++;
      readTemplateText();
    } else if (c === "{") {
      depth++;
      i++;
    } else if (c === "}") {
      depth--;
      i++;
      if (templates.at(-1) === depth) {
        templates.pop();
        readTemplateText();
      }
    } else if (c === "/" && /(^|[(,=:[!&|?{};+\-*%<>~^]|\b(?:return|typeof|case|in|of|void|yield|await))$/.test(lastCode())) {
      // A regular expression literal: code, read to its closing slash so that no quote or slash inside it misleads.
      let j = i + 1;
      let inClass = false;
      while (j < source.length && source[j] !== "\n" && (source[j] !== "/" || inClass)) {
        if (source[j] === "\\") j++;
        else if (source[j] === "[") inClass = true;
        else if (source[j] === "]") inClass = false;
        j++;
      }
      i = j + 1;
    } else i++;
  }
  return { code: code.join(""), strings };
}

const word = (name: string): RegExp => new RegExp(`(?<![\\w$])${name}(?![\\w$])`, "g");

/**
 * Where a module names one of `names`: a name in its code (an identifier, a property), a name of more than one word
 * inside a string, or a string that is a one-word name (`"Members"`; the word itself in prose, "Members the model
 * does not declare", is English).
 */
export function namesIn(source: string, names: readonly string[]): { name: string; line: number }[] {
  const { code, strings } = splitSource(source);
  const lineOf = (at: number): number => source.slice(0, at).split("\n").length;
  const found: { name: string; line: number }[] = [];
  for (const name of names) {
    const pattern = word(name);
    for (const match of code.matchAll(pattern)) found.push({ name, line: lineOf(match.index) });
    for (const { text, at } of strings) {
      if (isCompound(name)) for (const match of text.matchAll(pattern)) found.push({ name, line: lineOf(at + match.index) });
      else if (text === name) found.push({ name, line: lineOf(at) });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}
