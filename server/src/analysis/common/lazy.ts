/**
 * A value computed on first use, then kept; the loader (and whatever it holds) is let go once it
 * has run. Errors are not cached, so a fixed file can be retried.
 */
export function lazy<T>(load: () => T): () => T {
  let pending: (() => T) | undefined = load;
  let value: T | undefined;
  return () => {
    if (pending) {
      value = pending();
      pending = undefined;
    }
    return value as T;
  };
}
