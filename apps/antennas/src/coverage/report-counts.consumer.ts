import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@prossimo/messaging';
import { AntennasRepository } from '../antennas/antennas.repository';
import { romeMonth } from '../time/rome';
import { ReportCountsRepository } from './report-counts.repository';

/**
 * Counts report.submitted.v1 per neighbourhood of the sending antenna × month (Europe/Rome).
 * The consumer's inbox makes a redelivered event count once. An antenna this service does not
 * know (it should not happen: reports only accepts antennas it learnt from us) falls back to the
 * report's neighbourhood.
 */
@Injectable()
export class ReportCountsConsumer implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly antennas: AntennasRepository,
    private readonly counts: ReportCountsRepository,
  ) {}

  onModuleInit(): void {
    this.consumer.on('report.submitted.v1', async (e, { em }) => {
      const antenna = await this.antennas.neighbourhoodOf(em, e.antennaId);
      const neighbourhoodCode = antenna && antenna.municipality === e.municipality ? antenna.neighbourhoodCode : e.neighbourhoodCode;
      await this.counts.increment(em, e.municipality, neighbourhoodCode, romeMonth(new Date(e.submittedAt)));
    });
  }
}
