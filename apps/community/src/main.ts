import 'reflect-metadata';
import { loadSettings, startService } from '@prossimo/platform';
import { CommunityModule } from './community.module';
import { CommunitySettings } from './config/community.env';

async function main(): Promise<void> {
  const settings = loadSettings(CommunitySettings);
  await startService(CommunityModule.register(settings), settings, 'community');
}

main().catch((err: unknown) => {
  process.stderr.write(`community failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
