/**
 * Numbers requests per key so an answer older than one already applied is dropped, not shown over it: polls overlap
 * when the server is slow, and their answers can come back in any order.
 */
export function latestAnswers(): (key: string) => () => boolean {
  const asked = new Map<string, number>();
  const applied = new Map<string, number>();
  return (key) => {
    const n = (asked.get(key) ?? 0) + 1;
    asked.set(key, n);
    // True (and now the latest applied) unless an answer to a later request was applied first.
    return () => {
      if ((applied.get(key) ?? 0) > n) return false;
      applied.set(key, n);
      return true;
    };
  };
}
