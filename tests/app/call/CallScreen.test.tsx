// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CallScreen from '../../../src/app/call/CallScreen';
import { createPersonaFor } from '../../../src/app/call/createPersonaFor';
import type { CallStoreHook } from '../../../src/app/call/createCallStore';
import { CallStoreProvider } from '../../../src/app/call/useCall';
import { useNavigationStore } from '../../../src/app/navigation/navigationStore';
import { scenarioById } from '../../../src/app/scenarios/scenarioCatalog';
import { useSettingsStore } from '../../../src/app/settings/settingsStore';
import { MotionProvider } from '../../../src/app/shell/MotionProvider';
import type { Persona } from '../../../src/core/persona/Persona';
import { resetAppStores } from '../../support/appState';
import { fixtureLines } from '../../support/callDriver';
import { testCallStore } from '../../support/testCallStore';

const lease = scenarioById('lease-follow-up')!;
const saveRecord = vi.fn(async () => undefined);
let useCallStore: CallStoreHook;

function renderCall() {
  return render(
    <CallStoreProvider store={useCallStore}>
      <MotionProvider>
        <CallScreen />
      </MotionProvider>
    </CallStoreProvider>,
  );
}

async function startLeaseCall(personaKind: 'scripted' | 'llm' = 'scripted') {
  await act(() => useCallStore.getState().startCall(lease, { goal: 'Plates by Thursday', personaKind, difficulty: 'easy' }));
}

beforeEach(() => {
  resetAppStores();
  saveRecord.mockClear();
  useSettingsStore.setState({ motion: 'reduce' });
  useCallStore = testCallStore({ saveRecord });
});
afterEach(cleanup);

