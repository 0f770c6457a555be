import { Logger } from '@nestjs/common';
import { PeriodicJob } from './periodic-job';

const until = async (ok: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('PeriodicJob', () => {
  const quietLogger = () => {
    const logger = new Logger('test');
    const errors: unknown[][] = [];
    jest.spyOn(logger, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
    return { logger, errors };
  };

  it('joins a run going instead of starting a second one', async () => {
    let runs = 0;
    let release!: () => void;
    const work = () =>
      new Promise<number>((resolve) => {
        release = () => resolve(++runs);
      });
    const sut = new PeriodicJob('sweep', work, quietLogger().logger);
    const a = sut.run();
    const b = sut.run();
    release();
    await expect(Promise.all([a, b])).resolves.toEqual([1, 1]);
    expect(runs).toBe(1);
  });

  it('ticks on its interval without overlapping, logs a failed run and keeps ticking; stop waits for the run going', async () => {
    const { logger, errors } = quietLogger();
    let inFlight = 0;
    let most = 0;
    let calls = 0;
    const sut = new PeriodicJob(
      'sweep',
      async () => {
        calls += 1;
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 30));
        inFlight -= 1;
        if (calls === 1) throw new Error('boom');
      },
      logger,
    );
    sut.start(5);
    await until(() => calls >= 3);
    await sut.stop();
    expect(inFlight).toBe(0);
    expect(most).toBe(1);
    expect(errors[0]).toEqual([{ err: expect.objectContaining({ message: 'boom' }) }, 'sweep failed']);
    const after = calls;
    await new Promise((r) => setTimeout(r, 40));
    expect(calls).toBe(after);
  });

  it('does not tick when its interval is 0, and logs only the message when told', async () => {
    const { logger, errors } = quietLogger();
    let calls = 0;
    const off = new PeriodicJob('off', async () => void (calls += 1), logger);
    off.start(0);
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toBe(0);
    const terse = new PeriodicJob('retention sweep', () => Promise.reject(new Error('no')), logger, 'message');
    terse.start(5);
    await until(() => errors.length > 0);
    await terse.stop();
    expect(errors[0]).toEqual(['retention sweep failed: no']);
  });
});
