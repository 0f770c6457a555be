import { CRASH_EXIT_CODE, CrashPoints } from './crash-points';

describe('CrashPoints (test-only fault injection)', () => {
  const quiet = () => jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  afterEach(() => jest.restoreAllMocks());

  it('does nothing without a plan', () => {
    const exit = jest.fn();
    const sut = new CrashPoints(null, exit);
    for (let i = 0; i < 5; i++) sut.reached('after-effect-before-ack', 'x');
    expect(exit).not.toHaveBeenCalled();
  });

  it('exits with its own code on the planned pass of its point, and only there', () => {
    const write = quiet();
    const exit = jest.fn();
    const sut = new CrashPoints({ at: 'after-publish-before-mark', after: 3 }, exit);
    sut.reached('after-effect-before-ack', 'another point');
    sut.reached('after-commit-before-publish', 'another point');
    sut.reached('after-publish-before-mark', 'first');
    sut.reached('after-publish-before-mark', 'second');
    expect(exit).not.toHaveBeenCalled();
    sut.reached('after-publish-before-mark', 'third');
    expect(exit).toHaveBeenCalledWith(CRASH_EXIT_CODE);
    expect(String(write.mock.calls.at(-1)?.[0])).toMatch(/fault injection: exiting at after-publish-before-mark \(third\), pass 3/);
  });
});
