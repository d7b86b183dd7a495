import { describe, expect, it } from 'vitest';
import { createCallChannel } from '../../../src/app/call/createCallChannel';

describe('createCallChannel', () => {
  it('hands a late listener what was announced before it, then each new announcement at once', () => {
    const channel = createCallChannel<number>();
    channel.announce(1);
    channel.announce(2);
    const heard: number[] = [];
    channel.listen((value) => heard.push(value));
    expect(heard).toEqual([1, 2]);
    channel.announce(3);
    expect(heard).toEqual([1, 2, 3]);
  });

  it('keeps only the first few announcements made before anyone listens', () => {
    const channel = createCallChannel<number>(2);
    [1, 2, 3].forEach((value) => channel.announce(value));
    const heard: number[] = [];
    channel.listen((value) => heard.push(value));
    expect(heard).toEqual([1, 2]);
  });
});
