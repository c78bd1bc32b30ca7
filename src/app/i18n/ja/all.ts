/** Every Japanese table, for tables.ts. */
export { BACKEND, PROGRESS } from './backend';
export { CHARTS } from './charts';
export { CLASS_RUN } from './classRun';
export { CONTROLS } from './controls';
export { SESSION } from './controlsSession';
export { CHART, CHECK, EXCHANGE, FIELD, FORMAT, HASH, LINE, OFFLINE, PERSIST, SCHEMA } from './data';
export { EXPLAIN } from './explain';
export { FAULTS } from './faults';
export { LABELS } from './labels';
export { PAGE } from './page';
export { FINDING, PRESET } from './presets';
export { STUDY } from './study';
export { WORKSHOP } from './workshop';
