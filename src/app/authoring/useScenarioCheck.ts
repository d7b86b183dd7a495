import { useEffect, useState } from 'react';
import type { Scenario, Validated, ValidationError } from '../../core/scenario';

/** The check of the editor text: pending while the parser loads or the typing settles. */
export type ScenarioCheck =
  | { status: 'pending' }
  | { status: 'valid'; scenario: Scenario }
  | { status: 'invalid'; errors: ValidationError[]; lineOf?: (path: string) => number | undefined };

type Parser = (text: string) => Validated<Scenario>;
let parser: Promise<Parser> | undefined;
let liner: Promise<typeof import('./pathLines').pathLines> | undefined;

/** The YAML parser is loaded only when the editor opens, so it stays out of the initial bundle. */
export function loadScenarioParser(): Promise<Parser> {
  parser ??= import('../../core/scenario/parseScenarioText').then((m) => m.parseScenarioText);
  return parser;
}

function loadPathLines() {
  liner ??= import('./pathLines').then((m) => m.pathLines);
  return liner;
}

/** Validates the editor text as the author types (after a short pause), with the core's path-precise messages. */
export function useScenarioCheck(text: string, delayMs = 250): ScenarioCheck {
  const [check, setCheck] = useState<ScenarioCheck>({ status: 'pending' });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void Promise.all([loadScenarioParser(), loadPathLines()]).then(([parse, pathLines]) => {
        if (!live) return;
        const result = parse(text);
        setCheck(result.ok ? { status: 'valid', scenario: result.value } : { status: 'invalid', errors: result.errors, lineOf: pathLines(text) });
      });
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, delayMs]);
  return check;
}