describe('the call screen', () => {
  it('shows the customer, the patience meter, the timer and the trainee’s goal', async () => {
    await startLeaseCall();
    renderCall();
    expect(screen.getByRole('heading', { name: 'Art Mitchell' })).toBeTruthy();
    const meter = screen.getByRole('meter');
    expect(Number(meter.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    expect(meter.getAttribute('aria-valuetext')).toMatch(/Art Mitchell's patience/);
    expect(screen.getByRole('timer')).toBeTruthy();
    expect(screen.getByText('Plates by Thursday')).toBeTruthy();
    expect(within(screen.getByRole('log', { name: 'Conversation' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('sends a typed line with Enter and shows the customer’s answer', async () => {
    useSettingsStore.setState({ mode: 'free' });
    await startLeaseCall();
    renderCall();
    const input = screen.getByRole('textbox', { name: 'What you say to Art' });
    fireEvent.change(input, { target: { value: fixtureLines('lease-follow-up').good[0] } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(useCallStore.getState().phase).toBe('live'));
    await waitFor(() => expect(within(screen.getByRole('log')).getAllByRole('listitem')).toHaveLength(3));
    expect((input as HTMLTextAreaElement).value).toBe('');
  });

  it('does not send on Shift+Enter', async () => {
    useSettingsStore.setState({ mode: 'free' });
    await startLeaseCall();
    renderCall();
    const input = screen.getByRole('textbox', { name: 'What you say to Art' });
    fireEvent.change(input, { target: { value: 'Hello' } });
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(useCallStore.getState().session!.turns).toHaveLength(1);
  });

  it('offers three guided lines, says the one picked and shows how good it was', async () => {
    await startLeaseCall();
    renderCall();
    const group = screen.getByRole('group', { name: /Pick what you say/ });
    const buttons = within(group).getAllByRole('button');
    expect(buttons).toHaveLength(3);
    const strong = lease.guided.find((g) => g.stage === 'opening')!.lines.find((l) => l.quality === 'strong')!.text;
    fireEvent.click(within(group).getByRole('button', { name: strong }));
    await waitFor(() => expect(useCallStore.getState().session!.turns).toHaveLength(3));
    expect(await screen.findByText('Strong line')).toBeTruthy();
  });

  it('picks a guided line with the number keys', async () => {
    await startLeaseCall();
    renderCall();
    fireEvent.keyDown(window, { key: '2' });
    await waitFor(() => expect(useCallStore.getState().session!.turns.length).toBeGreaterThanOrEqual(2));
    expect(useCallStore.getState().session!.usedGuided).toBe(true);
  });

  it('switches to free text in the middle of the call', async () => {
    await startLeaseCall();
    renderCall();
    fireEvent.click(screen.getByRole('button', { name: 'Free text' }));
    expect(screen.getByRole('textbox', { name: 'What you say to Art' })).toBeTruthy();
  });

  it('offers to resume a call interrupted by a reload', async () => {
    await startLeaseCall();
    useCallStore.setState({ phase: 'interrupted', persona: undefined });
    renderCall();
    fireEvent.click(screen.getByRole('button', { name: 'Resume call' }));
    await waitFor(() => expect(useCallStore.getState().phase).toBe('live'));
  });

  it('offers the scripted customer when the model fails, keeping the call', async () => {
    const failing: Persona = {
      kind: 'llm',
      open: async () => ({ text: 'Art here.' }),
      respond: async () => {
        throw new Error('The model rejected the key.');
      },
    };
    useCallStore = testCallStore({
      saveRecord,
      createPersona: async (scenario, choice) => (choice.kind === 'llm' ? failing : createPersonaFor(scenario, choice)),
    });
    useSettingsStore.setState({ mode: 'free' });
    await startLeaseCall('llm');
    renderCall();
    const input = screen.getByRole('textbox', { name: 'What you say to Art' });
    fireEvent.change(input, { target: { value: 'Hi Art, about your plates.' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/The model rejected the key/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Continue with the scripted Art' }));
    await waitFor(() => expect(useCallStore.getState().phase).toBe('live'));
    expect(useCallStore.getState().session!.turns).toHaveLength(3);
  });

  it('points to Settings instead of a retry when the model is not set up', async () => {
    const notSetUp = Object.assign(new Error('No language model is set up yet.'), { name: 'LlmNotConfiguredError' });
    useCallStore = testCallStore({
      saveRecord,
      createPersona: async (scenario, choice) => (choice.kind === 'llm' ? Promise.reject(notSetUp) : createPersonaFor(scenario, choice)),
    });
    await startLeaseCall('llm');
    renderCall();
    const alert = screen.getByRole('alert');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(within(alert).getByRole('link', { name: 'Open Settings' }).getAttribute('href')).toBe('#/settings');
    fireEvent.click(within(alert).getByRole('button', { name: 'Continue with the scripted Art' }));
    await waitFor(() => expect(useCallStore.getState().phase).toBe('live'));
  });

  it('saves a finished call, then opens its results', async () => {
    await startLeaseCall();
    renderCall();
    await act(() => useCallStore.getState().sendRepLine('Hi Art, it is Alex about your plates.'));
    await act(() => useCallStore.getState().hangUp());
    expect(saveRecord).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(useNavigationStore.getState().route.name).toBe('results'));
    expect(useCallStore.getState().phase).toBe('idle');
  });

  it('goes back Home without saving when hung up before the rep said anything', async () => {
    await startLeaseCall();
    renderCall();
    fireEvent.click(screen.getByRole('button', { name: /hang up/i }));
    await waitFor(() => expect(useNavigationStore.getState().route.name).toBe('home'));
    expect(saveRecord).not.toHaveBeenCalled();
    expect(useCallStore.getState().droppedNote).toMatch(/not saved to History/);
  });

  it('says to wait for the beep when Enter is pressed during the voicemail greeting', () => {
    useSettingsStore.setState({ mode: 'free' });
    const voicemail = scenarioById('not-now-voicemail')!;
    useCallStore.setState({
      phase: 'connecting',
      session: {
        callId: 'vm',
        scenarioId: voicemail.id,
        scenarioTitle: voicemail.title,
        channel: 'voicemail',
        seed: 1,
        difficulty: 'easy',
        goal: 'Callback',
        personaKind: 'scripted',
        usedGuided: false,
        startedAt: '2026-01-01T00:00:00.000Z',
        connectedAt: 0,
        turns: [{ speaker: 'customer', text: 'Hi, this is Dana, leave a message.', at: 0 }],
        beeped: false,
      },
    });
    renderCall();
    const input = screen.getByRole('textbox', { name: 'Your voicemail message' });
    fireEvent.change(input, { target: { value: 'Hi Dana, Alex here.' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('status').textContent).toBe('Wait for the beep…');
    expect(useCallStore.getState().session?.turns).toHaveLength(1);
  });

  it('labels Kim’s lines with her name once Wendy puts the rep through, and says Kim has the line', async () => {
    useSettingsStore.setState({ mode: 'free' });
    const wendy = scenarioById('busy-executive')!;
    await act(() => useCallStore.getState().startCall(wendy, { goal: 'Book the demo through Kim', personaKind: 'scripted', difficulty: 'medium' }));
    renderCall();
    const say = async (line: string, turns: number) => {
      const input = screen.getByRole('textbox', { name: /What you say to/ });
      fireEvent.change(input, { target: { value: line } });
      fireEvent.keyDown(input, { key: 'Enter' });
      await waitFor(() => expect(within(screen.getByRole('log')).getAllByRole('listitem')).toHaveLength(turns));
    };
    await say(
      "Hi Wendy, Jordan from Clearline; I've taken over from Priya. I'm calling to book the staff demo you agreed with her. Is now OK for one minute?",
      3,
    );
    await say("Could I speak to Kim to book it, so I don't take more of your time?", 5);
    expect(screen.getByTestId('on-the-line').textContent).toBe("Speaking to Kim, Wendy's assistant");
    expect(screen.getByRole('textbox', { name: 'What you say to Kim' })).toBeTruthy();
    await say('Hi Kim, I need to book something with you for Wendy’s team.', 7);
    const bubbles = within(screen.getByRole('log')).getAllByRole('listitem');
    expect(bubbles.map((bubble) => bubble.querySelector('.bubble-speaker')?.textContent)).toEqual(['Wendy', 'You', 'Wendy', 'You', 'Wendy', 'You', 'Kim']);
    expect(bubbles[6]!.querySelector('.bubble-gatekeeper')).toBeTruthy();
  });

  it('says there is no call when none is going on', () => {
    renderCall();
    expect(screen.getByRole('heading', { name: 'No call in progress' })).toBeTruthy();
  });
});
