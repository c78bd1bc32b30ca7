import { describe, expect, it } from 'vitest';
import { INSECURE_CONTEXT, NO_NAVIGATOR_GPU, webgpuBlocked } from './webgpuCheck';

describe('why WebGPU cannot start', () => {
  it('names the missing secure context before a missing navigator.gpu, and nothing when there is one', () => {
    expect(webgpuBlocked({ secureContext: false, hasGpu: false })).toBe(INSECURE_CONTEXT);
    expect(webgpuBlocked({ secureContext: true, hasGpu: false })).toBe(NO_NAVIGATOR_GPU);
    expect(webgpuBlocked({ secureContext: true, hasGpu: true })).toBeNull();
  });
});
