import { useState } from 'react';
import { pointsLostSummary } from '../../core/scoring';
import type { CallSummary } from './callSummary';
import type { EndReason } from '../../core';
import { ScoreBadge } from './ScoreBadge';

/** How many calls each page of the list adds. */
export const PAGE_SIZE = 20;

const END_REASON: Record<EndReason, string> = {
  'hung-up': 'Customer hung up',
  'goal-reached': 'Goal reached',
  'voicemail-recorded': 'Voicemail left',
  'rep-ended': 'You hung up',
  'turn-limit': 'Ran out of time',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A saved timestamp for display; saved data may hold anything, so a bad one reads as unknown. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return iso && !Number.isNaN(date.getTime()) ? dateFormat.format(date) : 'Unknown date';
}

function HistoryRow({ call: record }: { call: CallSummary }) {
  const goal = record.goal?.trim();
  const end = record.endReason;
  const replay = `#/replay/${encodeURIComponent(record.id)}`;
  const results = `#/results/${encodeURIComponent(record.id)}`;
  const when = formatWhen(record.endedAt);
  const title = record.scenarioTitle || record.scenarioId;
  return (
    <li className="hist-row">
      <ScoreBadge score={record.overall} />
      <div className="hist-row-main">
        <div className="hist-row-title">
          <span className="hist-row-scenario">{title}</span>
          <span className="hist-row-when">{when}</span>
        </div>
        <div className="hist-row-meta">
          {end && <span className={`chip hist-end-${end}`}>{END_REASON[end] ?? end}</span>}
          <span className="chip">{record.mode === 'guided' ? 'Guided' : 'Free text'}</span>
          {record.personaKind === 'llm' && <span className="chip">Model customer</span>}
          <span className="chip hist-points">{pointsLostSummary(record)}</span>
        </div>
        {goal && <p className="hist-row-goal">{`Your goal: ${goal}`}</p>}
      </div>
      <div className="hist-row-links">
        <a className="button button-primary button-small" href={replay} aria-label={`Replay the ${title} call of ${when}`}>
          Replay
        </a>
        <a className="hist-link" href={results} aria-label={`Score of the ${title} call of ${when}`}>
          Score
        </a>
      </div>
    </li>
  );
}

/** Finished calls, newest first, a page at a time so thousands of calls open quickly. */
export function HistoryList({ calls: records }: { calls: readonly CallSummary[] }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const count = Math.min(shown, records.length);
  // Newest first without reversing the whole list: walk back from the end.
  const page: CallSummary[] = [];
  for (let i = records.length - 1; i >= records.length - count; i--) page.push(records[i]!);

  const left = records.length - count;
  return (
    <>
      <ol className="hist-list" aria-label="Finished calls, newest first">
        {page.map((record) => (
          <HistoryRow key={record.id} call={record} />
        ))}
      </ol>
      <p className="hist-list-count">{`Showing ${count} of ${records.length} call${records.length === 1 ? '' : 's'}`}</p>
      {left > 0 && (
        <button type="button" className="button button-small hist-more" onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {`Show ${Math.min(PAGE_SIZE, left)} more`}
        </button>
      )}
    </>
  );
}
