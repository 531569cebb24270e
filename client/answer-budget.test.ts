import { describe, expect, it } from "vitest";
import { AnswerBudget } from "./answer-budget.ts";
import { Interrupted } from "./interrupted.ts";

describe("the budget of answers under way", () => {
  it("lets any number of small answers be under way, and one large answer at a time once one was large", async () => {
    const budget = new AnswerBudget(10);
    const small = await Promise.all([1, 2, 3].map(() => budget.enter()));
    for (const leave of small) leave(1);
    const first = await budget.enter();
    first(8);
    // Answers of 8 under a budget of 10: one at a time.
    const a = await budget.enter();
    let second = false;
    const b = budget.enter().then((leave) => {
      second = true;
      return leave;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(second).toBe(false);
    a(8);
    (await b)(8);
    expect(second).toBe(true);
  });

  it("stops waiting when the run is stopped", async () => {
    const budget = new AnswerBudget(10);
    (await budget.enter())(20);
    const held = await budget.enter();
    const stop = new AbortController();
    const waiting = budget.enter(stop.signal);
    stop.abort();
    await expect(waiting).rejects.toBeInstanceOf(Interrupted);
    held(20);
    // The stopped waiter left nothing behind: the next one goes on at once.
    (await budget.enter())(1);
  });
});
