import { buildJudgePrompt, compareWithRules, type Disagreement, judgeJsonSchema, type JudgeView, readJudgeOutput } from '../core/judge';
import type { Scenario } from '../core/scenario';
import type { Report } from '../core/scoring';
import type { Transcript } from '../core';
import type { ModelClient, TokenUsage } from './ModelClient';
import { ModelError } from './ModelError';

/** The judge's second opinion beside the canonical rule-based report. */
export interface JudgeRun {
  view: JudgeView;
  /** Principles where the judge and the rules reach different verdicts. */
  disagreements: Disagreement[];
  usage?: TokenUsage;
}

/** Some local models wrap JSON in a markdown fence even when asked not to. */
function unfence(text: string): string {
  const fenced = text.trim().match(/^```(?:json)?\s*([\s\S]*?)\s*```$/);
  return fenced ? fenced[1]! : text.trim();
}

/**
 * Asks the model to judge a finished call. The report passed in stays the canonical score and is
 * never changed; the judge only adds a view and the principles where it disagrees.
 */
export async function runJudge(
  call: { scenario: Scenario; transcript: Transcript; report: Report },
  client: ModelClient,
  options: { signal?: AbortSignal } = {},
): Promise<JudgeRun> {
  const prompt = buildJudgePrompt(call.scenario, call.transcript);
  const result = await client.chat(
    {
      messages: [
        { role: 'system', content: prompt.system },
        { role: 'user', content: prompt.user },
      ],
      maxTokens: 2_000,
      temperature: 0,
      seed: 1,
      jsonSchema: { name: 'call_review', schema: judgeJsonSchema(call.scenario) },
      // Streamed so that a slow local model is timed on its silences, not on the whole answer.
      stream: true,
    },
    { signal: options.signal },
  );
  let raw: unknown;
  try {
    raw = JSON.parse(unfence(result.text));
  } catch {
    throw new ModelError('malformed', 'The judge did not answer with the JSON it was asked for.');
  }
  const view = readJudgeOutput(raw, call.scenario, call.transcript);
  if ('error' in view) throw new ModelError('malformed', view.error);
  return { view, disagreements: compareWithRules(call.report, view), usage: result.usage };
}
