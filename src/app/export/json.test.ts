import { describe, expect, it } from 'vitest';
import { ARMS } from '../../formats/sessionFile/testRun.testing';
import { parseHash } from '../../formats/settings/hash';
import { defaultSettings } from '../../formats/settings/table';
import { METRICS_FORMAT, metricsJson } from './json';

describe('metricsJson', () => {
  const settings = { ...defaultSettings('tiny'), seed: 5 };
  const exportedAt = new Date(Date.UTC(2025, 0, 31, 12, 5, 9));
  const text = metricsJson({ arms: ARMS, completed: 1 }, settings, { exportedAt, backend: 'webgpu' });
  const doc = JSON.parse(text);

  it('is a versioned document with the settings, their link and the backend', () => {
    expect(doc).toMatchObject({
      format: METRICS_FORMAT,
      version: 1,
      exportedAt: '2025-01-31T12:05:09.000Z',
      backend: 'webgpu',
      completed: 1,
      settings,
    });
    expect(parseHash(doc.hash).settings).toEqual(settings);
  });

  it('holds every arm with its full history; NaN becomes null', () => {
    expect(doc.arms.map((a: { name: string }) => a.name)).toEqual(['nft', 'rft']);
    expect(doc.arms[0].iterations).toEqual(ARMS[0].iterations);
    expect(doc.arms[0].evals).toEqual(ARMS[0].evals);
    expect(doc.arms[1].loss).toEqual(ARMS[1].loss);
    expect(doc.arms[1].iterations[0].loss).toBeNull();
  });
});
