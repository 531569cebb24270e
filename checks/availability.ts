/** Family 7 (availability): throttling and transient unavailability are retried as AWS SDKs retry them; a finding only when retries run out. */
import type { CheckDefinition } from "./finding.ts";

export const THROTTLED_OUT: CheckDefinition = {
  id: "availability/throttled-out",
  family: "availability",
  source: "aws-convention",
  severity: "failure",
  rule: "Throttling (429, or an error AWS SDKs retry as throttling: LimitExceededException, ThrottlingException, TooManyRequestsException …) is retried with capped exponential backoff and jitter; a target still throttling after every retry is not available to its clients.",
};

export const UNAVAILABLE_OUT: CheckDefinition = {
  id: "availability/unavailable-out",
  family: "availability",
  source: "aws-convention",
  severity: "failure",
  rule: "Transient unavailability (502, 503 ServiceUnavailable or SlowDown, 504) is retried as AWS SDKs retry it, honouring Retry-After up to a cap; a target still unavailable after every retry is not available to its clients.",
};
