/** Settings -> what the worker needs to build an experiment (protocol.ts RunConfig), from the formats. */
import { runConfigOf } from '../../formats/settings/runSettings';
import type { Settings } from '../../formats/settings/table';
import type { RunConfig } from '../../worker/protocol';

export const toRunConfig: (s: Settings) => RunConfig = runConfigOf;
