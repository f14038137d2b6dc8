// Passwordless sign-in: a link and a 6-digit code sent by email (docs/decisions/003).
// Both are single use, last 15 minutes, are stored only as hashes, and work only in the browser
// that asked for them (the binding cookie), so a forwarded or intercepted email is not enough.
import { redirect } from "@remix-run/node";
import { createElement } from "react";
import { SignInEmail } from "../../../emails/sign-in-email.tsx";
import { db, getServices, type DbClient } from "../../services.server.ts";
import { findPersonByEmail, isPersonActive } from "../people/people.server.ts";
import { hitRateLimit } from "./rate-limit.server.ts";
import { safeReturnTo } from "./schema.ts";
import { signInStateCookie } from "./sign-in-state.server.ts";
import { hashSecret, randomCode, randomToken, sameHash } from "./tokens.server.ts";

import {
  EMAIL_REQUESTS_PER_WINDOW,
  IP_REQUESTS_PER_WINDOW,
  MAX_CODE_ATTEMPTS,
  RATE_WINDOW_MS,
  SIGN_IN_MINUTES,
} from "./sign-in-rules.ts";

export type SignInRequestResult =
  | { ok: true; bindingToken: string }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Starts a sign-in. The answer is the same whether or not the email belongs to anyone (no
 * account enumeration): an unknown or deactivated email gets a binding token but no email.
 */
async function requestSignIn(input: {
  email: string;
  sharedDevice: boolean;
  clientIp: string;
  baseUrl: string;
}): Promise<SignInRequestResult> {
  const email = normaliseEmail(input.email);
  for (const [key, limit] of [
    [`sign-in:email:${email}`, EMAIL_REQUESTS_PER_WINDOW],
    [`sign-in:ip:${input.clientIp}`, IP_REQUESTS_PER_WINDOW],
  ] as const) {
    const hit = await hitRateLimit(key, limit, RATE_WINDOW_MS);
    if (!hit.allowed) return { ok: false, reason: "rate-limited", retryAfterSeconds: hit.retryAfterSeconds };
  }

  const bindingToken = randomToken();
  const person = await findPersonByEmail(email);
  if (!person?.active) return { ok: true, bindingToken };

  const link = randomToken();
  const code = randomCode();
  await db().signInToken.create({
    data: {
      email,
      personId: person.id,
      linkHash: hashSecret("sign-in-link", link),
      codeHash: hashSecret("sign-in-code", code),
      bindingHash: hashSecret("sign-in-binding", bindingToken),
      sharedDevice: input.sharedDevice,
      expiresAt: new Date(Date.now() + SIGN_IN_MINUTES * 60 * 1000),
    },
  });
  await getServices().mailer.send({
    to: email,
    subject: "Sign in to Panel",
    template: createElement(SignInEmail, {
      name: person.name,
      link: `${input.baseUrl}/sign-in/link?token=${encodeURIComponent(link)}`,
      code,
      minutes: SIGN_IN_MINUTES,
    }),
  });
  return { ok: true, bindingToken };
}

export type StartSignInResult = { ok: true; response: Response } | { ok: false; retryAfterSeconds: number };

/**
 * What every "sign in" form does: sends the sign-in email, then sends the browser to the code page
 * with the cookie that binds the email to it and says where to go afterwards (a path on this site
 * only). The sign-in page and invitation links both start sign-in here.
 */
export async function startSignIn(input: {
  email: string;
  sharedDevice: boolean;
  clientIp: string;
  baseUrl: string;
  returnTo: string | null | undefined;
}): Promise<StartSignInResult> {
  const result = await requestSignIn(input);
  if (!result.ok) return { ok: false, retryAfterSeconds: result.retryAfterSeconds };
  const cookie = signInStateCookie({ binding: result.bindingToken, email: input.email, returnTo: safeReturnTo(input.returnTo) });
  return { ok: true, response: redirect("/sign-in/code", { headers: { "Set-Cookie": cookie } }) };
}

export type VerifyResult =
  | { ok: true; personId: string; sharedDevice: boolean }
  | { ok: false; reason: "wrong-code" | "expired" | "other-browser" | "too-many-attempts"; attemptsLeft?: number };

/** Uses the emailed link. `bindingToken` is the cookie set in the browser that asked. */
export async function verifySignInLink(link: string, bindingToken: string | undefined): Promise<VerifyResult> {
  const token = await db().signInToken.findUnique({ where: { linkHash: hashSecret("sign-in-link", link) } });
  if (!token || token.usedAt || token.expiresAt <= new Date() || !token.personId) return { ok: false, reason: "expired" };
  if (!bindingToken || !sameHash(token.bindingHash, hashSecret("sign-in-binding", bindingToken))) {
    return { ok: false, reason: "other-browser" };
  }
  return consume(token.id, token.personId, token.sharedDevice);
}

/** Uses the 6-digit code, typed (or pasted) in the browser that asked. */
export async function verifySignInCode(code: string, bindingToken: string | undefined): Promise<VerifyResult> {
  if (!bindingToken) return { ok: false, reason: "expired" };
  const token = await db().signInToken.findFirst({
    where: { bindingHash: hashSecret("sign-in-binding", bindingToken), usedAt: null },
    orderBy: { createdAt: "desc" },
  });
  // An unknown email has no token: it looks like a wrong code, never like "no such account".
  if (!token || token.expiresAt <= new Date() || !token.personId) {
    return { ok: false, reason: token ? "expired" : "wrong-code", attemptsLeft: token ? 0 : undefined };
  }
  if (token.attempts >= MAX_CODE_ATTEMPTS) return { ok: false, reason: "too-many-attempts" };
  if (!sameHash(token.codeHash, hashSecret("sign-in-code", code))) {
    const updated = await db().signInToken.update({
      where: { id: token.id },
      data: { attempts: { increment: 1 } },
      select: { attempts: true },
    });
    const attemptsLeft = MAX_CODE_ATTEMPTS - updated.attempts;
    return attemptsLeft > 0 ? { ok: false, reason: "wrong-code", attemptsLeft } : { ok: false, reason: "too-many-attempts" };
  }
  return consume(token.id, token.personId, token.sharedDevice);
}

async function consume(tokenId: string, personId: string, sharedDevice: boolean): Promise<VerifyResult> {
  // Conditional update: of two uses at once, exactly one wins.
  const { count } = await db().signInToken.updateMany({ where: { id: tokenId, usedAt: null }, data: { usedAt: new Date() } });
  if (count !== 1) return { ok: false, reason: "expired" };
  if (!(await isPersonActive(personId))) return { ok: false, reason: "expired" };
  return { ok: true, personId, sharedDevice };
}

/** Removal (decision 007): sign-in tokens for the person or their email are deleted. */
export async function forgetSignInTokens(client: DbClient, personId: string, email: string): Promise<number> {
  return (await client.signInToken.deleteMany({ where: { OR: [{ personId }, { email }] } })).count;
}
