/** Vendor extensions the generated OpenAPI document carries: AWS facts OpenAPI has no field for. */
export const EXT = {
  /** On `info`: service id, signing name, protocol and API version of the AWS model. */
  service: "x-aws-service",
  /** On an operation: its AWS name (also its operationId). */
  operation: "x-aws-operation",
  /** On a parameter (query, path, header): the input member it binds, by its name in the model. */
  member: "x-aws-member",
  /** On a path parameter: the label is greedy (`{Key+}` in the model), taking the rest of the path, slashes and all. */
  greedy: "x-aws-greedy",
  /** On a request body: the model's name of each body member whose wire name differs, by wire name (GuardDuty's `accountIds` → `AccountIds`). */
  members: "x-aws-members",
  /** On an error response: the AWS error names answered with that status. */
  errors: "x-aws-errors",
  /** On an operation: JSON pointer (with `*` for array items) to the account ids in the request. */
  accountIds: "x-aws-account-ids",
  /** On an operation: JSON pointer to the response's UnprocessedAccounts list. */
  unprocessedAccounts: "x-aws-unprocessed-accounts",
} as const;
