// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAssignmentsStore } from '../../../src/app/assignments/assignmentsStore';
import { browserLinkCodec } from '../../../src/app/assignments/browserLinkCodec';
import OpenAssignmentScreen from '../../../src/app/assignments/OpenAssignmentScreen';
import { useScenarioCatalog } from '../../../src/app/scenarios/scenarioCatalog';
import { encodeAssignmentLink } from '../../../src/core/assignments/assignmentLink';
import { loadAssignment } from '../../fixtures/assignments/fakeCalls';

vi.mock('../../../src/app/history/historyStore', async () => ({ useHistoryStore: (await import('./historyMock')).fakeHistoryStore }));

async function payloadOf(name: string): Promise<string> {
  const link = await encodeAssignmentLink(loadAssignment(name), browserLinkCodec());
  if (!link.ok) throw new Error('not encoded');
  return link.value;
}

describe('OpenAssignmentScreen', () => {
  beforeEach(() => {
    localStorage.clear();
    useAssignmentsStore.setState({ loaded: false, received: [], created: [], setAside: [], traineeName: '', saveError: undefined });
  });
  afterEach(cleanup);

  it('adds the assignment carried by a valid link', async () => {
    render(<OpenAssignmentScreen payload={await payloadOf('valid-assignment.json')} />);
    expect(await screen.findByText('“Week 1: follow-up basics” was added to your assignments.')).toBeTruthy();
    expect(useAssignmentsStore.getState().received.map((a) => a.id)).toEqual(['week-1-follow-ups']);
  });

  it('makes the custom scenarios of a linked assignment part of it', async () => {
    render(<OpenAssignmentScreen payload={await payloadOf('valid-assignment-custom.json')} />);
    await screen.findByText(/was added to your assignments/);
    expect(useAssignmentsStore.getState().received[0]?.customScenarios.map((s) => s.id)).toEqual(['bakery-flour-call']);
  });

  it('warns when a different scenario with a carried scenario’s id is what plays in this browser', async () => {
    const carried = loadAssignment('valid-assignment-custom.json').customScenarios[0]!;
    useScenarioCatalog.getState().setCustomScenarios([{ ...carried, title: 'My own flour call' }]);
    render(<OpenAssignmentScreen payload={await payloadOf('valid-assignment-custom.json')} />);
    const note = await screen.findByRole('note');
    expect(note.textContent).toMatch(/A different scenario with the id “bakery-flour-call” is already saved in this browser/);
    cleanup();

    useScenarioCatalog.getState().setCustomScenarios([carried]);
    render(<OpenAssignmentScreen payload={await payloadOf('valid-assignment-custom.json')} />);
    await screen.findByText(/is already in your assignments/);
    expect(screen.queryByRole('note')).toBeNull();
    useScenarioCatalog.getState().setCustomScenarios([]);
  });

  it('refuses a broken link with a message and leaves saved assignments alone', async () => {
    useAssignmentsStore.getState().receive(loadAssignment());
    const payload = await payloadOf('valid-assignment.json');
    render(<OpenAssignmentScreen payload={payload.slice(0, 40)} />);
    expect(await screen.findByRole('heading', { name: 'This assignment link cannot be opened' })).toBeTruthy();
    expect(screen.getByTestId('link-refused').textContent).toMatch(/the link is damaged/);
    expect(useAssignmentsStore.getState().received).toHaveLength(1);
  });

  it('refuses a link with markup in it and shows the markup as text', async () => {
    render(<OpenAssignmentScreen payload={'z<img src=x onerror=alert(1)>'} />);
    expect(await screen.findByTestId('link-refused')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
