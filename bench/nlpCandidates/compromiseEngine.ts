import nlp from 'compromise';
import dates from 'compromise-dates';
import type { NlpEngine } from './nlpEngine';
import { memoByText } from './textCache';

nlp.plugin(dates);
type DatesView = ReturnType<typeof nlp> & { dates(): { length: number }; times(): { length: number } };
interface Term {
  normal?: string;
  root?: string;
  post?: string;
}
const SENTENCE_END = /[.!?;]/;

const lemmaText = memoByText((text: string): string => {
  const doc = nlp(text);
  doc.compute('root');
  const out: string[] = [];
  for (const term of (doc as unknown as { docs: Term[][] }).docs.flat()) {
    const word = (term.root || term.normal || '').toLowerCase();
    if (word) out.push(word);
    const end = term.post?.match(SENTENCE_END);
    if (end) out.push(end[0]);
  }
  return out.join(' ');
});

const findsTime = memoByText((text: string): boolean => {
  const doc = nlp(text) as DatesView;
  return doc.dates().length > 0 || doc.times().length > 0;
});

export const engine: NlpEngine = { name: 'compromise', lemmaText, findsTime };
