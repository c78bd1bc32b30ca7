import { describe, expect, it } from 'vitest';
import { readQr } from './readQr.testing';
import { isLocalOnly, isPlainHttpRemote, qrShape, shareUrl } from './shareUrl';

const LESSON =
  'https://nft.example.org/playground/#preset=workshop&methods=nft,rft&seed=1&iterations=50&evalEvery=10&M=32&K=8&mu=2&lr=0.0003&temperature=1&eps=1&weighting=default&negWeight=1&aggregation=default&backend=auto&mix=add1,add2,add3,sub2,mul1,mul2,chain3x1,chain3x2&gradRollouts=0&labelNoise=0&verifier=exact&lesson=negatives&hide=iterations,evalEvery,M,K,mu,lr,temperature,eps,weighting,negWeight,aggregation,backend,mix,gradRollouts,labelNoise,verifier,seed,perf,engine,export,labelling&explain=policy-split';

describe('the link to share', () => {
  it('drops the presenter and debug queries and keeps the rest, hash included', () => {
    expect(shareUrl('https://h.org/app/?present=entropy&x=1#preset=tiny&seed=3')).toBe(
      'https://h.org/app/?x=1#preset=tiny&seed=3',
    );
    expect(shareUrl('http://h.org/?debug=faults&present#lesson=noisy')).toBe('http://h.org/#lesson=noisy');
    expect(shareUrl(LESSON)).toBe(LESSON);
  });

  it('knows the addresses only this computer can open', () => {
    for (const h of [
      'http://localhost:5173/',
      'http://127.0.0.1:4173/#a',
      'http://[::1]:80/',
      'http://app.localhost/',
    ])
      expect(isLocalOnly(h), h).toBe(true);
    for (const h of [
      'http://192.168.1.20:5173/',
      'https://nft.example.org/',
      'http://localhost.example.org/',
    ])
      expect(isLocalOnly(h), h).toBe(false);
  });

  it('knows the plain-http addresses where attendees get no WebGPU', () => {
    expect(isPlainHttpRemote('http://192.168.1.20:4173/#a')).toBe(true);
    expect(isPlainHttpRemote('https://nft.example.org/')).toBe(false);
    expect(isPlainHttpRemote('http://127.0.0.1:4173/')).toBe(false); // local: the other warning
  });

  it('the QR code reads back as the link, a whole lesson link included', () => {
    for (const text of ['http://192.168.1.20:5173/#preset=tiny', LESSON]) {
      const shape = qrShape(text);
      expect(shape.size).toBeGreaterThan(21 + 8);
      expect(readQr(shape.path, shape.size)).toBe(text);
    }
  });
});
