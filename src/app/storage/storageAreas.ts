/** What one localStorage key holds, in the trainee's words, and what is at stake while it cannot be saved. */
export interface StorageArea {
  /** "Your settings": the subject of a sentence. */
  name: string;
  /** What happens while writes fail: "changes to your settings last only until you close this tab". */
  whileFull: string;
  /** What the app did instead of what could not be read: "the defaults are used instead". */
  whenSetAside: string;
}

/** Every localStorage key the app writes; the stores take their keys from here. */
export const STORAGE_KEYS = {
  call: 'dialed-in.call',
  settings: 'dialed-in.settings',
  llm: 'dialed-in.llm',
  assignments: 'dialed-in.assignments',
  trainee: 'dialed-in.trainee-name',
  customScenarios: 'dialed-in.custom-scenarios',
  onboarding: 'dialed-in.onboarding',
  authoringDraft: 'dialed-in.authoring-draft',
  teamOutbox: 'dialed-in.team-outbox',
} as const;

const AREAS: Record<string, StorageArea> = {
  [STORAGE_KEYS.call]: {
    name: 'Your call in progress',
    whileFull:
      'the call in progress is not kept as you go: it carries on and is scored when it ends, but it is lost if you close or reload this tab before then',
    whenSetAside: 'the call was not restored',
  },
  [STORAGE_KEYS.settings]: {
    name: 'Your settings',
    whileFull: 'changes to your settings last only until you close this tab',
    whenSetAside: 'the defaults are used instead',
  },
  [STORAGE_KEYS.llm]: {
    name: 'Your model settings',
    whileFull: 'changes to your model settings last only until you close this tab',
    whenSetAside: 'the defaults are used instead',
  },
  [STORAGE_KEYS.assignments]: {
    name: 'Your saved assignments',
    whileFull: 'changes to your assignments last only until you close this tab',
    whenSetAside: 'what could not be read is not listed',
  },
  [STORAGE_KEYS.trainee]: {
    name: 'Your name',
    whileFull: 'your name is kept only until you close this tab',
    whenSetAside: 'you can type it again',
  },
  [STORAGE_KEYS.customScenarios]: {
    name: 'Your custom scenarios',
    whileFull: 'custom scenarios cannot be saved',
    whenSetAside: 'what could not be read is not listed',
  },
  [STORAGE_KEYS.onboarding]: {
    name: 'Your new-hire track progress',
    whileFull: 'progress on the new-hire track is kept only until you close this tab (finished calls are still saved to History)',
    whenSetAside: 'the track is counted again from your History',
  },
  [STORAGE_KEYS.authoringDraft]: {
    name: 'Your scenario draft',
    whileFull: 'the scenario you are editing is not kept as a draft: save or export it before you close this tab',
    whenSetAside: 'the editor starts from the template',
  },
  [STORAGE_KEYS.teamOutbox]: {
    name: 'Calls waiting to upload to your team',
    whileFull: 'calls waiting to upload are kept only until you close this tab: stay online until they are sent',
    whenSetAside: 'calls that were waiting are not sent from here (they are still in History)',
  },
};

/** The area of a key; keys the app does not name get a plain default. */
export function storageArea(key: string): StorageArea {
  return AREAS[key] ?? { name: 'Some saved data', whileFull: 'some changes last only until you close this tab', whenSetAside: 'it is not used' };
}
