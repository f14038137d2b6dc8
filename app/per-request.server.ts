// Work that the root loader and a route's loader both need (who is signed in, their panels) is
// looked up once per request, not once per loader. Remix gives each loader its own copy of the
// Request, so requests are told apart by the key the server puts in a header of every request
// (server/set-up-request-context.ts overwrites any value a client sends).
export const REQUEST_KEY_HEADER = "x-panel-request-key";
const FORGET_AFTER_MS = 30_000;

const memo = new Map<string, Map<string, Promise<unknown>>>();

export function oncePerRequest<T>(request: Request, key: string, load: () => Promise<T>): Promise<T> {
  const requestKey = request.headers.get(REQUEST_KEY_HEADER);
  if (!requestKey) return load();
  let forRequest = memo.get(requestKey);
  if (!forRequest) {
    forRequest = new Map();
    memo.set(requestKey, forRequest);
    setTimeout(() => memo.delete(requestKey), FORGET_AFTER_MS).unref();
  }
  let found = forRequest.get(key) as Promise<T> | undefined;
  if (!found) {
    found = load();
    forRequest.set(key, found);
  }
  return found;
}
