// The public face of src/core/persona: the persona interface, the scripted customer and the guided lines.
export type { Mood, Persona, PersonaTurn, RespondOptions } from './Persona';
export { createScriptedPersona } from './createScriptedPersona';
export { playLines } from './playLines';
export { prepareScenario } from './prepareScenario';
export { scriptedGreeting, scriptedReply } from './scriptedReply';
export { suggestLines } from './suggestLines';
export type { CandidateLine } from './suggestLines';
