// The public face of src/core. Code outside core imports core from here or from an area's index (src/core/<area>/index.ts);
// tests may reach inside. A few heavy modules are also loaded on demand with import(): see CORE_ON_DEMAND in eslint.config.js.

// Transcripts, turn text and seeded randomness
export { MAX_TURN_CHARS, cleanTurnText } from './cleanTurnText';
export { decodeText } from './decodeText';
export { hashString, pick, randomFor } from './random';
export { transcriptSchema } from './transcript';
export type { EndReason, Transcript, Turn } from './transcript';

// The areas
export * from './scenario';
export * from './persona';
export * from './scoring';
export * from './principles';
export * from './history';
export * from './replay';
export * from './judge';
export * from './onboarding';
export * from './assignments';
export * from './call';
export * from './series';
