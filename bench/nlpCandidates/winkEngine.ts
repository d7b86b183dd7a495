import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { NlpEngine } from './nlpEngine';
import { memoByText } from './textCache';

// Only the pipes the matchers read: part of speech for lemmas, named entities for dates and times.
const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its;
// The typings give `its.lemma` an addons-taking signature that `out()` does not accept; at run time it is an ordinary `its`.
const lemmaOf = its.lemma as unknown as typeof its.value;
const KEEP_PUNCTUATION = /^[.!?;]$/;
const TIME_ENTITIES = new Set(['DATE', 'TIME']);

const lemmaText = memoByText((text: string): string => {
  const doc = nlp.readDoc(text);
  const lemmas = doc.tokens().out(lemmaOf) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const out: string[] = [];
  lemmas.forEach((lemma, i) => {
    if (types[i] === 'punctuation' && !KEEP_PUNCTUATION.test(lemma)) return;
    out.push(lemma.toLowerCase());
  });
  return out.join(' ');
});

const findsTime = memoByText((text: string): boolean => {
  const doc = nlp.readDoc(text);
  const entities = doc.entities().out(its.detail) as unknown as { type: string; value: string }[];
  // A duration is a time only as a delay from now ("in twenty minutes"), not as a length ("for twenty minutes").
  return entities.some(
    (e) =>
      TIME_ENTITIES.has(e.type) ||
      (e.type === 'DURATION' && new RegExp(`\\b(?:in|within) (?:the next )?${e.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text)),
  );
});

export const engine: NlpEngine = { name: 'wink-nlp', lemmaText, findsTime };
