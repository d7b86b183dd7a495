// The public face of src/core/principles: the principles (one definition file each, under ./definitions) and their sources.
export { PRINCIPLES, PRINCIPLE_IDS, isPrincipleId, principleById } from './principles';
export type { Principle, PrincipleId } from './principles';
export type { OutcomeLabels, PrincipleDefinition } from './definePrinciple';
export { citeSource } from './sources';
