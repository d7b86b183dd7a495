// The app loads its bundled scenarios after the first screen; tests that read the catalog import this first.
import { loadBuiltInScenarios } from '../../src/app/scenarios/scenarioCatalog';

await loadBuiltInScenarios();
