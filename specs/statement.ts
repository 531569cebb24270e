/** One statement of a service's documentation (specs/statements.ts makes them); a module of its own, so that a descriptor can carry statements without importing the model reader. */
export interface Statement {
  /** Stable id: `<subject>.<page|model>.<where>`, e.g. `InviteMembers.page.AccountIds.pattern`, `Member.model.MemberStatus.invited`. */
  id: string;
  source: "reference-page" | "aws-model";
  /** The operations it is about (those whose input or output holds the member, for a shape's member). */
  operations: string[];
  /** Where it is written, for people: "InviteMembers reference page, Request Body". */
  where: string;
  /** The statement, as written (tags removed). */
  text: string;
}
