/** SigV4 signing of wire requests for the Security Hub signing name. */
import { Hash } from "@smithy/hash-node";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentityProvider, HttpRequest } from "@smithy/types";

export interface UnsignedRequest {
  method: string;
  endpoint: URL;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string | undefined;
}

export function createSigner(credentials: AwsCredentialIdentityProvider, region: string, service = "securityhub"): SignatureV4 {
  return new SignatureV4({ credentials, region, service, sha256: Hash.bind(null, "sha256"), uriEscapePath: true, applyChecksum: false });
}

/** The request's headers after signing (host, x-amz-date, authorization, and a session token when there is one). */
export async function signedHeaders(signer: SignatureV4, request: UnsignedRequest, signingDate?: Date): Promise<Record<string, string>> {
  const unsigned: HttpRequest = {
    method: request.method,
    protocol: request.endpoint.protocol,
    hostname: request.endpoint.hostname,
    ...(request.endpoint.port ? { port: Number(request.endpoint.port) } : {}),
    path: request.path,
    query: request.query,
    headers: { ...request.headers, host: request.endpoint.host },
    ...(request.body !== undefined ? { body: request.body } : {}),
  };
  const signed = await signer.sign(unsigned, signingDate ? { signingDate } : {});
  return signed.headers;
}
