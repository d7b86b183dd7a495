// The public face of src/core/principles: the principles and their sources.
export { PRINCIPLES, PRINCIPLE_IDS, isPrincipleId, principleById } from './principles';
export type { PrincipleId } from './principles';
export { citeSource } from './sources';
