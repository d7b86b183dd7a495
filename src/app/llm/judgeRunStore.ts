import { create } from 'zustand';
import type { CallRecord } from '../../core/history';
import type { Scenario } from '../../core/scenario';
import type { JudgeRun } from '../../llm/runJudge';
import { activeModelSettings, useLlmSettingsStore } from './llmSettingsStore';

/** Where the judge is with one call. */
export type JudgeRunState = { status: 'running' } | { status: 'done'; run: JudgeRun } | { status: 'failed'; message: string; retryable: boolean };

/** The judge's runs by call record id, kept for this session only (never in history). */
export interface JudgeRunsState {
  runs: Record<string, JudgeRunState>;
  /** Judges a call unless it already is (or was), or `again` is set. */
  judge(record: CallRecord, scenario: Scenario, options?: { again?: boolean }): Promise<void>;
}

/** One judge run per finished call and session; the openai SDK is loaded only when it runs. */
export const useJudgeRuns = create<JudgeRunsState>()((set, get) => ({
  runs: {},
  async judge(record, scenario, options = {}) {
    const current = get().runs[record.id];
    if (current && (current.status === 'running' || !options.again)) return;
    const put = (state: JudgeRunState) => set((s) => ({ runs: { ...s.runs, [record.id]: state } }));
    put({ status: 'running' });
    await useLlmSettingsStore.getState().detectTeam();
    const settings = activeModelSettings(useLlmSettingsStore.getState());
    if (!settings) {
      put({ status: 'failed', message: 'No language model is set up. Choose a server and model in Settings to get a second opinion.', retryable: false });
      return;
    }
    try {
      const [{ runJudge }, { createModelClient }] = await Promise.all([import('../../llm/runJudge'), import('../../llm/createModelClient')]);
      const run = await runJudge({ scenario, transcript: record.transcript, report: record.report }, createModelClient(settings));
      put({ status: 'done', run });
    } catch (error) {
      const retryable = (error as { retryable?: unknown }).retryable !== false;
      put({ status: 'failed', message: error instanceof Error ? error.message : String(error), retryable });
    }
  },
}));
