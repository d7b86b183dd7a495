import { decodeAssignmentLink, ASSIGNMENT_LIMITS, type Assignment, parseAssignmentText } from '../../core/assignments';
import type { Validated } from '../../core/scenario';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { browserLinkCodec } from './browserLinkCodec';
import { readTextFile } from '../shared/fileIO';
import type { ReceiveOutcome } from './assignmentsStore';

function context() {
  return { builtinScenarioIds: useScenarioCatalog.getState().builtIn.map((s) => s.id) };
}

/** An assignment from a link payload (the part after `#/assignment/`). */
export function assignmentFromLink(payload: string): Promise<Validated<Assignment>> {
  return decodeAssignmentLink(payload, browserLinkCodec(), context());
}

/** An assignment from a file the user picked. */
export async function assignmentFromFile(file: Blob): Promise<Validated<Assignment>> {
  const read = await readTextFile(file, ASSIGNMENT_LIMITS.maxBytes);
  if (!read.ok) return { ok: false, errors: [{ path: '(file)', message: read.message }] };
  return parseAssignmentText(read.text, context());
}

/** The payload of a pasted assignment link, or undefined when the text is not one. */
export function payloadOfLink(text: string): string | undefined {
  const match = /#\/assignment\/([^\s]+)/.exec(text.trim());
  return match?.[1];
}

/** What to tell the trainee after adding an assignment. */
export function receiveMessage(outcome: ReceiveOutcome, title: string): string {
  switch (outcome) {
    case 'added':
      return `“${title}” was added to your assignments.`;
    case 'same':
      return `“${title}” is already in your assignments.`;
    case 'replaced':
      return `“${title}” was updated to the new version.`;
    default:
      return `You already have a different assignment with the same id as “${title}”. Yours is kept unless you choose to replace it.`;
  }
}
