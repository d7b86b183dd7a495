// The public face of src/core/replay: the replay of a scored call.
export { buildReplay, stepToMistake } from './buildReplay';
export type { Replay, ReplayMistake } from './buildReplay';
