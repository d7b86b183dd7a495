import { principleById } from '../../../core/principles';

/** A principle's title from its id (the id itself if this build does not know it). */
export function principleTitle(id: string): string {
  return principleById(id as Parameters<typeof principleById>[0])?.title ?? id;
}
