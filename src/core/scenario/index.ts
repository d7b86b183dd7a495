// The public face of src/core/scenario: the scenario type, parsing and validation, and its error messages.
export { MAX_SCENARIO_BYTES, parseScenarioText } from './parseScenarioText';
export { plainYamlMessage } from './plainYamlMessage';
export type { Channel, Difficulty, Scenario } from './scenarioSchema';
export { validateScenario } from './validateScenario';
export { formatValidationError, fromZodIssues, tooLargeMessage } from './validationError';
export type { Validated, ValidationError } from './validationError';
export { seriesCallId, seriesCallScenario, seriesIdOf } from './seriesCallScenario';
export type { MemoryLines, Series, SeriesCall } from './seriesSchema';
export { SERIES_CALLS } from './seriesSchema';
