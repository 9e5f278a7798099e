/** A wall-clock budget shared by every GitHub call of one run. */
export class Deadline {
  private readonly end: number;
  constructor(budgetMs: number, private readonly now: () => number = Date.now) {
    this.end = now() + budgetMs;
  }
  /** Milliseconds left, never negative. */
  remaining(): number {
    return Math.max(0, this.end - this.now());
  }
  /** True once the budget is spent: callers publish what they have and mark it incomplete. */
  expired(): boolean {
    return this.remaining() === 0;
  }
}
