/** Vendor extensions the generated OpenAPI document carries: AWS facts OpenAPI has no field for. */
export const EXT = {
  /** On `info`: service id, signing name, protocol and API version of the AWS model. */
  service: "x-aws-service",
  /** On an operation: its AWS name (also its operationId). */
  operation: "x-aws-operation",
  /** On a query parameter: the input member it binds. */
  member: "x-aws-member",
  /** On an error response: the AWS error names answered with that status. */
  errors: "x-aws-errors",
  /** On an operation: JSON pointer (with `*` for array items) to the account ids in the request. */
  accountIds: "x-aws-account-ids",
  /** On an operation: JSON pointer to the response's UnprocessedAccounts list. */
  unprocessedAccounts: "x-aws-unprocessed-accounts",
} as const;
