/**
 * How AWS clients name a restJson1 error, in one place. The rule follows the official AWS SDK for
 * JavaScript v3 (`loadRestJsonErrorCode` in @aws-sdk/core): the `x-amzn-errortype` header, else a body
 * member `code` (key matched case-insensitively), else a body `__type`; whichever is found is cut
 * before the first `,`, then before the first `:`, then between the first and second `#`. The message is `message`,
 * else `Message`. The Smithy restJson1 protocol tests (`RestJsonFooErrorUsing…`) pin the cases.
 */

export interface ErrorIdentity {
  /** The error name, or undefined when the response names none. */
  type: string | undefined;
  /** Where the name came from. */
  source: "header" | "body code" | "body __type" | undefined;
  /** The message, or undefined when the body has none (or is not a JSON object). */
  message: string | undefined;
}

export function sanitizeErrorCode(raw: string | number): string {
  let cleaned = String(raw);
  if (cleaned.includes(",")) cleaned = cleaned.split(",")[0]!;
  if (cleaned.includes(":")) cleaned = cleaned.split(":")[0]!;
  if (cleaned.includes("#")) cleaned = cleaned.split("#")[1]!;
  return cleaned.trim();
}

/** `headers` with lowercase names, as the target client captures them; `body` parsed JSON or undefined. */
export function identifyError(headers: Readonly<Record<string, string>>, body: unknown): ErrorIdentity {
  const object = body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  const rawMessage = object?.message ?? object?.Message;
  const message = typeof rawMessage === "string" ? rawMessage : undefined;
  const header = headers["x-amzn-errortype"];
  if (header !== undefined) return { type: sanitizeErrorCode(header) || undefined, source: "header", message };
  const codeKey = object && Object.keys(object).find((key) => key.toLowerCase() === "code");
  const code = codeKey === undefined ? undefined : object![codeKey];
  if (typeof code === "string" || typeof code === "number") return { type: sanitizeErrorCode(code) || undefined, source: "body code", message };
  const dunder = object?.__type;
  if (typeof dunder === "string" || typeof dunder === "number") return { type: sanitizeErrorCode(dunder) || undefined, source: "body __type", message };
  return { type: undefined, source: undefined, message };
}
