/** Faults in availability. */
import { ServiceError } from "../../emulator/index.ts";
import type { Variant } from "../variant.ts";

export const AVAILABILITY_FAULTS: Variant[] = [
  {
    description:
      'Breaks availability under the documented throttling (LimitExceededException "throttling limits"): InviteMembers is throttled on every call, so retries run out.',
    name: "always-throttled",
    kind: "faulty",
    caughtBy: "availability/throttled-out",
    breaks: ["InviteMembers.*.errors.LimitExceededException"],
    behaviour: () => ({
      operations: {
        InviteMembers: () => () => {
          throw new ServiceError("LimitExceededException", "Rate exceeded.");
        },
      },
    }),
  },
  {
    description: "Breaks availability (ServiceUnavailable is transient): GetInvitationsCount answers 503 on every call, so retries run out.",
    name: "always-unavailable",
    kind: "faulty",
    caughtBy: "availability/unavailable-out",
    behaviour: () => ({
      operations: {
        GetInvitationsCount: () => () => {
          throw new ServiceError("ServiceUnavailable", "Service unavailable.", 503);
        },
      },
    }),
  },
];
