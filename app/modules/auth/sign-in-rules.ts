// Sign-in limits, shared by the pages (browser) and the server (docs/decisions/003).
export const SIGN_IN_MINUTES = 15;
export const MAX_CODE_ATTEMPTS = 5;
export const EMAIL_REQUESTS_PER_WINDOW = 5;
export const IP_REQUESTS_PER_WINDOW = 30;
export const RATE_WINDOW_MS = 15 * 60 * 1000;
