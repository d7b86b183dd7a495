import { principleById, type PrincipleId } from '../principles/principles';
import { SOURCES, type SourceId, type SourceRef } from '../principles/sources';

/** A short lesson card for one principle. */
export interface Lesson {
  principle: PrincipleId;
  title: string;
  /** The principle in the project's own words. */
  explanation: string;
  /** One habit to take into the call. */
  habit: string;
  /** A weak line and a better one. */
  weak: string;
  better: string;
  /** The articles it comes from, as shown to users; the first is the main one. */
  sources: string[];
}

/** Files 000–002 are versions of one article (short, full, with comments): a lesson names it once. */
const SAME_ARTICLE: Record<SourceId, SourceId> = { '000': '000', '001': '000', '002': '000', '003': '003', '004': '004' };

function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Each article once, in citation order, with the reader comments it is cited for folded into one mention. */
export function citeLessonSources(refs: readonly SourceRef[]): string[] {
  const commenters = new Map<SourceId, string[]>();
  for (const ref of refs) {
    const article = SAME_ARTICLE[ref.article];
    const names = commenters.get(article) ?? [];
    if (ref.commenter && !names.includes(ref.commenter)) names.push(ref.commenter);
    commenters.set(article, names);
  }
  return [...commenters].map(([article, names]) =>
    names.length === 0 ? SOURCES[article] : `${SOURCES[article]} (with ${names.length === 1 ? 'a reader comment' : 'reader comments'} by ${listNames(names)})`,
  );
}

/** The lesson card for a principle, built from the principle data so wording stays in one place. */
export function lessonFor(id: PrincipleId): Lesson {
  const principle = principleById(id);
  return {
    principle: id,
    title: principle.title,
    explanation: principle.explanation,
    habit: principle.habit,
    weak: principle.example.weak,
    better: principle.example.better,
    sources: citeLessonSources(principle.sources),
  };
}
