import { describe, expect, it } from 'vitest';
import { seriesRuns } from '../../../../src/core/series/seriesRuns';
import { ApiError } from '../../../../src/server/team/http/ApiError';
import { scenarioAsPlayed } from '../../../../src/server/team/store/scenarioAsPlayed';
import type { TeamDeps } from '../../../../src/server/team/teamDeps';
import { loadScenario } from '../../../core/persona/personaFixtures';
import { seriesUploads } from '../../../support/teamCalls';
import type { Transcript } from '../../../../src/core';

const lease = loadScenario('lease-series');
const single = loadScenario('lease-follow-up');
const deps = { scenarios: { byId: (id: string) => [lease, single].find((s) => s.id === id), builtinIds: [lease.id, single.id] } } as unknown as TeamDeps;

const statusOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof ApiError ? error.status : error;
  }
  return 'no error';
};

describe('scenarioAsPlayed', () => {
  it('rebuilds a later series call from the calls before it exactly as the app plays it', async () => {
    const [first, second] = (await seriesUploads('lease-series', 'a', { lines: 'broken' })) as { id: string; scenarioId: string; transcript: Transcript }[];
    const [run] = seriesRuns(
      lease,
      [first!, second!].map((call) => ({ ...call, overall: 0 })),
    );
    expect(scenarioAsPlayed(deps, undefined, 'lease-series/promised-call', [first!.transcript])).toEqual(run!.played[1]);
    expect(scenarioAsPlayed(deps, undefined, 'lease-series/plates-late')).toEqual(run!.played[0]);
  });

  it('plays a single scenario as written, and refuses earlier calls for it or a call the server does not have', async () => {
    const [first] = (await seriesUploads('lease-series', 'a')) as { transcript: Transcript }[];
    expect(scenarioAsPlayed(deps, undefined, 'lease-follow-up')).toBe(single);
    expect(statusOf(() => scenarioAsPlayed(deps, undefined, 'lease-follow-up', [first!.transcript]))).toBe(400);
    expect(statusOf(() => scenarioAsPlayed(deps, undefined, 'lease-series/no-such-call'))).toBe(404);
    expect(statusOf(() => scenarioAsPlayed(deps, undefined, 'no-such-series/plates-late'))).toBe(404);
  });
});
