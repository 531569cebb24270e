/**
 * Errors any AWS operation may answer besides the ones it documents, with the statuses they come with.
 * Source: "Common Errors" of the AWS Security Hub API Reference
 * (https://docs.aws.amazon.com/securityhub/1.0/APIReference/CommonErrors.html), plus the errors the
 * restJson1 front door of AWS services answers before an operation runs (unsigned, undecodable or
 * throttled requests). Where the page and practice differ, both statuses are allowed.
 */
export const COMMON_ERRORS: Readonly<Record<string, readonly number[]>> = {
  AccessDeniedException: [400, 403],
  IncompleteSignature: [400],
  InternalFailure: [500],
  InvalidAction: [400],
  InvalidClientTokenId: [403],
  NotAuthorized: [400],
  OptInRequired: [403],
  RequestExpired: [400],
  ServiceUnavailable: [503],
  ThrottlingException: [400, 429],
  ValidationError: [400],
  ValidationException: [400],
  SerializationException: [400],
  MissingAuthenticationTokenException: [403],
  UnrecognizedClientException: [403],
  InvalidSignatureException: [403],
  ExpiredTokenException: [403],
  TooManyRequestsException: [429],
  RequestEntityTooLargeException: [413],
};

/**
 * Error names that mean "slow down": retried with backoff, a finding only when retries run out. The list is
 * the one AWS SDKs retry as throttling (THROTTLING_ERROR_CODES of @smithy/core's service-error-classification).
 */
export const THROTTLING_ERRORS: ReadonlySet<string> = new Set([
  "BandwidthLimitExceeded",
  "EC2ThrottledException",
  "LimitExceededException",
  "PriorRequestNotComplete",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "ThrottledException",
  "Throttling",
  "ThrottlingException",
  "TooManyRequestsException",
  "TransactionInProgressException",
]);

/**
 * Statuses of transient unavailability, retried as AWS SDKs retry them (TRANSIENT_ERROR_STATUS_CODES of
 * @smithy/core) — except 500: the model documents InternalException (500) as "Internal server error", a failure.
 */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * Common errors about who calls and how the call is signed, not about what it sends: a 400 of one of these does not
 * refuse the input (a real account's permissions may refuse a valid call).
 */
export const CALLER_ERRORS: ReadonlySet<string> = new Set([
  "AccessDeniedException",
  "IncompleteSignature",
  "InvalidClientTokenId",
  "NotAuthorized",
  "OptInRequired",
  "RequestExpired",
  "MissingAuthenticationTokenException",
  "UnrecognizedClientException",
  "InvalidSignatureException",
  "ExpiredTokenException",
]);
