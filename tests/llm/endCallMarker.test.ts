import { describe, expect, it } from 'vitest';
import { END_CALL_REASONS, endCallMarker, hideEndCallMarker, readEndCallMarker } from '../../src/llm/endCallMarker';
import { END_CALL_TOOL } from '../../src/llm/createLlmPersona';

describe('endCallMarker', () => {
  it('offers the same reasons as the end_call tool', () => {
    const reason = (END_CALL_TOOL.parameters.properties as { reason: { enum: string[] } }).reason;
    expect(reason.enum).toEqual([...END_CALL_REASONS]);
    expect(endCallMarker('hung-up')).toBe('[end_call: hung-up]');
  });

  it('reads the marker in the forms models write it: any case, spaced, quoted, in markdown', () => {
    for (const [reply, end] of [
      ['Bye. [end_call: hung-up]', 'hung-up'],
      ['Bye. [END_CALL: GOAL-REACHED]', 'goal-reached'],
      ['Bye. [end call reason="goal-reached"]', 'goal-reached'],
      ['Bye. **[end_call: hung-up]**', 'hung-up'],
      ['Bye. `[endcall: hung-up]`', 'hung-up'],
      ['Bye.\n[ end_call : "hung-up" ]\n', 'hung-up'],
    ] as const) {
      const read = readEndCallMarker(reply);
      expect(read.end).toBe(end);
      expect(read.text.trim()).toBe('Bye.');
    }
  });

  it('strips a marker whose reason is missing or unknown without ending the call', () => {
    expect(readEndCallMarker('Hm. [end_call: bored]')).toEqual({ text: 'Hm.  ' });
    expect(readEndCallMarker('Hm. [end_call]')).toEqual({ text: 'Hm.  ' });
    expect(readEndCallMarker('Hm. [end_call: hung up]').end).toBeUndefined();
  });

  it('takes the first valid reason when a reply has several markers', () => {
    expect(readEndCallMarker('[end_call: nope] Bye. [end_call: goal-reached] [end_call: hung-up]').end).toBe('goal-reached');
  });

  it('hides a marker still being typed at the end of the text so far', () => {
    const reply = 'Fine, goodbye. **[end_call: hung-up]**';
    for (let i = 'Fine, goodbye. '.length; i <= reply.length; i++) expect(hideEndCallMarker(reply.slice(0, i)).trim()).toBe('Fine, goodbye.');
  });

  it('leaves other brackets and closed stage directions alone', () => {
    expect(hideEndCallMarker('See [the attached] sheet.')).toBe('See [the attached] sheet.');
    expect(hideEndCallMarker('I was [thinking')).toBe('I was [thinking');
    expect(hideEndCallMarker('Fine. *sighs*')).toBe('Fine. *sighs*');
  });

  it('does not read narration such as *hangs up* or (ends call) as an end', () => {
    expect(readEndCallMarker('Fine. Whatever. *hangs up*').end).toBeUndefined();
    expect(readEndCallMarker('(ends call) Bye.').end).toBeUndefined();
  });
});
