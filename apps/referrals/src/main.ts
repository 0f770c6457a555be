import 'reflect-metadata';
import { loadSettings, startService } from '@prossimo/platform';
import { ReferralsSettings } from './config/referrals.env';
import { ReferralsModule } from './referrals.module';

async function main(): Promise<void> {
  const settings = loadSettings(ReferralsSettings);
  await startService(ReferralsModule.register(settings), settings, 'referrals');
}

main().catch((err: unknown) => {
  process.stderr.write(`referrals failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
