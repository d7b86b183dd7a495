import './loadedScenarios';
import type { CallSession } from '../../src/app/call/callState';
import { useCallStore } from '../../src/app/call/callStore';
import { summarizeCall } from '../../src/app/history/callSummary';
import { useHistoryStore } from '../../src/app/history/historyStore';
import { useNavigationStore } from '../../src/app/navigation/navigationStore';
import { scenarioById, useScenarioCatalog } from '../../src/app/scenarios/scenarioCatalog';
import { useSettingsStore } from '../../src/app/settings/settingsStore';
import { buildCallRecord } from '../../src/core/call/buildCallRecord';
import type { CallRecord } from '../../src/core/history/callRecord';
import { createScriptedPersona } from '../../src/core/persona/createScriptedPersona';
import { playLines } from '../../src/core/persona/playLines';
import { scoreTranscript } from '../../src/core/scoring/scoreTranscript';
import { fixtureLines } from './callDriver';

/** Puts every app store back to its first-visit state (for component tests). */
export function resetAppStores(): void {
  localStorage.clear();
  useCallStore.getState().clear();
  useCallStore.getState().setPlan(undefined);
  useSettingsStore.setState(useSettingsStore.getInitialState());
  useHistoryStore.setState({ records: [], summaries: [], bestByScenario: {}, loaded: true, status: 'ready', notices: [], setAside: [] });
  useNavigationStore.setState({ route: { name: 'home' } });
  useScenarioCatalog.setState({ customLoaded: true });
  window.location.hash = '';
}

/** A finished call of a scenario played with its fixture lines (good or bad), scored by the core. */
export async function playedRecord(
  scenarioId: string,
  kind: 'good' | 'bad',
  options: { seed?: number; goal?: string; id?: string; lines?: readonly string[] } = {},
): Promise<CallRecord> {
  const scenario = scenarioById(scenarioId)!;
  const seed = options.seed ?? 3;
  const persona = createScriptedPersona(scenario, { seed, difficulty: scenario.difficulty });
  const { transcript } = await playLines(scenario, persona, options.lines ?? fixtureLines(scenarioId)[kind], { seed, difficulty: scenario.difficulty });
  const session: CallSession = {
    callId: options.id ?? `${scenarioId}-${kind}`,
    scenarioId,
    scenarioTitle: scenario.title,
    channel: scenario.channel,
    seed,
    difficulty: scenario.difficulty,
    goal: options.goal ?? 'Get a concrete next step',
    personaKind: 'scripted',
    usedGuided: false,
    startedAt: '2026-04-14T10:00:00.000Z',
    turns: transcript.turns,
    beeped: scenario.channel === 'voicemail',
    ...(transcript.endReason ? { endReason: transcript.endReason } : {}),
  };
  const withGoal = { ...transcript, goal: session.goal };
  return buildCallRecord(session, scoreTranscript(scenario, withGoal), '2026-04-14T10:03:00.000Z');
}

/** Makes records appear saved in history, as if loaded from IndexedDB. */
export function seedHistory(records: CallRecord[]): void {
  const best: Record<string, number> = {};
  for (const r of records) best[r.scenarioId] = Math.max(best[r.scenarioId] ?? 0, r.report.overall);
  useHistoryStore.setState({ records, summaries: records.map(summarizeCall), bestByScenario: best, loaded: true, status: 'ready' });
}
