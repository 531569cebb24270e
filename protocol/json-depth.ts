/**
 * How deep a JSON text nests, read without parsing it. No documented request or answer of the API nests more than
 * a handful of levels (an object in a list in an object), so a deeper body is refused before it is parsed,
 * validated or copied: each of those walks it, and a target nesting 100,000 levels deep would otherwise cost
 * seconds and gigabytes per answer, or overflow the stack.
 */

/** Far above any documented body, far below what costs anything to walk. */
export const MAX_JSON_DEPTH = 64;

/** Whether `text` opens more than `limit` arrays and objects inside each other; one pass, strings skipped. */
export function nestsDeeperThan(text: string, limit = MAX_JSON_DEPTH): boolean {
  // JSON nests only inside an array or object: text that does not open with one (an 8 MB page of anything else) is not walked.
  const first = text.search(/\S/);
  if (first === -1 || (text.charCodeAt(first) !== OPEN_BRACKET && text.charCodeAt(first) !== OPEN_BRACE)) return false;
  let depth = 0;
  let inString = false;
  for (let i = first; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === BACKSLASH) i++;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) inString = true;
    else if (char === OPEN_BRACKET || char === OPEN_BRACE) {
      if (++depth > limit) return true;
    } else if (char === CLOSE_BRACKET || char === CLOSE_BRACE) depth--;
  }
  return false;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
