import { describe, expect, it } from 'vitest';
import { exportFileName } from './download';

describe('exportFileName', () => {
  const at = new Date(Date.UTC(2025, 0, 31, 12, 5, 9, 123));

  it('stamps the name with the UTC time, without colons', () => {
    expect(exportFileName('csv', at)).toBe('nft-playground-2025-01-31T12-05-09Z.csv');
  });

  it('puts a tag (the chart) before the time, made file-safe', () => {
    expect(exportFileName('png', at, 'accuracy')).toBe('nft-playground-accuracy-2025-01-31T12-05-09Z.png');
    expect(exportFileName('png', at, 'a/b c')).toBe('nft-playground-a-b-c-2025-01-31T12-05-09Z.png');
  });
});
