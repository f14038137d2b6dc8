// On a shared device the session ends after 30 idle minutes. Two minutes before, a dialog warns
// and offers to stay signed in. Typing, clicking or scrolling counts as activity and keeps the
// session alive, so nobody loses what they are typing mid-form (docs/decisions/004).
import { useCallback, useEffect, useRef, useState } from "react";
import { SHARED_DEVICE_IDLE_MS, SHARED_DEVICE_WARNING_MS } from "./session-rules.ts";

const ACTIVITY_PING_MS = 60_000;

export function SessionTimeout({ sharedDevice }: { sharedDevice: boolean }) {
  const [warning, setWarning] = useState(false);
  const [endsAt, setEndsAt] = useState(() => Date.now() + SHARED_DEVICE_IDLE_MS);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const lastPing = useRef(Date.now());

  const keepAlive = useCallback(async () => {
    lastPing.current = Date.now();
    const response = await fetch("/session/keepalive", { method: "POST", headers: { Accept: "application/json" } });
    if (!response.ok) {
      window.location.assign("/sign-in?reason=timeout");
      return;
    }
    const body = (await response.json()) as { endsInMs: number };
    setEndsAt(Date.now() + body.endsInMs);
    setWarning(false);
  }, []);

  useEffect(() => {
    if (!sharedDevice) return;
    const onActivity = () => {
      if (Date.now() - lastPing.current > ACTIVITY_PING_MS) void keepAlive();
    };
    const events = ["keydown", "pointerdown", "scroll", "input"] as const;
    events.forEach((name) => window.addEventListener(name, onActivity, { passive: true }));
    const timer = window.setInterval(() => {
      const left = endsAt - Date.now();
      if (left <= 0) {
        // End the session on the server too (its clock may be a little behind ours), then say why.
        window.clearInterval(timer);
        void fetch("/sign-out", { method: "POST" }).finally(() => window.location.assign("/sign-in?reason=timeout"));
      } else if (left <= SHARED_DEVICE_WARNING_MS) setWarning(true);
    }, 5_000);
    return () => {
      events.forEach((name) => window.removeEventListener(name, onActivity));
      window.clearInterval(timer);
    };
  }, [sharedDevice, endsAt, keepAlive]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (warning && !dialog.open) dialog.showModal();
    if (!warning && dialog.open) dialog.close();
  }, [warning]);

  if (!sharedDevice) return null;
  return (
    <dialog
      ref={dialogRef}
      className="app-timeout-dialog"
      aria-labelledby="timeout-title"
      aria-describedby="timeout-text"
      onCancel={() => void keepAlive()}
    >
      <h2 className="govuk-heading-m" id="timeout-title">
        You will be signed out soon
      </h2>
      <p className="govuk-body" id="timeout-text">
        You are using a shared device, so we will sign you out in 2 minutes to protect your information. Anything you
        have typed on this page stays here if you choose to stay signed in.
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => void keepAlive()}>
          Stay signed in
        </button>
        <form method="post" action="/sign-out">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Sign out now
          </button>
        </form>
      </div>
    </dialog>
  );
}
