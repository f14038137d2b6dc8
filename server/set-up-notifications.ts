// The notification sender, started and stopped with the server: every few seconds it sends the
// emails due (app/modules/notifications/queue.server.ts), and once a day it queues the yearly
// reminders to check communication needs. Timers are unref'd so they never keep the process up.
import type { Services } from "../app/services.server.ts";
import { notificationSenderIdle, sendPendingNotifications } from "../app/modules/notifications/queue.server.ts";
import { queueNeedsReminders } from "../app/modules/notifications/reminders.server.ts";

export const SEND_INTERVAL_MS = 10_000;
export const REMINDER_PERIOD_MS = 24 * 60 * 60 * 1000;
const STOP_GRACE_MS = 5_000;

export type NotificationSender = {
  /** Stops the timers and waits (a few seconds at most) for a run in progress, so the database can then be closed. */
  stop(): Promise<void>;
};

export function setUpNotifications(
  services: Pick<Services, "config" | "logger">,
  options: { intervalMs?: number; reminderPeriodMs?: number } = {},
): NotificationSender {
  const intervalMs = options.intervalMs ?? SEND_INTERVAL_MS;
  const reminderPeriodMs = options.reminderPeriodMs ?? REMINDER_PERIOD_MS;
  // Links in reminders: there is no request to take an address from, so BASE_URL (required in production).
  const baseUrl = services.config.baseUrl ?? `http://localhost:${services.config.port}`;
  let remindersQueuedAt = -Infinity;
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = async () => {
    if (Date.now() - remindersQueuedAt >= reminderPeriodMs) {
      remindersQueuedAt = Date.now();
      const queued = await queueNeedsReminders({ baseUrl });
      if (queued) services.logger.info({ queued }, "queued yearly needs reminders");
    }
    await sendPendingNotifications();
  };

  const run = () => {
    // Never two runs at once: a slow mail server makes the next tick wait its turn, not pile up.
    if (running || stopped) return;
    running = tick()
      .catch((error: unknown) => services.logger.error({ err: error instanceof Error ? error.message : String(error) }, "notification sender failed"))
      .finally(() => {
        running = null;
      });
  };

  const first = setTimeout(run, Math.min(1_000, intervalMs));
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();

  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      // A mail server that does not answer must not hold up shutdown: unsent emails stay queued.
      const idle = (async () => {
        await running;
        await notificationSenderIdle();
      })();
      await Promise.race([idle, new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref())]);
    },
  };
}
