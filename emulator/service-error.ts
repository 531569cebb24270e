/** An error the emulator answers with: an AWS error name and a message; the status comes from the spec. */
export class ServiceError extends Error {
  constructor(
    /** The AWS error name, e.g. `InvalidInputException`. */
    readonly code: string,
    message: string,
    /** Overrides the status the spec gives the error (for behaviours that answer off the model). */
    readonly status?: number,
  ) {
    super(message);
    this.name = code;
  }
}

/**
 * Statuses of the errors the model does not list per operation: AWS's common errors and the restJson1
 * front door (unknown operation, missing signature, oversized body).
 */
export const COMMON_ERROR_STATUS: Readonly<Record<string, number>> = {
  MissingAuthenticationTokenException: 403,
  UnknownOperationException: 404,
  MethodNotAllowedException: 405,
  RequestEntityTooLargeException: 413,
  SerializationException: 400,
  ValidationError: 400,
  ThrottlingException: 400,
  InternalFailure: 500,
  ServiceUnavailable: 503,
};
