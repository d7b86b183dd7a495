// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ResultsScreen from '../../../src/app/results/ResultsScreen';
import { describeOutcome } from '../../../src/app/results/describeOutcome';
import { useSettingsStore } from '../../../src/app/settings/settingsStore';
import { scenarioById } from '../../../src/app/scenarios/scenarioCatalog';
import { MotionProvider } from '../../../src/app/shell/MotionProvider';
import { useAssignmentsStore } from '../../../src/app/assignments/assignmentsStore';
import { useCallStore } from '../../../src/app/call/callStore';
import { useOnboardingStore } from '../../../src/app/onboarding/onboardingStore';
import { emptyProgress } from '../../../src/core/onboarding/onboardingProgress';
import { onboardingAssignmentId } from '../../../src/core/onboarding/onboardingTrack';
import { HUNG_UP_CAP } from '../../../src/core/scoring/failedCall';
import type { CallRecord } from '../../../src/core/history/callRecord';
import type { Verdict } from '../../../src/core/scoring/report';
import { loadAssignment } from '../../fixtures/assignments/fakeCalls';
import { playedRecord, resetAppStores, seedHistory } from '../../support/appState';

/** A record of the first track lesson with the given overall and verdict on the lesson's principle. */
async function lessonRecord(overall: number, verdict: Verdict): Promise<CallRecord> {
  const step = useOnboardingStore.getState().track.steps[0]!;
  const record = await playedRecord(step.scenarioId!, 'good', { id: `lesson-${overall}-${verdict}` });
  const principles = record.report.principles.map((p) => (p.id === step.id ? { ...p, verdict, score: verdict === 'met' ? 100 : 0 } : p));
  return { ...record, assignmentId: onboardingAssignmentId(step.id), report: { ...record.report, overall, principles } };
}

function renderResults(recordId: string) {
  return render(
    <MotionProvider>
      <ResultsScreen recordId={recordId} />
    </MotionProvider>,
  );
}

beforeEach(() => {
  resetAppStores();
  useOnboardingStore.setState({ loaded: false, progress: emptyProgress(), notices: [] });
  useAssignmentsStore.setState({ loaded: true, received: [], created: [], setAside: [], traineeName: '', saveError: undefined });
  useSettingsStore.setState({ motion: 'reduce' });
});
afterEach(cleanup);

