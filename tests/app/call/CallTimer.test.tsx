// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CallTimer } from '../../../src/app/call/CallTimer';
import { ClockProvider } from '../../../src/app/clock/useClock';

afterEach(cleanup);

describe('the call timer', () => {
  it('counts from the pick-up on the clock handed in', () => {
    render(
      <ClockProvider clock={{ now: () => 1_065_000 }}>
        <CallTimer connectedAt={1_000_000} running frozenAt={0} />
      </ClockProvider>,
    );
    expect(screen.getByRole('timer').textContent).toBe('1:05');
  });

  it('stays at the last turn once the call stops', () => {
    render(
      <ClockProvider clock={{ now: () => 9_999_999 }}>
        <CallTimer connectedAt={1_000_000} running={false} frozenAt={12_000} />
      </ClockProvider>,
    );
    expect(screen.getByRole('timer').textContent).toBe('0:12');
  });
});
