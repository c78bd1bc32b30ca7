import { describe, expect, it } from 'vitest';
import type { BackendAttempt } from '../../worker/protocol';
import { suggestedBackend } from './suggest';

const attempt = (name: BackendAttempt['name'], ok: boolean, reason: string): BackendAttempt => ({
  name,
  ok,
  reason,
});

describe('suggestedBackend', () => {
  it('offers the next backend in order that did not fail to start', () => {
    const auto = [
      attempt('webgpu', true, 'running'),
      attempt('webgl', false, 'not tried: webgpu started first'),
      attempt('wasm', false, 'not tried: webgpu started first'),
      attempt('cpu', false, 'not tried: webgpu started first'),
    ];
    expect(suggestedBackend('webgpu', auto)).toBe('webgl');
    const noWebgl = [
      attempt('webgl', false, 'setBackend returned false'),
      ...auto.filter((a) => a.name !== 'webgl'),
    ];
    expect(suggestedBackend('webgpu', noWebgl)).toBe('wasm');
    expect(suggestedBackend('cpu', [attempt('cpu', true, 'running')])).toBe('webgpu');
  });

  it('falls back to the failed backend when every other one failed to start, and to wasm when unknown', () => {
    const others = (['webgpu', 'webgl', 'cpu'] as const).map((b) => attempt(b, false, 'no adapter'));
    expect(suggestedBackend('wasm', [...others, attempt('wasm', true, 'running')])).toBe('wasm');
    expect(suggestedBackend(null, [])).toBe('wasm');
  });
});
