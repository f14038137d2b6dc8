// A per-connection token bucket: a client may send a burst of events, then a steady rate. A flood
// is answered "slow down" without touching the database, so one client cannot slow the others.
export type EventBudget = { take(now?: number): boolean };

export function createEventBudget(options: { burst: number; perSecond: number }): EventBudget {
  let tokens = options.burst;
  let last = Date.now();
  return {
    take(now = Date.now()) {
      tokens = Math.min(options.burst, tokens + ((now - last) / 1000) * options.perSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
