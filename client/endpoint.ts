/** Where the suite sends requests, from an explicit option or the standard AWS environment variables. */
import { regionalEndpoint, type ServiceDescriptor } from "../specs/service-descriptor.ts";
import { SECURITY_HUB } from "../specs/services/index.ts";
import { InvalidEndpointError } from "./target-errors.ts";

export interface TargetLocation {
  /** Origin plus any base path, without a trailing slash: `http://127.0.0.1:4566`. */
  endpoint: URL;
  region: string;
}

export const DEFAULT_REGION = "us-east-1";

/**
 * `endpoint` wins, then the service's own variable (`AWS_ENDPOINT_URL_SECURITYHUB`, `AWS_ENDPOINT_URL_GUARDDUTY`), then
 * `AWS_ENDPOINT_URL`; with none, AWS's regional endpoint of the service. The region comes from the option,
 * `AWS_REGION`, `AWS_DEFAULT_REGION`, else us-east-1. The service is Security Hub unless told another.
 */
export function resolveTarget(
  options: { endpoint?: string | undefined; region?: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
  service: Pick<ServiceDescriptor, "endpoint"> = SECURITY_HUB,
): TargetLocation {
  // Empty variables count as unset, as the AWS SDKs read them.
  const region = options.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || DEFAULT_REGION);
  if (!/^[a-z0-9-]+$/.test(region)) throw new InvalidEndpointError(region, "the region must be lowercase letters, digits and dashes");
  const text = options.endpoint ?? (env[service.endpoint.variable] || env.AWS_ENDPOINT_URL || regionalEndpoint(service, region));
  return { endpoint: parseEndpoint(text), region };
}

export function parseEndpoint(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidEndpointError(text, "not a URL (expected e.g. http://127.0.0.1:4566)");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new InvalidEndpointError(text, "only http and https are supported");
  if (url.search || url.hash) throw new InvalidEndpointError(text, "an endpoint has no query string or fragment");
  if (url.username || url.password) throw new InvalidEndpointError(text, "credentials do not belong in the endpoint URL");
  url.pathname = url.pathname.replace(/\/+$/, "");
  return url;
}

/** Whether requests to this endpoint reach AWS itself rather than an emulator. */
export function isAwsEndpoint(endpoint: URL): boolean {
  return endpoint.hostname === "amazonaws.com" || endpoint.hostname.endsWith(".amazonaws.com") || endpoint.hostname.endsWith(".amazonaws.com.cn");
}
