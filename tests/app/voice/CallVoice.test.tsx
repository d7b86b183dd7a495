// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CallVoice from '../../../src/app/voice/CallVoice';
import { FakeRecognition, installRecognition, installSynthesis, removeSpeechApis } from './speechMocks';

afterEach(() => {
  cleanup();
  removeSpeechApis();
});

describe('CallVoice', () => {
  it('speaks each new customer line once, in an English voice', () => {
    const synth = installSynthesis([
      { lang: 'fr-FR', default: true, name: 'French' },
      { lang: 'en-GB', default: false, name: 'English' },
    ]);
    const onSpoken = vi.fn();
    const { rerender } = render(<CallVoice customerLine={{ key: '0', text: 'Hello, Art speaking.' }} onSpoken={onSpoken} listening={false} />);
    rerender(<CallVoice customerLine={{ key: '0', text: 'Hello, Art speaking.' }} onSpoken={onSpoken} listening />);
    rerender(<CallVoice customerLine={{ key: '2', text: 'Where are my plates?' }} onSpoken={onSpoken} listening />);
    const spoken = synth.speak.mock.calls.map(([u]) => u as { text: string; voice: { name: string } });
    expect(spoken.map((u) => u.text)).toEqual(['Hello, Art speaking.', 'Where are my plates?']);
    expect(spoken[0]?.voice.name).toBe('English');
  });

  it('stops speaking when the call screen goes away', () => {
    const synth = installSynthesis();
    const { unmount } = render(<CallVoice customerLine={{ key: '0', text: 'Hello.' }} onSpoken={() => {}} listening />);
    synth.cancel.mockClear();
    unmount();
    expect(synth.cancel).toHaveBeenCalled();
  });

  it('hides the microphone where speech recognition is missing, and does not break', () => {
    installSynthesis();
    const { container } = render(<CallVoice customerLine={{ key: '0', text: 'Hello.' }} onSpoken={() => {}} listening />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.textContent).toBe('');
  });

  it('renders nothing at all where the browser has no speech APIs', () => {
    const { container } = render(<CallVoice customerLine={{ key: '0', text: 'Hello.' }} onSpoken={() => {}} listening />);
    expect(container.innerHTML).toBe('');
  });

  it('sends the recognised line through onSpoken, exactly like a typed one', () => {
    const synth = installSynthesis();
    installRecognition();
    const onSpoken = vi.fn();
    render(<CallVoice onSpoken={onSpoken} listening />);
    fireEvent.click(screen.getByRole('button', { name: 'Speak your line' }));
    expect(synth.cancel).toHaveBeenCalled(); // the customer stops talking when the trainee starts
    const recognition = FakeRecognition.instances[0]!;
    expect(recognition.start).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Stop listening' }).getAttribute('aria-pressed')).toBe('true');
    act(() => recognition.hear('I am calling about', false));
    expect(screen.getByText('Heard: I am calling about')).toBeTruthy();
    act(() => recognition.hear(' I am calling about your plates ', true));
    expect(onSpoken).not.toHaveBeenCalled();
    act(() => recognition.onend?.());
    expect(onSpoken).toHaveBeenCalledExactlyOnceWith('I am calling about your plates');
    expect(screen.getByRole('button', { name: 'Speak your line' })).toBeTruthy();
  });

  it('keeps the microphone off while it is not the trainee’s turn', () => {
    installRecognition();
    const { rerender } = render(<CallVoice onSpoken={() => {}} listening />);
    fireEvent.click(screen.getByRole('button', { name: 'Speak your line' }));
    const recognition = FakeRecognition.instances[0]!;
    rerender(<CallVoice onSpoken={() => {}} listening={false} />);
    expect(recognition.stop).toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Speak your line' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says when no speech was heard and lets the trainee try again', () => {
    installRecognition();
    const onSpoken = vi.fn();
    render(<CallVoice onSpoken={onSpoken} listening />);
    fireEvent.click(screen.getByRole('button', { name: 'Speak your line' }));
    act(() => FakeRecognition.instances[0]!.fail('no-speech'));
    expect(screen.getByText(/No speech was heard/)).toBeTruthy();
    expect(onSpoken).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Speak your line' })).toBeTruthy();
  });

  it('hides the microphone and says why when the recognition service is unavailable', () => {
    installRecognition();
    render(<CallVoice onSpoken={() => {}} listening />);
    fireEvent.click(screen.getByRole('button', { name: 'Speak your line' }));
    act(() => FakeRecognition.instances[0]!.fail('network'));
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/not available in this browser right now/);
  });

  it('sends nothing after the call screen is gone mid-sentence', () => {
    installRecognition();
    const onSpoken = vi.fn();
    const { unmount } = render(<CallVoice onSpoken={onSpoken} listening />);
    fireEvent.click(screen.getByRole('button', { name: 'Speak your line' }));
    const recognition = FakeRecognition.instances[0]!;
    unmount();
    expect(recognition.abort).toHaveBeenCalled();
    expect(recognition.onend).toBeNull();
    expect(onSpoken).not.toHaveBeenCalled();
  });
});

describe('CallVoice with a broken speech engine', () => {
  it('keeps the call going when speaking throws', () => {
    const synth = installSynthesis();
    synth.speak.mockImplementation(() => {
      throw new TypeError('speech engine unavailable');
    });
    installRecognition();
    render(<CallVoice customerLine={{ key: '0', text: 'Hello.' }} onSpoken={() => {}} listening />);
    expect(screen.getByRole('button', { name: 'Speak your line' })).toBeTruthy();
  });
});
