// Remix hands the same Request to the root loader and the route loaders of one page, so work
// they all need (who is signed in, their panels) is looked up once per request, not per loader.
const memo = new WeakMap<Request, Map<string, Promise<unknown>>>();

export function oncePerRequest<T>(request: Request, key: string, load: () => Promise<T>): Promise<T> {
  let forRequest = memo.get(request);
  if (!forRequest) {
    forRequest = new Map();
    memo.set(request, forRequest);
  }
  let found = forRequest.get(key) as Promise<T> | undefined;
  if (!found) {
    found = load();
    forRequest.set(key, found);
  }
  return found;
}
