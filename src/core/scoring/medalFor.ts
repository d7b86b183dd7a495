/** A medal tier for an overall score. */
export type Medal = 'gold' | 'silver' | 'bronze' | 'none';

/** Gold from 90, silver from 75, bronze from 50; below that, no medal yet. */
export function medalFor(score: number): Medal {
  if (score >= 90) return 'gold';
  if (score >= 75) return 'silver';
  if (score >= 50) return 'bronze';
  return 'none';
}

/** The medal's name as shown to the trainee. */
export function medalLabel(medal: Medal): string {
  return medal === 'none' ? 'No medal yet' : `${medal[0]!.toUpperCase()}${medal.slice(1)} medal`;
}
