/** GuardDuty's errors as its restJson1 wire carries them. */
import { ServiceError } from "../service-error.ts";
import type { ErrorBody } from "../wire.ts";

/**
 * The model's error shapes (BadRequestException, InternalServerErrorException) have two members, `message` and `type`
 * ("The error type"). The model does not say what `type` holds; GuardDuty itself names the cause of a 400 there:
 * `{"message":"The request is rejected because …","__type":"InvalidInputException"}` beside `x-amzn-ErrorType:
 * BadRequestException` (a botocore debug log in boto/boto3#3890). The emulator writes that cause into `type`, the
 * member the model and the AWS SDKs read, and any other error's own name.
 */
export const MESSAGE_AND_TYPE: ErrorBody = (code, message) => ({ message, type: code === "BadRequestException" ? "InvalidInputException" : code });

/** The model's only client error: every refusal, of input or of the state, is a 400 BadRequestException. */
export function badRequest(message: string): ServiceError {
  return new ServiceError("BadRequestException", message);
}
