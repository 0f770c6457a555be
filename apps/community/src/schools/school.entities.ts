import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A protocol between a school and the municipality ("educazione civica attiva"): the school, the
 * tutor (the teacher who follows it), the activities, the dates. Students are never persons here:
 * only counts per class group.
 */
@Entity({ name: 'school_protocols' })
@Index('IDX_school_protocols_municipality_year', ['municipality', 'schoolYear', 'schoolName'])
export class SchoolProtocolEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_school_protocols' })
  id: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ name: 'school_name', type: 'text' })
  schoolName: string;

  @Column({ name: 'school_code', type: 'text', nullable: true })
  schoolCode: string | null;

  @Column({ name: 'neighbourhood_code', type: 'text', nullable: true })
  neighbourhoodCode: string | null;

  @Column({ name: 'school_year', type: 'text' })
  schoolYear: string;

  @Column({ name: 'tutor_name', type: 'text' })
  tutorName: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  activities: string[];

  @Column({ name: 'signed_on', type: 'date' })
  signedOn: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A class group of a protocol: how many students (a count), planned and done hours. */
@Entity({ name: 'school_class_groups' })
@Index('UQ_school_class_groups_label', ['protocolId', 'label'], { unique: true })
@Check('CHK_school_class_groups_students', `"student_count" BETWEEN 1 AND 60`)
@Check('CHK_school_class_groups_hours', `"planned_hours" >= 0 AND "done_hours" >= 0`)
export class SchoolClassGroupEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_school_class_groups' })
  id: string;

  @ManyToOne(() => SchoolProtocolEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'protocol_id', foreignKeyConstraintName: 'FK_school_class_groups_protocol' })
  protocol?: SchoolProtocolEntity;

  @Column({ name: 'protocol_id', type: 'uuid' })
  protocolId: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'student_count', type: 'int' })
  studentCount: number;

  @Column({ name: 'planned_hours', type: 'int' })
  plannedHours: number;

  @Column({ name: 'done_hours', type: 'int' })
  doneHours: number;

  @Column({ type: 'int' })
  position: number;
}
