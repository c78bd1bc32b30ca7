import { describe, expect, it } from 'vitest';
import { ROOM_CODE } from '../formats/classRoom/roomMessages';
import { newRoomCode, RateLimiter, RoomError } from './rooms';

describe('room codes', () => {
  it('match the pattern, and spread over the whole alphabet', () => {
    const codes = Array.from({ length: 2000 }, newRoomCode);
    expect(codes.every((c) => ROOM_CODE.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    const letters = new Set(codes.join(''));
    expect(letters.size).toBe(31);
  });
});

describe('rate limiter', () => {
  it('allows perMinute at once, then one more per 60/perMinute seconds', () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let i = 0; i < 60; i++) limiter.take('a');
    let refused: RoomError | null = null;
    try {
      limiter.take('a');
    } catch (e) {
      refused = e as RoomError;
    }
    expect(refused?.status).toBe(429);
    expect(refused?.retryAfter).toBe(1);
    limiter.take('b'); // another attendee has its own bucket
    now += 1000;
    limiter.take('a');
    expect(() => limiter.take('a')).toThrow(RoomError);
    now += 60_000;
    for (let i = 0; i < 60; i++) limiter.take('a');
    expect(() => limiter.take('a')).toThrow(RoomError);
  });
});
