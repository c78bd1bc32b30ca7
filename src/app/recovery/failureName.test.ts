import { describe, expect, it } from 'vitest';
import { nameFailure } from './failureName';

describe('a run failure’s name', () => {
  it('calls a step that died with the WebGPU device a lost GPU device', () => {
    const seen =
      "training failed: Failed to execute 'mapAsync' on 'GPUBuffer': Buffer was unmapped before mapping was resolved.";
    expect(nameFailure(seen)).toBe(
      "the GPU device was lost (Failed to execute 'mapAsync' on 'GPUBuffer': Buffer was unmapped before mapping was resolved.); the run can go on from its last completed step on another backend",
    );
    expect(nameFailure('training failed: Device is lost')).toMatch(/^the GPU device was lost/);
  });

  it('leaves every other failure, and the worker’s own device-lost message, as they are', () => {
    for (const m of [
      'training failed: the loss is not finite',
      'the engine worker stopped (out of memory)',
      'the GPU device was lost (destroyed: ); the run can go on from its last completed step on another backend',
    ])
      expect(nameFailure(m)).toBe(m);
  });
});
