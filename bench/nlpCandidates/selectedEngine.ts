import type { NlpEngine } from './nlpEngine';

// One library per process, chosen by the parent bench, so the other is never loaded.
const name = process.env.NLP_ENGINE;
if (name !== 'wink' && name !== 'compromise') throw new Error(`NLP_ENGINE must be wink or compromise, not ${name}`);

const start = performance.now();
export const engine: NlpEngine = name === 'wink' ? (await import('./winkEngine')).engine : (await import('./compromiseEngine')).engine;
/** How long importing the library and building its model took, in ms. */
export const engineLoadMs = Math.round(performance.now() - start);
