import { IsEnum, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { AntennaKind, AntennaStatus, NEIGHBOURHOOD_CODE } from '../domain';
import { DomainEventBase } from './event-base';

/**
 * prossimo.<istat>.antenna.status-changed.v1 — published by antennas on every lifecycle move
 * (including creation, where `from` is absent). Reports keeps a projection of which antennas
 * may submit. The reason of a move is free text and stays in the antennas service; `action`
 * names the move.
 */
export class AntennaStatusChangedV1 extends DomainEventBase {
  @IsUUID()
  antennaId: string;

  @IsEnum(AntennaKind)
  kind: AntennaKind;

  @Matches(NEIGHBOURHOOD_CODE)
  neighbourhoodCode: string;

  @IsOptional()
  @IsEnum(AntennaStatus)
  from?: AntennaStatus;

  @IsEnum(AntennaStatus)
  to: AntennaStatus;

  /** The move that caused it (propose, train, activate, suspend, reactivate, retire); optional, older events lack it. */
  @IsOptional()
  @IsIn(['propose', 'train', 'activate', 'suspend', 'reactivate', 'retire'])
  action?: 'propose' | 'train' | 'activate' | 'suspend' | 'reactivate' | 'retire';
}
