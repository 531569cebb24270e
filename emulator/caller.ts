/** Who is calling, from the SigV4 Authorization header, by LocalStack's convention. */

/** LocalStack's default account, for access keys that are not a 12-digit account id. */
export const DEFAULT_ACCOUNT = "000000000000";

/**
 * The account a request acts as: an access key id of exactly 12 digits is that account, any other key is
 * the default account. Undefined when there is no SigV4 credential at all. Signatures are not verified.
 */
export function callerAccount(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const accessKeyId = /Credential=([^/,\s]+)\//.exec(authorization)?.[1];
  if (accessKeyId === undefined) return undefined;
  return /^\d{12}$/.test(accessKeyId) ? accessKeyId : DEFAULT_ACCOUNT;
}
