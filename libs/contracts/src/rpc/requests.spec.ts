import { getMetadataStorage } from 'class-validator';
import { REQUESTS, REQUEST_PATTERNS, RequestPattern, allRequestPatterns } from '../index';

describe('REQUESTS: every request-reply pattern, its input class and its reply type', () => {
  it('names every pattern of REQUEST_PATTERNS, and nothing else', () => {
    expect(Object.keys(REQUESTS).sort()).toEqual(allRequestPatterns().sort());
    expect(new Set(allRequestPatterns()).size).toBe(allRequestPatterns().length);
  });

  it('gives each pattern with input a class-validator class, so no input goes unchecked', () => {
    const unchecked = (Object.keys(REQUESTS) as RequestPattern[]).filter((p) => {
      const cls = REQUESTS[p].request;
      return cls !== null && getMetadataStorage().getTargetValidationMetadatas(cls, '', false, false).length === 0;
    });
    expect(unchecked).toEqual([]);
  });
});