describe('the results screen', () => {
  it('says when the call shown is not saved to History yet, with ways to keep it', async () => {
    const record = await playedRecord('busy-executive', 'good');
    useCallStore.setState({ phase: 'save-failed', pendingRecord: record });
    renderResults(record.id);
    const notice = screen.getByTestId('unsaved-call');
    expect(notice.textContent).toMatch(/This call is not saved to History yet/);
    expect(within(notice).getByRole('button', { name: 'Export this call' })).toBeTruthy();
    expect(within(notice).getByRole('link', { name: 'Open the call' }).getAttribute('href')).toBe('#/call');
  });

  it('says nothing of saving for a call that is saved', async () => {
    const record = await playedRecord('busy-executive', 'good');
    seedHistory([record]);
    renderResults(record.id);
    expect(screen.queryByTestId('unsaved-call')).toBeNull();
  });

  it('shows the overall score, the medal and a way into the replay', async () => {
    const record = await playedRecord('busy-executive', 'good');
    seedHistory([record]);
    renderResults(record.id);
    const overall = Math.round(record.report.overall);
    expect(screen.getByText(`Score ${overall} out of 100`)).toBeTruthy();
    expect(screen.getByTestId('score-value').textContent).toBe(String(overall));
    expect(screen.getByTestId('medal').textContent).toBe('Gold medal');
    expect(screen.getByRole('link', { name: /Replay/ }).getAttribute('href')).toBe(`#/replay/${record.id}`);
    expect(screen.getByRole('link', { name: 'Try again' }).getAttribute('href')).toBe('#/briefing/busy-executive');
  });

  it('says why the score is capped when the customer hung up, and what the lines added up to', async () => {
    const record = await playedRecord('busy-executive', 'good', { id: 'capped' });
    const capped = { ...record, report: { ...record.report, overall: HUNG_UP_CAP } };
    seedHistory([capped]);
    renderResults(capped.id);
    expect(screen.getByText(new RegExp(`^Capped at ${HUNG_UP_CAP}: Wendy Park ended the call on you`)).textContent).toContain(
      `they add up to ${Math.round(record.report.overall)}`,
    );
  });

  it('says the score is capped because the rep kept pressing after the customer said no', async () => {
    const record = await playedRecord('busy-executive', 'good', { id: 'pressed' });
    const turns = [
      ...record.transcript.turns.slice(0, 2),
      { speaker: 'customer' as const, text: 'No. Not this quarter.' },
      { speaker: 'rep' as const, text: 'Come on Wendy, the discount is gone tonight, I need a yes on this call.' },
    ];
    const pressed = { ...record, transcript: { ...record.transcript, turns }, report: { ...record.report, overall: HUNG_UP_CAP } };
    seedHistory([pressed]);
    renderResults(pressed.id);
    expect(screen.getByText(new RegExp(`^Capped at ${HUNG_UP_CAP}: you kept pressing after Wendy Park said no`))).toBeTruthy();
  });

  it('says nothing of a cap on a call that was not capped', async () => {
    const record = await playedRecord('busy-executive', 'good');
    seedHistory([record]);
    renderResults(record.id);
    expect(screen.queryByText(/Capped at/)).toBeNull();
  });

  it('sets the trainee’s goal beside what the call achieved', async () => {
    const record = await playedRecord('busy-executive', 'bad', { goal: 'Book the demo with Kim' });
    seedHistory([record]);
    renderResults(record.id);
    const compare = screen.getByRole('region', { name: 'Your goal and what the call achieved' });
    expect(within(compare).getByText('“Book the demo with Kim”')).toBeTruthy();
    expect(within(compare).getByText('Wendy hung up.')).toBeTruthy();
    expect(within(compare).getByText('No concrete next step was agreed')).toBeTruthy();
  });

  it('lists each principle that applied with its verdict, evidence quotes and source, missed ones first', async () => {
    const record = await playedRecord('busy-executive', 'bad');
    seedHistory([record]);
    renderResults(record.id);
    const list = screen.getByRole('region', { name: 'Principle by principle' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('verdict'));
    const applied = record.report.principles.filter((p) => p.verdict !== 'n/a');
    expect(items).toHaveLength(applied.length);
    expect(items[0]!.textContent).toMatch(/Missed/);
    const purpose = items.find((li) => within(li).queryByRole('heading', { name: 'Lead with a purpose' }))!;
    expect(within(purpose).getByText('“I just called to see how things are going.”'.slice(1, -1))).toBeTruthy();
    expect(within(purpose).getByText(/Source:/)).toBeTruthy();
  });

  it('says the call is not found when history does not have it', () => {
    renderResults('missing');
    expect(screen.getByRole('heading', { name: 'Call not found' })).toBeTruthy();
  });
});

describe('whether a track or assignment call passed', () => {
  it('says a lesson passed and names the lesson it unlocked', async () => {
    const record = await lessonRecord(82, 'met');
    seedHistory([record]);
    renderResults(record.id);
    const notice = screen.getByTestId('call-outcome');
    const [, second] = useOnboardingStore.getState().track.steps;
    expect(notice.textContent).toMatch(/^Lesson 1 of 8, “.+”: passed\./);
    expect(notice.textContent).toContain(`Unlocked: lesson 2, “${second!.lesson.title}”.`);
    expect(useOnboardingStore.getState().progress.steps[record.assignmentId!.slice('onboarding:'.length)]?.passedAt).toBeTruthy();
  });

  it('says a lesson was not passed when its own principle was missed, however good the score', async () => {
    const record = await lessonRecord(91, 'missed');
    seedHistory([record]);
    renderResults(record.id);
    const notice = screen.getByTestId('call-outcome');
    expect(notice.getAttribute('data-passed')).toBe('false');
    expect(notice.textContent).toMatch(/not passed yet\. “.+” was missed: try again\./);
    expect(notice.textContent).not.toContain('Unlocked');
  });

  it('says an assignment call passed or not against its pass mark, with the attempts left', async () => {
    const assignment = loadAssignment();
    useAssignmentsStore.setState({ received: [assignment] });
    const played = await playedRecord('busy-executive', 'bad');
    const record = { ...played, assignmentId: assignment.id };
    seedHistory([record]);
    renderResults(record.id);
    const notice = screen.getByTestId('call-outcome');
    expect(notice.textContent).toContain(
      `Assignment “${assignment.title}”: not passed. This call scored ${Math.round(record.report.overall)}; the pass mark is 70. 2 attempts left.`,
    );
  });
});

describe('what the call achieved', () => {
  it('words a voicemail’s next step as what the message left, not as something agreed', async () => {
    const record = await playedRecord('not-now-voicemail', 'good');
    const texts = describeOutcome(record, 'Dana').points.map((p) => p.text);
    expect(texts.join(' ')).not.toMatch(/Agreed|Let “not now”/);
  });

  it('puts achievements first and names how the call ended', async () => {
    const record = await playedRecord('lease-follow-up', 'good');
    const outcome = describeOutcome(record, 'Art Mitchell');
    expect(outcome.headline).toBe('Art agreed, and the call ended on a high.');
    expect(outcome.points[0]!.achieved).toBe(true);
  });

  it('names Kim as the one who ended it when the rep tried to get past her to Wendy', async () => {
    const lines = [
      "Hi Wendy, Jordan from Clearline; I've taken over from Priya. I'm calling to book the staff demo you agreed with her. Is now OK for one minute?",
      "Could I speak to Kim to book it, so I don't take more of your time?",
      "Kim, I'd rather speak to Wendy directly.",
      'Come on, just put me through to Wendy.',
    ];
    const record = await playedRecord('busy-executive', 'bad', { lines, id: 'around-kim' });
    const wendy = scenarioById('busy-executive');
    expect(describeOutcome(record, 'Wendy Park', wendy).headline).toBe('Kim hung up.');
    expect(describeOutcome(record, 'Wendy Park').headline).toBe('Assistant hung up.');
  });
});
