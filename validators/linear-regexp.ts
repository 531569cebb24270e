/**
 * Model patterns evaluated in time linear in the input, for every string a target or a client sends.
 * JavaScript's backtracking engine takes quadratic time on the model's NonEmptyString pattern `.*\S.*`
 * over a string of blanks (a 1 MiB answer froze certify for minutes, a 200,000-blank id froze the
 * emulator for 34 s), and no timeout can fire while the event loop is blocked. RE2 (here its pure-JS port
 * re2js) matches in linear time; a pattern with an exact one-character-class equivalent is matched by that.
 *
 * Two differences from JavaScript's engine are bridged so verdicts stay the same: RE2's `\s` is ASCII
 * white space, so `\s`/`\S` are spelt out as JavaScript's (Unicode) white space; and RE2 has no
 * lookarounds, so a pattern opening with one (`^(?!aws:)…`) is split into two anchored patterns, and an
 * unanchored one before a repeated class (GuardDuty's TagKey `(?!aws:)[a-zA-Z+-=._:/]+`) is one scan of the text.
 * Any other construct RE2 lacks fails at compile time, never silently falls back to a backtracking engine.
 */
import { RE2JS } from "re2js";

/** What ajv (its `code.regExp` option) and the generators need of a pattern. */
export interface LinearRegExp {
  test(text: string): boolean;
  /** The source pattern: ajv keys its compiled patterns by it. */
  toString(): string;
}

// JavaScript's \s: WhiteSpace and LineTerminator of ECMA-262.
const JS_WHITE_SPACE = "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";
const LEADING_LOOKAHEAD = /^\^\(\?([=!])((?:[^()\\]|\\.)*)\)(.*)$/s;
/** `(?!literal)[class]+` (or `*`), unanchored: a literal lookahead, then one bracket class repeated. */
const UNANCHORED_LOOKAHEAD = /^\(\?([=!])((?:[^()[\]{}\\.*+?|^$]|\\[^A-Za-z0-9])*)\)(\[(?:[^\]\\]|\\.)+\])([+*])$/s;
const cache = new Map<string, LinearRegExp>();

/** Compiles `pattern` (JSON Schema / ECMA-262 syntax, unanchored) for linear-time matching. */
export function linearRegExp(pattern: string): LinearRegExp {
  let compiled = cache.get(pattern);
  if (!compiled) {
    compiled = compile(pattern);
    cache.set(pattern, compiled);
  }
  return compiled;
}

/** ajv's `code.regExp` engine (its second argument, the `u` flag, is how RE2 always reads patterns). */
export const ajvLinearRegExp = Object.assign((pattern: string): LinearRegExp => linearRegExp(pattern), {
  code: 'require("./validators/linear-regexp.ts").linearRegExp',
});

/**
 * Patterns with an exact single-class equivalent, matched by JavaScript's own engine: one pass over the
 * text, faster than RE2's simulation (1 MiB in about a millisecond, where re2js takes tens). `.*\S.*`
 * (NonEmptyString) holds exactly when the text has one character that is not white space: line terminators
 * are white space, so `.` excluding them changes nothing.
 */
const SINGLE_CLASS: Readonly<Record<string, RegExp>> = { ".*\\S.*": /\S/u };

function compile(pattern: string): LinearRegExp {
  const single = SINGLE_CLASS[pattern];
  if (single) return { test: (text) => single.test(text), toString: () => pattern };
  const lookahead = LEADING_LOOKAHEAD.exec(pattern);
  if (lookahead) {
    const [, kind, inner, rest] = lookahead as unknown as [string, "=" | "!", string, string];
    const ahead = re2(`^(?:${inner})`);
    const remainder = re2(`^${rest}`);
    return { test: (text) => ahead.test(text) === (kind === "=") && remainder.test(text), toString: () => pattern };
  }
  const unanchored = UNANCHORED_LOOKAHEAD.exec(pattern);
  if (unanchored) {
    const [, kind, inner, bracket, repeat] = unanchored as unknown as [string, "=" | "!", string, string, "+" | "*"];
    return { test: scanWithLookahead(inner.replace(/\\(.)/gs, "$1"), kind === "=", re2(`^${bracket}$`), repeat === "*"), toString: () => pattern };
  }
  const whole = re2(pattern);
  return { test: (text) => whole.test(text), toString: () => pattern };
}

/**
 * `(?=literal)[class]+` or `(?!literal)[class]+` searched anywhere in a text, as JavaScript does, in one pass: it
 * matches where a position both starts (or, for `!`, does not start) with the literal and holds a character of the
 * class; with `*` instead of `+` the class may match nothing there, the end of the text included.
 */
function scanWithLookahead(literal: string, positive: boolean, character: RE2JS, orNone: boolean): (text: string) => boolean {
  return (text) => {
    let at = 0;
    for (const char of text) {
      if (text.startsWith(literal, at) === positive && (orNone || character.test(char))) return true;
      at += char.length;
    }
    return orNone && text.startsWith(literal, at) === positive;
  };
}

function re2(pattern: string): RE2JS {
  return RE2JS.compile(spellWhiteSpace(pattern));
}

/** `\s` and `\S` as JavaScript reads them; inside a bracket class only `\s` can be spelt out. */
function spellWhiteSpace(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === "\\") {
      const next = pattern[i + 1];
      i++;
      if (next === "s") out += inClass ? JS_WHITE_SPACE : `[${JS_WHITE_SPACE}]`;
      else if (next === "S" && !inClass) out += `[^${JS_WHITE_SPACE}]`;
      else if (next === "S") throw new Error(`pattern ${JSON.stringify(pattern)}: \\S inside a bracket class has no linear-time spelling here`);
      else out += `\\${next ?? ""}`;
      continue;
    }
    if (char === "[" && !inClass) inClass = true;
    else if (char === "]" && inClass) inClass = false;
    out += char;
  }
  return out;
}
