import type { Assignment } from '../../core/assignments';
import { systemClock, type Clock } from '../clock/systemClock';

/** "Guided lines" or "Free text". */
export function modeLabel(mode: Assignment['mode']): string {
  return mode === 'guided' ? 'Guided lines' : 'Free text';
}

/** "Scripted customer" or "Customer played by a language model". */
export function personaLabel(kind: Assignment['personaKind']): string {
  return kind === 'llm' ? 'Customer played by a language model' : 'Scripted customer';
}

/** A due date as the reader's local date and time, or "No due date". */
export function formatDue(dueDate: string | undefined): string {
  if (!dueDate) return 'No due date';
  const date = new Date(dueDate);
  return Number.isNaN(date.getTime())
    ? dueDate
    : date.toLocaleString(undefined, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "due Fri, 31 Jan 2030, 17:00" or "no due date", for running text. */
export function dueText(dueDate: string | undefined): string {
  return dueDate ? `due ${formatDue(dueDate)}` : 'no due date';
}

/** The end of a local calendar day (from a date input's "YYYY-MM-DD") as an ISO instant. */
export function endOfLocalDay(day: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 0, 0);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A fresh assignment id: time plus randomness, short enough for file names and links. */
export function newAssignmentId(clock: Clock = systemClock): string {
  const random = new Uint32Array(2);
  crypto.getRandomValues(random);
  return `a-${clock.now().toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`.slice(0, 64);
}

/** The reader's local calendar day of an instant, as a date input's "YYYY-MM-DD" (the inverse of endOfLocalDay). */
export function localDayOf(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
