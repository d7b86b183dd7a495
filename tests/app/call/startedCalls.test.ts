// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useCallStore } from '../../../src/app/call/callStore';
import { announceStartedCall, onStartedCall, type StartedCall } from '../../../src/app/call/startedCalls';
import type { CallSession } from '../../../src/core/call';

describe('announcing started calls, for team mode to remember who started them', () => {
  it('hands calls announced before anyone listened to the first listener, then announces each new call of the app’s call store once', () => {
    announceStartedCall({ callId: 'early' });
    const heard: StartedCall[] = [];
    onStartedCall((call) => heard.push(call));
    expect(heard).toEqual([{ callId: 'early' }]);
    const session = { callId: 'call-1', assignmentId: 'a-1' } as CallSession;
    useCallStore.setState({ session });
    useCallStore.setState({ session: { ...session, beeped: true } });
    useCallStore.setState({ session: { callId: 'call-2' } as CallSession });
    expect(heard).toEqual([{ callId: 'early' }, { callId: 'call-1', assignmentId: 'a-1' }, { callId: 'call-2' }]);
  });
});
