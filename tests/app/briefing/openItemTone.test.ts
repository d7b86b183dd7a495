import '../../support/loadedScenarios';
import { describe, expect, it } from 'vitest';
import { openItemTone } from '../../../src/app/briefing/openItemTone';
import { scenarioById } from '../../../src/app/scenarios/scenarioCatalog';

describe('the tone of a briefing’s open item', () => {
  it('marks an item that names one of the customer’s open issues as a problem', () => {
    const lease = scenarioById('lease-follow-up')!;
    expect(openItemTone(lease.briefing.openItems[0]!, lease)).toBe('problem');
  });

  it('marks good news to bring as news, not as a warning', () => {
    const voicemail = scenarioById('not-now-voicemail')!;
    expect(voicemail.briefing.openItems.map((item) => openItemTone(item, voicemail))).toEqual(['news', 'news']);
  });
});
